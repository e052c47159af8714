/*
 * slip.c: computing one payslip, in the order of the bulletin: gross,
 * the artists' DFS, the ceiling of the period, contributions, the
 * employer reduction, the nets, the withholding tax and the cost.
 */
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "slip.h"

static int64_t
amount_param(const struct payrates *pr, const char *id, int32_t day)
{
	int64_t v = 0;

	payrates_amount(pr, id, day, &v);
	return v;
}

static rate_t
rate_param(const struct payrates *pr, const char *id, int32_t day)
{
	rate_t v = 0;

	payrates_rate(pr, id, day, &v);
	return v;
}

static int
text_is(const struct payrates *pr, const char *id, int32_t day,
    const char *value)
{
	const char *v = payrates_text(pr, id, day);

	return v != NULL && strcmp(v, value) == 0;
}

static int64_t
muldiv(int64_t a, int64_t b, int64_t c)
{
	int64_t out = 0;

	money_muldiv(a, b, c, ROUND_HALF_AWAY, &out);
	return out;
}

static void
set_period(struct slip *s, const struct contract *c,
    const struct monthpay *mp)
{
	int32_t first, last;

	date_from_ymd(mp->year, mp->month, 1, &first);
	last = date_month_last(first);
	s->start = c->start > first ? c->start : first;
	s->end = c->end < last ? c->end : last;
	/* date à date: a contract of n months ends before the same day n
	 * months later (legifiscal.fr, contrats courts) */
	s->short_cddu = c->nature == NATURE_CDDU &&
	    c->end < date_add_months(c->start, 3);
}

/* The artists' DFS, within what is left of the year's cap. */
static void
apply_dfs(struct slip *s, const struct payrates *pr, int64_t *used)
{
	int64_t cap = amount_param(pr, "dfs_cap", s->end), left;

	s->social = s->gross;
	if (!s->contract->expense_deduction ||
	    s->person->kind != PERSON_ARTIST)
		return;
	s->dfs_rate = rate_param(pr, "dfs_rate", s->end);
	s->dfs = muldiv(s->gross, s->dfs_rate, RATE_ONE);
	left = cap - *used > 0 ? cap - *used : 0;
	if (s->dfs > left)
		s->dfs = left;
	*used += s->dfs;
	s->social = s->gross - s->dfs;
}

/* Arrêté du 24/01/1975: artists engaged for fewer than 5 days, 12 hourly
 * ceilings a day worked; otherwise the monthly ceiling prorated as the
 * table's switch says (BOSS, April 2025: thirtieths a paid day; CSS art.
 * R242-2: calendar days). */
static void
set_ceiling(struct slip *s, const struct payrates *pr)
{
	int artist = s->contract->basis == PAY_CACHET;
	int64_t pmss = amount_param(pr, "pmss", s->end);
	int32_t dim = date_month_last(s->end) - date_month_first(s->end) + 1;

	s->ceiling_days = s->pay->days;
	if (artist && (int64_t)s->cachet_days * RATE_ONE <
	    rate_param(pr, "artist_short_days", s->end)) {
		s->ceiling_rule = CEILING_ARTIST_DAYS;
		s->ceiling = muldiv(amount_param(pr, "hourly_ceiling", s->end) *
		    s->pay->days, rate_param(pr, "artist_day_hours", s->end),
		    RATE_ONE);
	} else if (text_is(pr, artist ? "ceiling_artists" :
	    "ceiling_technicians", s->end, "calendar-days")) {
		s->ceiling_rule = CEILING_CALENDAR_DAYS;
		s->ceiling_days = s->end - s->start + 1;
		s->ceiling = muldiv(pmss, s->ceiling_days, dim);
	} else {
		s->ceiling_rule = CEILING_PAID_DAYS;
		s->ceiling = muldiv(pmss, s->pay->days < 30 ? s->pay->days : 30,
		    30);
	}
}

/* The SMIC for the hours paid, for the reduction and the 2025 reduced
 * rates: the hourly SMIC times the hours worked and paid, a day rate
 * counting at least the day's hours; cachets count artist_day_hours a
 * day when the table's switch reduction_cachets is on. */
static void
set_smic(struct slip *s, const struct payrates *pr, int day_hours)
{
	int64_t hourly = amount_param(pr, "smic_hourly", s->end);
	int64_t minutes = s->pay->worked, days = 0;
	size_t i;

	for (i = 0; i < s->pay->nel; i++)
		if (s->pay->el[i].kind == EL_DAYS)
			days = s->pay->el[i].qty;
	if (minutes < days * day_hours)
		minutes = days * day_hours;
	minutes += s->pay->paid;
	if (s->contract->basis == PAY_CACHET) {
		minutes = 0;
		if (text_is(pr, "reduction_cachets", s->end, "on"))
			minutes = muldiv((int64_t)s->pay->days * 60,
			    rate_param(pr, "artist_day_hours", s->end),
			    RATE_ONE);
	}
	s->smic = muldiv(hourly, minutes, 60);
}

