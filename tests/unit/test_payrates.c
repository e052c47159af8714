/*
 * test_payrates.c: the shared contribution tables (share/payroll) and
 * their loader: which lines apply to whom on which day, at which rate, the
 * amounts on a period's bases (figures worked out by hand in the
 * comments), layers that override a value, the withholding grids, the
 * employer reduction, and the messages for broken tables.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "capture.h"
#include "date.h"
#include "payrates.h"

#define TABLES "share/payroll/"

static int32_t
day(const char *s)
{
	int32_t d;
	const char *why;

	assert_int_equal(date_parse(s, &d, &why), 0);
	return d;
}

static struct payrates *
load_years(void)
{
	struct payrates *pr = payrates_new();
	struct diag d = { 0, 0 };

	assert_int_equal(payrates_load_year(pr, "share", 2026, &d), 0);
	assert_int_equal(payrates_load_year(pr, "share", 2025, &d), 0);
	assert_int_equal(d.errors, 0);
	return pr;
}

/* Technician, non-cadre, company of 8, AT 1.23 %, a short CDDU. */
static struct payctx
technician(const char *when)
{
	struct payctx c;

	memset(&c, 0, sizeof c);
	c.day = day(when);
	c.kind = PERSON_TECHNICIAN;
	c.headcount = 8;
	c.short_cddu = 1;
	c.at_rate = 12300000;
	return c;
}

static const struct payamount *
find(const struct payamount *a, size_t n, const char *id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(a[i].line->id, id) == 0)
			return &a[i];
	return NULL;
}

static void
payrates__shared_tables__parameters_by_date(void **state)
{
	struct payrates *pr = load_years();
	int64_t c;
	rate_t r;

	(void)state;
	assert_int_equal(payrates_amount(pr, "pmss", day("2026-03-31"), &c), 0);
	assert_int_equal(c, 400500);
	assert_int_equal(payrates_amount(pr, "pmss", day("2025-12-31"), &c), 0);
	assert_int_equal(c, 392500);
	/* SMIC 12.02 until 31 May 2026, 12.31 from 1 June */
	assert_int_equal(payrates_amount(pr, "smic_hourly", day("2026-05-31"),
	    &c), 0);
	assert_int_equal(c, 1202);
	assert_int_equal(payrates_amount(pr, "smic_hourly", day("2026-06-01"),
	    &c), 0);
	assert_int_equal(c, 1231);
	assert_int_equal(payrates_rate(pr, "csg_abatement", day("2026-01-01"),
	    &r), 0);
	assert_int_equal(r, 17500000);
	assert_string_equal(payrates_text(pr, "ceiling_technicians",
	    day("2026-02-01")), "paid-days");
	assert_int_equal(payrates_amount(pr, "pmss", day("2027-01-01"), &c),
	    -1);
	assert_true(payrates_covers(pr, day("2025-01-01")));
	assert_false(payrates_covers(pr, day("2027-01-01")));
	payrates_free(pr);
}

static void
payrates__technician_2026__employer_rate_below_ceiling(void **state)
{
	struct payrates *pr = load_years();
	struct payctx c = technician("2026-03-31");

	(void)state;
	/* maladie 13 + prévoyance 0.34 + santé 0.70 + AT 1.23 + vieillesse
	 * 8.55 + 2.11 + AGIRC-ARRCO T1 4.72 + CEG T1 1.29 + AF 5.25 +
	 * chômage 4.00 + 5.00 + 0.50 + AGS 0.25 + CSA 0.30 + FNAL 0.10 +
	 * dialogue social 0.016 + formation 2.00 + 0.10 + TA 0.649 + 0.099 +
	 * Congés Spectacles 15.50 = 65.704 % */
	assert_int_equal(payrates_employer_rate(pr, &c), 657040000);
	/* a cadre: prévoyance 0.88 and santé 0.74 instead of 0.34 and 0.70,
	 * APEC 0.036: 65.704 + 0.54 + 0.04 + 0.036 = 66.32 % */
	c.cadre = 1;
	assert_int_equal(payrates_employer_rate(pr, &c), 663200000);
	/* no CDDU majoration for a contract over three months: 65.82 % */
	c.short_cddu = 0;
	assert_int_equal(payrates_employer_rate(pr, &c), 658200000);
	payrates_free(pr);
}

