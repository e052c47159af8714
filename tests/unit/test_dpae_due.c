/*
 * test_dpae_due.c: when a declaration is due (Code du travail R1221-5:
 * within the eight days before the hire, at the latest when work starts),
 * across weekends, month and year ends, public holidays, leap days, and a
 * contract starting today. Weekdays are written next to each date.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "test_dpae.h"
#include "../../cmd/dpae/ack.h"
#include "date.h"
#include "../../cmd/dpae/due.h"

static enum dpae_due
status(const char *start, const char *today)
{
	return dpae_due_status(day(start), day(today), 0);
}

static void
due__window__eight_days_before_and_not_nine(void **state)
{
	(void)state;
	/* Tue 17 March: Mon 9th is 8 days before, Sun 8th is 9 */
	assert_int_equal(status("2026-03-17", "2026-03-09"), DPAE_DUE);
	assert_int_equal(status("2026-03-17", "2026-03-08"), DPAE_NOT_YET);
	assert_string_equal(dpae_due_name(DPAE_NOT_YET), "");
	assert_string_equal(dpae_due_name(DPAE_DUE), "due");
}

static void
due__start_today_or_before__today_and_late(void **state)
{
	(void)state;
	assert_int_equal(status("2026-03-09", "2026-03-09"), DPAE_TODAY);
	assert_int_equal(status("2026-03-08", "2026-03-09"), DPAE_LATE);
	/* a contract long over and never declared stays late */
	assert_int_equal(status("2025-01-06", "2026-11-26"), DPAE_LATE);
	assert_string_equal(dpae_due_name(DPAE_TODAY), "today");
	assert_string_equal(dpae_due_name(DPAE_LATE), "late");
}

static void
due__weekend__friday_for_monday_is_urgent(void **state)
{
	(void)state;
	/* hire on Mon 9 March 2026 */
	assert_int_equal(status("2026-03-09", "2026-03-05"), DPAE_DUE); /* Thu */
	assert_int_equal(status("2026-03-09", "2026-03-06"), DPAE_URGENT);
	assert_int_equal(status("2026-03-09", "2026-03-07"), DPAE_URGENT);
	assert_int_equal(status("2026-03-09", "2026-03-08"), DPAE_URGENT);
	/* a hire tomorrow in the week leaves no office day either */
	assert_int_equal(status("2026-03-06", "2026-03-05"), DPAE_URGENT);
	assert_string_equal(dpae_due_name(DPAE_URGENT), "urgent");
}

static void
due__month_end__window_crosses_into_march(void **state)
{
	(void)state;
	/* Sat 28 February 2026 (not a leap year) */
	assert_int_equal(status("2026-03-08", "2026-02-28"), DPAE_DUE);
	assert_int_equal(status("2026-03-09", "2026-02-28"), DPAE_NOT_YET);
	/* Sun 1 March for Mon 2 March */
	assert_int_equal(status("2026-03-02", "2026-03-01"), DPAE_URGENT);
	assert_int_equal(status("2026-03-02", "2026-02-27"), DPAE_URGENT);
	assert_int_equal(status("2026-03-02", "2026-02-26"), DPAE_DUE);
}

static void
due__leap_day__counted_in_the_window(void **state)
{
	(void)state;
	/* 2028 is a leap year: Mon 21 Feb + 8 days = Tue 29 Feb */
	assert_int_equal(status("2028-02-29", "2028-02-21"), DPAE_DUE);
	assert_int_equal(status("2028-03-01", "2028-02-21"), DPAE_NOT_YET);
	assert_int_equal(status("2028-03-01", "2028-02-22"), DPAE_DUE);
}

static void
due__year_end__new_year_holiday(void **state)
{
	(void)state;
	/* hire on Mon 4 January 2027 */
	assert_int_equal(status("2027-01-04", "2026-12-24"), DPAE_NOT_YET);
	assert_int_equal(status("2027-01-04", "2026-12-28"), DPAE_DUE);
	/* Thu 31 Dec: Fri 1 Jan is a holiday, then the weekend */
	assert_int_equal(status("2027-01-04", "2026-12-31"), DPAE_URGENT);
	assert_int_equal(status("2026-12-31", "2027-01-04"), DPAE_LATE);
}

