/*
 * report.h: the cost report and the budget exécuté as tables.
 */
#ifndef REPORT_H
#define REPORT_H

#include "costreport.h"
#include "table.h"
#include "walk.h"

struct cr_report {
	const struct cr_budget *b;
	enum cr_level depth;	/* LV_LINE, LV_POST or LV_CHAPTER */
	int machine;		/* CSV or TSV: a level column, plain labels,
				   no heading rows */
	int period;		/* a column for the period's costs */
	int previous;		/* columns for the previous estimate */
};

/* By line, post and chapter: budget, committed, invoiced, paid, estimate
 * to complete, estimated final cost, variance, percentage committed.
 * The caller frees the table. */
struct table *cr_cost_table(const struct cr_report *r);
/* The budget exécuté: devis and spending (invoiced and paid), each with
 * France and abroad, the variance and the tax-credit-eligible spending. */
struct table *cr_executed_table(const struct cr_report *r);
/* committed / budget rounded half away from zero to 0.01 %; -1 when the
 * budget is 0 (no percentage). */
rate_t cr_percent(int64_t part, int64_t whole);

#endif
