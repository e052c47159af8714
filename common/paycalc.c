/*
 * paycalc.c: applying the contribution tables: which lines hold for whom
 * on a day, their rates, the contributions on a period's bases, the
 * withholding tax's neutral rate and the employer reduction (réduction
 * générale 2025, RGDU 2026). Products go through 128-bit integers; every
 * rounding is named.
 */
#include <string.h>

#include "payrates.h"
#include "payrates_int.h"

__extension__ typedef __int128 i128;

#define SCALE INT64_C(1000000000000)	/* fixed point for powers: 1e12 */
#define FOUR_DECIMALS (RATE_ONE / 10000)

static const struct param *
find_param(const struct payrates *pr, const char *id, int32_t day)
{
	const struct param *best = NULL;
	size_t i;

	/* about 250 lookups a payslip: the first byte before strcmp */
	for (i = 0; i < pr->nparams; i++) {
		const struct param *p = &pr->params[i];

		if (p->id == NULL || p->id[0] != id[0] || day < p->from ||
		    day > p->to || strcmp(p->id, id) != 0)
			continue;
		if (best == NULL || p->prio >= best->prio)
			best = p;
	}
	return best;
}

int
payrates_amount(const struct payrates *pr, const char *id, int32_t day,
    int64_t *cents)
{
	const struct param *p = find_param(pr, id, day);

	if (p == NULL || p->kind != PARAM_AMOUNT)
		return -1;
	*cents = p->amount;
	return 0;
}

int
payrates_rate(const struct payrates *pr, const char *id, int32_t day,
    rate_t *rate)
{
	const struct param *p = find_param(pr, id, day);

	if (p == NULL || p->kind != PARAM_RATE)
		return -1;
	*rate = p->rate;
	return 0;
}

const char *
payrates_text(const struct payrates *pr, const char *id, int32_t day)
{
	const struct param *p = find_param(pr, id, day);

	return p != NULL && p->kind == PARAM_TEXT ? p->text : NULL;
}

static int
headcount_fits(const struct payline *l, long headcount)
{
	return (l->min_headcount < 0 || headcount >= l->min_headcount) &&
	    (l->max_headcount < 0 || headcount <= l->max_headcount);
}

static int
cond_fits(paycond_t c, int v)
{
	return c < 0 || (c != 0) == (v != 0);
}

int
payline_applies(const struct payrates *pr, const struct payline *l,
    const struct payctx *ctx)
{
	const char *sw;

	if (!l->enabled || !(l->kinds & 1u << ctx->kind) ||
	    ctx->day < l->from || ctx->day > l->to)
		return 0;
	if ((l->status == PAYSTATUS_CADRE && !ctx->cadre) ||
	    (l->status == PAYSTATUS_NON_CADRE && ctx->cadre))
		return 0;
	if (!headcount_fits(l, ctx->headcount) ||
	    !cond_fits(l->alsace_moselle, ctx->alsace_moselle) ||
	    !cond_fits(l->short_cddu, ctx->short_cddu))
		return 0;
	if (l->switch_id != NULL) {
		sw = payrates_text(pr, l->switch_id, ctx->day);
		if (sw == NULL || strcmp(sw, "on") != 0)
			return 0;
	}
	return 1;
}

/* a * b / c rounded half away from zero; c > 0. */
static int64_t
muldiv(int64_t a, int64_t b, int64_t c)
{
	int64_t out = 0;

	money_muldiv(a, b, c, ROUND_HALF_AWAY, &out);
	return out;
}

void
payline_rates(const struct payline *l, const struct payctx *ctx,
    rate_t *employee, rate_t *employer)
{
	rate_t er = l->employer;

	if (l->employer_from == PAYRATE_AT)
		er = ctx->at_rate;
	else if (l->employer_from == PAYRATE_MOBILITY)
		er = ctx->mobility_rate;
	*employee = l->employee;
	*employer = er;
	/* Arrêté du 24/01/1975: artists pay 70 % of the common rates */
	if (ctx->kind == PERSON_ARTIST && l->artist_factor != RATE_ONE) {
		*employee = muldiv(*employee, l->artist_factor, RATE_ONE);
		*employer = muldiv(*employer, l->artist_factor, RATE_ONE);
	}
}

