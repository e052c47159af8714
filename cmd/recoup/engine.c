/*
 * engine.c: money down the tiers, period after period.
 *
 * Each stream's money of the period (for theatrical streams, the
 * distributor's gross receipts once the box office is split) flows down
 * the distribution tiers, then, with the distributors' advances, down the
 * producer's waterfall; what no tier takes is retained. A tier that draws
 * on several streams (cross-collateralised) takes from each in proportion
 * to what it brought, so that every cent paid stays traceable to a stream
 * and a mode of exploitation.
 *
 * Percentages are applied to what reached the tier to date and the
 * period takes the difference, so that a statement's cumulative figures
 * never depend on how the periods were cut. Pari passu payees share each
 * euro in proportion to their weights until each has recouped its amount
 * (plus premium); what one cannot take goes to the others. Every split is
 * money_split: the parts add up to the whole, to the cent.
 *
 * A negative period (refunds beyond receipts) pays nothing: the deficit
 * is carried to the next period, as CAMs do, never clawed back.
 *
 * The producer's net receipts (RNPP, 2010 protocol) are what passes the
 * distribution tiers when theatrical commissions are capped at the RNPP
 * rate: the same tiers run a second time, as a shadow, with those rates.
 */
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "run.h"
#include "waterfall.h"
#include "xalloc.h"

struct tstate {
	int64_t cum_in;		/* what reached the tier while it ran */
	int64_t cum_taken;
	int64_t *got;		/* [nleaves] */
	int done;		/* recoup tiers: every payee recouped */
};

struct engine {
	struct run *r;
	const struct waterfall *w;
	size_t ns;
	struct tstate *real, *shadow;
	unsigned char *done;	/* recoup tiers done when the period began */
	int64_t *deficit, *adv_deficit;	/* [ns] carried forward */
	int64_t *mg_advances;	/* [ntiers] advances paid to date */
	int64_t *per_party;	/* [nparties] scratch */
	int64_t *take, *draw, *rem, *mask;	/* scratch */
	int overflow;
};

static void
acc(struct engine *e, int64_t *sum, int64_t v)
{
	if (__builtin_add_overflow(*sum, v, sum) || *sum > MONEY_MAX ||
	    *sum < -MONEY_MAX)
		e->overflow = 1;
}

/* Splits amount among a weighted set, down through groups, into
 * e->per_party. */
static void
split_payees(struct engine *e, const struct payee *p, size_t n,
    int64_t amount)
{
	int64_t *wt = xcalloc(n + 1, sizeof *wt);
	int64_t *parts = xcalloc(n + 1, sizeof *parts);
	size_t i;

	for (i = 0; i < n; i++)
		wt[i] = p[i].weight;
	(void)money_split(amount, wt, n, parts);
	for (i = 0; i < n; i++) {
		if (p[i].party >= 0)
			e->per_party[p[i].party] += parts[i];
		else if (parts[i] != 0)
			split_payees(e, e->w->groups[p[i].group].members,
			    e->w->groups[p[i].group].nmembers, parts[i]);
	}
	free(wt);
	free(parts);
}

/* amount to the tier's payees (a payee set) as takes by leaf. */
static void
take_by_payees(struct engine *e, const struct tier *t, int64_t amount)
{
	size_t j;

	if (amount == 0 || t->npayees == 0)
		return;
	split_payees(e, t->payees, t->npayees, amount);
	for (j = 0; j < t->nleaves; j++) {
		e->take[j] = e->per_party[t->leaves[j]];
		e->per_party[t->leaves[j]] = 0;
	}
}

/* Commission or corridor: rate of what reached the tier to date, less
 * what it took before, within its cap. */
static void
take_rate(struct engine *e, const struct tier *t, struct tstate *st,
    int64_t avail, int view)
{
	rate_t rate = view ? t->rnpp_rate : t->rate;
	int64_t due = 0, take;

	acc(e, &st->cum_in, avail);
	(void)money_apply_rate(st->cum_in, rate, e->w->rounding, &due);
	take = due - st->cum_taken;
	if (take > avail)
		take = avail;
	if (t->cap >= 0 && take > t->cap - st->cum_taken)
		take = t->cap - st->cum_taken;
	take_by_payees(e, t, take > 0 ? take : 0);
}

/* Expenses: the cap, or what was incurred by the end of the period if
 * less. */
static int64_t
expenses_target(const struct tier *t, int32_t to)
{
	int64_t spent = 0;
	size_t i;

	if (t->nincurred == 0)
		return t->cap;
	for (i = 0; i < t->nincurred; i++)
		if (t->incurred[i].date <= to)
			spent += t->incurred[i].amount;
	return spent < t->cap ? spent : t->cap;
}

