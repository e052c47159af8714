/*
 * test_recoup_engine.c: the tier engine on small waterfalls whose
 * figures are worked out by hand in the comments: pari passu shares and
 * what one payee cannot take, premiums, cumulative percentages, corridors
 * that end, deficits carried forward, expenses incurred over time,
 * minimum guarantees recouped from advances, cross-collateralised draws,
 * nested groups, the authors' advance, the box-office split, periods.
 */
#include <stdlib.h>

#include "test.h"
#include "recoup_fixture.h"
#include "date.h"

#define HEAD							\
	"film: Test\n"						\
	"producer: p\n"						\
	"parties:\n"						\
	"  p: {name: Producteur}\n"				\
	"  a: {name: A}\n"					\
	"  b: {name: B}\n"					\
	"  c: {name: C}\n"					\
	"  d: {name: D}\n"

#define ONE_STREAM						\
	"streams:\n"						\
	"  s: {mode: other}\n"

static void
run_ok(struct fx *x, const char *yaml, const char *csv, int months)
{
	size_t p;
	int64_t in, paid, kept;

	if (fx_run(x, yaml, csv, months, INT32_MAX) != 0)
		fail_msg("rejected with %u errors", x->diag.errors);
	for (p = 0; p < x->r.nperiods; p++)
		if (!rc_run_balance(&x->r, p, &in, &paid, &kept))
			fail_msg("period %zu: %lld != %lld + %lld", p,
			    (long long)in, (long long)paid, (long long)kept);
}

/* Pari passu pro rata of the amounts: 2 000 shared 1 000 : 3 000 gives
 * 500 and 1 500. */
static void
pari_passu__default_weights__pro_rata_of_amounts(void **state)
{
	struct fx x;

	(void)state;
	run_ok(&x, HEAD ONE_STREAM "waterfall:\n"
	    "  - {name: R, recoup: {a: 1000, b: 3000}}\n",
	    "date,stream,territory,amount\n2024-01-05,s,FR,2000\n", 0);
	assert_int_equal(fx_cum(&x, "R", "a"), 50000);
	assert_int_equal(fx_cum(&x, "R", "b"), 150000);
	fx_free(&x);
}

/* Weights 50/50 over 1 000 and 3 000 with 3 000 in: a's half (1 500)
 * is capped at 1 000; the 500 it cannot take go to b: 1 500 + 500. */
static void
pari_passu__one_recouped__rest_goes_to_others(void **state)
{
	struct fx x;

	(void)state;
	run_ok(&x, HEAD ONE_STREAM "waterfall:\n"
	    "  - name: R\n"
	    "    recoup: {a: 1000, b: 3000}\n"
	    "    weights: {a: 50%, b: 50%}\n"
	    "  - {name: S, split: {c: 100%}}\n",
	    "date,stream,territory,amount\n2024-01-05,s,FR,3000\n"
	    "2024-02-05,s,FR,1500\n", 0);
	assert_int_equal(fx_cum(&x, "R", "a"), 100000);
	assert_int_equal(fx_cum(&x, "R", "b"), 300000);
	/* 4 500 in: 4 000 recouped, 500 to the split */
	assert_int_equal(fx_cum(&x, "S", "c"), 50000);
	fx_free(&x);
}

/* Thirds: 100,00 shared 1/3 : 2/3 is 33,33 and 66,67 (largest
 * remainder), adding up to the cent. */
static void
pari_passu__fraction_weights__add_up_to_the_cent(void **state)
{
	struct fx x;

	(void)state;
	run_ok(&x, HEAD ONE_STREAM "waterfall:\n"
	    "  - name: R\n"
	    "    recoup: {a: 1000, b: 1000}\n"
	    "    weights: {a: 1/3, b: 2/3}\n",
	    "date,stream,territory,amount\n2024-01-05,s,FR,100\n", 0);
	assert_int_equal(fx_cum(&x, "R", "a"), 3333);
	assert_int_equal(fx_cum(&x, "R", "b"), 6667);
	fx_free(&x);
}

/* Premium: 1 000 at 20 % is 1 200 to recoup; of 1 500, 300 go on. A
 * payee's own premium (b: 10 %) overrides the tier's. */
