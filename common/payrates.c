/*
 * payrates.c: loading the dated contribution tables (format payrates(5))
 * into layers: contribution lines, dated parameters and withholding grids,
 * every value with its place, source and confidence tag.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "date.h"
#include "payrates.h"
#include "payrates_int.h"
#include "xalloc.h"

static const char *const base_names[] = { "social", "gross", "csg",
    "prevoyance", NULL };
static const char *const status_names[] = { "any", "cadre", "non-cadre",
    NULL };
static const char *const kind_names[] = { "technician", "artist", NULL };
static const char *const confidence_names[] = { "V", "S", "S-", "D", "K",
    "U", NULL };

struct payrates *
payrates_new(void)
{
	struct payrates *pr = xcalloc(1, sizeof *pr);

	pr->next_user_prio = 1;
	return pr;
}

void
payrates_free(struct payrates *pr)
{
	size_t i;

	if (pr == NULL)
		return;
	for (i = 0; i < pr->nlayers; i++)
		ydoc_free(pr->layers[i].doc);
	for (i = 0; i < pr->ngrids; i++)
		free(pr->grids[i].brackets);
	free(pr->layers);
	free(pr->entries);
	free(pr->params);
	free(pr->grids);
	free(pr);
}

/* What every dated item shares: from, to (defaulting to the table's
 * period, which they must stay within), source and confidence. */
static void
load_dates(struct ynode *m, const struct layer *ly, int32_t *from,
    int32_t *to, const char **source, const char **confidence)
{
	int conf = 0;

	*from = ly->from;
	*to = ly->to;
	ynode_date(m, "from", 0, from);
	ynode_date(m, "to", 0, to);
	if (*to < *from)
		ynode_error(ynode_get(m, "to"), NULL, "ends before it starts");
	else if (*from < ly->from || *to > ly->to)
		ynode_error(m, "the table's period says which days it covers",
		    "dates outside the table's period");
	ynode_str(m, "source", Y_REQUIRED, source);
	if (ynode_enum(m, "confidence", Y_REQUIRED, confidence_names,
	    &conf) == 1)
		*confidence = confidence_names[conf];
}

static const char *
load_id(struct ynode *m)
{
	const char *id = NULL;

	ynode_str(m, "id", Y_REQUIRED, &id);
	return id;
}

/* A condition that may be left out: -1 when absent. */
static paycond_t
load_cond(struct ynode *m, const char *key)
{
	int v;

	return ynode_bool(m, key, 0, &v) == 1 ? (paycond_t)v : -1;
}

static long
load_long(struct ynode *m, const char *key)
{
	long long v;

	if (ynode_int(m, key, 0, &v) != 1)
		return -1;
	if (v < 0 || v > 1000000000) {
		ynode_error(ynode_get(m, key), NULL, "'%s' is out of range",
		    key);
		return -1;
	}
	return (long)v;
}

static void
load_kinds(struct ynode *m, struct payline *l)
{
	struct ynode *seq;
	size_t i;
	int k;

	l->kinds = 1u << PERSON_TECHNICIAN | 1u << PERSON_ARTIST;
	if (ynode_seq(m, "kinds", 0, &seq) != 1)
		return;
	l->kinds = 0;
	for (i = 0; i < ynode_len(seq); i++)
		if (ynode_as_enum(ynode_item(seq, i), kind_names, &k) == 0)
			l->kinds |= 1u << k;
}

/* The employer rate: a rate, or the name of a rate the employer gives. */
static void
load_employer_rate(struct ynode *m, struct payline *l)
{
	struct ynode *v = ynode_get(m, "employer");
	const char *s;

	l->employer_from = PAYRATE_TABLE;
	if (v == NULL || ynode_kind(v) == YNODE_NULL)
		return;
	s = ynode_text(v, NULL);
	if (strcmp(s, "at_rate") == 0)
		l->employer_from = PAYRATE_AT;
	else if (strcmp(s, "mobility_rate") == 0)
		l->employer_from = PAYRATE_MOBILITY;
	else
		ynode_as_rate(v, &l->employer);
}

static void
load_band(struct ynode *m, struct payline *l)
{
	int b = PAYBASE_SOCIAL;

	ynode_enum(m, "base", Y_REQUIRED, base_names, &b);
	l->base = (enum payline_base)b;
	ynode_rate(m, "floor", 0, &l->floor);
	ynode_rate(m, "cap", 0, &l->cap);
	if (l->floor < 0 || l->cap < 0 || (l->cap != 0 && l->cap <= l->floor))
		ynode_error(m, "floor and cap count ceilings, 0 <= floor < cap",
		    "impossible band");
}

