/*
 * run.c: one run of payslip. Everything is read and checked first (the
 * employer, the crew, the timesheets, the dated tables and grids of every
 * year worked, each contract against its grid); only then are payslips
 * computed, one at a time, and written: a rejected input writes nothing.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "data.h"
#include "date.h"
#include "emit.h"
#include "run.h"
#include "timesheet.h"
#include "xalloc.h"

#define MAX_YEARS 32

struct run {
	const struct opts *o;
	struct diag d;
	struct employer emp;
	struct crew *crew;
	struct timesheet ts;
	struct payrates *rates;
	int years[MAX_YEARS];
	struct paygrid *grids[MAX_YEARS];	/* by year, or the -g one */
	size_t nyears;
	struct paygrid *own_grid;
};

/* An input that cannot be opened is a system error (exit 2). */
static int
readable(const char *path)
{
	FILE *f;

	if (strcmp(path, "-") == 0)
		return 1;
	if ((f = fopen(path, "r")) == NULL) {
		err_warn_errno("%s", path);
		return 0;
	}
	fclose(f);
	return 1;
}

static void
collect_years(struct run *r)
{
	size_t i, j;
	int y, m, d;

	for (i = 0; i < r->ts.n; i++) {
		date_to_ymd(r->ts.e[i].date, &y, &m, &d);
		for (j = 0; j < r->nyears && r->years[j] != y; j++)
			;
		if (j == r->nyears && r->nyears < MAX_YEARS)
			r->years[r->nyears++] = y;
	}
	for (i = 1; i < r->nyears; i++)	/* ascending */
		for (j = i; j > 0 && r->years[j - 1] > r->years[j]; j--) {
			y = r->years[j];
			r->years[j] = r->years[j - 1];
			r->years[j - 1] = y;
		}
}

static void
load_grid_year(struct run *r, size_t i)
{
	char rel[64], *path;
	FILE *f;

	snprintf(rel, sizeof rel, "payroll/idcc%d-%d.yaml", r->emp.idcc,
	    r->years[i]);
	path = data_path(r->o->datadir, rel);
	if ((f = fopen(path, "r")) == NULL)
		diag_error(&r->d, NULL, "see paygrid(5); -g names a grid of "
		    "your own", "no grid for IDCC %d in %d: '%s' is missing",
		    r->emp.idcc, r->years[i], path);
	else {
		fclose(f);
		r->grids[i] = paygrid_load(path, &r->d);
	}
	free(path);
}

/* The shared tables of every year worked, then the production's own. */
static void
load_tables(struct run *r)
{
	size_t i;

	r->rates = payrates_new();
	for (i = 0; i < r->nyears; i++)
		payrates_load_year(r->rates, r->o->datadir, r->years[i], &r->d);
	for (i = 0; i < r->o->ntables; i++)
		if (readable(r->o->tables[i]))
			payrates_load(r->rates, r->o->tables[i], &r->d);
		else
			r->d.errors++;
	if (r->o->grid != NULL)
		r->own_grid = paygrid_load(r->o->grid, &r->d);
	for (i = 0; i < r->nyears; i++)
		if (r->own_grid != NULL)
			r->grids[i] = r->own_grid;
		else if (r->emp.idcc != 0)
			load_grid_year(r, i);
}

/* The first row of the next contract that has rows, from *i on (rows
 * of a contract follow each other), or NULL at the end. */
static const struct tsentry *
next_contract(const struct timesheet *ts, size_t *i)
{
	const struct tsentry *e;

	if (*i >= ts->n)
		return NULL;
	e = &ts->e[*i];
	while (*i < ts->n && ts->e[*i].contract == e->contract)
		(*i)++;
	return e;
}

/* Each contract that has rows, against the grid of its first row's
 * year; every row's day must have a table. */
static void
check_contracts(struct run *r)
{
	const struct paygrid *g;
	const struct payfunction *fn;
	const struct tsentry *e;
	size_t i = 0;

	while ((e = next_contract(&r->ts, &i)) != NULL) {
		g = paygrid_for_day((const struct paygrid *const *)r->grids,
		    r->years, r->nyears, e->date);
		if (g == NULL)
			continue;
		if ((fn = check_function(e->contract, g, &r->d)) != NULL)
			check_contract(e->contract, fn, g, &r->emp, r->rates,
			    e->date, &r->d);
	}
}

/* What the ledger needs: a budget line for each contract paid and for
 * the charges. */
