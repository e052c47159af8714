/*
 * emit.c: computing each payslip and writing it as bulletins (to one
 * stream, or one file each under -d), payroll.csv, the ledger or the
 * summary. Payslips are numbered BP-YEAR-MONTH-NNN in crew order, the
 * same whatever -e and -m select.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bulletin.h"
#include "check.h"
#include "date.h"
#include "emit.h"
#include "html.h"
#include "output.h"
#include "reports.h"
#include "slip.h"
#include "xalloc.h"

struct counter {
	int key;			/* year * 12 + month - 1 */
	int n;
};

struct sink {
	const struct opts *o;
	const struct emit_input *in;
	enum format fmt;
	struct out *out;		/* NULL with -d */
	FILE *f;
	struct csv_writer w;
	struct summary *sm;
	int count;			/* payslips written */
	int failed;
	struct counter *numbers;
	size_t nnumbers, capnumbers;
	struct slip slip;
};

static int
next_number(struct sink *k, int year, int month)
{
	int key = year * 12 + month - 1;
	size_t i;

	for (i = 0; i < k->nnumbers; i++)
		if (k->numbers[i].key == key)
			return ++k->numbers[i].n;
	xgrow(&k->numbers, &k->capnumbers, k->nnumbers + 1,
	    sizeof *k->numbers);
	k->numbers[k->nnumbers].key = key;
	k->numbers[k->nnumbers].n = 1;
	return k->nnumbers++, 1;
}

static const struct paygrid *
grid_of(const struct emit_input *in, int32_t day)
{
	size_t i;
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	for (i = 0; i < in->nyears; i++)
		if (in->years[i] == y)
			return in->grids[i];
	return NULL;
}

/* One bulletin in its own file under -d: YEAR-MONTH-contract.txt. */
static void
bulletin_file(struct sink *k, const struct slip *s)
{
	char *path;
	struct out *out;
	FILE *f;

	path = xasprintf("%s/%04d-%02d-%s.%s", k->o->dir, s->pay->year,
	    s->pay->month, s->contract->id, k->fmt == FMT_HTML ? "html" :
	    "txt");
	if ((out = out_open(path, OUT_MODE_PRIVATE)) == NULL) {
		k->failed = 1;
		free(path);
		return;
	}
	f = out_file(out);
	if (k->fmt == FMT_HTML) {
		html_begin(f, s->ref, bulletin_css());
		bulletin_html(f, s, k->in->employer);
		html_end(f);
	} else
		bulletin_text(f, s, k->in->employer, 1);
	if (out_commit(out) < 0)
		k->failed = 1;
	free(path);
}

static void
sink_slip(struct sink *k, const struct slip *s)
{
	switch (k->o->what) {
	case OUT_BULLETINS:
		if (k->o->dir != NULL)
			bulletin_file(k, s);
		else if (k->fmt == FMT_HTML)
			bulletin_html(k->f, s, k->in->employer);
		else
			bulletin_text(k->f, s, k->in->employer, k->count == 0);
		break;
	case OUT_PAYROLL:
		report_payroll(&k->w, s);
		break;
	case OUT_LEDGER:
		report_ledger(&k->w, s, k->in->employer, k->o->asof);
		break;
	case OUT_SUMMARY:
		summary_add(k->sm, s);
		break;
	}
	k->count++;
}

static int
sink_open(struct sink *k)
{
	const struct opts *o = k->o;

	if (o->what == OUT_BULLETINS && o->dir != NULL)
		return 0;
	if ((k->out = out_open(o->output, OUT_MODE_PRIVATE)) == NULL)
		return -1;
	k->f = out_file(k->out);
	csv_writer_init(&k->w, k->f, k->fmt == FMT_TSV ? CSV_STYLE_TSV :
	    CSV_STYLE_CSV);
	if (o->what == OUT_PAYROLL)
		report_payroll_header(&k->w);
	else if (o->what == OUT_LEDGER)
		report_ledger_header(&k->w);
	else if (o->what == OUT_SUMMARY)
		k->sm = summary_new(o->show_nir);
	else if (k->fmt == FMT_HTML)
		html_begin(k->f, k->in->employer->title != NULL ?
		    k->in->employer->title : "Bulletins de salaire",
		    bulletin_css());
	return 0;
}

static int
sink_close(struct sink *k)
{
	free(k->numbers);
	if (k->out == NULL)
		return k->failed ? EXIT_TROUBLE : EXIT_OK;
	if (k->o->what == OUT_SUMMARY)
		summary_finish(k->sm, k->fmt, k->f);
	else if (k->o->what == OUT_BULLETINS && k->fmt == FMT_HTML)
		html_end(k->f);
	if (k->failed) {
		out_abort(k->out);
		return EXIT_TROUBLE;
	}
	return out_commit(k->out) < 0 ? EXIT_TROUBLE : EXIT_OK;
}

