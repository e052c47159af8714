/*
 * wf_check.c: the checks that need the whole of waterfall.yaml: tier ids
 * and corridors' 'until', one minimum guarantee a stream, the RNPP
 * commission caps of the 2010 protocol, the rental rates against CCIA
 * L213-4 to L213-6, tiers that can never receive anything, authors' modes
 * (CPI L132-25), and the distinct parties each tier pays.
 */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "waterfall.h"
#include "wf_int.h"
#include "xalloc.h"

static void
check_ids(struct waterfall *w, struct diag *diag)
{
	size_t i, j;

	for (i = 0; i < w->ntiers; i++)
		for (j = 0; w->tiers[i].id != NULL && j < i; j++)
			if (w->tiers[j].id != NULL &&
			    strcmp(w->tiers[i].id, w->tiers[j].id) == 0) {
				diag_error(diag, &w->tiers[i].pos, NULL,
				    "tier id '%s' is already used on line %u",
				    w->tiers[i].id, w->tiers[j].pos.line);
				break;
			}
}

static void
resolve_until(struct waterfall *w, struct tier *t, struct diag *diag)
{
	int u;

	if (t->until_id == NULL)
		return;
	if ((u = wf_tier(w, t->until_id)) < 0) {
		diag_error(diag, &t->until_pos, "give the recoup tier an "
		    "'id' and name it here", "unknown tier '%s'", t->until_id);
		return;
	}
	if (w->tiers[u].kind != TIER_RECOUP) {
		diag_error(diag, &t->until_pos, "a corridor runs until "
		    "a recoup tier is fully recouped", "corridor '%s' runs "
		    "until '%s', which has no amount to recoup", t->name,
		    t->until_id);
		return;
	}
	t->until = u;
}

static void
assign_mgs(struct waterfall *w, struct diag *diag)
{
	size_t i, s;

	for (i = 0; i < w->ntiers; i++) {
		if (w->tiers[i].kind != TIER_MG)
			continue;
		for (s = 0; s < w->nstreams; s++) {
			if (!w->tiers[i].streams[s])
				continue;
			if (w->streams[s].mg_tier >= 0)
				diag_error(diag, &w->tiers[i].pos, "merge "
				    "them into one", "stream '%s' already "
				    "feeds minimum guarantee '%s'",
				    w->streams[s].id,
				    w->tiers[w->streams[s].mg_tier].name);
			else
				w->streams[s].mg_tier = (int)i;
		}
	}
}

/* 1 when the payee of t also has a minimum guarantee on its streams. */
static int
payee_has_mg(const struct waterfall *w, const struct tier *t)
{
	size_t s;
	int mg;

	for (s = 0; s < w->nstreams; s++) {
		if (!t->streams[s] || (mg = w->streams[s].mg_tier) < 0)
			continue;
		if (w->tiers[mg].npayees > 0 && t->npayees > 0 &&
		    w->tiers[mg].payees[0].party == t->payees[0].party)
			return 1;
	}
	return 0;
}

/* 2010 protocol: for the RNPP from French cinemas, the distribution
 * commission counts for at most 25 % of the RBD, 35 % when the
 * distributor paid a minimum guarantee (share/recoup/fr-rates.yaml). */
static void
set_rnpp_rate(struct waterfall *w, struct tier *t, struct diag *diag)
{
	size_t s, th = 0, other = 0;
	rate_t cap;

	for (s = 0; s < w->nstreams; s++) {
		if (t->streams[s] && w->streams[s].is_theatrical)
			th++;
		else if (t->streams[s])
			other++;
	}
	if (th == 0)
		return;
	if (other > 0) {
		diag_warning(diag, &t->pos, "give theatrical receipts a "
		    "commission tier of their own", "commission '%s' mixes "
		    "theatrical and other streams: its RNPP cap is not "
		    "applied", t->name);
		return;
	}
	cap = payee_has_mg(w, t) ? w->legal.rnpp_cap_mg : w->legal.rnpp_cap;
	if (t->rate > cap)
		t->rnpp_rate = cap;
}

static void
check_rental(const struct waterfall *w, const struct stream *st,
    struct diag *diag)
{
	const struct legal *l = &w->legal;
	size_t i;