/* The amount each leaf has to recoup to date (-1: no cap). */
static int64_t
leaf_target(const struct engine *e, const struct tier *t, size_t j,
    int32_t to)
{
	int64_t adv;

	switch (t->kind) {
	case TIER_EXPENSES:
		return expenses_target(t, to);
	case TIER_MG:
		adv = e->mg_advances[t - e->w->tiers];
		adv = adv < 0 ? 0 : adv;
		return adv < t->cap ? adv : t->cap;
	case TIER_RECOUP:
		return t->rec[j].target;
	case TIER_COMMISSION:
	case TIER_CORRIDOR:
		return t->cap;
	case TIER_SPLIT:
		break;
	}
	return -1;
}

/* Pari passu: avail shared by weight among those not yet recouped; what
 * one cannot take goes round again to the others. */
static void
take_pari_passu(struct engine *e, const struct tier *t, struct tstate *st,
    int64_t avail)
{
	size_t n = t->nrec, j, k;
	int64_t *wt = xcalloc(n + 1, sizeof *wt), *parts = xcalloc(n + 1,
	    sizeof *parts), left = avail, over;

	while (left > 0) {
		for (j = k = 0; j < n; j++) {
			int64_t owed = t->rec[j].target - st->got[j] -
			    e->take[j];

			wt[j] = owed > 0 ? t->rec[j].weight : 0;
			k += owed > 0;
		}
		if (k == 0 || money_split(left, wt, n, parts) < 0)
			break;
		for (j = 0, over = 0; j < n; j++) {
			int64_t owed = t->rec[j].target - st->got[j] -
			    e->take[j];
			int64_t give = parts[j] < owed ? parts[j] : owed;

			e->take[j] += give > 0 ? give : 0;
			over += parts[j] - (give > 0 ? give : 0);
		}
		left = over;
	}
	free(wt);
	free(parts);
}

static void
take_capped(struct engine *e, const struct tier *t, struct tstate *st,
    int64_t avail, int32_t to)
{
	int64_t owed = leaf_target(e, t, 0, to) - st->got[0];

	if (owed > 0)
		e->take[0] = owed < avail ? owed : avail;
}

/* Spreads the takes by leaf over the streams drawn on: row sums are the
 * takes, column sums the draws, each row split pro rata of what is left
 * in each column. */
static void
allocate(struct engine *e, const struct tier *t, int64_t *out)
{
	size_t ns = e->ns, j, s, last = t->nleaves;

	memcpy(e->rem, e->draw, ns * sizeof *e->rem);
	for (j = 0; j < t->nleaves; j++)
		if (e->take[j] != 0)
			last = j;
	for (j = 0; j < t->nleaves; j++) {
		int64_t *row = out + j * ns;

		if (e->take[j] == 0 || j == last) {
			if (j == last)
				memcpy(row, e->rem, ns * sizeof *row);
			continue;
		}
		(void)money_split(e->take[j], e->rem, ns, row);
		for (s = 0; s < ns; s++)
			e->rem[s] -= row[s];
	}
}

/* Takes t's share of flow, per its kind, and records it in out. */
static void
run_tier(struct engine *e, size_t ti, struct tstate *st, int64_t *flow,
    int view, const struct period *per, struct tier_flow *out)
{
	const struct tier *t = &e->w->tiers[ti];
	int64_t avail = 0, total = 0;
	size_t s, j;
	int active = t->kind != TIER_CORRIDOR || t->until < 0 ||
	    !e->done[t->until];

	for (s = 0; s < e->ns; s++) {
		e->mask[s] = t->streams[s] ? flow[s] : 0;
		avail += e->mask[s];
	}
	memset(e->take, 0, (t->nleaves + 1) * sizeof *e->take);
	if (avail > 0 && active) {
		switch (t->kind) {
		case TIER_COMMISSION:
		case TIER_CORRIDOR:
			take_rate(e, t, st, avail, view);
			break;
		case TIER_EXPENSES:
		case TIER_MG:
			take_capped(e, t, st, avail, per->to);
			break;
		case TIER_RECOUP:
			take_pari_passu(e, t, st, avail);
			break;
		case TIER_SPLIT:
			take_by_payees(e, t, avail);
			break;
		}
	}
	for (j = 0; j < t->nleaves; j++)
		total += e->take[j];
	memset(e->draw, 0, e->ns * sizeof *e->draw);
	if (total > 0)
		(void)money_split(total, e->mask, e->ns, e->draw);
	for (s = 0; s < e->ns; s++)
		flow[s] -= e->draw[s];
	acc(e, &st->cum_taken, total);
	for (j = 0; j < t->nleaves; j++)
		acc(e, &st->got[j], e->take[j]);
	if (t->kind == TIER_RECOUP) {
		for (j = 0, st->done = 1; j < t->nleaves; j++)
			st->done &= st->got[j] >= t->rec[j].target;
	}
	if (out == NULL)
		return;
	out->active = active;
	memcpy(out->reached, e->mask, e->ns * sizeof *out->reached);
	memcpy(out->paid, e->take, t->nleaves * sizeof *out->paid);
	memcpy(out->cum, st->got, t->nleaves * sizeof *out->cum);
	for (j = 0; j < t->nleaves; j++)
		out->target[j] = leaf_target(e, t, j, per->to);
	allocate(e, t, out->paid_s);
}

