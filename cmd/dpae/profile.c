/*
 * profile.c: loading the format profile (see profile.h). Every problem is
 * reported at its line in the profile, so that a corrected copy can be
 * written without reading this code.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "fields.h"
#include "profile.h"
#include "xalloc.h"

#define HINT_PROFILE "see dpae(1), FORMAT PROFILE"

static const char *const fold_names[] = { "upper-ascii", "latin1", NULL };
static const char *const date_names[] = { "yyyy-mm-dd", "dd/mm/yyyy",
    "ddmmyyyy", NULL };
static const char *const time_names[] = { "hh:mm:ss", "hh:mm", "hhmm",
    NULL };

/* An XML name as the profile may use it: a letter or '_', then letters,
 * digits, '.', '-', '_', and at most one ':' inside (a prefix). */
static int
xml_name_ok(const char *s)
{
	const char *colon = strchr(s, ':');

	if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
	    *s == '_'))
		return 0;
	if (colon != NULL && (strchr(colon + 1, ':') != NULL ||
	    colon[1] == '\0'))
		return 0;
	return s[strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	    "0123456789._-:")] == '\0';
}

/* Compiles pattern, with \A(?:...)\z around it when anchor is set; NULL
 * after a message at n's place about the pattern as written. */
static struct re *
compile_at(struct ynode *n, const char *pattern, int anchor)
{
	struct re_error e;
	struct srcpos at = ynode_pos(n);
	struct re *re = re_compile(pattern, 0, &e);
	char *full;

	if (re == NULL) {
		re_report(ynode_diag(n), &at, pattern, &e);
		return NULL;
	}
	if (!anchor)
		return re;
	re_free(re);
	full = xasprintf("\\A(?:%s)\\z", pattern);
	if ((re = re_compile(full, 0, &e)) == NULL)
		ynode_error(n, NULL, "bad pattern '%s': not a class of "
		    "characters", pattern);
	free(full);
	return re;
}

static void
load_rule(struct dpae_textrule *r, const char *kind, struct ynode *m)
{
	const char *s;
	long long max;
	int fold = 0;

	r->kind = kind;
	ynode_enum(m, "fold", Y_REQUIRED, fold_names, &fold);
	r->fold = (enum dpae_fold)fold;
	if (ynode_int(m, "max", Y_REQUIRED, &max) == 1) {
		if (max < 1 || max > 1000)
			ynode_error(ynode_get(m, "max"), NULL,
			    "max: must be from 1 to 1000");
		else
			r->max = (size_t)max;
	}
	if (ynode_str(m, "chars", Y_REQUIRED, &r->chars) == 1)
		r->char_re = compile_at(ynode_get(m, "chars"), r->chars, 1);
	if (ynode_str(m, "pattern", 0, &s) == 1)
		r->pattern = compile_at(ynode_get(m, "pattern"), s, 0);
	ynode_str(m, "hint", 0, &r->hint);
	ynode_check_unknown(m);
}

/* 1 when a field before f has the same kind of text. */
static int
kind_seen_before(int f, const char *kind)
{
	int g;

	for (g = 0; g < f; g++) {
		const char *k = dpae_field_kind((enum dpae_field)g);

		if (k != NULL && strcmp(k, kind) == 0)
			return 1;
	}
	return 0;
}

/* Every kind of text a field uses must have its rules. */
static void
check_kinds(struct dpae_profile *p, struct ynode *texts)
{
	int f;

	for (f = 0; f < DF_NFIELDS; f++) {
		const char *kind = dpae_field_kind((enum dpae_field)f);

		if (kind == NULL || kind_seen_before(f, kind) ||
		    dpae_profile_rule(p, kind) != NULL)
			continue;
		ynode_error(texts, HINT_PROFILE, "no rules for the texts of "
		    "kind '%s' (%s)", kind, dpae_field_name((enum dpae_field)f));
	}
}

static void
load_texts(struct dpae_profile *p, struct ynode *root)
{
	struct ynode *m;
	size_t i;

	if (ynode_map(root, "texts", Y_REQUIRED, &m) != 1)
		return;
	p->rules = xcalloc(ynode_len(m), sizeof *p->rules);
	for (i = 0; i < ynode_len(m); i++) {
		struct ynode *v = ynode_pair_value(m, i);

		if (ynode_kind(v) != YNODE_MAP) {
			ynode_error(v, HINT_PROFILE, "the rules of a kind of "
			    "text are a map (fold, max, chars)");
			continue;
		}
		load_rule(&p->rules[p->nrules++],
		    ynode_text(ynode_pair_key(m, i), NULL), v);
	}
	check_kinds(p, m);
}

