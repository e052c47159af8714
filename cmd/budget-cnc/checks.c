/*
 * checks.c: the financiers' rules applied to the devis and the plan.
 * Each check fills one row (verdict, figure, limit, note, rule) and
 * reports a failure as a warning at the place to fix.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "date.h"
#include "xalloc.h"

__extension__ typedef __int128 i128;

const char *const bcnc_verdict_names[] = {
	"ok", "warning", "info", "n/a", NULL
};

/* Sets the verdict and its note (which c takes). */
static void
verdict(struct bcnc_check *c, enum bcnc_verdict v, char *note)
{
	free(c->note);
	c->note = note;
	c->verdict = v;
}

/* "rule: NAME, budget/x.yaml from DATE (confidence C)". */
static char *
rule_hint(const struct bcnc_rule *r)
{
	char from[DATE_BUFSZ];

	return xasprintf("rule: %s, %s from %s (confidence %s)", r->name,
	    r->rel, date_format(from, r->from), r->confidence);
}

static void
warn_rule(struct diag *d, const struct srcpos *at, const struct bcnc_rule *r,
    const char *msg)
{
	char *hint = rule_hint(r);

	diag_warning(d, at, hint, "%s", msg);
	free(hint);
}

static const char *
eur(char buf[MONEY_BUFSZ], int64_t cents)
{
	return money_format_fr(buf, cents, MONEY_FR_EURO);
}

static const char *
pct(char buf[RATE_BUFSZ], rate_t r)
{
	return rate_format_fr(buf, r);
}

/* --- total ----------------------------------------------------------- */

static void
check_total(struct bcnc_check *c, const struct bcnc_plan *p, struct diag *d)
{
	char a[MONEY_BUFSZ], b[MONEY_BUFSZ], g[MONEY_BUFSZ];

	c->name = "total";
	if (p == NULL) {
		verdict(c, BCNC_NA, xasprintf("no financing plan"));
		return;
	}
	c->type = BCNC_V_MONEY;
	c->value = p->total;
	c->limit = p->devis_total;
	if (p->gap == 0 && !p->overdrawn) {
		verdict(c, BCNC_OK,
		    xasprintf("the financing covers the devis"));
		return;
	}
	verdict(c, BCNC_WARN, xasprintf(p->gap >= 0 ? "reste à financer %s" :
	    "surfinancement %s", eur(g, p->gap >= 0 ? p->gap : -p->gap)));
	diag_warning(d, &p->pos, "the plan de financement covers the devis "
	    "total exactly; one source may say 'amount: balance'",
	    "financing total %s differs from the devis total %s (%s)",
	    eur(a, p->total), eur(b, p->devis_total), c->note);
}

/* --- public-aid intensity -------------------------------------------- */

/* Low budget: a cost of at most low_max, or of at most low_per_hour per
 * hour of running time. */
static int
low_budget(const struct bcnc_aid *a, const struct bcnc_budget *b)
{
	if (a->low_max > 0 && b->total.total <= a->low_max)
		return 1;
	return a->low_per_hour > 0 && b->minutes > 0 &&
	    (i128)b->total.total * 60 <= (i128)a->low_per_hour * b->minutes;
}

static const struct srcpos *
first_public(const struct bcnc_plan *p)
{
	size_t i;

	for (i = 0; i < p->nsrc; i++)
		if (p->src[i].family == BCNC_F_PUBLIC ||
		    p->src[i].family == BCNC_F_TAX_CREDIT)
			return &p->src[i].pos;
	return &p->pos;
}

