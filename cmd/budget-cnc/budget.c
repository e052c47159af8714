/*
 * budget.c: reading budget.yaml (see budget(5)) into a struct
 * bcnc_budget: the work, the settings, the globals as written and the
 * line specifications, each checked against the template.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "budget.h"
#include "people.h"
#include "xalloc.h"
#include "ydoc.h"

const char *const bcnc_unit_names[] = {
	"flat", "hour", "day", "week", "month", "cachet", NULL
};
const char *const bcnc_unit_labels_fr[] = {
	"forfait", "heure", "jour", "semaine", "mois", "cachet", NULL
};

void
bcnc_budget_set_global(struct bcnc_budget *b, const char *name,
    const char *text, enum bcnc_origin origin, const struct srcpos *pos)
{
	struct bcnc_global *g = NULL;
	size_t i;

	for (i = 0; i < b->nglobals; i++)
		if (strcmp(b->globals[i].name, name) == 0)
			g = &b->globals[i];
	if (g == NULL) {
		xgrow(&b->globals, &b->capglobals, b->nglobals + 1,
		    sizeof *b->globals);
		g = &b->globals[b->nglobals++];
		memset(g, 0, sizeof *g);
		g->name = xstrdup(name);
	}
	free(g->text);
	g->text = xstrdup(text);
	g->origin = origin;
	g->pos = *pos;
	g->state = 0;
}

/* --- the work and the settings --------------------------------------- */

static void
read_work(struct bcnc_budget *b, struct ynode *root)
{
	struct ynode *w = NULL;
	const char *lang = "fr";
	long long minutes = 0;
	int e;

	b->work = b->tmpl->work;
	b->genre = b->tmpl->genre;
	if (ynode_map(root, "work", 0, &w) != 1)
		return;
	b->work_pos = ynode_pos(w);
	if (ynode_enum(w, "type", 0, bcnc_work_names, &e) == 1)
		b->work = (enum bcnc_work)e;
	if (ynode_enum(w, "genre", 0, bcnc_genre_names, &e) == 1)
		b->genre = (enum bcnc_genre)e;
	(void)ynode_str(w, "language", 0, &lang);
	b->french = strcmp(lang, "fr") == 0;
	if (ynode_int(w, "minutes", 0, &minutes) == 1 &&
	    (minutes < 1 || minutes > 100000))
		ynode_error(ynode_get(w, "minutes"), NULL, "running time "
		    "'%lld' is not a number of minutes", minutes);
	b->minutes = (long)minutes;
	(void)ynode_bool(w, "difficult", 0, &b->difficult);
	if (ynode_bool(w, "annex3", 0, &b->annex3) == 1)
		b->annex3_pos = ynode_pos(ynode_get(w, "annex3"));
	(void)ynode_check_unknown(w);
}

/* A percentage setting: 0 to 100 %. */
static void
read_percent(struct ynode *root, const char *key, rate_t *out)
{
	if (ynode_rate(root, key, 0, out) == 1 &&
	    (*out < 0 || *out > RATE_ONE)) {
		char buf[RATE_BUFSZ];

		ynode_error(ynode_get(root, key), NULL, "percentage %s is "
		    "over 100 %%", rate_format(buf, *out));
		*out = 0;
	}
}

/* employer: the production's production.yaml (crew(5)), or a map with
 * the same keys. */
static void
read_employer(struct bcnc_budget *b, struct ynode *root)
{
	struct bcnc_employer *e = &b->employer;
	struct ynode *n = ynode_get(root, "employer");
	struct employer pe;
	long long headcount = 0;
	char *path;

	if (n == NULL || ynode_kind(n) == YNODE_NULL)
		return;
	e->pos = ynode_pos(n);
	if (ynode_kind(n) == YNODE_SCALAR) {
		path = bcnc_path_near(ynode_text(n, NULL), e->pos.file);
		memset(&pe, 0, sizeof pe);
		if (access(path, R_OK) != 0)
			ynode_error(n, "the production's production.yaml "
			    "(crew(5)), or a map with at_rate and headcount",
			    "cannot read '%s': %s", path, strerror(errno));
		else if (employer_load(path, &pe, ynode_diag(n)) == 0) {
			e->has_at_rate = pe.at_rate != 0;
			e->at_rate = pe.at_rate;
			e->mobility_rate = pe.mobility_rate;
			e->headcount = pe.headcount;
			e->alsace_moselle = pe.alsace_moselle;
		}
		employer_free(&pe);
		free(path);
		return;
	}
	e->has_at_rate = ynode_rate(n, "at_rate", 0, &e->at_rate) == 1;
	(void)ynode_rate(n, "mobility_rate", 0, &e->mobility_rate);
	if (ynode_int(n, "headcount", 0, &headcount) == 1 && headcount < 0)
		ynode_error(ynode_get(n, "headcount"), NULL, "headcount %lld "
		    "is negative", headcount);
	e->headcount = (long)headcount;
	(void)ynode_bool(n, "alsace_moselle", 0, &e->alsace_moselle);
	(void)ynode_check_unknown(n);
}