static void
due__public_holidays__easter_ascension_alsace(void **state)
{
	(void)state;
	/* hire on Tue 7 April 2026, after Easter Monday: on Thu 2nd, Good
	 * Friday is an office day, except in Alsace-Moselle */
	assert_int_equal(status("2026-04-07", "2026-04-02"), DPAE_DUE);
	assert_int_equal(dpae_due_status(day("2026-04-07"), day("2026-04-02"),
	    HOLIDAY_ALSACE_MOSELLE), DPAE_URGENT);
	assert_int_equal(status("2026-04-07", "2026-04-03"), DPAE_URGENT);
	/* Ascension, Thu 14 May 2026: Fri 15th is still an office day */
	assert_int_equal(status("2026-05-18", "2026-05-13"), DPAE_DUE);
	assert_int_equal(status("2026-05-15", "2026-05-13"), DPAE_URGENT);
	assert_false(dpae_office_day(day("2026-05-14"), 0));
	assert_true(dpae_office_day(day("2026-05-15"), 0));
	assert_false(dpae_office_day(day("2026-05-16"), 0));	/* Sat */
}

/* One person with one contract, and a log. */
struct fixture {
	struct person p;
	struct contract c;
	struct dpae_decl x;
	struct dpae_ack ack;
	struct dpae_acklog log;
	char cid[16], pid[16];
};

static void
fixture_init(struct fixture *f, const char *start, const char *filed)
{
	memset(f, 0, sizeof *f);
	f->p.id = "roussel";
	f->c.person = &f->p;
	strcpy(f->cid, "roussel-1");
	strcpy(f->pid, "roussel");
	f->c.id = f->cid;
	f->c.start = day(start);
	f->c.start_time = 16 * 60;
	f->x.person = &f->p;
	f->x.contract = &f->c;
	if (filed != NULL) {
		f->ack.person = f->pid;
		f->ack.start = day(start);
		f->ack.filed = day(filed);
		f->log.v = &f->ack;
		f->log.n = 1;
	}
}

static void
due__acknowledged__not_due_from_the_day_it_was_filed(void **state)
{
	struct fixture f;

	(void)state;
	fixture_init(&f, "2026-03-12", "2026-03-06");
	assert_true(dpae_decl_due(&f.x, &f.log, day("2026-03-05"), 0));
	assert_false(dpae_decl_due(&f.x, &f.log, day("2026-03-06"), 0));
	assert_false(dpae_decl_due(&f.x, &f.log, day("2026-11-26"), 0));
	/* too early to declare: not listed */
	assert_false(dpae_decl_due(&f.x, &f.log, day("2026-03-03"), 0));
	fixture_init(&f, "2026-03-12", NULL);
	assert_true(dpae_decl_due(&f.x, &f.log, day("2026-11-26"), 0));
	/* a record of another first day does not count */
	fixture_init(&f, "2026-03-12", "2026-03-06");
	f.ack.start = day("2026-03-11");
	assert_true(dpae_decl_due(&f.x, &f.log, day("2026-03-10"), 0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(due__window__eight_days_before_and_not_nine),
		cmocka_unit_test(due__start_today_or_before__today_and_late),
		cmocka_unit_test(due__weekend__friday_for_monday_is_urgent),
		cmocka_unit_test(due__month_end__window_crosses_into_march),
		cmocka_unit_test(due__leap_day__counted_in_the_window),
		cmocka_unit_test(due__year_end__new_year_holiday),
		cmocka_unit_test(due__public_holidays__easter_ascension_alsace),
		cmocka_unit_test(
		    due__acknowledged__not_due_from_the_day_it_was_filed),
	};

	return RUN(tests);
}