static void
load_conditions(struct ynode *m, struct payline *l)
{
	int s = PAYSTATUS_ANY;

	load_kinds(m, l);
	ynode_enum(m, "status", 0, status_names, &s);
	l->status = (enum payline_status)s;
	l->min_headcount = load_long(m, "min_headcount");
	l->max_headcount = load_long(m, "max_headcount");
	ynode_rate(m, "min_smic", 0, &l->min_smic);
	ynode_rate(m, "max_smic", 0, &l->max_smic);
	l->above_ceiling = load_cond(m, "above_ceiling");
	l->alsace_moselle = load_cond(m, "alsace_moselle");
	l->short_cddu = load_cond(m, "short_cddu");
	ynode_str(m, "switch", 0, &l->switch_id);
}

static void
load_flags(struct ynode *m, struct payline *l)
{
	l->enabled = 1;
	ynode_bool(m, "enabled", 0, &l->enabled);
	l->deductible = 1;
	ynode_bool(m, "deductible", 0, &l->deductible);
	ynode_bool(m, "prevoyance", 0, &l->prevoyance);
	ynode_bool(m, "taxable", 0, &l->taxable);
}

static void
load_line(struct ynode *m, const struct layer *ly, struct payline *l)
{
	memset(l, 0, sizeof *l);
	l->pos = ynode_pos(m);
	l->id = load_id(m);
	ynode_str(m, "label", Y_REQUIRED, &l->label);
	l->group = "";
	ynode_str(m, "group", 0, &l->group);
	ynode_str(m, "note", 0, &l->note);
	load_band(m, l);
	ynode_rate(m, "employee", 0, &l->employee);
	load_employer_rate(m, l);
	l->artist_factor = RATE_ONE;
	ynode_rate(m, "artists", 0, &l->artist_factor);
	load_conditions(m, l);
	load_flags(m, l);
	load_dates(m, ly, &l->from, &l->to, &l->source, &l->confidence);
	ynode_check_unknown(m);
}

static int
overlap(int32_t a_from, int32_t a_to, int32_t b_from, int32_t b_to)
{
	return a_from <= b_to && b_from <= a_to;
}

/* Two entries of one id in one table may not share a day. */
static void
check_line_overlap(struct payrates *pr, size_t first, struct ynode *m)
{
	struct payline *l = &pr->entries[pr->nentries - 1].line;
	size_t i;

	for (i = first; i + 1 < pr->nentries; i++) {
		struct payline *o = &pr->entries[i].line;
		char hint[64];

		if (o->id == NULL || l->id == NULL || strcmp(o->id, l->id) != 0
		    || !overlap(o->from, o->to, l->from, l->to))
			continue;
		snprintf(hint, sizeof hint, "the line at line %u holds on the "
		    "same days", o->pos.line);
		ynode_error(m, hint, "line '%s' given twice", l->id);
		return;
	}
}

static void
load_lines(struct payrates *pr, struct ynode *root, const struct layer *ly)
{
	struct ynode *seq;
	size_t i, first = pr->nentries;

	if (ynode_seq(root, "lines", 0, &seq) != 1)
		return;
	for (i = 0; i < ynode_len(seq); i++) {
		struct ynode *m = ynode_item(seq, i);
		struct entry *e;

		if (ynode_kind(m) != YNODE_MAP) {
			ynode_error(m, "see payrates(5)", "a line is a map");
			continue;
		}
		pr->entries = xreallocarray(pr->entries, pr->nentries + 1,
		    sizeof *pr->entries);
		e = &pr->entries[pr->nentries++];
		memset(e, 0, sizeof *e);
		e->prio = ly->prio;
		load_line(m, ly, &e->line);
		check_line_overlap(pr, first, m);
	}
}

/* A parameter holds exactly one of amount, rate or value. */
static void
load_param_value(struct ynode *m, struct param *p)
{
	int n = 0;

	if (ynode_money(m, "amount", 0, &p->amount) != 0) {
		p->kind = PARAM_AMOUNT;
		n++;
	}
	if (ynode_rate(m, "rate", 0, &p->rate) != 0) {
		p->kind = PARAM_RATE;
		n++;
	}
	if (ynode_str(m, "value", 0, &p->text) != 0) {
		p->kind = PARAM_TEXT;
		n++;
	}
	if (n != 1)
		ynode_error(m, "give one of amount, rate or value",
		    "a parameter has one value");
}