/* The entry of the rank group starting at i that holds on day with the
 * highest precedence, or NULL; *next is the start of the next group. */
static const struct payline *
best_entry(const struct payrates *pr, size_t i, int32_t day, size_t *next)
{
	const struct entry *best = NULL;
	size_t rank = pr->entries[i].rank;

	for (; i < pr->nentries && pr->entries[i].rank == rank; i++) {
		const struct entry *e = &pr->entries[i];

		if (day >= e->line.from && day <= e->line.to &&
		    (best == NULL || e->prio >= best->prio))
			best = e;
	}
	*next = i;
	return best != NULL ? &best->line : NULL;
}

size_t
payrates_select(const struct payrates *pr, const struct payctx *ctx,
    const struct payline **out, size_t max)
{
	const struct payline *l;
	size_t i = 0, next, n = 0;

	while (i < pr->nentries) {
		l = best_entry(pr, i, ctx->day, &next);
		if (l != NULL && n < max && payline_applies(pr, l, ctx))
			out[n++] = l;
		i = next;
	}
	return n;
}

rate_t
payrates_employer_rate(const struct payrates *pr, const struct payctx *ctx)
{
	const struct payline *lines[PAYRATES_MAX_LINES];
	size_t i, n = payrates_select(pr, ctx, lines, PAYRATES_MAX_LINES);
	rate_t sum = 0, ee, er;

	for (i = 0; i < n; i++) {
		const struct payline *l = lines[i];

		if (l->floor != 0 || l->above_ceiling == 1 ||
		    l->max_smic != 0 || l->base == PAYBASE_CSG ||
		    l->base == PAYBASE_PREVOYANCE)
			continue;
		payline_rates(l, ctx, &ee, &er);
		sum += er;
	}
	return sum;
}

/* pay > k * smic, exactly. */
static int
above_smic(int64_t pay, rate_t k, int64_t smic)
{
	return (i128)pay * RATE_ONE > (i128)k * smic;
}

/* The conditions on the period's pay: SMIC range, above the ceiling. */
static int
pay_fits(const struct payline *l, const struct paybases *b)
{
	if (l->min_smic != 0 && b->smic > 0 &&
	    !above_smic(b->social, l->min_smic, b->smic))
		return 0;
	if (l->max_smic != 0 &&
	    (b->smic <= 0 || above_smic(b->social, l->max_smic, b->smic)))
		return 0;
	return cond_fits(l->above_ceiling, b->social > b->ceiling);
}

/* The part of amount between floor and cap ceilings. */
static int64_t
band(int64_t amount, const struct payline *l, int64_t ceiling)
{
	int64_t lo = muldiv(ceiling, l->floor, RATE_ONE);

	if (l->cap != 0) {
		int64_t hi = muldiv(ceiling, l->cap, RATE_ONE);

		if (amount > hi)
			amount = hi;
	}
	return amount > lo ? amount - lo : 0;
}

/* CSS art. L136-1-1 and L136-1-2: the CSG/CRDS base is the gross less an
 * abatement for professional expenses (1.75 %) on the part up to four
 * ceilings, plus the employer's prévoyance contributions. */
static int64_t
csg_base(const struct payrates *pr, const struct payctx *ctx,
    const struct paybases *b, int64_t prevoyance)
{
	rate_t ab = 0, ceilings = 0;
	int64_t part, lim;

	payrates_rate(pr, "csg_abatement", ctx->day, &ab);
	payrates_rate(pr, "csg_abatement_ceilings", ctx->day, &ceilings);
	lim = muldiv(b->ceiling, ceilings, RATE_ONE);
	part = b->gross < lim ? b->gross : lim;
	if (part < 0)
		part = 0;
	return muldiv(part, RATE_ONE - ab, RATE_ONE) + (b->gross - part) +
	    prevoyance;
}

