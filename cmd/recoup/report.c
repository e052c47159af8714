/*
 * report.c: the period report and the flows, as tables.
 *
 * The report gives, for each statement period, the receipts by stream,
 * the box-office parts, what reached each tier and what each payee
 * received in the period and to date with what it still has to recoup,
 * the RNPP by stream, what was retained, and the authors' remuneration.
 * The flows list every amount paid, by period, tier, party and stream,
 * with what was retained, so that for each period they add up to the
 * receipts: the auditor's check.
 */
#include <string.h>

#include "render.h"
#include "run.h"
#include "table.h"
#include "waterfall.h"
#include "xalloc.h"

static const char *const section_names[] = { "distribution", "waterfall" };

struct cursor {
	const struct run *r;
	struct table *t;
	size_t p;
};

/* The columns row_start fills: the period, then section, rank, item (named
 * item_name in CSV) and party. */
static void
lead_cols(struct table *t, const char *item_name)
{
	table_col(t, "period", "Période", COL_TEXT);
	table_col(t, "from", "Du", COL_DATE);
	table_col(t, "to", "Au", COL_DATE);
	table_col(t, "section", "Section", COL_TEXT);
	table_col(t, "rank", "Rang", COL_INT);
	table_col(t, item_name, "Poste", COL_TEXT);
	table_col(t, "party", "Bénéficiaire", COL_TEXT);
}

static void
report_cols(struct table *t)
{
	lead_cols(t, "item");
	table_col(t, "reached", "Parvenu au rang", COL_MONEY);
	table_col(t, "amount", "Montant", COL_MONEY);
	table_col(t, "to_date", "Cumul", COL_MONEY);
	table_col(t, "target", "À récupérer", COL_MONEY);
	table_col(t, "remaining", "Reste", COL_MONEY);
}

/* Starts a row with the period columns, then section, rank, item, party. */
static void
row_start(struct cursor *c, const char *section, int rank, const char *item,
    const char *party)
{
	const struct period *per = &c->r->periods[c->p];
	char name[48];

	table_row(c->t, 0);
	table_text(c->t, rc_period_name(per, name, sizeof name));
	table_date(c->t, per->from);
	table_date(c->t, per->to);
	table_text(c->t, section);
	if (rank > 0)
		table_int(c->t, rank);
	else
		table_empty(c->t);
	table_text(c->t, item);
	table_text(c->t, party != NULL ? party : "");
}

static void
row_amounts(struct cursor *c, int64_t reached, int64_t amount,
    int64_t to_date, int64_t target)
{
	if (reached >= 0)
		table_money(c->t, reached);
	else
		table_empty(c->t);
	table_money(c->t, amount);
	table_money(c->t, to_date);
	if (target < 0) {
		table_empty(c->t);
		table_empty(c->t);
		return;
	}
	table_money(c->t, target);
	table_money(c->t, target > to_date ? target - to_date : 0);
}

static int64_t
to_date(const struct run *r, size_t p, int which, size_t s)
{
	return rc_sum(r, 0, p, which, s);
}

static void
report_receipts(struct cursor *c)
{
	const struct waterfall *w = c->r->w;
	const struct period_result *res = &c->r->res[c->p];
	size_t s;
	int b;

	for (s = 0; s < w->nstreams; s++) {
		if (res->in[C_GROSS][s] == 0 &&
		    to_date(c->r, c->p, C_GROSS, s) == 0)
			continue;
		row_start(c, "receipts", 0, w->streams[s].label, NULL);
		row_amounts(c, -1, res->in[C_GROSS][s],
		    to_date(c->r, c->p, C_GROSS, s), -1);
		if (!w->streams[s].is_theatrical)
			continue;
		for (b = 0; b < BO_N; b++) {
			row_start(c, "box-office", 0, wf_bo_label(b),
			    w->streams[s].id);
			row_amounts(c, -1, res->in[C_VAT + b][s],
			    to_date(c->r, c->p, C_VAT + b, s), -1);
		}
	}
}

static void
report_tier(struct cursor *c, size_t i)
{
	const struct waterfall *w = c->r->w;
	const struct tier *t = &w->tiers[i];
	const struct tier_flow *f = &c->r->res[c->p].tiers[i];
	int64_t reached = 0;
	size_t s, j;

	for (s = 0; s < w->nstreams; s++)
		reached += f->reached[s];
	for (j = 0; j < t->nleaves; j++) {
		if (reached == 0 && f->cum[j] == 0 && f->target[j] <= 0)
			continue;
		row_start(c, section_names[t->section], t->rank, t->name,
		    w->parties[t->leaves[j]].id);
		row_amounts(c, reached, f->paid[j], f->cum[j], f->target[j]);
	}
}