static void
premium__recoup_120_percent__then_the_rest_goes_on(void **state)
{
	struct fx x;

	(void)state;
	run_ok(&x, HEAD ONE_STREAM "waterfall:\n"
	    "  - {name: R, premium: 20%, recoup: {a: 1000}}\n"
	    "  - {name: R2, premium: 20%, recoup: {b: {amount: 100,"
	    " premium: 10%}}}\n"
	    "  - {name: S, split: {c: 100%}}\n",
	    "date,stream,territory,amount\n2024-01-05,s,FR,1500\n", 0);
	assert_int_equal(fx_cum(&x, "R", "a"), 120000);
	assert_int_equal(fx_cum(&x, "R2", "b"), 11000);
	assert_int_equal(fx_cum(&x, "S", "c"), 19000);
	fx_free(&x);
}

/* 50 % of 0,01 four quarters running: the cumulative rate gives 0,01
 * (0,005 rounded half away), then 0, 0,01, 0: 0,02 in all, 50 % of
 * 0,04, as a single yearly period gives. */
static void
commission__cumulative_rate__same_total_whatever_the_periods(void **state)
{
	static const char yaml[] = HEAD ONE_STREAM "waterfall:\n"
	    "  - {name: C, commission: 50%, payee: a}\n"
	    "  - {name: S, split: {b: 100%}}\n";
	static const char csv[] = "date,stream,territory,amount\n"
	    "2024-01-05,s,FR,0.01\n2024-04-05,s,FR,0.01\n"
	    "2024-07-05,s,FR,0.01\n2024-10-05,s,FR,0.01\n";
	struct fx x;
	int t;

	(void)state;
	run_ok(&x, yaml, csv, 3);
	t = fx_tier(&x, "C");
	assert_int_equal(x.r.nperiods, 4);
	assert_int_equal(x.r.res[0].tiers[t].paid[0], 1);
	assert_int_equal(x.r.res[1].tiers[t].paid[0], 0);
	assert_int_equal(x.r.res[2].tiers[t].paid[0], 1);
	assert_int_equal(x.r.res[3].tiers[t].paid[0], 0);
	assert_int_equal(fx_cum(&x, "C", "a"), 2);
	fx_free(&x);
	run_ok(&x, yaml, csv, 12);
	assert_int_equal(x.r.nperiods, 1);
	assert_int_equal(fx_cum(&x, "C", "a"), 2);
	fx_free(&x);
}

/* A capped commission: 10 % up to 150; 1 000 then 1 000: 100, then 50. */
static void
commission__cap__stops_at_the_cap(void **state)
{
	struct fx x;

	(void)state;
	run_ok(&x, HEAD ONE_STREAM "waterfall:\n"
	    "  - {name: C, commission: 10%, cap: 150, payee: a}\n",
	    "date,stream,territory,amount\n2024-01-05,s,FR,1000\n"
	    "2024-04-05,s,FR,1000\n", 3);
	assert_int_equal(fx_cum_at(&x, "C", "a", 0), 10000);
	assert_int_equal(fx_cum(&x, "C", "a"), 15000);
	fx_free(&x);
}

/* A 10 % corridor for c until R (1 000 for a) is recouped. Q1: 1 000 ->
 * corridor 100, a 900. Q2: 1 000 -> corridor 100 (R not recouped when
 * the quarter began), a 100, split 800. Q3: the corridor has ended:
 * 1 000 to the split. */
static void
corridor__until_recouped__ends_the_next_period(void **state)
{
	struct fx x;
	int t;

	(void)state;
	run_ok(&x, HEAD ONE_STREAM "waterfall:\n"
	    "  - {name: K, corridor: 10%, payee: c, until: r}\n"
	    "  - {id: r, name: R, recoup: {a: 1000}}\n"
	    "  - {name: S, split: {b: 100%}}\n",
	    "date,stream,territory,amount\n2024-01-05,s,FR,1000\n"
	    "2024-04-05,s,FR,1000\n2024-07-05,s,FR,1000\n", 3);
	t = fx_tier(&x, "K");
	assert_int_equal(fx_cum_at(&x, "K", "c", 0), 10000);
	assert_int_equal(fx_cum_at(&x, "R", "a", 0), 90000);
	assert_int_equal(fx_cum_at(&x, "K", "c", 1), 20000);
	assert_int_equal(fx_cum_at(&x, "S", "b", 1), 80000);
	assert_int_equal(x.r.res[2].tiers[t].active, 0);
	assert_int_equal(fx_cum(&x, "K", "c"), 20000);
	assert_int_equal(fx_cum(&x, "S", "b"), 180000);
	fx_free(&x);
}