static void
load_param(struct payrates *pr, struct ynode *m, const struct layer *ly,
    size_t first)
{
	struct param *p;
	const char *source, *confidence;
	size_t i;

	pr->params = xreallocarray(pr->params, pr->nparams + 1,
	    sizeof *pr->params);
	p = &pr->params[pr->nparams++];
	memset(p, 0, sizeof *p);
	p->pos = ynode_pos(m);
	p->prio = ly->prio;
	p->id = load_id(m);
	load_param_value(m, p);
	load_dates(m, ly, &p->from, &p->to, &source, &confidence);
	ynode_check_unknown(m);
	for (i = first; i + 1 < pr->nparams; i++)
		if (p->id != NULL && pr->params[i].id != NULL &&
		    strcmp(p->id, pr->params[i].id) == 0 &&
		    overlap(p->from, p->to, pr->params[i].from,
		    pr->params[i].to)) {
			ynode_error(m, NULL, "parameter '%s' given twice for "
			    "the same days", p->id);
			break;
		}
}

static void
load_params(struct payrates *pr, struct ynode *root, const struct layer *ly)
{
	struct ynode *seq;
	size_t i, first = pr->nparams;

	if (ynode_seq(root, "parameters", 0, &seq) != 1)
		return;
	for (i = 0; i < ynode_len(seq); i++) {
		struct ynode *m = ynode_item(seq, i);

		if (ynode_kind(m) != YNODE_MAP)
			ynode_error(m, "see payrates(5)",
			    "a parameter is a map");
		else
			load_param(pr, m, ly, first);
	}
}

/* A bracket is a pair [from, rate], in increasing order from 0. */
static void
load_bracket(struct ynode *item, struct grid *g)
{
	struct paybracket *b = &g->brackets[g->n];

	if (ynode_kind(item) != YNODE_SEQ || ynode_len(item) != 2) {
		ynode_error(item, "write [1620.00, 0.5%]",
		    "a bracket is a pair: the monthly base it starts at, "
		    "and its rate");
		return;
	}
	if (ynode_as_money(ynode_item(item, 0), &b->from) < 0 ||
	    ynode_as_rate(ynode_item(item, 1), &b->rate) < 0)
		return;
	if ((g->n == 0 && b->from != 0) ||
	    (g->n > 0 && b->from <= g->brackets[g->n - 1].from)) {
		ynode_error(item, "the first bracket starts at 0.00",
		    "brackets must go up from 0.00");
		return;
	}
	g->n++;
}

static void
load_grid(struct payrates *pr, struct ynode *m, const struct layer *ly)
{
	struct grid g = { 0, 0, NULL, 0, ly->prio };
	struct ynode *seq;
	const char *source, *confidence;
	size_t i;

	load_dates(m, ly, &g.from, &g.to, &source, &confidence);
	if (ynode_seq(m, "brackets", Y_REQUIRED, &seq) == 1) {
		g.brackets = xcalloc(ynode_len(seq) + 1, sizeof *g.brackets);
		for (i = 0; i < ynode_len(seq); i++)
			load_bracket(ynode_item(seq, i), &g);
		if (ynode_len(seq) == 0)
			ynode_error(seq, NULL, "a grid needs brackets");
	}
	ynode_check_unknown(m);
	pr->grids = xreallocarray(pr->grids, pr->ngrids + 1,
	    sizeof *pr->grids);
	pr->grids[pr->ngrids++] = g;
}

static void
load_grids(struct payrates *pr, struct ynode *root, const struct layer *ly)
{
	struct ynode *seq;
	size_t i, j, first = pr->ngrids;

	if (ynode_seq(root, "withholding", 0, &seq) != 1)
		return;
	for (i = 0; i < ynode_len(seq); i++) {
		struct ynode *m = ynode_item(seq, i);
		struct grid *g;

		if (ynode_kind(m) != YNODE_MAP) {
			ynode_error(m, "see payrates(5)", "a grid is a map");
			continue;
		}
		load_grid(pr, m, ly);
		g = &pr->grids[pr->ngrids - 1];
		for (j = first; j + 1 < pr->ngrids; j++)
			if (overlap(g->from, g->to, pr->grids[j].from,
			    pr->grids[j].to)) {
				ynode_error(m, NULL, "two withholding grids "
				    "for the same days");
				break;
			}
	}
}

static int
load_period(struct ynode *root, struct layer *ly)
{
	struct ynode *m;

	if (ynode_map(root, "period", Y_REQUIRED, &m) != 1)
		return -1;
	if (ynode_date(m, "from", Y_REQUIRED, &ly->from) != 1 ||
	    ynode_date(m, "to", Y_REQUIRED, &ly->to) != 1)
		return -1;
	ynode_check_unknown(m);
	if (ly->to < ly->from) {
		ynode_error(m, NULL, "the period ends before it starts");
		return -1;
	}
	return 0;
}

/* Ids in the order tables give them: the shared years' tables first (by
 * year), then the others in the order they were loaded. */
static int
entry_cmp(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;

	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	return x->prio - y->prio;
}