static void
contributions(struct slip *s, const struct slipenv *env)
{
	const struct employer *e = env->employer;
	struct payctx ctx;
	struct paybases b;

	memset(&ctx, 0, sizeof ctx);
	ctx.day = s->end;
	ctx.kind = s->person->kind;
	ctx.cadre = s->contract->cadre;
	ctx.headcount = e->headcount;
	ctx.alsace_moselle = e->alsace_moselle;
	ctx.short_cddu = s->short_cddu;
	ctx.at_rate = e->at_rate;
	ctx.mobility_rate = e->mobility_rate;
	b.gross = s->gross;
	b.social = s->social;
	b.ceiling = s->ceiling;
	b.smic = s->smic;
	s->nlines = payrates_compute(env->rates, &ctx, &b, s->lines,
	    PAYRATES_MAX_LINES);
	/* CSS art. L241-13: the reduction on the social base */
	if (payrates_reduction(env->rates, &ctx, s->social, s->smic,
	    env->caisse_cp, &s->reduction_rate) == 0)
		s->reduction = muldiv(s->social, s->reduction_rate, RATE_ONE);
}

/* Net social, net before tax and net taxable (bulletin clarifié): the
 * CSG non déductible and the CRDS stay in the taxable pay, as does the
 * employer's share of taxable contributions (health cover). */
static void
nets(struct slip *s)
{
	int64_t kept = 0, taxable = 0;
	size_t i;

	s->employee = s->employer = 0;
	for (i = 0; i < s->nlines; i++) {
		const struct payamount *a = &s->lines[i];

		s->employee += a->employee;
		s->employer += a->employer;
		if (!a->line->deductible)
			kept += a->employee;
		if (a->line->taxable)
			taxable += a->employer;
	}
	s->employer -= s->reduction;
	s->net_before_tax = s->gross - s->employee;
	s->net_social = s->net_before_tax + taxable;
	s->net_taxable = s->net_before_tax + kept + taxable;
}

/* CGI art. 204 H: the rate the tax office notified, else the neutral
 * grid on the monthly base, after the abatement of short contracts. */
static void
withholding(struct slip *s, const struct payrates *pr)
{
	const struct contract *c = s->contract;
	int64_t monthly;
	int32_t dim = date_month_last(s->end) - date_month_first(s->end) + 1;
	rate_t months = rate_param(pr, "pas_short_contract_months", s->end);

	s->short_contract = c->nature != NATURE_CDI && c->end <
	    date_add_months(c->start, (int)(months / RATE_ONE));
	s->pas_base = s->net_taxable;
	if (s->person->has_withholding)
		s->pas_rate = s->person->withholding_rate;
	else {
		s->pas_neutral = 1;
		if (s->short_contract)
			s->pas_abatement = amount_param(pr,
			    "pas_short_contract_abatement", s->end);
		s->pas_base -= s->pas_abatement;
		if (s->pas_base < 0)
			s->pas_base = 0;
		monthly = s->pas_base;
		if (text_is(pr, "pas_proration", s->end, "days"))
			monthly = muldiv(s->pas_base, dim,
			    s->end - s->start + 1);
		payrates_neutral_rate(pr, s->end, monthly, &s->pas_rate);
	}
	s->withholding = muldiv(s->pas_base, s->pas_rate, RATE_ONE);
}

void
slip_compute(struct slip *s, const struct slipenv *env, struct person *p,
    struct contract *c, const struct pay *pay, const struct monthpay *mp,
    int day_hours, int64_t *dfs_used)
{
	memset(s, 0, sizeof *s);
	s->person = p;
	s->contract = c;
	s->pay = mp;
	s->hourly = pay->base;
	s->day_hours = day_hours;
	s->cachet_days = pay->cachet_days;
	set_period(s, c, mp);
	s->gross = mp->gross;
	apply_dfs(s, env->rates, dfs_used);
	set_ceiling(s, env->rates);
	set_smic(s, env->rates, day_hours);
	contributions(s, env);
	nets(s);
	withholding(s, env->rates);
	s->net_paid = s->net_before_tax - s->withholding;
	s->cost = s->gross + s->employer;
}

char *
slip_month_fr(char *buf, size_t size, const struct slip *s)
{
	snprintf(buf, size, "%s %d", date_month_name_fr(s->pay->month),
	    s->pay->year);
	return buf;
}