/* Q1 +1 000, Q2 -1 500, Q3 +2 000: the Q2 deficit is carried, never
 * clawed back; Q3 pays 500. Each period balances. */
static void
deficit__negative_period__carried_to_the_next(void **state)
{
	struct fx x;
	int s;

	(void)state;
	run_ok(&x, HEAD ONE_STREAM "waterfall:\n"
	    "  - {name: S, split: {a: 100%}}\n",
	    "date,stream,territory,amount\n2024-01-05,s,FR,1000\n"
	    "2024-04-05,s,FR,-1500\n2024-07-05,s,FR,2000\n", 3);
	s = wf_stream(x.w, "s", 1);
	assert_int_equal(fx_cum_at(&x, "S", "a", 0), 100000);
	assert_int_equal(fx_cum_at(&x, "S", "a", 1), 100000);
	assert_int_equal(x.r.res[1].retained[s], -150000);
	assert_int_equal(x.r.res[1].deficit[s], -150000);
	assert_int_equal(fx_cum(&x, "S", "a"), 150000);
	assert_int_equal(x.r.res[2].retained[s], 150000);
	assert_int_equal(x.r.res[2].deficit[s], 0);
	fx_free(&x);
}

/* Expenses capped at 1 000, incurred 300 in January and 900 in May: Q1
 * recoups 300; Q2 the cap, 700 more. */
static void
expenses__incurred_over_time__recouped_as_incurred(void **state)
{
	struct fx x;

	(void)state;
	run_ok(&x, HEAD ONE_STREAM "distribution:\n"
	    "  - name: E\n"
	    "    payee: a\n"
	    "    expenses:\n"
	    "      cap: 1000\n"
	    "      incurred:\n"
	    "        - {date: 2024-01-10, amount: 300, label: copies}\n"
	    "        - {date: 2024-05-01, amount: 900}\n"
	    "waterfall:\n"
	    "  - {name: S, split: {b: 100%}}\n",
	    "date,stream,territory,amount\n2024-02-05,s,FR,2000\n"
	    "2024-04-05,s,FR,2000\n", 3);
	assert_int_equal(fx_cum_at(&x, "E", "a", 0), 30000);
	assert_int_equal(fx_cum(&x, "E", "a"), 100000);
	assert_int_equal(fx_cum(&x, "S", "b"), 300000);
	fx_free(&x);
}

/* A minimum guarantee of 1 000 paid 500 in Q1 and 500 in Q2 recoups
 * only what was advanced: Q1 300 of 500; Q2 the other 700. The
 * advances reach the producer at once. */
static void
mg__recoups_the_advances_paid__up_to_the_mg(void **state)
{
	struct fx x;

	(void)state;
	run_ok(&x, HEAD ONE_STREAM "distribution:\n"
	    "  - {name: M, mg: 1000, payee: a}\n"
	    "waterfall:\n"
	    "  - {name: S, split: {p: 100%}}\n",
	    "date,stream,territory,kind,amount\n"
	    "2024-01-02,s,FR,advance,500\n2024-02-05,s,FR,receipt,300\n"
	    "2024-04-02,s,FR,advance,500\n2024-05-05,s,FR,receipt,1000\n",
	    3);
	assert_int_equal(fx_cum_at(&x, "M", "a", 0), 30000);
	assert_int_equal(fx_cum_at(&x, "S", "p", 0), 50000);
	assert_int_equal(fx_cum(&x, "M", "a"), 100000);
	assert_int_equal(fx_cum(&x, "S", "p"), 100000 + 30000);
	/* RNPP: the advances plus what passes the MG */
	assert_int_equal(fx_rnpp(&x, "s"), 130000);
	fx_free(&x);
}