static void
apply(struct payamount *a, const struct payline *l,
    const struct payctx *ctx, int64_t base)
{
	a->line = l;
	a->base = base;
	payline_rates(l, ctx, &a->employee_rate, &a->employer_rate);
	a->employee = muldiv(base, a->employee_rate, RATE_ONE);
	a->employer = muldiv(base, a->employer_rate, RATE_ONE);
}

size_t
payrates_compute(const struct payrates *pr, const struct payctx *ctx,
    const struct paybases *b, struct payamount *out, size_t max)
{
	const struct payline *lines[PAYRATES_MAX_LINES];
	size_t i, n, k = 0;
	int64_t prev = 0, base;

	n = payrates_select(pr, ctx, lines, PAYRATES_MAX_LINES);
	for (i = 0; i < n && k < max; i++) {
		const struct payline *l = lines[i];

		if (!pay_fits(l, b))
			continue;
		out[k].line = l;
		if (l->base == PAYBASE_SOCIAL || l->base == PAYBASE_GROSS) {
			base = l->base == PAYBASE_SOCIAL ? b->social : b->gross;
			apply(&out[k], l, ctx, band(base, l, b->ceiling));
			if (l->prevoyance)
				prev += out[k].employer;
		}
		k++;
	}
	/* second pass: the bases made of other lines' amounts */
	for (i = 0; i < k; i++) {
		if (out[i].line->base == PAYBASE_CSG)
			apply(&out[i], out[i].line, ctx,
			    csg_base(pr, ctx, b, prev));
		else if (out[i].line->base == PAYBASE_PREVOYANCE)
			apply(&out[i], out[i].line, ctx, prev);
	}
	return k;
}

int
payrates_neutral_rate(const struct payrates *pr, int32_t day,
    int64_t monthly_base, rate_t *rate)
{
	const struct grid *best = NULL;
	size_t i;

	for (i = 0; i < pr->ngrids; i++) {
		const struct grid *g = &pr->grids[i];

		if (day >= g->from && day <= g->to &&
		    (best == NULL || g->prio >= best->prio))
			best = g;
	}
	if (best == NULL || best->n == 0)
		return -1;
	*rate = 0;
	for (i = 0; i < best->n && monthly_base >= best->brackets[i].from;
	    i++)
		*rate = best->brackets[i].rate;
	return 0;
}

/* --- the employer reduction ------------------------------------------- */

__extension__ typedef unsigned __int128 u128;

static u128
isqrt(u128 n)
{
	u128 x = n, y;

	if (n < 2)
		return n;
	y = (x + 1) / 2;
	while (y < x) {
		x = y;
		y = (x + n / x) / 2;
	}
	return x;
}

static i128
div_half_away(i128 num, i128 den)
{
	i128 q = num / den, r = num % den;

	if (r < 0)
		r = -r;
	if (2 * r >= den)
		q += num < 0 ? -1 : 1;
	return q;
}

/* x^(k/4) in SCALE fixed point, for x >= 0 in SCALE fixed point. */
static u128
pow_quarters(u128 x, unsigned k)
{
	u128 r = SCALE, half = isqrt(x * SCALE), quarter = isqrt(half * SCALE);
	unsigned i;

	for (i = 0; i < k / 4; i++)
		r = r * x / SCALE;
	if (k % 4 >= 2)
		r = r * half / SCALE;
	if (k % 2 == 1)
		r = r * quarter / SCALE;
	return r;
}

/* Four decimals, half away from zero: 0.12345 -> 0.1235. */
static rate_t
round4(i128 num, i128 den)
{
	return (rate_t)div_half_away(num, den * FOUR_DECIMALS) * FOUR_DECIMALS;
}