static void
state_init(struct tstate *st, const struct waterfall *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		st[i].got = xcalloc(w->tiers[i].nleaves + 1,
		    sizeof *st[i].got);
}

static void
state_free(struct tstate *st, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(st[i].got);
	free(st);
}

static void
engine_init(struct engine *e, struct run *r)
{
	const struct waterfall *w = r->w;
	size_t ns = w->nstreams;

	memset(e, 0, sizeof *e);
	e->r = r;
	e->w = w;
	e->ns = ns;
	e->real = xcalloc(w->ntiers + 1, sizeof *e->real);
	e->shadow = xcalloc(w->ndist + 1, sizeof *e->shadow);
	state_init(e->real, w, w->ntiers);
	state_init(e->shadow, w, w->ndist);
	e->done = xcalloc(w->ntiers + 1, 1);
	e->deficit = xcalloc(ns + 1, sizeof *e->deficit);
	e->adv_deficit = xcalloc(ns + 1, sizeof *e->adv_deficit);
	e->mg_advances = xcalloc(w->ntiers + 1, sizeof *e->mg_advances);
	e->per_party = xcalloc(w->nparties + 1, sizeof *e->per_party);
	e->take = xcalloc(w->nparties + 1, sizeof *e->take);
	e->draw = xcalloc(ns + 1, sizeof *e->draw);
	e->rem = xcalloc(ns + 1, sizeof *e->rem);
	e->mask = xcalloc(ns + 1, sizeof *e->mask);
}

static void
engine_free(struct engine *e)
{
	state_free(e->real, e->w->ntiers);
	state_free(e->shadow, e->w->ndist);
	free(e->done);
	free(e->deficit);
	free(e->adv_deficit);
	free(e->mg_advances);
	free(e->per_party);
	free(e->take);
	free(e->draw);
	free(e->rem);
	free(e->mask);
}

static void
alloc_result(struct period_result *res, const struct waterfall *w)
{
	size_t ns = w->nstreams, i, nl;
	int c;

	for (c = 0; c < NCOMP; c++)
		res->in[c] = xcalloc(ns + 1, sizeof *res->in[c]);
	res->rnpp = xcalloc(ns + 1, sizeof *res->rnpp);
	res->retained = xcalloc(ns + 1, sizeof *res->retained);
	res->deficit = xcalloc(ns + 1, sizeof *res->deficit);
	res->tiers = xcalloc(w->ntiers + 1, sizeof *res->tiers);
	for (i = 0; i < w->ntiers; i++) {
		struct tier_flow *f = &res->tiers[i];

		nl = w->tiers[i].nleaves + 1;
		f->reached = xcalloc(ns + 1, sizeof *f->reached);
		f->paid = xcalloc(nl, sizeof *f->paid);
		f->paid_s = xcalloc(nl * ns + 1, sizeof *f->paid_s);
		f->cum = xcalloc(nl, sizeof *f->cum);
		f->target = xcalloc(nl, sizeof *f->target);
	}
	res->authors = xcalloc(w->nauthors + 1, sizeof *res->authors);
}

/* The period's inputs: the months it spans, and the pre-sales. */
static void
gather_inputs(struct engine *e, size_t p, size_t *m)
{
	const struct receipts *rc = e->r->rc;
	const struct period *per = &e->r->periods[p];
	struct period_result *res = &e->r->res[p];
	size_t s, i;
	int c;

	for (; *m < rc->nmonths && rc->month[*m] <= per->last_month; (*m)++) {
		if (rc->month[*m] < per->first_month)
			continue;
		for (s = 0; s < e->ns; s++)
			for (c = 0; c < NCOMP; c++)
				acc(e, &res->in[c][s],
				    rc->v[*m][s * NCOMP + (size_t)c]);
	}
	for (i = 0; i < e->w->npresales; i++) {
		const struct presale *ps = &e->w->presales[i];

		if (rc_period_of(e->r, ps->date) == (int)p)
			acc(e, &res->in[C_PRESALE][ps->stream], ps->amount);
	}
}

/* in + the deficit carried in: what may flow, and the new deficit. The
 * change of deficit counts as retained in the period. */
static int64_t
carry(struct engine *e, int64_t in, int64_t *deficit, int64_t *retained)
{
	int64_t flow = in;

	acc(e, &flow, *deficit);
	*retained -= *deficit;
	*deficit = flow < 0 ? flow : 0;
	*retained += *deficit;
	return flow < 0 ? 0 : flow;
}

