/*
 * ydoc.c: YAML to a position-keeping tree, over libyaml's event parser,
 * and the typed getters.
 *
 * The tree is built from events with an explicit stack (no recursion, so a
 * deeply nested file cannot exhaust the C stack). An alias points at the
 * anchored node; each alias use adds the size of that node's subtree to an
 * expansion count, and the load fails once the count passes
 * YDOC_MAX_EXPANSION, which stops "billion laughs" files at once. Anchors
 * are registered when their node is complete, so an alias cannot refer to
 * a node that contains it. Nodes and arrays live in one arena, the texts
 * packed without alignment in another, both freed at once: a children
 * stack collects a container's items while it is open, and they are
 * copied to an exact-size array when it closes.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "buf.h"
#include "xalloc.h"
#include "ydoc.h"
#include "ydoc_int.h"

struct frame {
	struct ynode *node;
	size_t first;			/* its first child on the kids stack */
	char *anchor;
};

struct loader {
	struct ydoc *d;
	const char *text;
	size_t textlen;
	struct frame *stack;
	size_t depth, cap;
	struct ynode **kids;		/* children of the open containers */
	size_t nkids, capkids;
	int failed, documents;
};

const char *
ydoc_kind_name(enum ynode_kind k)
{
	switch (k) {
	case YNODE_NULL:   return "nothing";
	case YNODE_SCALAR: return "a value";
	case YNODE_SEQ:    return "a list";
	case YNODE_MAP:    return "a map";
	}
	return "?";
}

static void
vreport(const struct ynode *n, const char *kind, const char *hint,
    const char *fmt, va_list ap)
{
	struct srcpos at = ynode_pos(n);

	err_vat(&at, kind, hint, fmt, ap);
	if (kind == NULL)
		n->doc->diag->errors++;
	else
		n->doc->diag->warnings++;
}

void
ynode_error(const struct ynode *n, const char *hint, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(n, NULL, hint, fmt, ap);
	va_end(ap);
}

void
ynode_warning(const struct ynode *n, const char *hint, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(n, "warning", hint, fmt, ap);
	va_end(ap);
}

struct diag *
ynode_diag(const struct ynode *n)
{
	return n->doc->diag;
}

