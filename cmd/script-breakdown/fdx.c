/*
 * fdx.c: Final Draft files. Paragraphs of the script are kept with their
 * type, text, scene properties and tagged runs; the TagData at the end of
 * the file says which category each tag belongs to. Categories are
 * matched by name, never by number (Final Draft and Beat number them
 * differently: screenplay.md §3).
 */
#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "fdx.h"
#include "map.h"
#include "text.h"
#include "xalloc.h"

struct ftag {
	char *number;		/* Tag Number */
	char *text;		/* the tagged words */
};

struct fpara {
	enum sb_kind kind;
	char *text;
	unsigned line;
	unsigned flags;
	char *number;		/* Paragraph Number (scene number) */
	long page;		/* SceneProperties Page */
	unsigned eighths;	/* SceneProperties Length */
	char *synopsis;		/* SceneProperties Summary */
	struct ftag *tags;
	size_t ntags;
};

struct sb_fdx {
	const struct sb_rules *r;
	struct diag *d;
	const char *name;
	XML_Parser xp;
	int failed;
	struct fpara *v;		/* the script's paragraphs */
	size_t n, cap;
	struct fpara *cur;		/* the paragraph being read */
	int depth;			/* element depth */
	int para_depth;			/* depth of the paragraph read */
	int content;			/* inside FinalDraft/Content */
	int title_page, summary, omitted, in_text, dual;
	int dual_cues;			/* cues seen in this DualDialogue */
	struct buf text;		/* the current paragraph's text */
	struct buf run;			/* the current tagged run */
	char *run_tag;
	struct buf title, summary_text, defid;
	char *tag_number;		/* the Tag being read */
	struct sb_map cats;		/* category Id -> name */
	struct sb_map defs;		/* definition Id -> "catid\tlabel" */
	struct sb_map tagdefs;		/* Tag Number -> definition Id */
	struct sb_map warned;		/* unknown category names warned */
};

static const struct {
	const char *type;
	enum sb_kind kind;
} types[] = {
	{ "Scene Heading", SB_HEADING }, { "Action", SB_ACTION },
	{ "Character", SB_CHARACTER }, { "Dialogue", SB_DIALOGUE },
	{ "Parenthetical", SB_PARENTHETICAL },
	{ "Transition", SB_TRANSITION }, { "Shot", SB_SHOT },
	{ "General", SB_ACTION }, { "Cast List", SB_ACTION },
	{ "Lyrics", SB_LYRICS }, { "New Act", SB_SECTION },
	{ "End of Act", SB_SECTION }, { "Outline 1", SB_SECTION },
	{ "Outline 2", SB_SECTION }, { "Outline 3", SB_SECTION },
	{ "Outline 4", SB_SECTION }, { "Outline Body", SB_SYNOPSIS },
};

static const char *
attr(const XML_Char **atts, const char *name)
{
	for (; atts[0] != NULL; atts += 2)
		if (strcmp(atts[0], name) == 0)
			return atts[1];
	return NULL;
}

static enum sb_kind
para_kind(const char *type)
{
	size_t i;

	for (i = 0; type != NULL && i < sizeof types / sizeof *types; i++)
		if (strcmp(type, types[i].type) == 0)
			return types[i].kind;
	return SB_ACTION;
}

/* "1 7/8", "5/8", "2" in eighths; 0 when empty or not a length. */
static unsigned
parse_length(const char *s)
{
	unsigned pages = 0, num = 0, den = 0;
	char c;

	if (s == NULL)
		return 0;
	if (sscanf(s, "%u %u/%u%c", &pages, &num, &den, &c) == 3 && den == 8)
		return pages * 8 + num;
	if (sscanf(s, "%u/%u%c", &num, &den, &c) == 2 && den == 8)
		return num;
	if (sscanf(s, "%u%c", &pages, &c) == 1)
		return pages * 8;
	return 0;
}

static void
xml_error(struct sb_fdx *x, const char *hint, const char *msg)
{
	struct srcpos at = { x->name,
	    (unsigned)XML_GetCurrentLineNumber(x->xp),
	    (unsigned)XML_GetCurrentColumnNumber(x->xp) + 1 };

	diag_error(x->d, &at, hint, "%s", msg);
	x->failed = 1;
	XML_StopParser(x->xp, XML_FALSE);
}

/* --- the script's paragraphs ------------------------------------------- */