static void
check_ledger(struct run *r)
{
	const struct tsentry *e;
	struct srcpos at;
	size_t i = 0;

	while ((e = next_contract(&r->ts, &i)) != NULL) {
		at = people_pos(e->contract->node, "budget_code");
		if (e->contract->budget_code == NULL)
			diag_error(&r->d, &at, "the ledger charges pay to the "
			    "contract's budget_code", "no budget_code for "
			    "contract %s", e->contract->id);
		if ((e->person->kind == PERSON_ARTIST ?
		    r->emp.charges_code_artists :
		    r->emp.charges_code_technicians) == NULL) {
			at.file = r->o->production;
			at.line = at.col = 0;
			if (r->emp.node != NULL)
				at = ynode_pos(r->emp.node);
			diag_error(&r->d, &at, "charges_codes: {technicians: "
			    "..., artists: ...} in production.yaml",
			    "no charges_codes for the charges on %s",
			    e->person->kind == PERSON_ARTIST ? "artists" :
			    "technicians");
			return;
		}
	}
}

/* France Travail's numéro d'objet: 12 characters, the year it was asked
 * for (2 digits), two codes, a 6-digit sequence and a 2-character key
 * (payroll.md §3, [S]); a warning, as the layout is not verified. */
static void
check_numero_objet(struct run *r)
{
	const char *n = r->emp.numero_objet;
	struct srcpos at;
	size_t i;
	int ok;

	if (n == NULL)
		return;
	ok = strlen(n) == 12;
	for (i = 0; ok && i < 12; i++)
		ok = (i < 2 || (i >= 4 && i < 10)) ? n[i] >= '0' && n[i] <= '9' :
		    (n[i] >= '0' && n[i] <= '9') || (n[i] >= 'A' && n[i] <= 'Z');
	if (ok)
		return;
	at = people_pos(r->emp.node, "numero_objet");
	diag_warning(&r->d, &at, "12 characters: the year (2 digits), two "
	    "codes, a sequence of 6 digits and a key of 2, as 26A1000417XY",
	    "numéro d'objet '%s' does not look like France Travail's", n);
}

static int
load_inputs(struct run *r)
{
	const struct opts *o = r->o;

	if (!readable(o->production) || !readable(o->crew) ||
	    !readable(o->timesheets))
		return EXIT_TROUBLE;
	employer_load(o->production, &r->emp, &r->d);
	if ((r->crew = crew_load(o->crew, &r->d)) == NULL ||
	    r->emp.doc == NULL)
		return EXIT_REJECT;
	if (timesheet_load(o->timesheets, r->crew, &r->ts, &r->d) < 0)
		return EXIT_REJECT;
	if (r->emp.node != NULL && r->emp.at_rate == 0) {
		struct srcpos at = ynode_pos(r->emp.node);

		diag_warning(&r->d, &at, "at_rate: the rate notified for the "
		    "year (crew(5))", "no work-accident rate: its contribution "
		    "is nil");
	}
	check_numero_objet(r);
	collect_years(r);
	load_tables(r);
	check_contracts(r);
	if (o->what == OUT_LEDGER)
		check_ledger(r);
	return r->d.errors > 0 ? EXIT_REJECT : EXIT_OK;
}

static void
fill_input(const struct run *r, struct emit_input *in)
{
	in->employer = &r->emp;
	in->crew = r->crew;
	in->ts = &r->ts;
	in->rates = r->rates;
	in->years = r->years;
	in->grids = (const struct paygrid *const *)r->grids;
	in->nyears = r->nyears;
}

int
run_load(const struct opts *o, struct run **out)
{
	struct run *r = xcalloc(1, sizeof *r);

	r->o = o;
	*out = r;
	return load_inputs(r);
}

void
run_each(struct run *r, emit_fn *fn, void *arg)
{
	struct emit_input in;

	fill_input(r, &in);
	emit_each(r->o, &in, fn, arg);
}

void
run_free(struct run *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->nyears; i++)
		if (r->grids[i] != r->own_grid)
			paygrid_free(r->grids[i]);
	paygrid_free(r->own_grid);
	payrates_free(r->rates);
	timesheet_free(&r->ts);
	crew_free(r->crew);
	employer_free(&r->emp);
	free(r);
}

int
payslip_run(const struct opts *o)
{
	struct run *r;
	struct emit_input in;
	int status = run_load(o, &r);

	if (status == EXIT_OK) {
		fill_input(r, &in);
		status = emit_all(o, &in);
	}
	run_free(r);
	return status;
}