/* Cross-collateralised over s1 (300) and s2 (100): a 50 % commission
 * takes 200, drawn 150 from s1 and 50 from s2. */
static void
cross_collateral__draws_pro_rata_of_each_stream(void **state)
{
	struct fx x;
	int t;

	(void)state;
	run_ok(&x, HEAD "streams:\n  s1: {mode: other}\n  s2: {mode: vod}\n"
	    "waterfall:\n"
	    "  - {name: C, commission: 50%, payee: a}\n",
	    "date,stream,territory,amount\n2024-01-05,s1,FR,300\n"
	    "2024-01-06,s2,FR,100\n", 0);
	t = fx_tier(&x, "C");
	assert_int_equal(x.r.res[0].tiers[t].paid_s[0], 15000);
	assert_int_equal(x.r.res[0].tiers[t].paid_s[1], 5000);
	fx_free(&x);
}

/* Nested groups: 1 000 split x 50 %, g 50 % with g = {y: 3 000, z:
 * 1 000} pro rata: x 500, y 375, z 125. */
static void
groups__nested__split_down_to_parties(void **state)
{
	struct fx x;

	(void)state;
	run_ok(&x, HEAD ONE_STREAM "groups:\n"
	    "  g: {b: 3000, h: 1000}\n"
	    "  h: {c: 1/2, d: 1/2}\n"
	    "waterfall:\n"
	    "  - {name: S, split: {a: 50%, g: 50%}}\n",
	    "date,stream,territory,amount\n2024-01-05,s,FR,1000\n", 0);
	assert_int_equal(fx_cum(&x, "S", "a"), 50000);
	assert_int_equal(fx_cum(&x, "S", "b"), 37500);
	assert_int_equal(fx_cum(&x, "S", "c"), 6250);
	assert_int_equal(fx_cum(&x, "S", "d"), 6250);
	fx_free(&x);
}

/* An author with 10 % of the box office net of taxes and no advance; a
 * refund lowers the base but what was paid stays paid: the excess is
 * offset later. Box office 1 055,00: VAT 55,00, TSA 113,10, net 886,90:
 * 88,69. Refund of 527,50: net falls by 443,45 (VAT -27,50, TSA
 * -56,55), cumulative 443,45, remuneration 44,35 (44,345 rounded), paid
 * stays 88,69. */
static void
authors__base_falls__paid_stays_paid(void **state)
{
	struct fx x;
	const struct author_flow *f;

	(void)state;
	run_ok(&x, HEAD "  e: {name: E, role: author}\n"
	    "streams:\n"
	    "  salles: {mode: theatrical, theatrical: {rental_rate: 50%}}\n"
	    "waterfall:\n"
	    "  - {name: S, split: {p: 100%}}\n"
	    "authors:\n"
	    "  - party: e\n"
	    "    shares: [{modes: [theatrical], base: box-office,"
	    " rate: 10%}]\n",
	    "date,stream,territory,amount\n2024-01-05,salles,FR,1055\n"
	    "2024-04-05,salles,FR,-527.50\n", 3);
	f = &x.r.res[0].authors[0];
	assert_int_equal(f->base[MODE_THEATRICAL], 88690);
	assert_int_equal(f->paid, 8869);
	f = fx_author(&x, "e");
	assert_int_equal(f->base_cum[MODE_THEATRICAL], 44345);
	assert_int_equal(f->rem_cum[MODE_THEATRICAL], 4435);
	assert_int_equal(f->paid, 0);
	assert_int_equal(f->paid_cum, 8869);
	assert_int_equal(f->due_cum, 4435);
	fx_free(&x);
}

/* Admissions times the average price give the box office when the amount
 * is left out; a correction has negative admissions. 120 x 7,15 = 858,00
 * and -20 x 7,15 = -143,00: 100 admissions, 715,00. */
