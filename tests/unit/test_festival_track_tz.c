/*
 * test_festival_track_tz.c: deadlines on their own clock through the
 * system tz database: zone names, wall clock to UTC and back, the end of
 * a day, daylight-saving changes, leap days, and the user's day a
 * deadline closes on. Expected seconds computed with Python's zoneinfo.
 */
#include <stdlib.h>

#include "test.h"
#include "date.h"
#include "../../cmd/festival-track/due.h"
#include "../../cmd/festival-track/tz.h"

static int32_t
day(const char *s)
{
	int32_t d;
	const char *why;

	if (date_parse(s, &d, &why) < 0)
		fail_msg("%s: %s", s, why);
	return d;
}

static void
tz__known__zone_files_only(void **state)
{
	(void)state;
	assert_true(ft_tz_known("Europe/Paris"));
	assert_true(ft_tz_known("America/Los_Angeles"));
	assert_true(ft_tz_known("UTC"));
	assert_false(ft_tz_known("Europe/Pariss"));
	assert_false(ft_tz_known(""));
	assert_false(ft_tz_known("/etc/localtime"));
	assert_false(ft_tz_known("../../etc/passwd"));
	assert_false(ft_tz_known("right/Europe/Paris"));
	assert_false(ft_tz_known("zone.tab"));	/* text, not TZif */
}

static void
tz__utc__paris_midnight_and_end_of_day(void **state)
{
	(void)state;
	/* 2026-11-26 00:00 CET (UTC+1) is 2026-11-25 23:00 UTC */
	assert_int_equal(ft_tz_utc("Europe/Paris", day("2026-11-26"), 0),
	    1795647600);
	/* 24:00 is the next day's 00:00 */
	assert_int_equal(ft_tz_utc("Europe/Paris", day("2026-11-26"), 1440),
	    1795734000);
	/* leap year: 2028-02-29 24:00 is 2028-03-01 00:00 */
	assert_int_equal(ft_tz_utc("Europe/Paris", day("2028-02-29"), 1440),
	    1835478000);
	ft_tz_restore();
}

static void
tz__utc__noon_in_auckland_and_los_angeles(void **state)
{
	(void)state;
	/* 12:00 NZDT (UTC+13) */
	assert_int_equal(ft_tz_utc("Pacific/Auckland", day("2026-12-01"),
	    720), 1796079600);
	/* 12:00 PDT (UTC-7) in August */
	assert_int_equal(ft_tz_utc("America/Los_Angeles", day("2019-08-16"),
	    720), 1565982000);
	ft_tz_restore();
}

static void
tz__utc__around_the_spring_change(void **state)
{
	(void)state;
	/* Paris, 28 March 2027: 01:59 CET then 03:00 CEST, a minute apart */
	assert_int_equal(ft_tz_utc("Europe/Paris", day("2027-03-28"), 119),
	    1806195540);
	assert_int_equal(ft_tz_utc("Europe/Paris", day("2027-03-28"), 180),
	    1806195600);
	ft_tz_restore();
}

static void
tz__local__auckland_wall_clock(void **state)
{
	struct ft_wall w;

	(void)state;
	ft_tz_local("Pacific/Auckland", 1796079600, &w);
	assert_int_equal(w.day, day("2026-12-01"));
	assert_int_equal(w.minutes, 720);
	assert_int_equal(w.offset, 13 * 3600);
	assert_true(w.isdst);
	assert_string_equal(w.abbr, "NZDT");
	ft_tz_restore();
}

/* Noon in Auckland on 1 December closes at 24:00 on 30 November in
 * Paris: the day before, not 00:00 on 1 December. */
static void
due__local__midnight_is_24_00_of_the_day_before(void **state)
{
	int32_t d;
	int m;

	(void)state;
	ft_tz_user("Europe/Paris");
	ft_due_local(1796079600, &d, &m);
	assert_int_equal(d, day("2026-11-30"));
	assert_int_equal(m, 1440);
	/* one minute later is 00:01 on 1 December */
	ft_due_local(1796079660, &d, &m);
	assert_int_equal(d, day("2026-12-01"));
	assert_int_equal(m, 1);
	ft_tz_restore();
}

static void
tz__user__changes_the_day_a_moment_falls_on(void **state)
{
	struct ft_wall w;

	(void)state;
	ft_tz_user("America/Los_Angeles");
	ft_tz_local(NULL, 1796079600, &w);	/* 15:00 PST on 30 Nov */
	assert_int_equal(w.day, day("2026-11-30"));
	assert_int_equal(w.minutes, 15 * 60);
	ft_tz_restore();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tz__known__zone_files_only),
		cmocka_unit_test(tz__utc__paris_midnight_and_end_of_day),
		cmocka_unit_test(tz__utc__noon_in_auckland_and_los_angeles),
		cmocka_unit_test(tz__utc__around_the_spring_change),
		cmocka_unit_test(tz__local__auckland_wall_clock),
		cmocka_unit_test(
		    due__local__midnight_is_24_00_of_the_day_before),
		cmocka_unit_test(
		    tz__user__changes_the_day_a_moment_falls_on),
	};

	return RUN(tests);
}
