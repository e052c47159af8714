/*
 * emit.c: computing each payslip of checked inputs, in crew order (a
 * person's contracts by start date, then months), and handing it to a
 * function. Payslips are numbered BP-YEAR-MONTH-NNN in that order, the
 * same whatever -e and -m select.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "date.h"
#include "emit.h"
#include "slip.h"
#include "xalloc.h"

struct counter {
	int key;			/* year * 12 + month - 1 */
	int n;
};

struct walk {
	const struct opts *o;
	const struct emit_input *in;
	emit_fn *fn;
	void *arg;
	struct counter *numbers;
	size_t nnumbers, capnumbers;
	struct slip slip;
};

static int
next_number(struct walk *k, int year, int month)
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
	return paygrid_for_day(in->grids, in->years, in->nyears, day);
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
skip_months(struct walk *k, const struct tsentry *e, size_t n)
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
pay_contract(struct walk *k, struct person *p, struct contract *c,
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
			k->fn(s, k->arg);
	}
	hours_free(&pay);
}

/* A person's contracts in date order, each with its rows e[0..n). */
static void
pay_person(struct walk *k, struct person *p, const struct tsentry *e,
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

void
emit_each(const struct opts *o, const struct emit_input *in, emit_fn *fn,
    void *arg)
{
	struct walk *k = xcalloc(1, sizeof *k);
	const struct timesheet *ts = in->ts;
	size_t i, j;

	k->o = o;
	k->in = in;
	k->fn = fn;
	k->arg = arg;
	for (i = 0; i < ts->n; i = j) {
		for (j = i; j < ts->n && ts->e[j].person == ts->e[i].person; j++)
			;
		pay_person(k, ts->e[i].person, ts->e + i, j - i);
	}
	free(k->numbers);
	free(k);
}