static void
box_office__admissions_and_price__give_the_amount(void **state)
{
	struct fx x;

	(void)state;
	run_ok(&x, HEAD "streams:\n"
	    "  salles: {mode: theatrical, theatrical: {rental_rate: 50%}}\n"
	    "waterfall:\n"
	    "  - {name: S, split: {p: 100%}}\n",
	    "date,stream,territory,amount,admissions,average_price\n"
	    "2024-01-05,salles,FR,,120,7.15\n"
	    "2024-01-12,salles,FR,-143.00,-20,7.15\n", 0);
	assert_int_equal(fx_in(&x, C_GROSS, "salles"), 71500);
	assert_int_equal(fx_in(&x, C_ADMISSIONS, "salles"), 100);
	fx_free(&x);
}

/* An advance of 100 is recouped on all modes together: 2 000 of RNPP at
 * 4 % (80) recoups 80; then 1 000 of VOD at 4 % (40) recoups 20 and 20
 * are due. */
static void
authors__advance__recouped_across_modes(void **state)
{
	struct fx x;
	const struct author_flow *f;

	(void)state;
	run_ok(&x, HEAD "  e: {name: E}\n"
	    "streams:\n  tv: {mode: television}\n  vod: {mode: vod}\n"
	    "waterfall:\n"
	    "  - {name: S, split: {p: 100%}}\n"
	    "authors:\n"
	    "  - {party: e, advance: 100, shares: [{rate: 4%}]}\n",
	    "date,stream,territory,amount\n2024-01-05,tv,FR,2000\n"
	    "2024-04-05,vod,FR,1000\n", 3);
	assert_int_equal(x.r.res[0].authors[0].recouped_cum, 8000);
	assert_int_equal(x.r.res[0].authors[0].paid, 0);
	f = fx_author(&x, "e");
	assert_int_equal(f->rem_cum[MODE_VOD], 4000);
	assert_int_equal(f->recouped_cum, 10000);
	assert_int_equal(f->paid, 2000);
	fx_free(&x);
}

/* A mode whose remuneration a society collects (SACD for VOD) earns
 * nothing from the producer; the other modes earn their rate. */
static void
authors__collective__nothing_from_the_producer(void **state)
{
	struct fx x;
	const struct author_flow *f;

	(void)state;
	run_ok(&x, HEAD "  e: {name: E}\n"
	    "streams:\n  tv: {mode: television}\n  vod: {mode: vod}\n"
	    "waterfall:\n"
	    "  - {name: S, split: {p: 100%}}\n"
	    "authors:\n"
	    "  - party: e\n"
	    "    shares: [{modes: [vod], collective: SACD}, {rate: 5%}]\n",
	    "date,stream,territory,amount\n2024-01-05,tv,FR,1000\n"
	    "2024-01-06,vod,FR,1000\n", 3);
	f = fx_author(&x, "e");
	assert_int_equal(f->base_cum[MODE_VOD], 100000);
	assert_int_equal(f->rem_cum[MODE_VOD], 0);
	assert_int_equal(f->rem_cum[MODE_TELEVISION], 5000);
	assert_int_equal(f->paid_cum, 5000);
	fx_free(&x);
}

/* A pre-sale counts in the RNPP of its period, not in the waterfall. */
static void
presale__counts_as_rnpp__not_as_a_receipt(void **state)
{
	struct fx x;

	(void)state;
	run_ok(&x, HEAD "  tv1: {name: Chaîne, role: broadcaster}\n"
	    "streams:\n  tv: {mode: television}\n"
	    "presales:\n"
	    "  - {party: tv1, stream: tv, date: 2023-11-02, amount: 15000}\n"
	    "waterfall:\n"
	    "  - {name: S, split: {p: 100%}}\n",
	    "date,stream,territory,amount\n2024-01-05,tv,FR,1000\n", 3);
	assert_int_equal(x.r.nperiods, 2);
	assert_int_equal(x.r.res[0].rnpp[0], 1500000);
	assert_int_equal(fx_rnpp(&x, "tv"), 1600000);
	assert_int_equal(fx_cum(&x, "S", "p"), 100000);
	fx_free(&x);
}

