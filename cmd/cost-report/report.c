/*
 * report.c: the rows of the walk as table rows. Column names are the
 * machine names of cost-report(5); labels are French, since the tables
 * and the documents are read by a French production office.
 *
 * Signs: variance = budget - estimated final cost, so that a positive
 * variance is a saving (économie) and a negative one an overrun
 * (dépassement), as on a French cost report.
 */
#include <string.h>

#include "report.h"

struct render {
	const struct cr_report *r;
	struct table *t;
};

rate_t
cr_percent(int64_t part, int64_t whole)
{
	int64_t bp;

	/* basis points, rounded half away from zero */
	if (whole == 0 || money_muldiv(part, 10000, whole, ROUND_HALF_AWAY,
	    &bp) != 0)
		return -1;
	return bp * (RATE_ONE / 10000);
}

static const char *
human_label(const struct cr_row *row, char *buf, size_t size)
{
	switch (row->level) {
	case LV_POST:
	case LV_CHAPTER:
		snprintf(buf, size, "Total %s", row->label);
		return buf;
	case LV_SUBTOTAL:
		return "Sous-total chapitres 1 à 9";
	case LV_TOTAL:
		return "TOTAL";
	default:
		return row->label;
	}
}

static const char *
machine_label(const struct cr_row *row)
{
	switch (row->level) {
	case LV_SUBTOTAL:
		return "Sous-total chapitres 1 à 9";
	case LV_TOTAL:
		return "Total";
	default:
		return row->label;
	}
}

/* Starts a row: level (machine), code and label. 0 for a heading row,
 * which the caller leaves as it is. */
static int
start_row(struct render *rd, const struct cr_row *row)
{
	char buf[512];
	unsigned flags = row->level == LV_LINE ? 0 : row->level == LV_HEADING ?
	    ROW_HEADING : ROW_TOTAL;

	if (row->level == LV_HEADING && rd->r->machine)
		return -1;
	table_row(rd->t, flags);
	if (rd->r->machine) {
		table_text(rd->t, cr_level_name(row->level));
		table_text(rd->t, row->code);
		table_text(rd->t, machine_label(row));
		return 1;
	}
	table_text(rd->t, row->code);
	if (row->level == LV_HEADING) {
		table_text(rd->t, row->label);
		return 0;
	}
	table_text(rd->t, human_label(row, buf, sizeof buf));
	return 1;
}

static void
percent_cell(struct table *t, int64_t part, int64_t whole)
{
	rate_t pct = cr_percent(part, whole);

	if (pct < 0)
		table_empty(t);
	else
		table_rate(t, pct);
}

static void
cost_row(void *ctx, const struct cr_row *row)
{
	struct render *rd = ctx;
	const struct cr_totals *x = row->t;

	if (start_row(rd, row) <= 0)
		return;
	table_money(rd->t, x->budget);
	table_money(rd->t, x->committed);
	table_money(rd->t, x->invoiced);
	table_money(rd->t, x->paid);
	if (rd->r->period)
		table_money(rd->t, x->period);
	table_money(rd->t, x->etc);
	table_money(rd->t, x->efc);
	table_money(rd->t, x->budget - x->efc);
	percent_cell(rd->t, x->committed, x->budget);
	if (!rd->r->previous)
		return;
	if (!x->has_prev) {
		table_empty(rd->t);
		table_empty(rd->t);
		return;
	}
	table_money(rd->t, x->prev_efc);
	table_money(rd->t, x->efc - x->prev_efc);
}

static void
head_columns(struct render *rd)
{
	if (rd->r->machine)
		table_col(rd->t, "level", NULL, COL_TEXT);
	table_col(rd->t, "code", "Code", COL_TEXT);
	table_col(rd->t, "label", "Libellé", COL_TEXT);
}

struct table *
cr_cost_table(const struct cr_report *r)
{
	struct render rd = { r, table_new() };

	head_columns(&rd);
	table_col(rd.t, "budget", "Devis", COL_MONEY);
	table_col(rd.t, "committed", "Engagé", COL_MONEY);
	table_col(rd.t, "invoiced", "Facturé", COL_MONEY);
	table_col(rd.t, "paid", "Payé", COL_MONEY);
	if (r->period)
		table_col(rd.t, "period", "Engagé période", COL_MONEY);
	table_col(rd.t, "etc", "Reste à engager", COL_MONEY);
	table_col(rd.t, "efc", "Coût final estimé", COL_MONEY);
	table_col(rd.t, "variance", "Écart", COL_MONEY);
	table_col(rd.t, "spent_pct", "% engagé", COL_RATE);
	if (r->previous) {
		table_col(rd.t, "prev_efc", "CFE précédent", COL_MONEY);
		table_col(rd.t, "efc_change", "Évolution CFE", COL_MONEY);
	}
	cr_walk(r->b, r->depth, cost_row, &rd);
	return rd.t;
}

static void
executed_row(void *ctx, const struct cr_row *row)
{
	struct render *rd = ctx;
	const struct cr_totals *x = row->t;

	if (start_row(rd, row) <= 0)
		return;
	table_money(rd->t, x->budget);
	table_money(rd->t, x->budget_fr);
	table_money(rd->t, x->budget_abroad);
	table_money(rd->t, x->done_fr + x->done_abroad);
	table_money(rd->t, x->done_fr);
	table_money(rd->t, x->done_abroad);
	table_money(rd->t, x->budget - (x->done_fr + x->done_abroad));
	table_money(rd->t, x->eligible);
}

struct table *
cr_executed_table(const struct cr_report *r)
{
	struct render rd = { r, table_new() };

	head_columns(&rd);
	table_col(rd.t, "budget", "Devis", COL_MONEY);
	table_col(rd.t, "budget_france", "Devis France", COL_MONEY);
	table_col(rd.t, "budget_abroad", "Devis étranger", COL_MONEY);
	table_col(rd.t, "spent", "Réalisé", COL_MONEY);
	table_col(rd.t, "spent_france", "dont France", COL_MONEY);
	table_col(rd.t, "spent_abroad", "dont étranger", COL_MONEY);
	table_col(rd.t, "variance", "Écart", COL_MONEY);
	table_col(rd.t, "tax_credit", "Éligible CI", COL_MONEY);
	cr_walk(r->b, r->depth, executed_row, &rd);
	return rd.t;
}