static void
payrates__artist__seventy_percent_rates(void **state)
{
	struct payrates *pr = load_years();
	struct payctx c = technician("2026-03-31");
	const struct payline *lines[PAYRATES_MAX_LINES];
	size_t i, n;
	rate_t ee, er;

	(void)state;
	c.kind = PERSON_ARTIST;
	n = payrates_select(pr, &c, lines, PAYRATES_MAX_LINES);
	for (i = 0; i < n; i++)
		if (strcmp(lines[i]->id, "vieillesse-plafonnee") == 0)
			break;
	assert_true(i < n);
	payline_rates(lines[i], &c, &ee, &er);
	/* 6.90 % x 70 % = 4.83 %; 8.55 % x 70 % = 5.985 % */
	assert_int_equal(ee, 48300000);
	assert_int_equal(er, 59850000);
	/* AT 1.23 % x 70 % = 0.861 % */
	for (i = 0; i < n; i++)
		if (strcmp(lines[i]->id, "at-mp") == 0)
			break;
	payline_rates(lines[i], &c, &ee, &er);
	assert_int_equal(er, 8610000);
	payrates_free(pr);
}

/* One week at 1350.00, five paid days in March 2026: ceiling 5 x 4005 /
 * 30 = 667.50. */
static void
payrates__week_above_ceiling__bands_and_csg(void **state)
{
	struct payrates *pr = load_years();
	struct payctx c = technician("2026-03-31");
	struct paybases b = { 135000, 135000, 66750, 46878 };
	struct payamount a[PAYRATES_MAX_LINES];
	const struct payamount *x;
	size_t n;

	(void)state;
	n = payrates_compute(pr, &c, &b, a, PAYRATES_MAX_LINES);
	/* T1 = 667.50: 6.90 % = 46.0575 -> 46.06; 8.55 % = 57.07125 ->
	 * 57.07 */
	x = find(a, n, "vieillesse-plafonnee");
	assert_int_equal(x->base, 66750);
	assert_int_equal(x->employee, 4606);
	assert_int_equal(x->employer, 5707);
	/* T2 = 1350 - 667.50 = 682.50: 8.64 % = 58.968 -> 58.97; 12.95 % =
	 * 88.38375 -> 88.38 */
	x = find(a, n, "agirc-arrco-t2");
	assert_int_equal(x->base, 68250);
	assert_int_equal(x->employee, 5897);
	assert_int_equal(x->employer, 8838);
	/* CET, pay above the ceiling: 0.14 % x 1350 = 1.89; 0.21 % = 2.835
	 * -> 2.84 */
	x = find(a, n, "cet");
	assert_int_equal(x->employee, 189);
	assert_int_equal(x->employer, 284);
	/* CSG base: 1350 x 98.25 % = 1326.375 -> 1326.38, plus prévoyance
	 * 0.34 % x 667.50 = 2.2695 -> 2.27 and santé 0.70 % x 667.50 =
	 * 4.6725 -> 4.67: 1333.32. 6.80 % = 90.66576 -> 90.67; 2.40 % =
	 * 31.99968 -> 32.00; 0.50 % = 6.6666 -> 6.67 */
	x = find(a, n, "csg-deductible");
	assert_int_equal(x->base, 133332);
	assert_int_equal(x->employee, 9067);
	assert_int_equal(find(a, n, "csg-non-deductible")->employee, 3200);
	assert_int_equal(find(a, n, "crds")->employee, 667);
	/* chômage on the gross up to 4 ceilings (2670): 4.00 % = 54.00 */
	assert_int_equal(find(a, n, "chomage")->employer, 5400);
	assert_null(find(a, n, "apec"));
	assert_null(find(a, n, "fnal-50-et-plus"));
	payrates_free(pr);
}

/* 2025: the reduced maladie rate up to 2.25 SMIC, the chômage rate
 * that changed on 1 May. */
static void
payrates__year_2025__reduced_rates_and_dated_lines(void **state)
{
	struct payrates *pr = load_years();
	struct payctx c = technician("2025-04-30");
	/* 39 h at 11.88 = 463.32 of SMIC; pay 900.00 <= 2.25 x 463.32 */
	struct paybases b = { 90000, 90000, 392500, 46332 };
	struct payamount a[PAYRATES_MAX_LINES];
	size_t n;

	(void)state;
	n = payrates_compute(pr, &c, &b, a, PAYRATES_MAX_LINES);
	/* 7 % x 900 = 63.00; 4.05 % x 900 = 36.45 */
	assert_int_equal(find(a, n, "maladie-taux-reduit")->employer, 6300);
	assert_null(find(a, n, "maladie"));
	assert_int_equal(find(a, n, "chomage")->employer, 3645);
	/* AF reduced up to 3.3 SMIC: 3.45 % x 900 = 31.05 */
	assert_int_equal(find(a, n, "allocations-familiales-taux-reduit")
	    ->employer, 3105);
	c.day = day("2025-05-01");
	b.social = b.gross = 150000;	/* above 2.25 x 463.32 = 1042.47 */
	n = payrates_compute(pr, &c, &b, a, PAYRATES_MAX_LINES);
	/* 13 % x 1500 = 195.00; 4.00 % x 1500 = 60.00 */
	assert_int_equal(find(a, n, "maladie")->employer, 19500);
	assert_int_equal(find(a, n, "chomage")->employer, 6000);
	payrates_free(pr);
}