static int
contract_cmp(const void *a, const void *b)
{
	const struct contract *x = *(struct contract *const *)a;
	const struct contract *y = *(struct contract *const *)b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* The rows of c among e[0..n), which are in date order: [*first, end). */
static size_t
slice(const struct tsentry *e, size_t n, const struct contract *c,
    size_t *first)
{
	size_t i = 0, j;

	while (i < n && e[i].contract != c)
		i++;
	for (j = i; j < n && e[j].contract == c; j++)
		;
	*first = i;
	return j - i;
}

/* Numbers the months of rows that are not written. */
static void
skip_months(struct sink *k, const struct tsentry *e, size_t n)
{
	int y, m, d, last = -1;
	size_t i;

	for (i = 0; i < n; i++) {
		date_to_ymd(e[i].date, &y, &m, &d);
		if (y * 12 + m != last)
			next_number(k, y, m);
		last = y * 12 + m;
	}
}

static int
month_wanted(const struct opts *o, const struct monthpay *mp)
{
	return o->year == 0 || (mp->year == o->year && mp->month == o->month);
}

struct person_state {
	int64_t dfs_used;		/* this year's DFS so far */
	int dfs_year;
};

static void
pay_contract(struct sink *k, struct person *p, struct contract *c,
    const struct tsentry *e, size_t n, struct person_state *ps)
{
	const struct emit_input *in = k->in;
	const struct paygrid *g = grid_of(in, e[0].date);
	const struct payfunction *fn = paygrid_function(g,
	    check_grid_name(c), p->kind);
	struct slipenv env = { in->employer, in->rates,
	    in->employer->conges_spectacles != NULL };
	struct hourly h;
	struct pay pay;
	size_t i;

	h = c->basis == PAY_CACHET ? hours_artist_reference(c, &g->rules,
	    fn->cachet) : hours_base(c, &g->rules);
	hours_compute(c, e, n, &g->rules, h, in->employer->alsace_moselle ?
	    HOLIDAY_ALSACE_MOSELLE : 0, &pay);
	for (i = 0; i < pay.n; i++) {
		const struct monthpay *mp = &pay.months[i];
		struct slip *s = &k->slip;
		int num = next_number(k, mp->year, mp->month);

		if (mp->year != ps->dfs_year) {
			ps->dfs_used = 0;
			ps->dfs_year = mp->year;
		}
		slip_compute(s, &env, p, c, &pay, mp, g->rules.day_hours,
		    &ps->dfs_used);
		snprintf(s->ref, sizeof s->ref, "BP-%04d-%02d-%03d", mp->year,
		    mp->month, num);
		s->grid = grid_of(in, s->end);
		s->function = fn;
		if (month_wanted(k->o, mp))
			sink_slip(k, s);
	}
	hours_free(&pay);
}

/* A person's contracts in date order, each with its rows e[0..n). */
static void
pay_person(struct sink *k, struct person *p, const struct tsentry *e,
    size_t n)
{
	struct contract **order = xcalloc(p->ncontracts, sizeof *order);
	struct person_state ps = { 0, 0 };
	int wanted = k->o->person == NULL || strcmp(k->o->person, p->id) == 0;
	size_t i, first, len;

	for (i = 0; i < p->ncontracts; i++)
		order[i] = &p->contracts[i];
	qsort(order, p->ncontracts, sizeof *order, contract_cmp);
	for (i = 0; i < p->ncontracts; i++) {
		if ((len = slice(e, n, order[i], &first)) == 0)
			continue;
		if (wanted)
			pay_contract(k, p, order[i], e + first, len, &ps);
		else
			skip_months(k, e + first, len);
	}
	free(order);
}

int
emit_all(const struct opts *o, const struct emit_input *in)
{
	struct sink *k = xcalloc(1, sizeof *k);
	const struct timesheet *ts = in->ts;
	size_t i, j;
	int status;

	k->o = o;
	k->in = in;
	k->fmt = o->format;
	if (k->fmt == FMT_AUTO && o->what != OUT_SUMMARY)
		k->fmt = o->what == OUT_BULLETINS ? FMT_TEXT : FMT_CSV;
	if (sink_open(k) < 0) {
		free(k);
		return EXIT_TROUBLE;
	}
	if (k->fmt == FMT_AUTO)
		k->fmt = format_resolve(FMT_AUTO, k->f);
	for (i = 0; i < ts->n; i = j) {
		for (j = i; j < ts->n && ts->e[j].person == ts->e[i].person; j++)
			;
		pay_person(k, ts->e[i].person, ts->e + i, j - i);
	}
	status = sink_close(k);
	free(k);
	return status;
}
