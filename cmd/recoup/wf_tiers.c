/*
 * wf_tiers.c: the tiers of waterfall.yaml, in two ordered lists. The
 * "distribution" list holds what distributors and sales agents keep
 * before the producer is paid (commissions, recoupable expenses, minimum
 * guarantees): what passes it is the producer's net receipts (RNPP, 2010
 * protocol). The "waterfall" list is the producer's recoupment schedule:
 * corridors, financiers recouping pari passu with premiums, net-profit
 * splits.
 *
 * A tier is one of commission, corridor, expenses, mg, recoup or split,
 * draws on the streams it names (all by default: cross-collateralised),
 * and pays a party, a group or, for recoup and split, several.
 */
#include <stdlib.h>
#include <string.h>

#include "waterfall.h"
#include "wf_int.h"
#include "xalloc.h"
#include "ydoc.h"

static const char *const kind_keys[] = {
	"commission", "corridor", "expenses", "mg", "recoup", "split", NULL
};

static const char *const kind_labels[] = {
	"commission", "corridor", "frais plafonnés", "minimum garanti",
	"récupération", "partage"
};

const char *
wf_kind_label(enum tier_kind k)
{
	return kind_labels[k];
}

/* The single kind key of a tier; -1 after a message. */
static int
tier_kind(struct ynode *it, const char *name)
{
	int i, found = -1;

	for (i = 0; kind_keys[i] != NULL; i++) {
		if (ynode_get(it, kind_keys[i]) == NULL)
			continue;
		if (found >= 0) {
			ynode_error(it, "split it into two tiers",
			    "tier '%s' is both '%s' and '%s'", name,
			    kind_keys[found], kind_keys[i]);
			return -1;
		}
		found = i;
	}
	if (found < 0)
		ynode_error(it, "one of: commission, corridor, expenses, mg, "
		    "recoup, split", "tier '%s' says neither what it takes "
		    "nor for whom", name);
	return found;
}

static void
load_streams(struct waterfall *w, struct tier *t, struct ynode *it)
{
	struct ynode *s;
	size_t i;
	int k;

	t->streams = xcalloc(w->nstreams + 1, 1);
	if (ynode_seq(it, "streams", 0, &s) < 1) {
		memset(t->streams, 1, w->nstreams);
		return;
	}
	if (ynode_len(s) == 0)
		ynode_error(s, "leave 'streams' out for all of them",
		    "no stream");
	for (i = 0; i < ynode_len(s); i++)
		if ((k = wf_ref_stream(w, ynode_item(s, i))) >= 0)
			t->streams[k] = 1;
}

static void
load_payee(struct waterfall *w, struct tier *t, struct ynode *it,
    int party_only)
{
	struct ynode *n;

	t->payees = xcalloc(1, sizeof *t->payees);
	if ((n = ynode_get(it, "payee")) == NULL) {
		ynode_error(it, "the party the tier pays", "missing key "
		    "'payee'");
		return;
	}
	if (wf_payee_one(w, n, &t->payees[0]) < 0)
		return;
	t->npayees = 1;
	if (party_only && t->payees[0].party < 0) {
		ynode_error(n, "name the party itself", "a group cannot "
		    "recoup an amount");
		t->npayees = 0;
	}
}

static void
load_rate_tier(struct waterfall *w, struct tier *t, struct ynode *it,
    struct ynode *v)
{
	struct ynode *n;

	(void)wf_rate_in_range(v, &t->rate);
	t->rnpp_rate = t->rate;
	load_payee(w, t, it, 0);
	if ((n = ynode_get(it, "cap")) != NULL)
		(void)wf_amount(n, &t->cap);
	if (t->kind == TIER_CORRIDOR && (n = ynode_get(it, "until")) != NULL) {
		const char *id;

		if (ynode_as_str(n, &id) == 0)
			t->until_id = xstrdup(id);
		t->until_pos = ynode_pos(n);
	}
}