static void
check_aid(struct bcnc_check *c, const struct bcnc_budget *b,
    const struct bcnc_plan *p, const struct bcnc_aid *a, struct diag *d)
{
	char x[MONEY_BUFSZ], y[RATE_BUFSZ], z[RATE_BUFSZ], *msg;
	const char *what = a->over_french_share ? "the participation "
	    "française" : "the cost";
	int64_t base, aid, max;
	int derog;

	c->name = "aid-intensity";
	if (p == NULL || !a->r.found) {
		verdict(c, BCNC_NA, xasprintf(p == NULL ? "no financing plan" :
		    "no aid-intensity rule for %s works on this date",
		    bcnc_work_names[b->work]));
		return;
	}
	c->rule = &a->r;
	/* over the participation française, the aid it holds */
	base = a->over_french_share ? p->french : b->total.total;
	aid = a->over_french_share ? p->public_aid_french : p->public_aid;
	derog = b->difficult || low_budget(a, b);
	c->limit = !derog ? a->dflt : p->tax_credit > 0 &&
	    a->difficult_tc >= 0 ? a->difficult_tc : a->difficult;
	c->type = BCNC_V_RATE;
	c->value = bcnc_ratio(aid, base);
	(void)money_apply_rate(base, c->limit, ROUND_DOWN, &max);
	if (base <= 0) {
		verdict(c, BCNC_NA, xasprintf("%s is zero", what));
		return;
	}
	verdict(c, aid <= max ? BCNC_OK : BCNC_WARN,
	    xasprintf("public aid %s of %s%s", eur(x, aid), what,
	    !derog ? "" : b->difficult ? " (difficult work)" :
	    " (low budget)"));
	if (c->verdict == BCNC_OK)
		return;
	msg = xasprintf("public aid %s is %s of %s, over the %s ceiling",
	    x, pct(y, c->value), what, pct(z, c->limit));
	warn_rule(d, first_public(p), &a->r, msg);
	free(msg);
}

/* --- tax credit ------------------------------------------------------ */

static rate_t
tax_rate(const struct bcnc_taxcredit *t, const struct bcnc_budget *b)
{
	size_t i;

	for (i = 0; i < t->nrates; i++)
		if ((t->rates[i].genre < 0 ||
		    t->rates[i].genre == (int)b->genre) &&
		    (t->rates[i].french < 0 ||
		    t->rates[i].french == b->french))
			return t->rates[i].rate;
	return 0;
}

/* The ceiling per work, or per minute x running time (audiovisual,
 * décret 2016-1191: by genre and cost per minute); -1 when none
 * applies. */
static int64_t
tax_ceiling(const struct bcnc_taxcredit *t, const struct bcnc_budget *b)
{
	int64_t ceiling = t->ceiling > 0 ? t->ceiling : -1, pm;
	size_t i;

	if (t->npm == 0 || b->minutes <= 0)
		return ceiling;
	for (i = 0; i < t->npm; i++) {
		if (t->pm[i].genre >= 0 && t->pm[i].genre != (int)b->genre)
			continue;
		if (t->pm[i].below > 0 && (i128)b->total.total >=
		    (i128)t->pm[i].below * b->minutes)
			continue;
		pm = t->pm[i].ceiling * b->minutes;
		return ceiling < 0 || pm < ceiling ? pm : ceiling;
	}
	return ceiling;
}

/* CGI art. 220 sexies: rate x eligible French spending, less public
 * subsidies, the base capped at base_cap of the budget, the credit at
 * the ceiling. Roundings half away from zero, to the cent. */
static int64_t
tax_estimate(const struct bcnc_taxcredit *t, const struct bcnc_budget *b,
    const struct bcnc_plan *p, rate_t rate)
{
	int64_t base = b->eligible_france, cap, credit, ceiling;

	if (p != NULL && t->deduct_subsidies)
		base -= p->subsidies;
	if (base < 0)
		base = 0;
	(void)money_apply_rate(b->total.total, t->base_cap, ROUND_HALF_AWAY,
	    &cap);
	if (base > cap)
		base = cap;
	(void)money_apply_rate(base, rate, ROUND_HALF_AWAY, &credit);
	ceiling = tax_ceiling(t, b);
	return ceiling >= 0 && credit > ceiling ? ceiling : credit;
}

static void
check_tax(struct bcnc_checks *cs, const struct bcnc_budget *b,
    const struct bcnc_plan *p, const struct bcnc_taxcredit *t,
    struct diag *d)
{
	struct bcnc_check *c = &cs->v[2];
	char x[MONEY_BUFSZ], y[MONEY_BUFSZ], r[RATE_BUFSZ], *msg;
	int64_t in_plan = p != NULL ? p->tax_credit : 0;

