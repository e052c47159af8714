/*
 * builder.c: scenes from elements. A scene opens at its heading, gathers
 * what its lines say, waits in a queue until the paginator has measured
 * it, and then goes to the sink.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builder.h"
#include "map.h"
#include "names.h"
#include "pager.h"
#include "tags.h"
#include "text.h"
#include "xalloc.h"

/* Bits of sb_scene.given. */
enum { GIVEN_LENGTH = 1, GIVEN_PAGE = 2 };

struct sb_builder {
	const struct sb_rules *r;
	const struct sb_dict *dict;
	struct sb_sink sink;
	struct diag *d;
	const char *name;
	struct sb_pager *pager;		/* NULL: the reader measures */
	struct sb_doc doc;
	struct sb_scene **q;		/* not yet handed out, oldest first */
	size_t qn, qcap;
	struct sb_scene *cur;		/* the open scene, or NULL */
	unsigned nscenes;
	long speaker;			/* cur->cast index of who speaks */
	struct sb_known known;		/* the characters met so far */
	struct sb_hset numbers;		/* scene number -> line */
	unsigned *plain;		/* line of plain number k, or 0 */
	size_t nplain;
	const char *light;		/* the previous scene's light */
	long pages;			/* counted by the reader */
	long given_pages;		/* the last page the file gives */
	long last_page;			/* the page of the scene before */
	struct sb_scene *spare;		/* a scene handed out, to reuse */
	int started;			/* the sink's start() was called */
	int body;			/* an element after the title page */
	int speech;			/* count lines and words of dialogue */
	struct buf tmp;
	struct buf para;		/* action lines not yet scanned */
};

/* A paragraph of action is scanned whole, so that a name or a group of
 * extras broken over two lines ("HUIT\nVOYAGEURS", as pdftotext and
 * hand-wrapped Fountain write them) is read as one; a paragraph longer
 * than this is scanned in pieces, at line ends, to keep memory flat. */
#define PARA_MAX 65536

static void builder_segment(void *ctx, unsigned scene, long page,
    unsigned lines, int starts);
static void builder_done(void *ctx, unsigned scene);

struct sb_builder *
sb_builder_new(const struct sb_rules *r, const struct sb_dict *dict,
    const struct sb_sink *sink, struct diag *d, const char *name,
    int paginate)
{
	struct sb_builder *b = xcalloc(1, sizeof *b);
	struct sb_pager_cb cb = { builder_segment, builder_done, NULL };

	b->r = r;
	b->dict = dict;
	b->sink = *sink;
	b->d = d;
	b->name = name;
	b->speaker = -1;
	b->light = "";
	if (paginate) {
		cb.ctx = b;
		b->pager = sb_pager_new(&r->profile, &cb);
	}
	return b;
}

#define NLISTS (7 + SB_MAXCAT)

/* The lists of s, in out (NLISTS of them). */
static void
scene_lists(struct sb_scene *s, struct sb_list **out)
{
	struct sb_list *lists[] = { &s->cast, &s->mentioned, &s->silent,
	    &s->absent, &s->silhouettes, &s->figurants, &s->suggestions };
	size_t i;

	for (i = 0; i < 7; i++)
		out[i] = lists[i];
	for (i = 0; i < SB_MAXCAT; i++)
		out[7 + i] = &s->elems[i];
}

static void
free_strings(struct sb_scene *s)
{
	free(s->number);
	free(s->heading);
	free(s->set);
	free(s->subset);
	free(s->synopsis);
}

void
sb_scene_clear(struct sb_scene *s)
{
	struct sb_list *l[NLISTS];
	size_t i;

	scene_lists(s, l);
	free_strings(s);
	free(s->speech);
	for (i = 0; i < NLISTS; i++)
		sb_list_free(l[i]);
	sb_pool_free(&s->pool);
	memset(s, 0, sizeof *s);
}

/* Keeps the lists' arrays, the speech array and a chunk of the pool;
 * the suggestions may be a list of their own (keep_suggestions): freed. */
void
sb_scene_reset(struct sb_scene *s)
{
	struct sb_list *l[NLISTS], saved[NLISTS];
	struct sb_scene keep;
	size_t i;

	scene_lists(s, l);
	free_strings(s);
	sb_list_free(&s->suggestions);
	for (i = 0; i < NLISTS; i++) {
		sb_list_empty(l[i]);
		saved[i] = *l[i];
	}
	sb_pool_reset(&s->pool);
	keep = *s;
	memset(s, 0, sizeof *s);
	for (i = 0; i < NLISTS; i++)
		*l[i] = saved[i];
	s->speech = keep.speech;
	s->capspeech = keep.capspeech;
	if (s->capspeech > 0)
		memset(s->speech, 0, s->capspeech * sizeof *s->speech);
	s->pool = keep.pool;
}