static void
load_codes(struct dpae_profile *p, struct ynode *root)
{
	struct ynode *codes, *m;
	size_t i;

	if (ynode_map(root, "codes", Y_REQUIRED, &codes) != 1)
		return;
	if (ynode_map(codes, "sex", Y_REQUIRED, &m) == 1) {
		ynode_str(m, "M", Y_REQUIRED, &p->sex_code[SEX_M]);
		ynode_str(m, "F", Y_REQUIRED, &p->sex_code[SEX_F]);
		ynode_check_unknown(m);
	}
	if (ynode_map(codes, "nature", Y_REQUIRED, &m) == 1) {
		for (i = 0; i < 3; i++)
			ynode_str(m, contract_nature_name(
			    (enum contract_nature)i), Y_REQUIRED,
			    &p->nature_code[i]);
		ynode_check_unknown(m);
	}
	ynode_check_unknown(codes);
}

static void
load_namespaces(struct dpae_profile *p, struct ynode *root)
{
	struct ynode *m;
	size_t i;

	if (ynode_map(root, "namespaces", 0, &m) != 1)
		return;
	p->ns = xcalloc(ynode_len(m), sizeof *p->ns);
	for (i = 0; i < ynode_len(m); i++) {
		struct ynode *k = ynode_pair_key(m, i);
		struct dpae_ns *ns = &p->ns[p->nns];

		ns->prefix = ynode_text(k, NULL);
		if (!xml_name_ok(ns->prefix) || strchr(ns->prefix, ':')) {
			ynode_error(k, NULL, "'%s' is not a namespace prefix",
			    ns->prefix);
			continue;
		}
		if (ynode_as_str(ynode_pair_value(m, i), &ns->uri) == 0)
			p->nns++;
	}
}

static void
load_head(struct dpae_profile *p, struct ynode *root)
{
	struct ynode *m;
	const char *s;
	int v;

	ynode_str(root, "format", 0, &s);
	ynode_str(root, "source", 0, &s);
	ynode_str(root, "confidence", 0, &s);
	ynode_str(root, "checked", 0, &s);
	if (ynode_str(root, "encoding", Y_REQUIRED, &s) == 1 &&
	    strcmp(s, "ISO-8859-1") != 0)
		ynode_error(ynode_get(root, "encoding"), "the declaration is "
		    "written in ISO-8859-1", "unknown encoding '%s'", s);
	if (ynode_map(root, "test_indicator", Y_REQUIRED, &m) == 1) {
		ynode_str(m, "test", Y_REQUIRED, &p->test_value);
		ynode_str(m, "real", Y_REQUIRED, &p->real_value);
		ynode_check_unknown(m);
	}
	if (ynode_enum(root, "date", Y_REQUIRED, date_names, &v) == 1)
		p->date = (enum dpae_datefmt)v;
	if (ynode_enum(root, "time", Y_REQUIRED, time_names, &v) == 1)
		p->time = (enum dpae_timefmt)v;
}


struct tree_ctx {
	struct dpae_profile *p;
	const char *repeat;	/* the repeated element's name */
	unsigned nrepeat;	/* how often it was found */
};

static void parse_element(struct tree_ctx *t, struct ynode *item,
    struct dpae_xnode *x, int in_repeat);

/* A leaf: the field named by v. */
static void
parse_leaf(struct tree_ctx *t, struct ynode *v, struct dpae_xnode *x,
    int in_repeat)
{
	const char *name = ynode_text(v, NULL);
	char hint[160];

	x->field = dpae_field_lookup(name);
	if (x->field < 0) {
		ynode_error(v, HINT_PROFILE, "unknown field '%s'", name);
		return;
	}
	if (dpae_field_per_decl((enum dpae_field)x->field) && !in_repeat) {
		snprintf(hint, sizeof hint, "the fields of a declaration "
		    "belong under '%s'", t->repeat);
		ynode_error(v, hint, "'%s' outside the repeated element", name);
	}
	if (x->repeat)
		ynode_error(v, HINT_PROFILE, "the repeated element '%s' holds "
		    "elements, not a field", x->name);
}

static void
parse_kids(struct tree_ctx *t, struct ynode *seq, struct dpae_xnode *x,
    int in_repeat)
{
	size_t i;

	if (ynode_len(seq) == 0) {
		ynode_error(seq, HINT_PROFILE, "'%s' has no elements", x->name);
		return;
	}
	x->kids = xcalloc(ynode_len(seq), sizeof *x->kids);
	x->nkids = ynode_len(seq);
	for (i = 0; i < x->nkids; i++)
		parse_element(t, ynode_item(seq, i), &x->kids[i],
		    in_repeat || x->repeat);
}

/* item is a map of one pair: an element's name and its field or its
 * elements. */