static void
run_period(struct engine *e, size_t p, int64_t *flow, int64_t *view)
{
	const struct waterfall *w = e->w;
	const struct period *per = &e->r->periods[p];
	struct period_result *res = &e->r->res[p];
	size_t s, i;

	for (i = 0; i < w->ntiers; i++)
		e->done[i] = e->real[i].done;
	for (s = 0; s < e->ns; s++) {
		flow[s] = view[s] = carry(e, res->in[C_ENTERED][s],
		    &e->deficit[s], &res->retained[s]);
		if (w->streams[s].mg_tier >= 0)
			acc(e, &e->mg_advances[w->streams[s].mg_tier],
			    res->in[C_ADVANCE][s]);
	}
	for (i = 0; i < w->ndist; i++) {
		run_tier(e, i, &e->real[i], flow, 0, per, &res->tiers[i]);
		run_tier(e, i, &e->shadow[i], view, 1, per, NULL);
	}
	for (s = 0; s < e->ns; s++) {
		int64_t adv = carry(e, res->in[C_ADVANCE][s],
		    &e->adv_deficit[s], &res->retained[s]);

		acc(e, &flow[s], adv);
		if (w->streams[s].mode != MODE_SUPPORT) {
			res->rnpp[s] = view[s];
			acc(e, &res->rnpp[s], adv);
			acc(e, &res->rnpp[s], res->in[C_PRESALE][s]);
		}
	}
	for (i = w->ndist; i < w->ntiers; i++)
		run_tier(e, i, &e->real[i], flow, 0, per, &res->tiers[i]);
	for (s = 0; s < e->ns; s++) {
		acc(e, &res->retained[s], flow[s]);
		res->deficit[s] = e->deficit[s] + e->adv_deficit[s];
	}
}

int
rc_engine_run(struct run *r)
{
	struct engine e;
	size_t p, m = 0;
	int64_t *flow, *view;

	engine_init(&e, r);
	flow = xcalloc(e.ns + 1, sizeof *flow);
	view = xcalloc(e.ns + 1, sizeof *view);
	r->res = xcalloc(r->nperiods + 1, sizeof *r->res);
	for (p = 0; p < r->nperiods; p++) {
		alloc_result(&r->res[p], r->w);
		gather_inputs(&e, p, &m);
		run_period(&e, p, flow, view);
	}
	free(flow);
	free(view);
	engine_free(&e);
	if (e.overflow) {
		err_warn("amounts add up beyond 999 999 999 999 999.99");
		return -1;
	}
	return 0;
}

int
rc_run_balance(const struct run *r, size_t p, int64_t *receipts, int64_t *paid,
    int64_t *retained)
{
	const struct waterfall *w = r->w;
	const struct period_result *res = &r->res[p];
	size_t s, i, j;
	int c;

	*receipts = *paid = *retained = 0;
	for (s = 0; s < w->nstreams; s++) {
		*receipts += res->in[C_GROSS][s] + res->in[C_ADVANCE][s];
		for (c = C_VAT; c <= C_EXHIBITORS; c++)
			*paid += res->in[c][s];
		*retained += res->retained[s];
	}
	for (i = 0; i < w->ntiers; i++)
		for (j = 0; j < w->tiers[i].nleaves; j++)
			*paid += res->tiers[i].paid[j];
	return *receipts == *paid + *retained;
}

int64_t
rc_value(const struct period_result *res, int which, size_t s)
{
	if (which == V_RNPP)
		return res->rnpp[s];
	if (which == V_RETAINED)
		return res->retained[s];
	return res->in[which][s];
}

int64_t
rc_sum(const struct run *r, size_t from, size_t to, int which, size_t s)
{
	int64_t sum = 0;
	size_t i;

	for (i = from; i <= to && i < r->nperiods; i++)
		sum += rc_value(&r->res[i], which, s);
	return sum;
}

static void
free_result(struct period_result *res, const struct waterfall *w)
{
	size_t i;
	int c;

	for (c = 0; c < NCOMP; c++)
		free(res->in[c]);
	free(res->rnpp);
	free(res->retained);
	free(res->deficit);
	for (i = 0; i < w->ntiers && res->tiers != NULL; i++) {
		free(res->tiers[i].reached);
		free(res->tiers[i].paid);
		free(res->tiers[i].paid_s);
		free(res->tiers[i].cum);
		free(res->tiers[i].target);
	}
	free(res->tiers);
	free(res->authors);
}

void
rc_run_free(struct run *r)
{
	size_t p;

	for (p = 0; r->res != NULL && p < r->nperiods; p++)
		free_result(&r->res[p], r->w);
	free(r->res);
	free(r->periods);
	r->res = NULL;
	r->periods = NULL;
}