/* --as-of: later receipts are not counted; the last period is cut. */
static void
as_of__cuts_the_last_period(void **state)
{
	struct fx x;
	char buf[64];
	int32_t as_of;

	(void)state;
	assert_int_equal(date_from_ymd(2024, 5, 20, &as_of), 0);
	assert_int_equal(fx_run(&x, HEAD ONE_STREAM "waterfall:\n"
	    "  - {name: S, split: {a: 100%}}\n",
	    "date,stream,territory,amount\n2024-01-05,s,FR,1000\n"
	    "2024-05-20,s,FR,500\n2024-05-21,s,FR,700\n", 3, as_of), 0);
	assert_int_equal(x.r.nperiods, 2);
	assert_string_equal(rc_period_name(&x.r.periods[1], buf,
	    sizeof buf), "2024-04-01..2024-05-20");
	assert_string_equal(rc_period_name_fr(&x.r.periods[1], buf,
	    sizeof buf), "du 01/04/2024 au 20/05/2024");
	assert_int_equal(x.rc.after, 1);
	assert_int_equal(fx_cum(&x, "S", "a"), 150000);
	fx_free(&x);
}

/* Quarters, then half-years from 2025-01-01, then years from 2027. */
static void
schedule__changes_of_period__follow_the_calendar(void **state)
{
	static const char *const want[] = {
		"2024-Q3", "2024-Q4", "2025-H1", "2025-H2", "2026-H1",
		"2026-H2", "2027"
	};
	static const char *const want_fr[] = {
		"3e trimestre 2024", "4e trimestre 2024", "1er semestre 2025",
		"2e semestre 2025", "1er semestre 2026", "2e semestre 2026",
		"année 2027"
	};
	struct fx x;
	char buf[64];
	size_t i;

	(void)state;
	run_ok(&x, HEAD ONE_STREAM "statements:\n"
	    "  - every: quarter\n"
	    "  - {from: 2025-01-01, every: half-year}\n"
	    "  - {from: 2027-01-01, every: year}\n"
	    "waterfall:\n"
	    "  - {name: S, split: {a: 100%}}\n",
	    "date,stream,territory,amount\n2024-08-05,s,FR,1000\n"
	    "2027-03-05,s,FR,1000\n", 0);
	assert_int_equal(x.r.nperiods, 7);
	for (i = 0; i < 7; i++) {
		assert_string_equal(rc_period_name(&x.r.periods[i], buf,
		    sizeof buf), want[i]);
		assert_string_equal(rc_period_name_fr(&x.r.periods[i], buf,
		    sizeof buf), want_fr[i]);
	}
	assert_int_equal(rc_period_of(&x.r, x.r.periods[3].from + 10), 3);
	fx_free(&x);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    pari_passu__default_weights__pro_rata_of_amounts),
		cmocka_unit_test(
		    pari_passu__one_recouped__rest_goes_to_others),
		cmocka_unit_test(
		    pari_passu__fraction_weights__add_up_to_the_cent),
		cmocka_unit_test(
		    premium__recoup_120_percent__then_the_rest_goes_on),
		cmocka_unit_test(
		    commission__cumulative_rate__same_total_whatever_the_periods),
		cmocka_unit_test(commission__cap__stops_at_the_cap),
		cmocka_unit_test(
		    corridor__until_recouped__ends_the_next_period),
		cmocka_unit_test(
		    deficit__negative_period__carried_to_the_next),
		cmocka_unit_test(
		    expenses__incurred_over_time__recouped_as_incurred),
		cmocka_unit_test(mg__recoups_the_advances_paid__up_to_the_mg),
		cmocka_unit_test(
		    cross_collateral__draws_pro_rata_of_each_stream),
		cmocka_unit_test(groups__nested__split_down_to_parties),
		cmocka_unit_test(
		    box_office__admissions_and_price__give_the_amount),
		cmocka_unit_test(authors__base_falls__paid_stays_paid),
		cmocka_unit_test(authors__advance__recouped_across_modes),
		cmocka_unit_test(
		    authors__collective__nothing_from_the_producer),
		cmocka_unit_test(
		    presale__counts_as_rnpp__not_as_a_receipt),
		cmocka_unit_test(as_of__cuts_the_last_period),
		cmocka_unit_test(
		    schedule__changes_of_period__follow_the_calendar),
	};

	return RUN(tests);
}