static void
para_start(struct sb_fdx *x, const XML_Char **atts)
{
	const char *number = attr(atts, "Number");

	xgrow(&x->v, &x->cap, x->n + 1, sizeof *x->v);
	x->cur = &x->v[x->n++];
	memset(x->cur, 0, sizeof *x->cur);
	x->cur->kind = para_kind(attr(atts, "Type"));
	x->cur->line = (unsigned)XML_GetCurrentLineNumber(x->xp);
	if (number != NULL && *number != '\0')
		x->cur->number = xstrdup(number);
	if (x->dual && x->cur->kind == SB_CHARACTER && x->dual_cues++ > 0)
		x->cur->flags |= SB_F_DUAL;
	buf_clear(&x->text);
}

static void
para_end(struct sb_fdx *x)
{
	if (x->omitted) {	/* an omitted scene is not a scene */
		free(x->cur->number);
		x->n--;
	} else
		x->cur->text = xstrndup(buf_str(&x->text), x->text.len);
	x->cur = NULL;
	x->omitted = 0;
}

static void
run_start(struct sb_fdx *x, const XML_Char **atts)
{
	const char *tag = attr(atts, "TagNumber");

	x->in_text = 1;
	buf_clear(&x->run);
	free(x->run_tag);
	x->run_tag = tag != NULL ? xstrdup(tag) : NULL;
}

static void
run_end(struct sb_fdx *x)
{
	struct ftag *t;

	x->in_text = 0;
	if (x->run_tag == NULL || x->cur == NULL)
		return;
	x->cur->tags = xreallocarray(x->cur->tags, x->cur->ntags + 1,
	    sizeof *x->cur->tags);
	t = &x->cur->tags[x->cur->ntags++];
	t->number = x->run_tag;
	t->text = xstrndup(buf_str(&x->run), x->run.len);
	x->run_tag = NULL;
}

static void
scene_properties(struct sb_fdx *x, const XML_Char **atts)
{
	const char *page = attr(atts, "Page");

	if (x->cur == NULL)
		return;
	x->cur->eighths = parse_length(attr(atts, "Length"));
	x->cur->page = page != NULL ? atol(page) : 0;
}

/* --- TagData ------------------------------------------------------------ */

static void
map_set(struct sb_map *m, const char *key, const char *val)
{
	struct sb_mapent *e;

	if (key == NULL || val == NULL)
		return;
	e = sb_map_put(m, key, strlen(key), NULL);
	free(e->ptr);
	e->ptr = xstrdup(val);
}

static void
tag_definition(struct sb_fdx *x, const XML_Char **atts)
{
	const char *cat = attr(atts, "CatId"), *label = attr(atts, "Label");
	char *v;

	if (cat == NULL)
		return;
	v = xasprintf("%s\t%s", cat, label != NULL ? label : "");
	map_set(&x->defs, attr(atts, "Id"), v);
	free(v);
}

/* --- expat handlers ------------------------------------------------------ */

static void
dual_start(struct sb_fdx *x)
{
	if (x->cur != NULL && x->text.len == 0) {	/* the wrapper */
		free(x->cur->number);
		x->n--;
		x->cur = NULL;
	}
	x->dual = 1;
	x->dual_cues = 0;
}

static void XMLCALL
on_start(void *ctx, const XML_Char *name, const XML_Char **atts)
{
	struct sb_fdx *x = ctx;

	char *msg;

	if (++x->depth == 1 && strcmp(name, "FinalDraft") != 0) {
		msg = xasprintf("not a Final Draft file: the root element is "
		    "'%s'", name);
		xml_error(x, "an .fdx file's root element is FinalDraft", msg);
		free(msg);
	} else if (strcmp(name, "Content") == 0 && x->depth == 2)
		x->content = 1;
	else if (strcmp(name, "TitlePage") == 0)
		x->title_page = 1;
	else if (strcmp(name, "Paragraph") == 0 && x->content &&
	    !x->summary && !x->omitted && x->cur == NULL) {
		para_start(x, atts);
		x->para_depth = x->depth;
	} else if (strcmp(name, "Text") == 0)
		run_start(x, atts);
	else if (strcmp(name, "SceneProperties") == 0)
		scene_properties(x, atts);
	else if (strcmp(name, "Summary") == 0)
		x->summary = 1;
	else if (strcmp(name, "OmittedScene") == 0)
		x->omitted = x->cur != NULL;
	else if (strcmp(name, "DualDialogue") == 0)
		dual_start(x);
	else if (strcmp(name, "TagCategory") == 0)
		map_set(&x->cats, attr(atts, "Id"), attr(atts, "Name"));
	else if (strcmp(name, "TagDefinition") == 0)
		tag_definition(x, atts);
	else if (strcmp(name, "Tag") == 0) {
		free(x->tag_number);
		x->tag_number = attr(atts, "Number") != NULL ?
		    xstrdup(attr(atts, "Number")) : NULL;
	} else if (strcmp(name, "DefId") == 0)
		buf_clear(&x->defid);
}