/* CSS art. D241-7 (2025): C = T / 0.6 x (1.6 x SMIC / pay - 1), at most
 * T, where 1.6 is the threshold and 0.6 the threshold less one. */
static rate_t
fillon(rate_t t, rate_t max, int64_t pay, int64_t smic)
{
	i128 num = (i128)t * ((i128)max * smic - (i128)RATE_ONE * pay);
	i128 den = (i128)(max - RATE_ONE) * pay;
	rate_t c = round4(num, den);

	return c > t ? t : c;
}

/* CSS art. D241-7 from 2026 (RGDU): C = Tmin + Tdelta x [1/2 x (3 x SMIC /
 * pay - 1)]^P, the second term rounded to four decimals, at most Tmin +
 * Tdelta; P is 1.75 (OpenFisca, allegements.py, formula_2026_01_01). */
static int
rgdu(rate_t tmin, rate_t tdelta, rate_t max, rate_t power, int64_t pay,
    int64_t smic, rate_t *coef)
{
	i128 num = (i128)max * smic - (i128)RATE_ONE * pay;
	u128 x, p;
	rate_t term;

	if (power <= 0 || power % (RATE_ONE / 4) != 0)
		return -1;
	x = (u128)(num * SCALE / ((i128)2 * RATE_ONE * pay));
	if (x >= SCALE) {	/* x^P >= 1: the largest coefficient */
		*coef = tmin + tdelta;
		return 0;
	}
	p = pow_quarters(x, (unsigned)(power / (RATE_ONE / 4)));
	term = round4((i128)tdelta * (i128)p, SCALE);
	*coef = tmin + (term > tdelta ? tdelta : term);
	return 0;
}

static int
reduction_params(const struct payrates *pr, const struct payctx *ctx,
    rate_t *t, rate_t *max)
{
	rate_t threshold = 0;
	int large;

	if (payrates_rate(pr, "reduction_headcount", ctx->day, &threshold) < 0)
		return -1;
	large = (i128)ctx->headcount * RATE_ONE >= threshold;
	if (payrates_rate(pr, large ? "reduction_t_large" :
	    "reduction_t_small", ctx->day, t) < 0 ||
	    payrates_rate(pr, "reduction_smic_max", ctx->day, max) < 0)
		return -1;
	return 0;
}

int
payrates_reduction(const struct payrates *pr, const struct payctx *ctx,
    int64_t pay, int64_t smic, int caisse_cp, rate_t *coef)
{
	const char *f = payrates_text(pr, "reduction_formula", ctx->day);
	rate_t t, max, tmin = 0, power = 0, cp = RATE_ONE;

	*coef = 0;
	if (f == NULL || reduction_params(pr, ctx, &t, &max) < 0)
		return -1;
	if (pay <= 0 || smic <= 0 || strcmp(f, "none") == 0 ||
	    above_smic(pay, max, smic) || (i128)pay * RATE_ONE ==
	    (i128)max * smic)
		return 0;
	if (strcmp(f, "fillon") == 0)
		*coef = fillon(t, max, pay, smic);
	else if (strcmp(f, "rgdu") != 0 ||
	    payrates_rate(pr, "reduction_t_min", ctx->day, &tmin) < 0 ||
	    payrates_rate(pr, "reduction_power", ctx->day, &power) < 0 ||
	    rgdu(tmin, t, max, power, pay, smic, coef) < 0)
		return -1;
	/* employers paying leave through a caisse de congés payés: the
	 * coefficient is divided by 0.9 (CSS art. D241-7, [K]) */
	if (caisse_cp &&
	    payrates_rate(pr, "reduction_caisse_cp", ctx->day, &cp) == 0 &&
	    cp > 0)
		*coef = round4((i128)*coef * RATE_ONE, cp);
	return 0;
}