	c->name = "tax-credit";
	if (!t->r.found) {
		verdict(c, in_plan > 0 ? BCNC_WARN : BCNC_NA,
		    xasprintf("no tax credit "
		    "for %s works", bcnc_work_labels_fr[b->work]));
		if (in_plan > 0)
			diag_warning(d, &p->tax_credit_src->pos, "the tax "
			    "credits of share/budget/tax-credit.yaml cover "
			    "feature films and audiovisual works", "the plan "
			    "counts a tax credit, but %s works get none",
			    bcnc_work_labels_fr[b->work]);
		return;
	}
	c->rule = &t->r;
	cs->tax_rate = tax_rate(t, b);
	cs->tax_estimate = tax_estimate(t, b, p, cs->tax_rate);
	c->type = BCNC_V_MONEY;
	c->value = in_plan > 0 ? in_plan : cs->tax_estimate;
	c->limit = cs->tax_estimate;
	verdict(c, in_plan == 0 ? BCNC_INFO : in_plan <= cs->tax_estimate ?
	    BCNC_OK : BCNC_WARN, xasprintf("estimate %s at %s%s",
	    eur(x, cs->tax_estimate), pct(r, cs->tax_rate), t->npm > 0 &&
	    b->minutes <= 0 ? ", no running time for the per-minute ceiling"
	    : ""));
	if (c->verdict != BCNC_WARN)
		return;
	msg = xasprintf("tax credit %s is more than the estimate %s",
	    eur(y, in_plan), x);
	warn_rule(d, &p->tax_credit_src->pos, &t->r, msg);
	free(msg);
}

/* --- pay cap --------------------------------------------------------- */

struct pay {
	const char *name;
	int64_t amount;
	const struct srcpos *pos;
};

static int
cmp_pay(const void *a, const void *b)
{
	const struct pay *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	if (c != 0)
		return c;
	return (x->pos->line > y->pos->line) - (x->pos->line < y->pos->line);
}

/* One entry per named person of each line of the capped chapters: the
 * line's amount shared equally between its persons, or its names when
 * the amount was given whole (the cents left go to the first ones, as a
 * largest-remainder split of equal weights). */
static size_t
collect_pay(const struct bcnc_budget *b, unsigned chapters, struct pay **out)
{
	struct pay *v = NULL;
	size_t i, k, n = 0, cap = 0;

	for (i = 0; i < b->nlines; i++) {
		const struct bcnc_line *l = &b->lines[i];
		int ch = l->code[0] - '0';
		int64_t shares = (int64_t)l->nnames > l->persons ?
		    (int64_t)l->nnames : l->persons;

		if (!(chapters & (1u << ch)) || l->nnames == 0)
			continue;
		xgrow(&v, &cap, n + l->nnames, sizeof *v);
		for (k = 0; k < l->nnames; k++) {
			v[n].name = l->names[k];
			v[n].amount = l->amount / shares +
			    ((int64_t)k < l->amount % shares ? 1 : 0);
			v[n++].pos = &l->pos;
		}
	}
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_pay);
	*out = v;
	return n;
}

static void
check_paycap(struct bcnc_check *c, const struct bcnc_budget *b,
    const struct bcnc_paycap *pc, struct diag *d)
{
	char x[MONEY_BUFSZ], y[MONEY_BUFSZ], z[MONEY_BUFSZ], *msg;
	struct pay *v;
	size_t i, j, n;
	int64_t sum, best = -1;
	const char *who = NULL;

	c->name = "pay-cap";
	if (!pc->r.found || !(pc->works & (1u << b->work)) ||
	    !(pc->genres & (1u << b->genre))) {
		verdict(c, BCNC_NA, xasprintf("the CNC pay cap does not "
		    "apply to %s %s",
		    bcnc_work_labels_fr[b->work],
		    bcnc_genre_labels_fr[b->genre]));
		return;
	}
	c->rule = &pc->r;
	c->type = BCNC_V_MONEY;
	c->limit = bcnc_paycap_threshold(pc, b->total.total);
	n = collect_pay(b, pc->chapters, &v);
	for (i = 0; i < n; i = j) {
		for (sum = 0, j = i; j < n && strcmp(v[j].name,
		    v[i].name) == 0; j++)
			sum += v[j].amount;
		if (sum > best) {
			best = sum;
			who = v[i].name;
		}
		if (sum <= c->limit)
			continue;
		msg = xasprintf("pay of '%s' (%s) is over the CNC cap of %s "
		    "for a cost of %s", v[i].name, eur(x, sum),
		    eur(y, c->limit), eur(z, b->total.total));
		warn_rule(d, v[i].pos, &pc->r, msg);
		free(msg);
	}
	c->value = best > 0 ? best : 0;
	if (who == NULL)
		verdict(c, BCNC_OK,
		    xasprintf("nobody named in the capped chapters"));
	else
		verdict(c, best > c->limit ? BCNC_WARN : BCNC_OK,
		    xasprintf("highest pay: %s", who));
	free(v);
}