static void XMLCALL
on_text(void *ctx, const XML_Char *s, int len)
{
	struct sb_fdx *x = ctx;

	if (x->in_text) {
		if (x->summary)
			buf_add(&x->summary_text, s, (size_t)len);
		else if (x->title_page)
			buf_add(&x->title, s, (size_t)len);
		else if (x->cur != NULL && !x->omitted) {
			buf_add(&x->text, s, (size_t)len);
			buf_add(&x->run, s, (size_t)len);
		}
	} else if (x->tag_number != NULL)
		buf_add(&x->defid, s, (size_t)len);
}

static void
summary_end(struct sb_fdx *x)
{
	x->summary = 0;
	if (x->cur != NULL && x->cur->synopsis == NULL)
		x->cur->synopsis = xstrndup(buf_str(&x->summary_text),
		    x->summary_text.len);
	buf_clear(&x->summary_text);
}

static void XMLCALL
on_end(void *ctx, const XML_Char *name)
{
	struct sb_fdx *x = ctx;

	if (strcmp(name, "Text") == 0) {
		if (!x->summary && !x->title_page)
			run_end(x);
		x->in_text = 0;
	} else if (strcmp(name, "Paragraph") == 0) {
		if (x->summary)
			buf_addc(&x->summary_text, ' ');
		else if (x->title_page)
			buf_addc(&x->title, '\n');
		else if (x->cur != NULL && x->depth == x->para_depth)
			para_end(x);
	} else if (strcmp(name, "Summary") == 0)
		summary_end(x);
	else if (strcmp(name, "TitlePage") == 0)
		x->title_page = 0;
	else if (strcmp(name, "Content") == 0 && x->depth == 2)
		x->content = 0;
	else if (strcmp(name, "DualDialogue") == 0)
		x->dual = 0;
	else if (strcmp(name, "DefId") == 0 && x->tag_number != NULL)
		map_set(&x->tagdefs, x->tag_number, buf_str(&x->defid));
	x->depth--;
}

/* --- reading ------------------------------------------------------------- */

struct sb_fdx *
sb_fdx_new(const struct sb_rules *r, struct diag *d, const char *name)
{
	struct sb_fdx *x = xcalloc(1, sizeof *x);

	x->r = r;
	x->d = d;
	x->name = name;
	if ((x->xp = XML_ParserCreate("UTF-8")) == NULL)
		err_die(EXIT_TROUBLE, "out of memory");
	XML_SetUserData(x->xp, x);
	XML_SetElementHandler(x->xp, on_start, on_end);
	XML_SetCharacterDataHandler(x->xp, on_text);
	return x;
}

int
sb_fdx_chunk(void *fdx, const char *data, size_t len, int last)
{
	struct sb_fdx *x = fdx;

	if (x->failed)
		return -1;
	char *msg;

	if (XML_Parse(x->xp, data, (int)len, last) == XML_STATUS_ERROR &&
	    !x->failed) {
		msg = xasprintf("not well-formed XML: %s",
		    XML_ErrorString(XML_GetErrorCode(x->xp)));
		xml_error(x, "an .fdx file is Final Draft's XML: check that "
		    "it is complete, or give its format with -i", msg);
		free(msg);
	}
	return x->failed ? -1 : 0;
}

static void
free_para(struct fpara *p)
{
	size_t i;

	free(p->text);
	free(p->number);
	free(p->synopsis);
	for (i = 0; i < p->ntags; i++) {
		free(p->tags[i].number);
		free(p->tags[i].text);
	}
	free(p->tags);
}