static void
read_settings(struct bcnc_budget *b, struct ynode *root)
{
	long long epd = 0;

	(void)ynode_str(root, "title", Y_REQUIRED, &b->title);
	(void)ynode_str(root, "production", 0, &b->production);
	(void)ynode_str(root, "version", 0, &b->version);
	(void)ynode_date(root, "date", Y_REQUIRED, &b->date);
	(void)ynode_get(root, "template");	/* read by the caller */
	read_work(b, root);
	read_employer(b, root);
	read_percent(root, "frais_generaux", &b->fg_rate);
	read_percent(root, "imprevus", &b->imp_rate);
	if (ynode_int(root, "eighths_per_day", 0, &epd) == 1 &&
	    (epd < 1 || epd > 1000))
		ynode_error(ynode_get(root, "eighths_per_day"), NULL,
		    "'%lld' eighths a day is not a shooting pace", epd);
	b->eighths_per_day = (long)epd;
}

static void
read_globals(struct bcnc_budget *b, struct ynode *root)
{
	struct ynode *g = NULL, *k, *v;
	const char *text;
	struct srcpos pos;
	size_t i;

	if (ynode_map(root, "globals", 0, &g) != 1)
		return;
	for (i = 0; i < ynode_len(g); i++) {
		k = ynode_pair_key(g, i);
		v = ynode_pair_value(g, i);
		if (!bcnc_expr_is_name(ynode_text(k, NULL))) {
			ynode_error(k, "a name is letters, digits and '_', "
			    "starting with a letter", "'%s' is not a global "
			    "name", ynode_text(k, NULL));
			continue;
		}
		if (ynode_as_str(v, &text) < 0)
			continue;
		pos = ynode_pos(v);
		bcnc_budget_set_global(b, ynode_text(k, NULL), text,
		    BCNC_FROM_FILE, &pos);
	}
}

/* --- lines ----------------------------------------------------------- */

/* person: a name or a list of names. */
static void
read_names(struct bcnc_line *l, struct ynode *map)
{
	struct ynode *n = ynode_get(map, "person");
	const char *s;
	size_t i;

	if (n == NULL || ynode_kind(n) == YNODE_NULL)
		return;
	if (ynode_kind(n) != YNODE_SEQ) {
		if (ynode_as_str(n, &s) == 0) {
			l->names = xcalloc(1, sizeof *l->names);
			l->names[l->nnames++] = xstrdup(s);
		}
		return;
	}
	l->names = xcalloc(ynode_len(n) + 1, sizeof *l->names);
	for (i = 0; i < ynode_len(n); i++)
		if (ynode_as_str(ynode_item(n, i), &s) == 0)
			l->names[l->nnames++] = xstrdup(s);
}

/* abroad: a share of the line ("40%") or an amount ("5 000"). */
static void
read_split(struct bcnc_line *l, struct ynode *map)
{
	struct ynode *n = ynode_get(map, "abroad");
	const char *s;

	if (n == NULL || ynode_kind(n) == YNODE_NULL ||
	    ynode_as_str(n, &s) < 0)
		return;
	l->split_pos = ynode_pos(n);
	if (strchr(s, '%') != NULL) {
		if (ynode_as_rate(n, &l->abroad_share) < 0)
			return;
		if (l->abroad_share < 0 || l->abroad_share > RATE_ONE) {
			ynode_error(n, NULL, "percentage '%s' is over 100 %%",
			    s);
			return;
		}
		l->split = BCNC_ABROAD_SHARE;
	} else if (ynode_as_money(n, &l->abroad_given) == 0) {
		if (l->abroad_given < 0)
			ynode_error(n, NULL, "amount '%s' is negative", s);
		l->split = BCNC_ABROAD_AMOUNT;
	}
}

