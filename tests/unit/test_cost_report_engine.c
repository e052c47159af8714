/*
 * test_cost_report_engine.c: cost-report's engine: the duplicate check in
 * bounded memory (spilled runs merged), ISO weeks, percentages, the
 * estimate to complete, code lookup, and spending by day.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "capture.h"
#include "../../cmd/cost-report/dupref.h"
#include "../../cmd/cost-report/report.h"
#include "../../cmd/cost-report/run.h"
#include "date.h"

static const char *const files[] = { "a.csv", "b.csv" };

static void
add(struct dupref *dr, unsigned file, unsigned long line, const char *ref)
{
	dupref_add(dr, file, line, "Loca Images", 11, ref, strlen(ref),
	    "71100", 5);
}

static void
dupref__repeat_across_spilled_runs__both_lines_in_order(void **state)
{
	struct dupref *dr = dupref_new(files, 4);	/* a run every 4 */
	struct diag d = { 0, 0 };
	struct capture cap;
	char ref[16];
	unsigned long i;

	(void)state;
	for (i = 2; i < 40; i++) {
		snprintf(ref, sizeof ref, "F-%lu", i);
		add(dr, 0, i, ref);
	}
	add(dr, 1, 5, "F-3");		/* 35 rows and several runs later */
	add(dr, 1, 7, "F-39");		/* in the last buffer */
	add(dr, 1, 9, "");		/* no reference: not checked */
	add(dr, 1, 10, "");
	capture_start(&cap);
	dupref_finish(dr, &d);
	capture_end(&cap);
	assert_int_equal(d.warnings, 2);
	assert_int_equal(d.errors, 0);
	assert_non_null(strstr(cap.text, "b.csv:5: warning: same party, "
	    "reference and code as a.csv:3\n"));
	assert_true(strstr(cap.text, "b.csv:7: warning: same party, "
	    "reference and code as a.csv:39\n") > strstr(cap.text, "b.csv:5"));
}

static void
dupref__split_document_other_code_or_party__no_warning(void **state)
{
	struct dupref *dr = dupref_new(files, 0);
	struct diag d = { 0, 0 };

	(void)state;
	dupref_add(dr, 0, 2, "Loca Images", 11, "LI-1", 4, "71100", 5);
	dupref_add(dr, 0, 3, "Loca Images", 11, "LI-1", 4, "72100", 5);
	dupref_add(dr, 0, 4, "Lumière Est", 11, "LI-1", 4, "71100", 5);
	/* field boundaries count: "ab"+"c" is not "a"+"bc" */
	dupref_add(dr, 0, 5, "ab", 2, "c", 1, "1", 1);
	dupref_add(dr, 0, 6, "a", 1, "bc", 2, "1", 1);
	dupref_finish(dr, &d);
	assert_int_equal(d.warnings, 0);
}

static void
dupref__freed_without_report__no_output(void **state)
{
	struct dupref *dr = dupref_new(files, 2);

	(void)state;
	add(dr, 0, 2, "X");
	add(dr, 0, 3, "Y");
	add(dr, 0, 4, "X");
	dupref_finish(dr, NULL);	/* valgrind: nothing leaks */
}

static void
week__iso_weeks__monday_to_sunday(void **state)
{
	int32_t mon, sun, want;

	(void)state;
	/* ISO 8601: 2026-01-01 is a Thursday, so week 1 starts on Monday
	 * 2025-12-29, and 2026 has 53 weeks */
	assert_int_equal(cr_parse_week("2026-W01", &mon, &sun), 0);
	date_from_ymd(2025, 12, 29, &want);
	assert_int_equal(mon, want);
	assert_int_equal(sun, want + 6);
	assert_int_equal(cr_parse_week("2026-W12", &mon, &sun), 0);
	date_from_ymd(2026, 3, 16, &want);
	assert_int_equal(mon, want);
	assert_int_equal(cr_parse_week("2026-W53", &mon, &sun), 0);
	assert_int_equal(cr_parse_week("2025-W53", &mon, &sun), -1);
	assert_int_equal(cr_parse_week("2026-W00", &mon, &sun), -1);
	assert_int_equal(cr_parse_week("2026-W1", &mon, &sun), -1);
	assert_int_equal(cr_parse_week("2026-12", &mon, &sun), -1);
	assert_int_equal(cr_parse_week("2026-W12x", &mon, &sun), -1);
}

static void
percent__half_away_to_basis_points__exact(void **state)
{
	(void)state;
	/* 200 / 700 = 0.285714 -> 28.57 %; 2 / 3 -> 66.67 %; 1 / 8 = 12.5 % */
	assert_int_equal(cr_percent(20000, 70000), 2857 * (RATE_ONE / 10000));
	assert_int_equal(cr_percent(2, 3), 6667 * (RATE_ONE / 10000));
	assert_int_equal(cr_percent(100, 800), RATE_ONE / 8);
	assert_int_equal(cr_percent(-2, 3), -6667 * (RATE_ONE / 10000));
	assert_int_equal(cr_percent(5, 0), -1);
}

static void
etc__override_or_remainder__never_below_zero(void **state)
{
	struct cr_line l;

	(void)state;
	memset(&l, 0, sizeof l);
	l.budget = 100000;
	l.s.committed = 25050;
	assert_int_equal(cr_line_etc(&l), 74950);
	l.s.committed = 105050;		/* over budget */
	assert_int_equal(cr_line_etc(&l), 0);
	l.has_etc = 1;
	l.etc_override = -5000;		/* a deposit to come back */
	assert_int_equal(cr_line_etc(&l), -5000);
}

static void
days__costs_by_day__sorted_sums(void **state)
{
	struct cr_days d;
	struct cr_day *v;
	size_t n, i;

	(void)state;
	memset(&d, 0, sizeof d);
	for (i = 0; i < 200; i++)	/* past several rehashes */
		cr_days_add(&d, (int32_t)(20000 + (i * 7) % 100), 100,
		    i % 2 ? 100 : 0);
	v = cr_days_sorted(&d, &n);
	assert_int_equal(n, 100);
	for (i = 0; i < n; i++) {
		assert_int_equal(v[i].day, 20000 + (int32_t)i);
		assert_int_equal(v[i].committed, 200);
	}
	free(v);
	cr_days_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    dupref__repeat_across_spilled_runs__both_lines_in_order),
		cmocka_unit_test(
		    dupref__split_document_other_code_or_party__no_warning),
		cmocka_unit_test(dupref__freed_without_report__no_output),
		cmocka_unit_test(week__iso_weeks__monday_to_sunday),
		cmocka_unit_test(percent__half_away_to_basis_points__exact),
		cmocka_unit_test(
		    etc__override_or_remainder__never_below_zero),
		cmocka_unit_test(days__costs_by_day__sorted_sums),
	};

	return RUN(tests);
}