/* The scene's lists copy their items into its pool. */
static void
pool_lists(struct sb_scene *s)
{
	struct sb_list *l[NLISTS];
	size_t i;

	scene_lists(s, l);
	for (i = 0; i < NLISTS; i++)
		l[i]->pool = &s->pool;
}

void
sb_scene_free(struct sb_scene *s)
{
	if (s == NULL)
		return;
	sb_scene_clear(s);
	free(s);
}

static void
free_doc(struct sb_doc *d)
{
	free(d->title);
	free(d->credit);
	free(d->authors);
	free(d->draft);
}

void
sb_builder_free(struct sb_builder *b)
{
	size_t i;

	if (b == NULL)
		return;
	for (i = 0; i < b->qn; i++)
		sb_scene_free(b->q[i]);
	sb_scene_free(b->spare);
	free(b->q);
	sb_pager_free(b->pager);
	sb_known_free(&b->known);
	sb_hset_free(&b->numbers);
	free(b->plain);
	free_doc(&b->doc);
	buf_free(&b->tmp);
	buf_free(&b->para);
	free(b);
}

void
sb_builder_count_speech(struct sb_builder *b)
{
	b->speech = 1;
}

unsigned
sb_builder_current(const struct sb_builder *b)
{
	return b->cur != NULL ? b->cur->id : 0;
}

void
sb_builder_pages(struct sb_builder *b, long pages)
{
	b->pages = pages;
}

/* --- the title page ---------------------------------------------------- */

static void
set_doc(char **field, const char *val, size_t vlen)
{
	vlen = sb_trim(&val, vlen);
	if (*field == NULL && vlen > 0)
		*field = xstrndup(val, vlen);
}

void
sb_builder_title(struct sb_builder *b, const char *key, size_t klen,
    const char *val, size_t vlen)
{
	struct buf k = BUF_INIT;

	sb_fold(&k, key, klen);
	if (k.len == 0)
		;
	else if (strcmp(k.s, "TITLE") == 0)
		set_doc(&b->doc.title, val, vlen);
	else if (strcmp(k.s, "CREDIT") == 0)
		set_doc(&b->doc.credit, val, vlen);
	else if (strcmp(k.s, "AUTHOR") == 0 || strcmp(k.s, "AUTHORS") == 0)
		set_doc(&b->doc.authors, val, vlen);
	else if (strcmp(k.s, "DRAFT DATE") == 0 || strcmp(k.s, "DATE") == 0)
		set_doc(&b->doc.draft, val, vlen);
	buf_free(&k);
}

/* --- scenes ------------------------------------------------------------ */

/* The slot of a plain scene number ("12", up to 999999) in a table
 * indexed by the number, which stays in cache as scenes come in order;
 * NULL for other numbers ("12A"), kept as hashes. */
static unsigned *
plain_number(struct sb_builder *b, const char *number, int *created)
{
	size_t k = 0, i, cap;

	for (i = 0; number[i] >= '0' && number[i] <= '9' && i < 7; i++)
		k = k * 10 + (size_t)(number[i] - '0');
	if (i == 0 || number[i] != '\0' || k > 999999)
		return NULL;
	if (k >= b->nplain) {
		cap = b->nplain == 0 ? 1024 : b->nplain;
		while (cap <= k)
			cap *= 2;
		b->plain = xreallocarray(b->plain, cap, sizeof *b->plain);
		memset(b->plain + b->nplain, 0, (cap - b->nplain) *
		    sizeof *b->plain);
		b->nplain = cap;
	}
	*created = b->plain[k] == 0;
	return &b->plain[k];
}

static void
check_number(struct sb_builder *b, const struct sb_scene *s)
{
	unsigned *first;
	char hint[64];
	int created;

	first = plain_number(b, s->number, &created);
	if (first == NULL)
		first = sb_hset_put(&b->numbers, s->number,
		    strlen(s->number), &created);
	if (created) {
		*first = s->pos.line;
		return;
	}
	snprintf(hint, sizeof hint, "the first is at line %u", *first);
	diag_warning(b->d, &s->pos, hint, "duplicate scene number '%s'",
	    s->number);
}

