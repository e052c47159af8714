/*
 * slipcheck.h: running payslip's engine on a production's folder and
 * comparing one payslip with figures computed by hand, line by line. For
 * the test_payslip_*.c files.
 */
#ifndef CINEPROD_SLIPCHECK_H
#define CINEPROD_SLIPCHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../cmd/payslip/hours.h"
#include "../../cmd/payslip/run.h"
#include "../../cmd/payslip/slip.h"

struct line_expect {
	const char *id;
	int64_t base, employee, employer;	/* cents */
};

struct elem_expect {
	enum elem_kind kind;
	rate_t maj;
	int64_t amount;
};

struct totals {
	int64_t gross, dfs, ceiling, employee, employer, reduction;
	int64_t net_taxable, pas_base;
	rate_t pas_rate;
	int64_t withholding, net_paid, cost;
};

/* What the run gave for one payslip, copied out of the callback. */
struct got {
	const char *contract;
	int year, month;
	int found;
	struct slip slip;
	struct element el[32];
	size_t nel;
};

static __attribute__((unused)) void
keep(const struct slip *s, void *arg)
{
	struct got *g = arg;

	if (strcmp(s->contract->id, g->contract) != 0 ||
	    s->pay->year != g->year || s->pay->month != g->month)
		return;
	g->found = 1;
	g->slip = *s;
	g->nel = s->pay->nel < 32 ? s->pay->nel : 32;
	memcpy(g->el, s->pay->el, g->nel * sizeof *g->el);
}

static __attribute__((unused)) void
check_lines(const struct slip *s, const struct line_expect *x, size_t n)
{
	size_t i;

	assert_int_equal(s->nlines, n);
	for (i = 0; i < n; i++) {
		assert_string_equal(s->lines[i].line->id, x[i].id);
		assert_int_equal(s->lines[i].base, x[i].base);
		assert_int_equal(s->lines[i].employee, x[i].employee);
		assert_int_equal(s->lines[i].employer, x[i].employer);
	}
}

static __attribute__((unused)) void
check_totals(const struct slip *s, const struct totals *t)
{
	assert_int_equal(s->gross, t->gross);
	assert_int_equal(s->dfs, t->dfs);
	assert_int_equal(s->ceiling, t->ceiling);
	assert_int_equal(s->employee, t->employee);
	assert_int_equal(s->employer, t->employer);
	assert_int_equal(s->reduction, t->reduction);
	assert_int_equal(s->net_taxable, t->net_taxable);
	assert_int_equal(s->pas_base, t->pas_base);
	assert_int_equal(s->pas_rate, t->pas_rate);
	assert_int_equal(s->withholding, t->withholding);
	assert_int_equal(s->net_paid, t->net_paid);
	assert_int_equal(s->cost, t->cost);
	/* the identity every payslip keeps */
	assert_int_equal(s->net_paid, s->gross - s->employee - s->withholding);
	assert_int_equal(s->cost, s->gross + s->employer);
}

static __attribute__((unused)) void
check_slip(const char *dir, const char *contract, int year, int month,
    const struct elem_expect *el, size_t nel, const struct line_expect *x,
    size_t n, const struct totals *t)
{
	struct opts o;
	struct run *r;
	struct got g;
	char crew[256], prod[256], ts[256];
	size_t i;

	memset(&o, 0, sizeof o);
	snprintf(crew, sizeof crew, "%s/crew.yaml", dir);
	snprintf(prod, sizeof prod, "%s/production.yaml", dir);
	snprintf(ts, sizeof ts, "%s/timesheets.csv", dir);
	o.crew = crew;
	o.production = prod;
	o.timesheets = ts;
	o.datadir = "share";
	memset(&g, 0, sizeof g);
	g.contract = contract;
	g.year = year;
	g.month = month;
	assert_int_equal(run_load(&o, &r), 0);
	run_each(r, keep, &g);
	assert_true(g.found);
	assert_int_equal(g.nel, nel);
	for (i = 0; i < nel; i++) {
		assert_int_equal(g.el[i].kind, el[i].kind);
		assert_int_equal(g.el[i].maj, el[i].maj);
		assert_int_equal(g.el[i].amount, el[i].amount);
	}
	check_lines(&g.slip, x, n);
	check_totals(&g.slip, t);
	run_free(r);
}

#define SAMPLE "samples/heures-creuses"
#define HOLIDAY "tests/cmd/t3002-payslip-holiday"
#define PCT(n) ((rate_t)((n) * 10000000))	/* whole percent */
#define NELEM(a) (sizeof (a) / sizeof *(a))

#endif