static void
report_stream_rows(struct cursor *c, const char *section, int which)
{
	const struct waterfall *w = c->r->w;
	const struct period_result *res = &c->r->res[c->p];
	size_t s;

	for (s = 0; s < w->nstreams; s++) {
		int64_t v = rc_value(res, which, s);
		int64_t cum = to_date(c->r, c->p, which, s);

		if (v == 0 && cum == 0)
			continue;
		row_start(c, section, 0, w->streams[s].label, NULL);
		row_amounts(c, -1, v, cum, -1);
	}
}

static void
report_authors(struct cursor *c)
{
	const struct waterfall *w = c->r->w;
	size_t a;

	for (a = 0; a < w->nauthors; a++) {
		const struct author_flow *f = &c->r->res[c->p].authors[a];

		row_start(c, "authors", 0, w->authors[a].work,
		    w->parties[w->authors[a].party].id);
		/* target: the advance; remaining: what it still has to
		 * recoup */
		table_empty(c->t);
		table_money(c->t, f->paid);
		table_money(c->t, f->paid_cum);
		table_money(c->t, w->authors[a].advance);
		table_money(c->t, w->authors[a].advance - f->recouped_cum);
	}
}

void
rc_report(const struct run *r, enum format fmt, FILE *f)
{
	struct cursor c = { r, table_new(), 0 };
	size_t i;

	report_cols(c.t);
	for (c.p = 0; c.p < r->nperiods; c.p++) {
		report_receipts(&c);
		for (i = 0; i < r->w->ndist; i++)
			report_tier(&c, i);
		report_stream_rows(&c, "advances", C_ADVANCE);
		report_stream_rows(&c, "rnpp", V_RNPP);
		for (i = r->w->ndist; i < r->w->ntiers; i++)
			report_tier(&c, i);
		report_stream_rows(&c, "retained", V_RETAINED);
		report_authors(&c);
	}
	table_write(c.t, fmt, f);
	table_free(c.t);
}

static void
flow_cols(struct table *t)
{
	lead_cols(t, "tier");
	table_col(t, "stream", "Source", COL_TEXT);
	table_col(t, "mode", "Mode", COL_TEXT);
	table_col(t, "amount", "Montant", COL_MONEY);
}

static void
flow_row(struct cursor *c, const char *section, int rank, const char *tier,
    const char *party, size_t s, int64_t amount)
{
	const struct stream *st = &c->r->w->streams[s];

	row_start(c, section, rank, tier, party);
	table_text(c->t, st->id);
	table_text(c->t, wf_mode_name(st->mode));
	table_money(c->t, amount);
}

static void
flows_period(struct cursor *c)
{
	const struct waterfall *w = c->r->w;
	const struct period_result *res = &c->r->res[c->p];
	size_t i, j, s;
	int b;

	for (s = 0; s < w->nstreams; s++)
		for (b = 0; b < BO_N && w->streams[s].is_theatrical; b++)
			if (res->in[C_VAT + b][s] != 0)
				flow_row(c, "box-office", 0, wf_bo_label(b),
				    wf_bo_name(b), s, res->in[C_VAT + b][s]);
	for (i = 0; i < w->ntiers; i++) {
		const struct tier *t = &w->tiers[i];
		const struct tier_flow *f = &res->tiers[i];

		for (j = 0; j < t->nleaves; j++)
			for (s = 0; s < w->nstreams; s++)
				if (f->paid_s[j * w->nstreams + s] != 0)
					flow_row(c, section_names[t->section],
					    t->rank, t->name,
					    w->parties[t->leaves[j]].id, s,
					    f->paid_s[j * w->nstreams + s]);
	}
	for (s = 0; s < w->nstreams; s++)
		if (res->retained[s] != 0)
			flow_row(c, "retained", 0, "non réparti", "retained",
			    s, res->retained[s]);
}

void
rc_flows(const struct run *r, enum format fmt, FILE *f)
{
	struct cursor c = { r, table_new(), 0 };

	flow_cols(c.t);
	for (c.p = 0; c.p < r->nperiods; c.p++)
		flows_period(&c);
	table_write(c.t, fmt, f);
	table_free(c.t);
}