static void
parse_element(struct tree_ctx *t, struct ynode *item, struct dpae_xnode *x,
    int in_repeat)
{
	struct ynode *v;

	x->field = -1;
	x->name = "";
	if (ynode_kind(item) != YNODE_MAP || ynode_len(item) != 1) {
		ynode_error(item, HINT_PROFILE, "an element is written "
		    "'name: field' or 'name:' and a list of elements");
		return;
	}
	x->name = ynode_text(ynode_pair_key(item, 0), NULL);
	v = ynode_pair_value(item, 0);
	if (!xml_name_ok(x->name))
		ynode_error(ynode_pair_key(item, 0), NULL, "'%s' is not an "
		    "XML element name", x->name);
	if (strcmp(x->name, t->repeat) == 0) {
		x->repeat = 1;
		if (t->nrepeat++ > 0 || in_repeat)
			ynode_error(ynode_pair_key(item, 0), NULL, "'%s' is "
			    "repeated twice", x->name);
	}
	if (ynode_kind(v) == YNODE_SCALAR)
		parse_leaf(t, v, x, in_repeat);
	else if (ynode_kind(v) == YNODE_SEQ)
		parse_kids(t, v, x, in_repeat);
	else
		ynode_error(v, HINT_PROFILE, "'%s' needs a field or a list of "
		    "elements", x->name);
}

static void
load_tree(struct dpae_profile *p, struct ynode *root)
{
	struct tree_ctx t = { p, "", 0 };
	struct ynode *tree, *rep;

	p->root.field = -1;
	if (ynode_str(root, "repeat", Y_REQUIRED, &t.repeat) != 1 ||
	    ynode_map(root, "tree", Y_REQUIRED, &tree) != 1)
		return;
	parse_element(&t, tree, &p->root, 0);
	if (p->root.field >= 0 || p->root.repeat)
		ynode_error(tree, HINT_PROFILE, "the root element holds the "
		    "batch: it is neither a field nor repeated");
	if (t.nrepeat == 0) {
		rep = ynode_get(root, "repeat");
		ynode_error(rep, NULL, "no element '%s' in the tree", t.repeat);
	}
}

int
dpae_profile_load(const char *path, struct dpae_profile *p, struct diag *d)
{
	return dpae_profile_from(ydoc_load(path, d), p, d);
}

int
dpae_profile_from(struct ydoc *doc, struct dpae_profile *p, struct diag *d)
{
	struct ynode *root;
	unsigned before = d->errors;

	memset(p, 0, sizeof *p);
	if ((p->doc = doc) == NULL)
		return -1;
	root = ydoc_root(p->doc);
	if (ynode_kind(root) != YNODE_MAP) {
		ynode_error(root, HINT_PROFILE, "a format profile is a map");
		return -1;
	}
	load_head(p, root);
	load_codes(p, root);
	load_texts(p, root);
	load_namespaces(p, root);
	load_tree(p, root);
	ynode_check_unknown(root);
	return d->errors == before ? 0 : -1;
}

static void
free_xnode(struct dpae_xnode *x)
{
	size_t i;

	for (i = 0; i < x->nkids; i++)
		free_xnode(&x->kids[i]);
	free(x->kids);
}

void
dpae_profile_free(struct dpae_profile *p)
{
	size_t i;

	for (i = 0; i < p->nrules; i++) {
		re_free(p->rules[i].char_re);
		re_free(p->rules[i].pattern);
	}
	free(p->rules);
	free(p->ns);
	free_xnode(&p->root);
	ydoc_free(p->doc);
	memset(p, 0, sizeof *p);
}

const struct dpae_textrule *
dpae_profile_rule(const struct dpae_profile *p, const char *kind)
{
	size_t i;

	for (i = 0; i < p->nrules; i++)
		if (strcmp(p->rules[i].kind, kind) == 0)
			return &p->rules[i];
	return NULL;
}

char *
dpae_profile_date(const struct dpae_profile *p, int32_t day)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	switch (p->date) {
	case DPAE_DATE_SLASH:
		return xasprintf("%02d/%02d/%04d", d, m, y);
	case DPAE_DATE_COMPACT:
		return xasprintf("%02d%02d%04d", d, m, y);
	case DPAE_DATE_ISO:
		break;
	}
	return xasprintf("%04d-%02d-%02d", y, m, d);
}

char *
dpae_profile_time(const struct dpae_profile *p, int minutes)
{
	int h = minutes / 60, m = minutes % 60;

	switch (p->time) {
	case DPAE_TIME_HM:
		return xasprintf("%02d:%02d", h, m);
	case DPAE_TIME_COMPACT:
		return xasprintf("%02d%02d", h, m);
	case DPAE_TIME_HMS:
		break;
	}
	return xasprintf("%02d:%02d:00", h, m);
}