/* --- IDCC 3097 annex III --------------------------------------------- */

static int
annex3_post(const struct bcnc_annex3 *a, const char *code)
{
	size_t i;

	for (i = 0; i < a->nposts; i++)
		if (strncmp(a->posts[i], code, 2) == 0)
			return 1;
	return 0;
}

/* The technicians' gross wage bill: the French part of the lines of the
 * listed posts (22-27 and the agents of post 29), but for expenses. */
static int64_t
annex3_wages(const struct bcnc_annex3 *a, const struct bcnc_budget *b)
{
	int64_t sum = 0;
	size_t i;

	for (i = 0; i < b->nlines; i++)
		if (b->lines[i].kind != BCNC_EXPENSE &&
		    annex3_post(a, b->lines[i].code))
			sum += b->lines[i].france;
	return sum;
}

static void
annex3_base(const struct bcnc_annex3 *a, const struct bcnc_budget *b,
    struct bcnc_sum *base)
{
	*base = b->total;
	if (a->ex_imprevus) {
		base->total -= b->imp.total;
		base->france -= b->imp.france;
	}
	if (a->ex_ff) {
		base->total -= b->ff.total;
		base->france -= b->ff.france;
	}
}

static void
check_annex3(struct bcnc_check *c, const struct bcnc_budget *b,
    const struct bcnc_annex3 *a, struct diag *d)
{
	char x[MONEY_BUFSZ], y[MONEY_BUFSZ], r1[RATE_BUFSZ], r2[RATE_BUFSZ];
	struct bcnc_sum base;
	int64_t wages, need, th;
	char *msg;
	int ok_budget, ok_ratio;

	c->name = "annex3";
	if (!a->r.found || !(a->works & (1u << b->work)) ||
	    (th = a->threshold[b->genre]) < 0) {
		verdict(c, BCNC_NA,
		    xasprintf("annex III covers feature films only"));
		return;
	}
	c->rule = &a->r;
	annex3_base(a, b, &base);
	wages = annex3_wages(a, b);
	c->type = BCNC_V_RATE;
	c->limit = a->small_max > 0 && base.total <= a->small_max ?
	    a->small_ratio_min : a->ratio_min;
	c->value = bcnc_ratio(wages, base.france);
	(void)money_apply_rate(base.france, c->limit, ROUND_UP, &need);
	ok_budget = base.total <= th;
	ok_ratio = wages >= need;
	msg = xasprintf("budget %s (at most %s), technicians' wage bill %s "
	    "of French spending (at least %s)", eur(x, base.total),
	    eur(y, th), pct(r1, c->value), pct(r2, c->limit));
	verdict(c, !b->annex3 ? BCNC_INFO : ok_budget && ok_ratio ? BCNC_OK :
	    BCNC_WARN, xasprintf("%s", ok_budget && ok_ratio ? "eligible" :
	    !ok_budget ? "not eligible: budget over the threshold" :
	    "not eligible: wage bill under the ratio"));
	if (c->verdict == BCNC_WARN) {
		char *full = xasprintf("not eligible to annex III of IDCC "
		    "3097: %s", msg);

		warn_rule(d, &b->annex3_pos, &a->r, full);
		free(full);
	}
	free(msg);
}

/* --- all of them ----------------------------------------------------- */

void
bcnc_checks_run(struct bcnc_checks *c, const struct bcnc_budget *b,
    const struct bcnc_plan *p, const struct bcnc_rules *r, struct diag *d)
{
	unsigned before = d->warnings;

	memset(c, 0, sizeof *c);
	c->tax_estimate = -1;
	check_total(&c->v[0], p, d);
	check_aid(&c->v[1], b, p, &r->aid, d);
	check_tax(c, b, p, &r->tax, d);
	check_paycap(&c->v[3], b, &r->paycap, d);
	check_annex3(&c->v[4], b, &r->annex3, d);
	c->warnings = d->warnings - before;
}

void
bcnc_checks_free(struct bcnc_checks *c)
{
	size_t i;

	for (i = 0; i < BCNC_NCHECKS; i++)
		free(c->v[i].note);
}