void
sb_fdx_free(struct sb_fdx *x)
{
	size_t i;

	if (x == NULL)
		return;
	if (x->cur != NULL)	/* reading stopped inside a paragraph */
		x->cur->text = NULL;
	for (i = 0; i < x->n; i++)
		free_para(&x->v[i]);
	free(x->v);
	XML_ParserFree(x->xp);
	buf_free(&x->text);
	buf_free(&x->run);
	buf_free(&x->title);
	buf_free(&x->summary_text);
	buf_free(&x->defid);
	free(x->run_tag);
	free(x->tag_number);
	sb_map_free(&x->cats, free);
	sb_map_free(&x->defs, free);
	sb_map_free(&x->tagdefs, free);
	sb_map_free(&x->warned, NULL);
	free(x);
}

/* --- replay ---------------------------------------------------------------- */

static const char *
lookup(const struct sb_map *m, const char *key)
{
	struct sb_mapent *e = key != NULL ? sb_map_get(m, key, strlen(key)) :
	    NULL;

	return e != NULL ? e->ptr : NULL;
}

static void
unknown_category(struct sb_fdx *x, const char *name, unsigned line)
{
	struct srcpos at = { x->name, line, 0 };
	int created;

	sb_map_put(&x->warned, name, strlen(name), &created);
	if (created)
		diag_warning(x->d, &at, "Final Draft categories are matched "
		    "by name with share/screenplay/categories.yaml",
		    "unknown Final Draft tag category '%s'", name);
}

/* The category and label of tag t: the definition's label, else the
 * tagged words. */
static void
replay_tag(struct sb_fdx *x, struct sb_builder *b, const struct ftag *t,
    unsigned line)
{
	const char *def = lookup(&x->defs, lookup(&x->tagdefs, t->number));
	const char *tab, *name, *label;
	char *cat;
	int code;

	if (def == NULL || (tab = strchr(def, '\t')) == NULL)
		return;
	cat = xstrndup(def, (size_t)(tab - def));
	name = lookup(&x->cats, cat);
	free(cat);
	if (name == NULL)
		return;
	code = sb_rules_fdx_code(x->r, name, strlen(name));
	if (code == -1)
		unknown_category(x, name, line);
	if (code < 0)
		return;
	label = tab[1] != '\0' ? tab + 1 : t->text;
	sb_builder_tag(b, code, label, strlen(label), line);
}

/* One element for each line of the paragraph's text. */
static void
replay_lines(struct sb_builder *b, const struct fpara *p)
{
	struct sb_elem e = { p->kind, NULL, 0, p->line, 0, p->flags,
	    p->number, p->number != NULL ? strlen(p->number) : 0 };
	const char *s = p->text, *nl;

	do {
		nl = strchr(s, '\n');
		e.text = s;
		e.len = nl != NULL ? (size_t)(nl - s) : strlen(s);
		sb_builder_elem(b, &e, NULL);
		e.flags |= SB_F_CONT;
		s = nl + 1;
	} while (nl != NULL && p->kind != SB_HEADING &&
	    p->kind != SB_CHARACTER);
}

static void
replay_title(struct sb_fdx *x, struct sb_builder *b)
{
	const char *s = buf_str(&x->title), *nl;
	size_t len;

	for (; *s != '\0'; s = nl + 1) {
		nl = strchr(s, '\n');
		len = nl != NULL ? (size_t)(nl - s) : strlen(s);
		if ((len = sb_trim(&s, len)) > 0) {
			sb_builder_title(b, "Title", 5, s, len);
			return;
		}
		if (nl == NULL)
			return;
	}
}

void
sb_fdx_replay(struct sb_fdx *x, struct sb_builder *b)
{
	struct sb_elem blank = { SB_BLANK, "", 0, 0, 0, 0, NULL, 0 };
	struct fpara *p;
	size_t i, k;

	replay_title(x, b);
	for (i = 0; i < x->n; i++) {
		p = &x->v[i];
		if (i > 0 && p->kind != SB_DIALOGUE &&
		    p->kind != SB_PARENTHETICAL) {
			blank.line = p->line;
			sb_builder_elem(b, &blank, NULL);
		}
		replay_lines(b, p);
		if (p->kind == SB_HEADING) {
			sb_builder_given(b, p->page, p->eighths);
			if (p->synopsis != NULL)
				sb_builder_synopsis(b, p->synopsis,
				    strlen(p->synopsis));
		}
		for (k = 0; k < p->ntags; k++)
			replay_tag(x, b, &p->tags[k], p->line);
	}
}