static void
write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* A production's own table overrides one line from 1 April. */
static void
payrates__override_layer__wins_on_its_days(void **state)
{
	struct payrates *pr = payrates_new();
	struct diag d = { 0, 0 };
	struct payctx c = technician("2026-03-31");
	const struct payline *lines[PAYRATES_MAX_LINES];
	size_t n, i, k;

	(void)state;
	write_file("build-test-rates.yaml",
	    "period: {from: 2026-04-01, to: 2026-12-31}\n"
	    "lines:\n"
	    "  - {id: conges-spectacles, label: Congés Spectacles, base: gross,"
	    " employer: 15%, source: notice of the fund, confidence: V}\n"
	    "  - {id: at-mp, label: AT, base: social, enabled: false,"
	    " source: x, confidence: K}\n");
	assert_int_equal(payrates_load(pr, "build-test-rates.yaml", &d), 0);
	assert_int_equal(payrates_load_year(pr, "share", 2026, &d), 0);
	remove("build-test-rates.yaml");
	n = payrates_select(pr, &c, lines, PAYRATES_MAX_LINES);
	k = n;
	for (i = 0; i < n; i++)
		if (strcmp(lines[i]->id, "conges-spectacles") == 0)
			k = i;
	assert_true(k < n);
	assert_int_equal(lines[k]->employer, 155000000);
	/* the shared table's order is kept: maladie comes first */
	assert_string_equal(lines[0]->id, "maladie");
	c.day = day("2026-04-01");
	assert_int_equal(payrates_select(pr, &c, lines, PAYRATES_MAX_LINES),
	    n - 1);
	for (i = 0; i < n - 1; i++) {
		assert_string_not_equal(lines[i]->id, "at-mp");
		if (strcmp(lines[i]->id, "conges-spectacles") == 0)
			assert_int_equal(lines[i]->employer, 150000000);
	}
	payrates_free(pr);
}

static void
payrates__neutral_grid__brackets_by_date(void **state)
{
	struct payrates *pr = load_years();
	rate_t r;

	(void)state;
	/* 1619.99 is under the first threshold of 2026; 1620.00 is 0.5 % */
	assert_int_equal(payrates_neutral_rate(pr, day("2026-03-31"), 161999,
	    &r), 0);
	assert_int_equal(r, 0);
	assert_int_equal(payrates_neutral_rate(pr, day("2026-03-31"), 162000,
	    &r), 0);
	assert_int_equal(r, 5000000);
	/* 2025 before May: the 2024 grid, 1600.00 is 0.5 % */
	assert_int_equal(payrates_neutral_rate(pr, day("2025-04-30"), 160000,
	    &r), 0);
	assert_int_equal(r, 5000000);
	assert_int_equal(payrates_neutral_rate(pr, day("2026-05-31"), 6000000,
	    &r), 0);
	assert_int_equal(r, 430000000);
	assert_int_equal(payrates_neutral_rate(pr, day("2027-01-01"), 1, &r),
	    -1);
	payrates_free(pr);
}

static void
payrates__reduction__fillon_2025_and_rgdu_2026(void **state)
{
	struct payrates *pr = load_years();
	struct payctx c = technician("2025-06-30");
	rate_t coef;

	(void)state;
	/* 2025, < 50 employees, T = 0.3193: pay 600.00 for 39 h of SMIC
	 * (463.32): C = 0.3193 / 0.6 x (1.6 x 463.32 / 600 - 1) =
	 * 0.532166... x 0.235520 = 0.125336 -> 0.1253; without the caisse */
	assert_int_equal(payrates_reduction(pr, &c, 60000, 46332, 0, &coef), 0);
	assert_int_equal(coef, 125300000);
	/* with Congés Spectacles: 0.1253 / 0.9 = 0.139222 -> 0.1392 */
	assert_int_equal(payrates_reduction(pr, &c, 60000, 46332, 1, &coef), 0);
	assert_int_equal(coef, 139200000);
	/* at 1.6 SMIC and above: none */
	assert_int_equal(payrates_reduction(pr, &c, 74132, 46332, 1, &coef), 0);
	assert_int_equal(coef, 0);
	/* 2026, RGDU: pay 1350.00, SMIC 468.78: x = (3 x 468.78 / 1350 - 1)
	 * / 2 = 0.0208667; x^1.75 = 0.0011460; 0.3781 x that = 0.000433 ->
	 * 0.0004; C = 0.02 + 0.0004 = 0.0204 */
	c.day = day("2026-03-31");
	assert_int_equal(payrates_reduction(pr, &c, 135000, 46878, 0, &coef),
	    0);
	assert_int_equal(coef, 20400000);
	/* at the SMIC: x = 1, C = 0.02 + 0.3781 = 0.3981; / 0.9 = 0.44233
	 * -> 0.4423 */
	assert_int_equal(payrates_reduction(pr, &c, 46878, 46878, 1, &coef), 0);
	assert_int_equal(coef, 442300000);
	payrates_free(pr);
}