	for (i = 0; i < st->th.nrental; i++) {
		const struct rate_step *r = &st->th.rental[i];
		rate_t min = l->rental_min;
		char a[RATE_BUFSZ], b[RATE_BUFSZ], c[RATE_BUFSZ];

		/* CCIA L213-6: a lower floor some years after release */
		if (st->th.release != INT32_MIN && r->from != INT32_MIN &&
		    r->from >= date_add_months(st->th.release,
		    12 * l->rental_late_years))
			min = l->rental_min_late;
		if (r->rate >= min && r->rate <= l->rental_max)
			continue;
		diag_warning(diag, &r->pos, "CCIA L213-4 to L213-6, "
		    "share/recoup/fr-rates.yaml", "rental rate %s is outside "
		    "the legal %s to %s", rate_format(a, r->rate),
		    rate_format(b, min), rate_format(c, l->rental_max));
	}
}

/* Adds the parties reached through payee p to t's leaves. */
static void
add_leaves(const struct waterfall *w, struct tier *t, const struct payee *p)
{
	size_t i;

	if (p->group >= 0) {
		const struct group *g = &w->groups[p->group];

		for (i = 0; i < g->nmembers; i++)
			add_leaves(w, t, &g->members[i]);
		return;
	}
	for (i = 0; i < t->nleaves; i++)
		if (t->leaves[i] == p->party)
			return;
	t->leaves[t->nleaves++] = p->party;
}

static void
set_leaves(const struct waterfall *w, struct tier *t)
{
	size_t i;

	t->leaves = xcalloc(w->nparties + 1, sizeof *t->leaves);
	if (t->kind == TIER_RECOUP) {
		for (i = 0; i < t->nrec; i++)
			t->leaves[t->nleaves++] = t->rec[i].party;
		return;
	}
	for (i = 0; i < t->npayees; i++)
		add_leaves(w, t, &t->payees[i]);
}

/* A tier below a split that takes all its streams never receives. */
static void
check_reachable(const struct waterfall *w, struct diag *diag)
{
	size_t i, j, s;

	for (i = 0; i < w->ntiers; i++) {
		if (w->tiers[i].kind != TIER_SPLIT)
			continue;
		for (j = i + 1; j < w->ntiers; j++) {
			for (s = 0; s < w->nstreams; s++)
				if (w->tiers[j].streams[s] &&
				    !w->tiers[i].streams[s])
					break;
			if (s == w->nstreams)
				diag_warning(diag, &w->tiers[j].pos, "a "
				    "split takes everything that reaches it",
				    "tier '%s' comes after split '%s' on all "
				    "its streams and never receives anything",
				    w->tiers[j].name, w->tiers[i].name);
		}
	}
}

static void
check_authors(const struct waterfall *w, struct diag *diag)
{
	unsigned char used[MODE_N] = { 0 };
	size_t a, s;
	int m;

	for (s = 0; s < w->nstreams; s++)
		used[w->streams[s].mode] = 1;
	for (a = 0; a < w->nauthors; a++)
		for (m = 0; m < MODE_SUPPORT; m++)
			if (used[m] && w->authors[a].share_of_mode[m] < 0)
				diag_warning(diag, &w->authors[a].pos,
				    "CPI L132-25: the remuneration is due "
				    "per mode of exploitation", "author '%s' "
				    "has no share for mode '%s'",
				    w->parties[w->authors[a].party].id,
				    wf_mode_name((enum mode)m));
	for (s = 0; s < w->npresales; s++)
		if (w->streams[w->presales[s].stream].mode == MODE_SUPPORT)
			diag_error(diag, &w->presales[s].pos, NULL, "a "
			    "pre-sale of the CNC support");
}

void
wf_check(struct waterfall *w, struct diag *diag)
{
	size_t i;

	check_ids(w, diag);
	assign_mgs(w, diag);
	for (i = 0; i < w->ntiers; i++) {
		struct tier *t = &w->tiers[i];

		resolve_until(w, t, diag);
		if (t->section == SEC_DISTRIBUTION &&
		    (t->kind == TIER_COMMISSION || t->kind == TIER_CORRIDOR))
			set_rnpp_rate(w, t, diag);
		set_leaves(w, t);
	}
	for (i = 0; i < w->nstreams; i++)
		if (w->streams[i].is_theatrical)
			check_rental(w, &w->streams[i], diag);
	check_reachable(w, diag);
	check_authors(w, diag);
}