/* Reads the heading into s: number, INT/EXT, set, time and light. */
static void
read_heading(struct sb_builder *b, struct sb_scene *s,
    const struct sb_elem *e, const struct sb_heading *h)
{
	struct sb_heading_parts p;
	struct sb_heading own;

	if (h == NULL && sb_heading_match(b->r, e->text, e->len, &own) == 1)
		h = &own;
	sb_heading_read(b->r, e->text, e->len, h, &p);
	if (e->number != NULL && e->numlen > 0)
		s->number = xstrndup(e->number, e->numlen);
	else if (p.number != NULL)
		s->number = xstrdup(p.number);
	if (s->number != NULL)
		check_number(b, s);
	else
		s->number = xasprintf("%u", s->id);
	s->int_ext = p.int_ext;
	s->set = p.set;
	s->subset = p.subset;
	p.set = p.subset = NULL;
	s->time = p.time != NULL ? p.time->value : "";
	s->time_label = p.time != NULL ? p.time->label : "";
	s->light = p.time == NULL ? "" : strcmp(p.time->light, "previous") ?
	    p.time->light : b->light;
	b->light = s->light;
	sb_heading_parts_free(&p);
}

static void
open_scene(struct sb_builder *b, const struct sb_elem *e,
    const struct sb_heading *h)
{
	struct sb_scene *s = b->spare != NULL ? b->spare :
	    xcalloc(1, sizeof *s);
	const char *text = e->text;
	size_t len = sb_trim(&text, e->len);

	b->spare = NULL;
	pool_lists(s);
	s->id = ++b->nscenes;
	s->heading = xstrndup(text, len);
	s->pos.file = b->name;
	s->pos.line = e->line;
	s->pos.col = e->col;
	read_heading(b, s, e, h);
	xgrow(&b->q, &b->qcap, b->qn + 1, sizeof *b->q);
	b->q[b->qn++] = s;
	b->cur = s;
	b->speaker = -1;
}

static struct sb_scene *
queued(struct sb_builder *b, unsigned id)
{
	size_t i;

	for (i = 0; i < b->qn; i++)
		if (b->q[i]->id == id)
			return b->q[i];
	return NULL;
}

void
sb_builder_segment(struct sb_builder *b, unsigned scene, long page,
    unsigned lines, int starts)
{
	struct sb_scene *s = queued(b, scene);

	if (s == NULL)
		return;
	s->lines += lines;
	if (starts && !(s->given & GIVEN_PAGE))
		s->page = page;
}

static void
builder_segment(void *ctx, unsigned scene, long page, unsigned lines,
    int starts)
{
	sb_builder_segment(ctx, scene, page, lines, starts);
}

/* 1 when l has an item whose folded key is that of name. Lists are
 * short (a scene's cast): folded one by one, on the stack. */
static int
folded_in(const struct sb_list *l, const char *name)
{
	char k[256], t[256];
	size_t i, n = sb_fold_n(k, sizeof k, name, strlen(name));

	for (i = 0; i < l->n; i++)
		if (sb_fold_n(t, sizeof t, l->v[i], strlen(l->v[i])) == n &&
		    memcmp(t, k, n) == 0)
			return 1;
	return 0;
}

/* 1 when an element of l holds the words of item (folded): the
 * suggestion "vélo" is already in the tag "vélo hollandais". */
static int
tagged(const struct sb_list *l, const char *item)
{
	char k[256], t[256];
	size_t i, n = sb_fold_n(k, sizeof k, item, strlen(item)), m, at;

	for (i = 0; n > 0 && n < sizeof k && i < l->n; i++) {
		m = sb_fold_n(t, sizeof t, l->v[i], strlen(l->v[i]));
		for (at = 0; at + n <= m && m < sizeof t; at++)
			if ((at == 0 || t[at - 1] == ' ') && (at + n == m ||
			    t[at + n] == ' ') && memcmp(t + at, k, n) == 0)
				return 1;
	}
	return 0;
}

/* The silent characters: seen, neither speaking nor tagged absent. */
static void
find_silent(struct sb_scene *s)
{
	size_t i;

	for (i = 0; i < s->mentioned.n; i++)
		if (!folded_in(&s->cast, s->mentioned.v[i]) &&
		    !folded_in(&s->absent, s->mentioned.v[i]))
			sb_list_add(&s->silent, s->mentioned.v[i],
			    strlen(s->mentioned.v[i]));
}

/* The suggestions not held by a tag of their category, once each
 * ("bus" and "BUS" are one). */