static void
load_incurred(struct tier *t, struct ynode *seq)
{
	size_t i;

	t->incurred = xcalloc(ynode_len(seq) + 1, sizeof *t->incurred);
	for (i = 0; i < ynode_len(seq); i++) {
		struct ynode *it = ynode_item(seq, i), *n;
		struct incurred *e = &t->incurred[t->nincurred++];
		const char *label = NULL;

		e->pos = ynode_pos(it);
		(void)ynode_date(it, "date", Y_REQUIRED, &e->date);
		if ((n = ynode_get(it, "amount")) != NULL)
			(void)wf_amount(n, &e->amount);
		else
			ynode_error(it, NULL, "missing key 'amount'");
		(void)ynode_str(it, "label", 0, &label);
		e->label = xstrdup(label != NULL ? label : "");
		ynode_check_unknown(it);
	}
}

/* expenses: 25000 (a cap spent as a whole), or {cap, incurred: [...]}. */
static void
load_expenses(struct waterfall *w, struct tier *t, struct ynode *it,
    struct ynode *v)
{
	struct ynode *n, *seq;

	load_payee(w, t, it, 1);
	if (ynode_kind(v) != YNODE_MAP) {
		(void)wf_amount(v, &t->cap);
		return;
	}
	if ((n = ynode_get(v, "cap")) != NULL)
		(void)wf_amount(n, &t->cap);
	else
		ynode_error(v, "the most the payee recoups", "missing key "
		    "'cap'");
	if (ynode_seq(v, "incurred", 0, &seq) == 1)
		load_incurred(t, seq);
	ynode_check_unknown(v);
}

static void
load_mg(struct waterfall *w, struct tier *t, struct ynode *it,
    struct ynode *v)
{
	(void)wf_amount(v, &t->cap);
	load_payee(w, t, it, 1);
	if (t->section != SEC_DISTRIBUTION)
		ynode_error(v, "advances enter the waterfall below the "
		    "distribution tiers", "a minimum guarantee belongs in "
		    "the distribution tiers");
}

/* One payee of a recoup tier: "party: amount" or "party: {amount,
 * premium}". */
static int
load_recoupee(struct waterfall *w, struct recoupee *r, struct ynode *key,
    struct ynode *v, rate_t premium)
{
	struct ynode *n;

	r->pos = ynode_pos(key);
	r->premium = premium;
	if (wf_group(w, ynode_text(key, NULL)) >= 0) {
		ynode_error(key, "name each party with its own amount",
		    "a group cannot recoup an amount");
		return -1;
	}
	if ((r->party = wf_ref_party(w, key)) < 0)
		return -1;
	if (ynode_kind(v) != YNODE_MAP)
		return wf_amount(v, &r->amount);
	if ((n = ynode_get(v, "amount")) == NULL) {
		ynode_error(v, NULL, "missing key 'amount'");
		return -1;
	}
	if (wf_amount(n, &r->amount) < 0)
		return -1;
	if ((n = ynode_get(v, "premium")) != NULL &&
	    wf_rate_in_range(n, &r->premium) < 0)
		return -1;
	return ynode_check_unknown(v) > 0 ? -1 : 0;
}

/* weights: {party: share...}, one for each payee of the tier. */
static void
load_recoup_weights(struct tier *t, struct ynode *m,
    const struct waterfall *w)
{
	struct ynode **vals = xcalloc(t->nrec + 1, sizeof *vals);
	int64_t *wt = xcalloc(t->nrec + 1, sizeof *wt);
	size_t i;

	for (i = 0; i < t->nrec; i++) {
		vals[i] = ynode_get(m, w->parties[t->rec[i].party].id);
		if (vals[i] == NULL) {
			ynode_error(m, "give a weight to every payee of the "
			    "tier", "no weight for '%s'",
			    w->parties[t->rec[i].party].id);
			goto out;
		}
	}
	if (ynode_check_unknown(m) == 0 &&
	    wf_weights(vals, t->nrec, m, wt) == 0)
		for (i = 0; i < t->nrec; i++)
			t->rec[i].weight = wt[i];
out:
	free(vals);
	free(wt);
}

static void
load_recoup(struct waterfall *w, struct tier *t, struct ynode *it,
    struct ynode *v)
{
	struct ynode *n, *m;
	rate_t premium = 0;
	size_t i;
	int bad = 0;