static void
load_error(struct loader *l, unsigned line, unsigned col, const char *hint,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void
load_error(struct loader *l, unsigned line, unsigned col, const char *hint,
    const char *fmt, ...)
{
	struct srcpos at = { l->d->name, line, col };
	va_list ap;

	va_start(ap, fmt);
	err_vat(&at, NULL, hint, fmt, ap);
	va_end(ap);
	l->d->diag->errors++;
	l->failed = 1;
}

/* 1 for the kinds allocated with the container fields. */
static int
container(enum ynode_kind kind)
{
	return kind == YNODE_SEQ || kind == YNODE_MAP;
}

static struct ynode *
new_node(struct ydoc *d, enum ynode_kind kind, yaml_mark_t mark)
{
	struct ynode *n = arena_alloc(&d->arena, container(kind) ?
	    sizeof *n : YNODE_LEAF_SIZE);

	n->kind = kind;
	n->doc = d;
	n->line = (unsigned)mark.line + 1;
	n->col = (unsigned)mark.column + 1;
	if (container(kind))
		n->size = 1;
	return n;
}

/* Nodes in n's subtree, aliases expanded (a leaf has no size field). */
static size_t
node_size(const struct ynode *n)
{
	return container(n->kind) ? n->size : 1;
}

static int
is_null_text(const char *s, size_t len)
{
	return len == 0 || (len == 1 && s[0] == '~') ||
	    (len == 4 && (memcmp(s, "null", 4) == 0 ||
	    memcmp(s, "Null", 4) == 0 || memcmp(s, "NULL", 4) == 0));
}

static int
key_cmp(const void *a, const void *b)
{
	const struct ypair *x = *(const struct ypair *const *)a;
	const struct ypair *y = *(const struct ypair *const *)b;
	int c = strcmp(x->key->text, y->key->text);

	if (c != 0)
		return c;
	return x->key->line < y->key->line ? -1 : x->key->line > y->key->line;
}

static void
report_duplicate(struct loader *l, const struct ypair *first,
    const struct ypair *again)
{
	char hint[64];

	snprintf(hint, sizeof hint, "it is first at line %u", first->key->line);
	load_error(l, again->key->line, again->key->col, hint,
	    "duplicate key '%s'", again->key->text);
}

/* Reports keys that appear twice in a map, at their second place: pair
 * by pair for small maps, after a sort for large ones. */
static void
check_duplicates(struct loader *l, struct ynode *map)
{
	struct ypair **sorted;
	size_t i, j;

	if (map->n <= 16) {
		for (i = 1; i < map->n; i++)
			for (j = 0; j < i; j++)
				if (strcmp(map->pairs[i].key->text,
				    map->pairs[j].key->text) == 0) {
					report_duplicate(l, &map->pairs[j],
					    &map->pairs[i]);
					break;
				}
		return;
	}
	sorted = xreallocarray(NULL, map->n, sizeof *sorted);
	for (i = 0; i < map->n; i++)
		sorted[i] = &map->pairs[i];
	qsort(sorted, map->n, sizeof *sorted, key_cmp);
	for (i = 1; i < map->n; i++)
		if (strcmp(sorted[i]->key->text, sorted[i - 1]->key->text)
		    == 0)
			report_duplicate(l, sorted[i - 1], sorted[i]);
	free(sorted);
}

static void
add_anchor(struct ydoc *d, const char *name, struct ynode *node)
{
	struct anchor *a;

	xgrow(&d->anchors, &d->capanchors, d->nanchors + 1, sizeof *a);
	a = &d->anchors[d->nanchors++];
	a->name = xstrdup(name);
	a->node = node;
}

static struct ynode *
find_anchor(struct ydoc *d, const char *name)
{
	size_t i = d->nanchors;

	while (i-- > 0)		/* the latest definition wins */
		if (strcmp(d->anchors[i].name, name) == 0)
			return d->anchors[i].node;
	return NULL;
}

/* Hangs a finished node on its parent (or makes it the root). */
static void
attach(struct loader *l, struct ynode *n)
{
	struct frame *f;

	if (l->depth == 0) {
		l->d->root = n;
		return;
	}
	f = &l->stack[l->depth - 1];
	f->node->size += node_size(n);
	if (f->node->kind == YNODE_MAP && (l->nkids - f->first) % 2 == 0 &&
	    n->kind != YNODE_SCALAR)
		load_error(l, n->line, n->col, NULL,
		    "a map key must be a plain value, not %s",
		    ydoc_kind_name(n->kind));
	xgrow(&l->kids, &l->capkids, l->nkids + 1, sizeof *l->kids);
	l->kids[l->nkids++] = n;
}

/* Moves a closing container's children from the stack to its arrays. */
static void
adopt(struct loader *l, struct ynode *node, size_t first)
{
	struct ynode **kids = l->kids + first;
	size_t n = l->nkids - first, i;

	if (node->kind == YNODE_SEQ) {
		node->n = n;
		node->items = arena_alloc(&l->d->arena, n * sizeof *kids);
		memcpy(node->items, kids, n * sizeof *kids);
	} else {
		node->n = n / 2;
		node->pairs = arena_alloc(&l->d->arena,
		    node->n * sizeof *node->pairs);
		for (i = 0; i < node->n; i++) {
			node->pairs[i].key = kids[2 * i];
			node->pairs[i].val = kids[2 * i + 1];
		}
	}
	l->nkids = first;
}

static void
on_scalar(struct loader *l, yaml_event_t *ev)
{
	const char *s = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length;
	int plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	struct ynode *n;

	if (len > UINT_MAX) {
		load_error(l, (unsigned)ev->start_mark.line + 1,
		    (unsigned)ev->start_mark.column + 1, NULL,
		    "a value longer than %u bytes", UINT_MAX);
		return;
	}
	n = new_node(l->d, plain && is_null_text(s, len) ? YNODE_NULL :
	    YNODE_SCALAR, ev->start_mark);
	n->text = arena_strndup(&l->d->texts, s, len);
	n->len = (unsigned)len;
	if (ev->data.scalar.anchor != NULL)
		add_anchor(l->d, (const char *)ev->data.scalar.anchor, n);
	attach(l, n);
}

static void
on_alias(struct loader *l, yaml_event_t *ev)
{
	const char *name = (const char *)ev->data.alias.anchor;
	struct ynode *n = find_anchor(l->d, name);
	unsigned line = (unsigned)ev->start_mark.line + 1;
	unsigned col = (unsigned)ev->start_mark.column + 1;

	if (n == NULL) {
		load_error(l, line, col, "an anchor (&name) must come before "
		    "its aliases and outside them", "unknown alias '*%s'", name);
		return;
	}
	l->d->expansion += node_size(n);
	if (l->d->expansion > YDOC_MAX_EXPANSION) {
		load_error(l, line, col, NULL, "aliases expand to more than "
		    "%d nodes; refusing the document", YDOC_MAX_EXPANSION);
		return;
	}
	attach(l, n);
}

static void
on_start(struct loader *l, yaml_event_t *ev, enum ynode_kind kind,
    const yaml_char_t *anchor)
{
	struct frame *f;

	if (l->depth >= YDOC_MAX_DEPTH) {
		load_error(l, (unsigned)ev->start_mark.line + 1,
		    (unsigned)ev->start_mark.column + 1, NULL,
		    "nested more than %d levels deep", YDOC_MAX_DEPTH);
		return;
	}
	xgrow(&l->stack, &l->cap, l->depth + 1, sizeof *l->stack);
	f = &l->stack[l->depth++];
	f->node = new_node(l->d, kind, ev->start_mark);
	f->first = l->nkids;
	f->anchor = anchor != NULL ? xstrdup((const char *)anchor) : NULL;
}

static void
on_end(struct loader *l)
{
	struct frame f = l->stack[--l->depth];

	adopt(l, f.node, f.first);
	if (f.node->kind == YNODE_MAP)
		check_duplicates(l, f.node);
	if (f.anchor != NULL) {
		add_anchor(l->d, f.anchor, f.node);
		free(f.anchor);
	}
	attach(l, f.node);
}

static void
syntax_error(struct loader *l, yaml_parser_t *p)
{
	const char *hint = NULL;
	size_t at = p->problem_mark.index;

	if (at < l->textlen && l->text[at] == '\t')
		hint = "YAML indents with spaces, not tabs";
	load_error(l, (unsigned)p->problem_mark.line + 1,
	    (unsigned)p->problem_mark.column + 1, hint, "%s%s%s",
	    p->problem != NULL ? p->problem : "syntax error",
	    p->context != NULL ? " " : "", p->context != NULL ? p->context : "");
}

static int
handle(struct loader *l, yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++l->documents > 1)
			load_error(l, (unsigned)ev->start_mark.line + 1, 1,
			    "keep one document per file",
			    "a second YAML document ('---')");
		break;
	case YAML_SCALAR_EVENT:
		on_scalar(l, ev);
		break;
	case YAML_ALIAS_EVENT:
		on_alias(l, ev);
		break;
	case YAML_SEQUENCE_START_EVENT:
		on_start(l, ev, YNODE_SEQ, ev->data.sequence_start.anchor);
		break;
	case YAML_MAPPING_START_EVENT:
		on_start(l, ev, YNODE_MAP, ev->data.mapping_start.anchor);
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		on_end(l);
		break;
	case YAML_STREAM_END_EVENT:
		return 0;
	default:
		break;
	}
	return !l->failed;
}