static void
keep_suggestions(struct sb_scene *s)
{
	struct sb_list keep = { 0 };
	const char *item;
	size_t i, k;

	for (i = 0; i < s->suggestions.n; i++) {
		item = strchr(s->suggestions.v[i], ':') + 2;
		if ((s->suggestions.count[i] < SB_PEOPLE &&
		    tagged(&s->elems[s->suggestions.count[i]], item)) ||
		    folded_in(&keep, s->suggestions.v[i]))
			continue;
		k = sb_list_add(&keep, s->suggestions.v[i],
		    strlen(s->suggestions.v[i]));
		keep.count[k] = s->suggestions.count[i];
	}
	sb_list_free(&s->suggestions);
	s->suggestions = keep;
}

/* Silent characters, extras, length and page; suggestions kept. */
static void
close_scene(struct sb_builder *b, struct sb_scene *s)
{
	unsigned lpp = b->r->profile.lines_per_page;
	size_t i;

	find_silent(s);
	for (i = 0; i < s->figurants.n; i++)
		s->extras += s->figurants.count[i];
	for (i = 0; i < s->silhouettes.n; i++)
		s->extras += s->silhouettes.count[i];
	if (!(s->given & GIVEN_LENGTH))
		s->eighths = (s->lines * 8 + lpp - 1) / lpp;	/* ceil */
	if (s->eighths == 0)
		s->eighths = 1;		/* a scene is never less than 1/8 */
	if (s->page < b->last_page)	/* pages never go back, when a file */
		s->page = b->last_page;	/* gives some and not others */
	b->last_page = s->page;
	if (s->suggestions.n > 0)
		keep_suggestions(s);
}

static void
start_sink(struct sb_builder *b)
{
	if (b->started)
		return;
	b->started = 1;
	if (b->sink.start != NULL)
		b->sink.start(b->sink.ctx, &b->doc);
}

/* Hands out the measured scenes before scene. */
void
sb_builder_done_before(struct sb_builder *b, unsigned scene)
{
	struct sb_scene *s;

	while (b->qn > 0 && b->q[0]->id < scene && b->q[0] != b->cur) {
		s = b->q[0];
		memmove(b->q, b->q + 1, --b->qn * sizeof *b->q);
		close_scene(b, s);
		start_sink(b);
		b->doc.scenes++;
		b->doc.eighths += s->eighths;
		b->sink.scene(b->sink.ctx, s);
		if (b->spare == NULL) {	/* its memory serves the next one */
			sb_scene_reset(s);
			b->spare = s;
		} else
			sb_scene_free(s);
	}
}

static void
builder_done(void *ctx, unsigned scene)
{
	sb_builder_done_before(ctx, scene);
}

/* --- elements ------------------------------------------------------------ */

static void
cue(struct sb_builder *b, const struct sb_elem *e)
{
	size_t i;

	buf_clear(&b->tmp);
	if (sb_cue_name(&b->tmp, e->text, e->len) == 0)
		return;
	sb_names_know(b->r, &b->known, b->tmp.s, b->tmp.len);
	if (b->cur == NULL)
		return;
	i = sb_list_add(&b->cur->cast, b->tmp.s, b->tmp.len);
	if (b->cur->capspeech < b->cur->cast.cap) {
		b->cur->speech = xreallocarray(b->cur->speech,
		    b->cur->cast.cap, sizeof *b->cur->speech);
		memset(b->cur->speech + b->cur->capspeech, 0,
		    (b->cur->cast.cap - b->cur->capspeech) *
		    sizeof *b->cur->speech);
		b->cur->capspeech = b->cur->cast.cap;
	}
	b->cur->speech[i].speeches++;
	b->speaker = (long)i;
}

static void
dialogue(struct sb_builder *b, const struct sb_elem *e)
{
	struct sb_speech *sp;

	if (b->cur == NULL || b->speaker < 0 || !b->speech)
		return;
	sp = &b->cur->speech[b->speaker];
	sp->lines += b->pager == NULL ? 1 : sb_wrap_count(e->text, e->len,
	    b->r->profile.width[SB_W_DIALOGUE]);
	sp->words += sb_word_count(e->text, e->len);
}

static void
scan(struct sb_builder *b, const char *s, size_t len)
{
	sb_names_scan(b->r, b->dict != NULL ? &b->dict->ignore : NULL,
	    &b->known, s, len, b->cur);
	if (b->dict != NULL && b->cur != NULL)
		sb_dict_scan(b->dict, b->r, s, len, b->cur);
}