/* quantity x unit x rate, or a flat amount. */
static void
read_price(struct bcnc_line *l, struct ynode *map)
{
	struct ynode *q = ynode_get(map, "quantity");
	const char *text;
	int64_t amount;
	long long persons = (long long)(l->nnames ? l->nnames : 1);
	int u = BCNC_FLAT, has_amount;

	has_amount = ynode_money(map, "amount", 0, &amount);
	(void)ynode_enum(map, "unit", 0, bcnc_unit_names, &u);
	l->unit = (enum bcnc_unit)u;
	if (ynode_int(map, "persons", 0, &persons) == 1 &&
	    (persons < 1 || persons > 1000000 ||
	    (size_t)persons < l->nnames))
		ynode_error(ynode_get(map, "persons"), NULL, "%lld persons "
		    "for %zu named", persons, l->nnames);
	l->persons = (long)persons;
	if (has_amount == 1) {
		/* The line's total: one flat unit, shared by its names. */
		if (q != NULL || ynode_get(map, "rate") != NULL ||
		    ynode_get(map, "persons") != NULL)
			ynode_error(ynode_get(map, "amount"), "'amount' is the "
			    "line's total", "give either 'amount' or "
			    "'quantity', 'persons' and 'rate'");
		l->qty_text = xstrdup("1");
		l->rate = amount;
		l->unit = BCNC_FLAT;
		l->persons = 1;
		return;
	}
	if (has_amount < 0)
		return;
	if (q == NULL) {
		(void)ynode_get(map, "rate");
		ynode_error(map, "write 'quantity', 'unit' and 'rate', or "
		    "'amount'", "line '%s' has no quantity", l->code);
		return;
	}
	if (ynode_as_str(q, &text) == 0)
		l->qty_text = xstrdup(text);
	l->qty_pos = ynode_pos(q);
	(void)ynode_money(map, "rate", Y_REQUIRED, &l->rate);
}

/* The code must be a line of the template, and not a computed one. */
static const struct bcnc_tline *
read_code(struct bcnc_budget *b, struct ynode *map)
{
	struct ynode *n = ynode_get(map, "code");
	const struct bcnc_tline *t;
	const char *s;
	char *hint;

	if (n == NULL) {
		ynode_error(map, NULL, "missing key 'code'");
		return NULL;
	}
	if (ynode_as_str(n, &s) < 0)
		return NULL;
	if (!bcnc_code_valid(s)) {
		ynode_error(n, "line codes have five digits, the first two "
		    "being the post (24100 is in post 24)",
		    "unknown line code '%s'", s);
		return NULL;
	}
	if ((t = bcnc_template_line(b->tmpl, s)) == NULL) {
		hint = xasprintf("add it to a template of your own that "
		    "extends '%s' (see budget(5))", b->tmpl->name);
		ynode_error(n, hint, "line '%s' is outside the template '%s'",
		    s, b->tmpl->name);
		free(hint);
		return NULL;
	}
	if (t->charges >= 0) {
		ynode_error(n, NULL, "line '%s' is computed from the salaries "
		    "of chapters 2 and 3", s);
		return NULL;
	}
	return t;
}

static void
read_line(struct bcnc_budget *b, struct ynode *map)
{
	unsigned before = ynode_diag(map)->errors;
	const struct bcnc_tline *t = read_code(b, map);
	struct bcnc_line *l;
	const char *label = NULL, *note;
	int kind;

	if (t == NULL)
		return;		/* the rest of a line without a code is moot */
	xgrow(&b->lines, &b->caplines, b->nlines + 1, sizeof *b->lines);
	l = &b->lines[b->nlines++];
	memset(l, 0, sizeof *l);
	memcpy(l->code, t->code, 6);
	l->t = t;
	l->pos = ynode_pos(map);
	(void)ynode_str(map, "label", 0, &label);
	l->label = xstrdup(label != NULL ? label : t->label);
	kind = (int)t->kind;
	if (ynode_enum(map, "kind", 0, bcnc_kind_names, &kind) == 1 &&
	    kind >= BCNC_USER_KINDS)
		ynode_error(ynode_get(map, "kind"), NULL, "kind '%s' is for "
		    "rows budget-cnc computes", bcnc_kind_names[kind]);
	l->kind = (enum bcnc_kind)kind;
	l->tax_credit = t->tax_credit;
	(void)ynode_bool(map, "tax_credit", 0, &l->tax_credit);
	(void)ynode_bool(map, "cadre", 0, &l->cadre);
	(void)ynode_str(map, "note", 0, &note);
	read_names(l, map);
	read_price(l, map);
	read_split(l, map);
	(void)ynode_check_unknown(map);
	l->bad = ynode_diag(map)->errors != before;
}