static void
free_stack(struct loader *l)
{
	while (l->depth > 0)
		free(l->stack[--l->depth].anchor);
	free(l->stack);
	free(l->kids);
}

struct ydoc *
ydoc_load_mem(const char *name, const char *text, size_t len,
    struct diag *diag)
{
	struct loader l = { 0 };
	yaml_parser_t p;
	yaml_event_t ev;
	yaml_mark_t start = { 0, 0, 0 };
	int go = 1;

	l.d = xcalloc(1, sizeof *l.d);
	l.d->name = xstrdup(name);
	l.d->diag = diag;
	l.text = text;
	l.textlen = len;
	if (!yaml_parser_initialize(&p))
		err_die(EXIT_TROUBLE, "out of memory");
	yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
	while (go) {
		if (!yaml_parser_parse(&p, &ev)) {
			syntax_error(&l, &p);
			break;
		}
		go = handle(&l, &ev);
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	free_stack(&l);
	if (l.failed) {
		ydoc_free(l.d);
		return NULL;
	}
	if (l.d->root == NULL)
		l.d->root = new_node(l.d, YNODE_NULL, start);
	return l.d;
}

static char *
read_all(FILE *f, size_t *len)
{
	struct buf b = BUF_INIT;
	char chunk[65536];
	size_t n;

	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	*len = b.len;
	return buf_take(&b);
}

struct ydoc *
ydoc_load(const char *path, struct diag *diag)
{
	int is_stdin = strcmp(path, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(path, "r");
	struct ydoc *d;
	size_t len;
	char *text;

	if (f == NULL) {
		err_warn_errno("%s", path);
		diag->errors++;
		return NULL;
	}
	text = read_all(f, &len);
	if (ferror(f)) {
		err_warn_errno("%s", path);
		diag->errors++;
		d = NULL;
	} else
		d = ydoc_load_mem(is_stdin ? "<stdin>" : path, text, len, diag);
	if (!is_stdin)
		fclose(f);
	free(text);
	return d;
}

void
ydoc_free(struct ydoc *d)
{
	size_t i;

	if (d == NULL)
		return;
	arena_free(&d->arena);
	arena_free(&d->texts);
	for (i = 0; i < d->nanchors; i++)
		free(d->anchors[i].name);
	free(d->anchors);
	free(d->name);
	free(d);
}

struct ynode *
ydoc_root(const struct ydoc *d)
{
	return d->root;
}

enum ynode_kind
ynode_kind(const struct ynode *n)
{
	return n->kind;
}

struct srcpos
ynode_pos(const struct ynode *n)
{
	struct srcpos at = { n->doc->name, n->line, n->col };

	return at;
}

const char *
ynode_text(const struct ynode *n, size_t *len)
{
	if (len != NULL)
		*len = n->text != NULL ? n->len : 0;
	return n->text != NULL ? n->text : "";
}

size_t
ynode_len(const struct ynode *n)
{
	return container(n->kind) ? n->n : 0;
}

struct ynode *
ynode_item(const struct ynode *n, size_t i)
{
	return n->kind == YNODE_SEQ && i < n->n ? n->items[i] : NULL;
}

struct ynode *
ynode_pair_key(const struct ynode *n, size_t i)
{
	return n->kind == YNODE_MAP && i < n->n ? n->pairs[i].key : NULL;
}

struct ynode *
ynode_pair_value(const struct ynode *n, size_t i)
{
	if (n->kind != YNODE_MAP || i >= n->n)
		return NULL;
	n->pairs[i].used = 1;
	return n->pairs[i].val;
}