static int
layer_cmp_year(const struct layer *a, const struct layer *b)
{
	int ka = a->year != 0 ? a->year : 100000 + a->prio;
	int kb = b->year != 0 ? b->year : 100000 + b->prio;

	return ka - kb;
}

static size_t
rank_of(struct payrates *pr, const char *id, size_t upto)
{
	size_t i;

	for (i = 0; i < upto; i++)
		if (pr->entries[i].rank != (size_t)-1 &&
		    pr->entries[i].line.id != NULL &&
		    strcmp(pr->entries[i].line.id, id) == 0)
			return pr->entries[i].rank;
	return (size_t)-1;
}

static void
rank_entries(struct payrates *pr)
{
	size_t i, j, n = 0;
	struct layer **order = xcalloc(pr->nlayers, sizeof *order);

	for (i = 0; i < pr->nlayers; i++) {
		for (j = i; j > 0 && layer_cmp_year(&pr->layers[i],
		    order[j - 1]) < 0; j--)
			order[j] = order[j - 1];
		order[j] = &pr->layers[i];
	}
	for (i = 0; i < pr->nentries; i++)
		pr->entries[i].rank = (size_t)-1;
	for (j = 0; j < pr->nlayers; j++)
		for (i = 0; i < pr->nentries; i++) {
			struct entry *e = &pr->entries[i];

			if (e->prio != order[j]->prio || e->rank != (size_t)-1)
				continue;
			e->rank = rank_of(pr, e->line.id, pr->nentries);
			if (e->rank == (size_t)-1)
				e->rank = n++;
		}
	pr->nranks = n;
	free(order);
	qsort(pr->entries, pr->nentries, sizeof *pr->entries, entry_cmp);
}

/* Drops what a rejected layer added. */
static void
drop_from(struct payrates *pr, size_t nentries, size_t nparams,
    size_t ngrids)
{
	while (pr->ngrids > ngrids)
		free(pr->grids[--pr->ngrids].brackets);
	pr->nentries = nentries;
	pr->nparams = nparams;
}

/* Adds the layer of the loaded document doc (which it owns). */
static int
add_layer(struct payrates *pr, struct ydoc *doc, int year, int prio,
    struct diag *d)
{
	struct layer ly = { doc, 0, 0, year, prio };
	struct ynode *root;
	const char *title;
	size_t ne = pr->nentries, np = pr->nparams, ng = pr->ngrids;
	unsigned before = d->errors;

	if (doc == NULL)
		return -1;
	root = ydoc_root(ly.doc);
	if (ynode_kind(root) != YNODE_MAP)
		ynode_error(root, "see payrates(5)", "a table is a map");
	else if (load_period(root, &ly) == 0) {
		ynode_str(root, "title", 0, &title);
		load_params(pr, root, &ly);
		load_lines(pr, root, &ly);
		load_grids(pr, root, &ly);
		ynode_check_unknown(root);
	}
	if (d->errors != before) {
		drop_from(pr, ne, np, ng);
		ydoc_free(ly.doc);
		return -1;
	}
	pr->layers = xreallocarray(pr->layers, pr->nlayers + 1,
	    sizeof *pr->layers);
	pr->layers[pr->nlayers++] = ly;
	rank_entries(pr);
	return 0;
}

int
payrates_load(struct payrates *pr, const char *path, struct diag *d)
{
	return add_layer(pr, ydoc_load(path, d), 0, pr->next_user_prio++, d);
}

int
payrates_load_mem(struct payrates *pr, const char *name, const char *text,
    size_t len, struct diag *d)
{
	return add_layer(pr, ydoc_load_mem(name, text, len, d), 0,
	    pr->next_user_prio++, d);
}

int
payrates_load_year(struct payrates *pr, const char *dir, int year,
    struct diag *d)
{
	char rel[64];
	char *path;
	size_t i;
	int rc;
	FILE *f;

	for (i = 0; i < pr->nlayers; i++)
		if (pr->layers[i].year == year)
			return 0;
	snprintf(rel, sizeof rel, "payroll/contributions-%d.yaml", year);
	path = data_path(dir, rel);
	if ((f = fopen(path, "r")) == NULL) {
		diag_error(d, NULL, "see payrates(5); -r adds a table of your "
		    "own", "no contribution table for %d: '%s' is missing",
		    year, path);
		free(path);
		return -1;
	}
	fclose(f);
	rc = add_layer(pr, ydoc_load(path, d), year, 0, d);
	free(path);
	return rc;
}

int
payrates_covers(const struct payrates *pr, int32_t day)
{
	size_t i;

	for (i = 0; i < pr->nlayers; i++)
		if (pr->layers[i].from <= day && day <= pr->layers[i].to)
			return 1;
	return 0;
}