static const char *
load_errors(const char *text)
{
	static struct capture cap;
	struct diag d = { 0, 0 };
	struct payrates *pr = payrates_new();

	write_file("build-test-rates.yaml", text);
	capture_start(&cap);
	assert_int_equal(payrates_load(pr, "build-test-rates.yaml", &d), -1);
	capture_end(&cap);
	remove("build-test-rates.yaml");
	payrates_free(pr);
	return cap.text;
}

static void
payrates__broken_table__every_problem_at_its_place(void **state)
{
	(void)state;
	assert_string_equal(load_errors(
	    "period: {from: 2026-01-01, to: 2026-12-31}\n"
	    "parameters:\n"
	    "  - {id: pmss, amount: 4005.00, rate: 2%, source: x, confidence: V}\n"
	    "  - {id: pmss, amount: 4005.00, source: x, confidence: W}\n"
	    "lines:\n"
	    "  - {id: a, label: A, base: brut, source: x, confidence: V}\n"
	    "  - {id: b, label: B, base: social, floor: 2, cap: 1, source: x,"
	    " confidence: V, to: 2027-01-01}\n"
	    "  - {id: b, label: B, base: social, employer: 3%, source: x,"
	    " confidence: V, kinds: [technician, actor], emploee: 1%}\n"
	    "withholding:\n"
	    "  - {source: x, confidence: V, brackets: [[100.00, 1%], [50, 2%,"
	    " 3]]}\n"),
	    "cineprod: build-test-rates.yaml:3:5: a parameter has one value\n"
	    "  hint: give one of amount, rate or value\n"
	    "cineprod: build-test-rates.yaml:4:56: unknown value 'W'\n"
	    "  hint: one of: V, S, S-, D, K, U\n"
	    "cineprod: build-test-rates.yaml:4:5: parameter 'pmss' given twice "
	    "for the same days\n"
	    "cineprod: build-test-rates.yaml:6:29: unknown value 'brut'\n"
	    "  hint: one of: social, gross, csg, prevoyance\n"
	    "cineprod: build-test-rates.yaml:7:5: impossible band\n"
	    "  hint: floor and cap count ceilings, 0 <= floor < cap\n"
	    "cineprod: build-test-rates.yaml:7:5: dates outside the table's "
	    "period\n"
	    "  hint: the table's period says which days it covers\n"
	    "cineprod: build-test-rates.yaml:8:97: unknown value 'actor'\n"
	    "  hint: one of: technician, artist\n"
	    "cineprod: build-test-rates.yaml:8:105: unknown key 'emploee'\n"
	    "  hint: did you mean 'employee'?\n"
	    "cineprod: build-test-rates.yaml:8:5: line 'b' given twice\n"
	    "  hint: the line at line 7 holds on the same days\n"
	    "cineprod: build-test-rates.yaml:10:43: brackets must go up from "
	    "0.00\n"
	    "  hint: the first bracket starts at 0.00\n"
	    "cineprod: build-test-rates.yaml:10:57: a bracket is a pair: the "
	    "monthly base it starts at, and its rate\n"
	    "  hint: write [1620.00, 0.5%]\n");
}

static void
payrates__missing_year__says_which_file(void **state)
{
	struct payrates *pr = payrates_new();
	struct diag d = { 0, 0 };
	struct capture cap;

	(void)state;
	capture_start(&cap);
	assert_int_equal(payrates_load_year(pr, "share", 1999, &d), -1);
	capture_end(&cap);
	assert_string_equal(cap.text, "cineprod: no contribution table for "
	    "1999: 'share/payroll/contributions-1999.yaml' is missing\n"
	    "  hint: see payrates(5); -r adds a table of your own\n");
	assert_int_equal(d.errors, 1);
	payrates_free(pr);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(payrates__shared_tables__parameters_by_date),
		cmocka_unit_test(
		    payrates__technician_2026__employer_rate_below_ceiling),
		cmocka_unit_test(payrates__artist__seventy_percent_rates),
		cmocka_unit_test(payrates__week_above_ceiling__bands_and_csg),
		cmocka_unit_test(
		    payrates__year_2025__reduced_rates_and_dated_lines),
		cmocka_unit_test(payrates__override_layer__wins_on_its_days),
		cmocka_unit_test(payrates__neutral_grid__brackets_by_date),
		cmocka_unit_test(
		    payrates__reduction__fillon_2025_and_rgdu_2026),
		cmocka_unit_test(
		    payrates__broken_table__every_problem_at_its_place),
		cmocka_unit_test(payrates__missing_year__says_which_file),
	};

	return RUN(tests);
}