static void
read_lines(struct bcnc_budget *b, struct ynode *root)
{
	struct ynode *lines = NULL;
	size_t i;

	if (ynode_seq(root, "lines", Y_REQUIRED, &lines) != 1)
		return;
	for (i = 0; i < ynode_len(lines); i++)
		read_line(b, ynode_item(lines, i));
}

/* --- the whole file -------------------------------------------------- */

static struct bcnc_budget *
parse_doc(struct ydoc *doc, struct bcnc_template *tmpl)
{
	struct bcnc_budget *b = xcalloc(1, sizeof *b);
	struct ynode *root = ydoc_root(doc);

	b->doc = doc;
	b->tmpl = tmpl;
	b->french = 1;
	if (ynode_kind(root) != YNODE_MAP) {
		ynode_error(root, NULL, "a budget is a map with 'title', "
		    "'date', 'template' and 'lines'");
		bcnc_budget_free(b);
		return NULL;
	}
	read_settings(b, root);
	read_globals(b, root);
	read_lines(b, root);
	(void)ynode_check_unknown(root);
	return b;
}

struct bcnc_budget *
bcnc_budget_parse(const char *name, const char *text, size_t len,
    struct bcnc_template *tmpl, struct diag *d)
{
	struct ydoc *doc = ydoc_load_mem(name, text, len, d);

	if (doc == NULL) {
		bcnc_template_free(tmpl);
		return NULL;
	}
	return parse_doc(doc, tmpl);
}

struct bcnc_budget *
bcnc_budget_load(const char *path, const char *datadir, struct diag *d)
{
	struct ydoc *doc = ydoc_load(path, d);
	struct bcnc_template *tmpl = NULL;
	struct bcnc_budget *b;
	struct ynode *root, *ref;
	struct srcpos at;
	const char *s;

	if (doc == NULL)
		return NULL;
	root = ydoc_root(doc);
	if (ynode_kind(root) != YNODE_MAP)
		ynode_error(root, NULL, "a budget is a map with 'title', "
		    "'date', 'template' and 'lines'");
	else if ((ref = ynode_get(root, "template")) == NULL)
		ynode_error(root, "name one in share/templates, or a file",
		    "missing key 'template'");
	else if (ynode_as_str(ref, &s) == 0) {
		at = ynode_pos(ref);
		tmpl = bcnc_template_load(s, path, datadir, &at, d);
	}
	if (tmpl == NULL) {
		ydoc_free(doc);
		return NULL;
	}
	if ((b = parse_doc(doc, tmpl)) != NULL)
		b->path = xstrdup(path);
	return b;
}

void
bcnc_budget_free(struct bcnc_budget *b)
{
	size_t i, j;

	if (b == NULL)
		return;
	for (i = 0; i < b->nglobals; i++) {
		free(b->globals[i].name);
		free(b->globals[i].text);
	}
	for (i = 0; i < b->nlines; i++) {
		for (j = 0; j < b->lines[i].nnames; j++)
			free(b->lines[i].names[j]);
		free(b->lines[i].names);
		free(b->lines[i].label);
		free(b->lines[i].qty_text);
	}
	free(b->globals);
	free(b->lines);
	free(b->post);
	free(b->path);
	bcnc_template_free(b->tmpl);
	ydoc_free(b->doc);
	free(b);
}

const struct bcnc_global *
bcnc_budget_global(const struct bcnc_budget *b, const char *name)
{
	size_t i;

	for (i = 0; i < b->nglobals; i++)
		if (strcmp(b->globals[i].name, name) == 0)
			return b->globals[i].state == 2 ? &b->globals[i] :
			    NULL;
	return NULL;
}