	if ((n = ynode_get(it, "premium")) != NULL)
		(void)wf_rate_in_range(n, &premium);
	if (ynode_kind(v) != YNODE_MAP || ynode_len(v) == 0) {
		ynode_error(v, "name each party with the amount it recoups",
		    "'recoup' should be a map of parties and amounts");
		return;
	}
	t->rec = xcalloc(ynode_len(v) + 1, sizeof *t->rec);
	for (i = 0; i < ynode_len(v); i++)
		bad |= load_recoupee(w, &t->rec[t->nrec++],
		    ynode_pair_key(v, i), ynode_pair_value(v, i), premium) < 0;
	if (bad)
		return;
	for (i = 0; i < t->nrec; i++) {
		struct recoupee *r = &t->rec[i];
		int64_t extra = 0;

		(void)money_apply_rate(r->amount, r->premium, w->rounding,
		    &extra);
		r->target = r->amount + extra;
		r->weight = r->target;	/* pro rata of what each is owed */
	}
	if (ynode_map(it, "weights", 0, &m) == 1)
		load_recoup_weights(t, m, w);
}

static void
load_split(struct waterfall *w, struct tier *t, struct ynode *v)
{
	if (ynode_kind(v) != YNODE_MAP) {
		ynode_error(v, "name each party or group with its share",
		    "'split' should be a map of shares");
		return;
	}
	t->payees = wf_payee_set(w, v, &t->npayees);
}

static void
load_tier(struct waterfall *w, struct ynode *it, enum section sec, int rank)
{
	struct tier *t = &w->tiers[w->ntiers++];
	const char *s = NULL;
	int k;

	t->pos = ynode_pos(it);
	t->section = sec;
	t->rank = rank;
	t->cap = -1;
	t->until = -1;
	if (ynode_str(it, "name", Y_REQUIRED, &s) < 1)
		s = "?";
	t->name = xstrdup(s);
	s = NULL;
	if (ynode_str(it, "id", 0, &s) == 1)
		t->id = xstrdup(s);
	load_streams(w, t, it);
	if ((k = tier_kind(it, t->name)) < 0)
		return;
	t->kind = (enum tier_kind)k;
	switch (t->kind) {
	case TIER_COMMISSION:
	case TIER_CORRIDOR:
		load_rate_tier(w, t, it, ynode_get(it, kind_keys[k]));
		break;
	case TIER_EXPENSES:
		load_expenses(w, t, it, ynode_get(it, kind_keys[k]));
		break;
	case TIER_MG:
		load_mg(w, t, it, ynode_get(it, kind_keys[k]));
		break;
	case TIER_RECOUP:
		load_recoup(w, t, it, ynode_get(it, kind_keys[k]));
		break;
	case TIER_SPLIT:
		load_split(w, t, ynode_get(it, kind_keys[k]));
		break;
	}
	ynode_check_unknown(it);
}

static void
load_list(struct waterfall *w, struct ynode *seq, enum section sec)
{
	size_t i;

	for (i = 0; i < ynode_len(seq); i++) {
		struct ynode *it = ynode_item(seq, i);

		if (ynode_kind(it) != YNODE_MAP) {
			ynode_error(it, "see waterfall(5)", "a tier should be "
			    "a map with its name and kind");
			continue;
		}
		load_tier(w, it, sec, (int)i + 1);
	}
}

void
wf_load_tiers(struct waterfall *w, struct ynode *root)
{
	struct ynode *dist = NULL, *wat = NULL;
	size_t n;

	(void)ynode_seq(root, "distribution", 0, &dist);
	(void)ynode_seq(root, "waterfall", 0, &wat);
	n = (dist ? ynode_len(dist) : 0) + (wat ? ynode_len(wat) : 0);
	if (n == 0) {
		ynode_error(root, "see waterfall(5)", "no tier: add a "
		    "'waterfall' list");
		return;
	}
	w->tiers = xcalloc(n + 1, sizeof *w->tiers);
	if (dist != NULL)
		load_list(w, dist, SEC_DISTRIBUTION);
	w->ndist = w->ntiers;
	if (wat != NULL)
		load_list(w, wat, SEC_WATERFALL);
}