/* Scans the action paragraph read so far. */
static void
para_flush(struct sb_builder *b)
{
	if (b->para.len == 0)
		return;
	scan(b, b->para.s, b->para.len);
	buf_clear(&b->para);
}

/* A line of action joins its paragraph, a space for the line end. */
static void
action(struct sb_builder *b, const struct sb_elem *e)
{
	if (b->para.len > 0 && b->para.len + e->len >= PARA_MAX)
		para_flush(b);
	if (b->para.len > 0)
		buf_addc(&b->para, ' ');
	buf_add(&b->para, e->text, e->len);
}

void
sb_builder_synopsis(struct sb_builder *b, const char *text, size_t len)
{
	len = sb_trim(&text, len);
	if (b->cur != NULL && b->cur->synopsis == NULL && len > 0)
		b->cur->synopsis = xstrndup(text, len);
}

static const enum sb_ptype kind_type[] = {
	[SB_HEADING] = PT_HEADING, [SB_ACTION] = PT_ACTION,
	[SB_CHARACTER] = PT_CHARACTER, [SB_PARENTHETICAL] = PT_PAREN,
	[SB_DIALOGUE] = PT_DIALOGUE, [SB_TRANSITION] = PT_TRANSITION,
	[SB_CENTERED] = PT_CENTERED, [SB_LYRICS] = PT_ACTION,
	[SB_SHOT] = PT_SHOT
};

/* Gives the element's line to the paginator. */
static void
paginate(struct sb_builder *b, const struct sb_elem *e)
{
	unsigned scene = sb_builder_current(b);

	switch (e->kind) {
	case SB_BLANK:
		sb_pager_blank(b->pager, scene);
		break;
	case SB_PAGEBREAK:
		sb_pager_break(b->pager, scene);
		break;
	case SB_SECTION:
	case SB_SYNOPSIS:
		break;
	default:
		sb_pager_line(b->pager, kind_type[e->kind], e->text, e->len,
		    scene, (e->flags & SB_F_DUAL) != 0);
	}
}

void
sb_builder_elem(struct sb_builder *b, const struct sb_elem *e,
    const struct sb_heading *h)
{
	b->body |= e->kind != SB_BLANK;
	if (e->kind != SB_ACTION)
		para_flush(b);
	switch (e->kind) {
	case SB_HEADING:
		open_scene(b, e, h);
		break;
	case SB_ACTION:
		action(b, e);
		break;
	case SB_SHOT:
		scan(b, e->text, e->len);
		break;
	case SB_CHARACTER:
		cue(b, e);
		break;
	case SB_DIALOGUE:
		dialogue(b, e);
		break;
	case SB_SYNOPSIS:
		sb_builder_synopsis(b, e->text, e->len);
		break;
	default:
		break;
	}
	if (b->pager != NULL)
		paginate(b, e);
}

void
sb_builder_note(struct sb_builder *b, const char *text, size_t len,
    unsigned line, unsigned col)
{
	struct srcpos at = { b->name, line, col };

	para_flush(b);		/* the order of the text: its line, its note */
	sb_tags_note(b->r, b->cur, &b->known, text, len, &at, b->d);
}

void
sb_builder_tag(struct sb_builder *b, int code, const char *item, size_t len,
    unsigned line)
{
	struct srcpos at = { b->name, line, 0 };

	para_flush(b);
	sb_tags_add(b->r, b->cur, &b->known, code, item, len, &at, b->d);
}

void
sb_builder_given(struct sb_builder *b, long page, unsigned eighths)
{
	if (b->cur == NULL)
		return;
	if (page > 0) {
		b->cur->page = page;
		b->cur->given |= GIVEN_PAGE;
		if (page > b->given_pages)
			b->given_pages = page;
	}
	if (eighths > 0) {
		b->cur->eighths = eighths;
		b->cur->given |= GIVEN_LENGTH;
	}
}

void
sb_builder_finish(struct sb_builder *b)
{
	para_flush(b);
	b->cur = NULL;
	if (b->pager != NULL) {
		sb_pager_finish(b->pager);
		b->doc.pages = sb_pager_pages(b->pager);
	} else {
		sb_builder_done_before(b, (unsigned)-1);
		b->doc.pages = b->pages;
	}
	if (b->given_pages > b->doc.pages)
		b->doc.pages = b->given_pages;
	if (b->body && b->doc.pages == 0)	/* printed, it has a page */
		b->doc.pages = 1;
	start_sink(b);
	b->sink.finish(b->sink.ctx, &b->doc);
}
