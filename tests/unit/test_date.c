/*
 * test_date.c: strict dates, day numbers, weekdays, ISO weeks, month
 * arithmetic, Easter, French public holidays, and times of day.
 */
#include <string.h>

#include "test.h"
#include "date.h"

static int32_t
day_of(const char *s)
{
	int32_t d = 0;
	const char *why = NULL;

	if (date_parse(s, &d, &why) != 0)
		fail_msg("'%s' rejected: %s", s, why);
	return d;
}

static const char *
date_err(const char *s)
{
	int32_t d;
	const char *why = NULL;

	if (date_parse(s, &d, &why) == 0)
		fail_msg("'%s' accepted", s);
	return why;
}

static void
date__parse__strict_form_and_real_days(void **state)
{
	char b[DATE_BUFSZ];

	(void)state;
	assert_int_equal(day_of("1970-01-01"), 0);
	assert_int_equal(day_of("1969-12-31"), -1);
	assert_int_equal(day_of("2000-03-01"), 11017);
	assert_string_equal(date_format(b, day_of("2024-02-29")),
	    "2024-02-29");
	assert_string_equal(date_format_fr(b, day_of("2026-11-26")),
	    "26/11/2026");
	assert_string_equal(date_err("2024-02-30"),
	    "no such day in that month");
	assert_string_equal(date_err("2023-02-29"),
	    "no such day in that month");
	assert_string_equal(date_err("1900-02-29"),
	    "no such day in that month");
	assert_int_equal(day_of("2000-02-29"), day_of("2000-02-28") + 1);
	assert_string_equal(date_err("2026-13-01"), "no such month");
	assert_string_equal(date_err("2026-00-10"), "no such month");
	assert_string_equal(date_err("2026-1-5"),
	    "not a date in the form YYYY-MM-DD");
	assert_string_equal(date_err("26/11/2026"),
	    "not a date in the form YYYY-MM-DD");
	assert_string_equal(date_err("2026-11-26 "),
	    "not a date in the form YYYY-MM-DD");
	assert_string_equal(date_err(""), "not a date in the form YYYY-MM-DD");
	assert_string_equal(date_err("0999-01-01"), "year out of range");
}

static void
date__day_numbers__round_trip_every_day_of_four_centuries(void **state)
{
	int32_t d, first = day_of("1900-01-01"), last = day_of("2300-12-31");
	int y, m, md, py = 1899, pm = 12, pmd = 31;
	int32_t back;

	(void)state;
	for (d = first; d <= last; d++) {
		date_to_ymd(d, &y, &m, &md);
		assert_int_equal(date_from_ymd(y, m, md, &back), 0);
		assert_int_equal(back, d);
		/* consecutive days are consecutive dates */
		if (md == 1)
			assert_int_equal(pmd, date_days_in_month(py, pm));
		else
			assert_int_equal(md, pmd + 1);
		py = y, pm = m, pmd = md;
	}
}

static void
date__weekday_and_iso_week__known_dates(void **state)
{
	int y, w;

	(void)state;
	assert_int_equal(date_weekday(day_of("2026-11-26")), 4);	/* Thu */
	assert_int_equal(date_weekday(day_of("1970-01-01")), 4);
	assert_int_equal(date_weekday(day_of("1969-12-28")), 7);
	assert_int_equal(date_weekday(day_of("2024-02-29")), 4);
	date_iso_week(day_of("2026-01-01"), &y, &w);
	assert_int_equal(y, 2026);
	assert_int_equal(w, 1);
	date_iso_week(day_of("2027-01-01"), &y, &w);
	assert_int_equal(y, 2026);
	assert_int_equal(w, 53);
	date_iso_week(day_of("2021-01-03"), &y, &w);
	assert_int_equal(y, 2020);
	assert_int_equal(w, 53);
	date_iso_week(day_of("2024-12-30"), &y, &w);
	assert_int_equal(y, 2025);
	assert_int_equal(w, 1);
	date_iso_week(day_of("2026-11-26"), &y, &w);
	assert_int_equal(w, 48);
}

static void
date__add_months__clamps_to_month_end(void **state)
{
	char b[DATE_BUFSZ];

	(void)state;
	assert_string_equal(date_format(b, date_add_months(
	    day_of("2024-01-31"), 1)), "2024-02-29");
	assert_string_equal(date_format(b, date_add_months(
	    day_of("2023-01-31"), 1)), "2023-02-28");
	assert_string_equal(date_format(b, date_add_months(
	    day_of("2024-03-31"), -1)), "2024-02-29");
	assert_string_equal(date_format(b, date_add_months(
	    day_of("2024-12-15"), 1)), "2025-01-15");
	assert_string_equal(date_format(b, date_add_months(
	    day_of("2025-01-15"), -13)), "2023-12-15");
	assert_string_equal(date_format(b, date_month_first(
	    day_of("2024-02-17"))), "2024-02-01");
	assert_string_equal(date_format(b, date_month_last(
	    day_of("2024-02-17"))), "2024-02-29");
	assert_int_equal(date_days_in_month(2026, 4), 30);
	assert_int_equal(date_days_in_month(2026, 13), 0);
}

static void
date__easter__published_dates(void **state)
{
	static const char *const easter[] = {
		"1818-03-22", "1943-04-25", "2000-04-23", "2019-04-21",
		"2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28",
		"2038-04-25", "2285-03-22",
	};
	char b[DATE_BUFSZ];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof easter / sizeof easter[0]; i++) {
		int year = (easter[i][0] - '0') * 1000 +
		    (easter[i][1] - '0') * 100 + (easter[i][2] - '0') * 10 +
		    (easter[i][3] - '0');

		assert_string_equal(date_format(b, date_easter(year)),
		    easter[i]);
		assert_int_equal(date_weekday(date_easter(year)), 7);
	}
}

static int
holiday(const char *s, unsigned flags, const char **name)
{
	return date_holiday_fr(day_of(s), flags, name);
}

static void
date__holidays_fr__2025_and_2026(void **state)
{
	static const char *const h2026[] = {
		"2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08",
		"2026-05-14", "2026-05-25", "2026-07-14", "2026-08-15",
		"2026-11-01", "2026-11-11", "2026-12-25",
	};
	const char *name = NULL;
	int32_t d, n = 0;

	(void)state;
	assert_true(holiday("2025-04-21", 0, &name));
	assert_string_equal(name, "Lundi de Pâques");
	assert_true(holiday("2025-05-29", 0, &name));
	assert_string_equal(name, "Ascension");
	assert_true(holiday("2025-06-09", 0, &name));
	assert_string_equal(name, "Lundi de Pentecôte");
	assert_true(holiday("2026-07-14", 0, &name));
	assert_string_equal(name, "Fête nationale");
	assert_false(holiday("2026-04-05", 0, NULL));	/* Easter Sunday */
	assert_false(holiday("2026-04-03", 0, NULL));	/* Good Friday */
	assert_false(holiday("2026-12-26", 0, NULL));
	/* Alsace-Moselle adds Good Friday and 26 December */
	assert_true(holiday("2026-04-03", HOLIDAY_ALSACE_MOSELLE, &name));
	assert_string_equal(name, "Vendredi saint");
	assert_true(holiday("2026-12-26", HOLIDAY_ALSACE_MOSELLE, &name));
	/* exactly eleven in 2026, the ones listed */
	for (d = day_of("2026-01-01"); d <= day_of("2026-12-31"); d++)
		n += date_holiday_fr(d, 0, NULL);
	assert_int_equal(n, 11);
	for (d = 0; d < 11; d++)
		assert_true(holiday(h2026[d], 0, NULL));
}

static void
date__french_names(void **state)
{
	(void)state;
	assert_string_equal(date_month_name_fr(2), "février");
	assert_string_equal(date_month_name_fr(12), "décembre");
	assert_string_equal(date_weekday_name_fr(7), "dimanche");
}

static void
time__parse_format_and_span(void **state)
{
	int m = -1;
	char b[TIME_BUFSZ];
	const char *why;

	(void)state;
	assert_int_equal(time_parse("08:30", &m, &why), 0);
	assert_int_equal(m, 510);
	assert_int_equal(time_parse("00:00", &m, &why), 0);
	assert_int_equal(m, 0);
	assert_int_equal(time_parse("24:00", &m, &why), 0);
	assert_int_equal(m, 1440);
	assert_int_equal(time_parse("24:01", &m, &why), -1);
	assert_int_equal(time_parse("23:60", &m, &why), -1);
	assert_string_equal(why, "no such time of day");
	assert_int_equal(time_parse("8:30", &m, &why), -1);
	assert_string_equal(why, "not a time in the form HH:MM");
	assert_int_equal(time_parse("08h30", &m, &why), -1);
	assert_string_equal(time_format(b, 510), "08:30");
	assert_string_equal(time_format(b, 1530), "25:30");
	assert_string_equal(time_format(b, -90), "-01:30");
	assert_int_equal(time_span(480, 1140), 660);
	assert_int_equal(time_span(1320, 120), 240);	/* 22:00 -> 02:00 */
	assert_int_equal(time_span(480, 480), 1440);
	assert_int_equal(time_span(1320, 1440), 120);	/* 22:00 -> 24:00 */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(date__parse__strict_form_and_real_days),
		cmocka_unit_test(
		    date__day_numbers__round_trip_every_day_of_four_centuries),
		cmocka_unit_test(date__weekday_and_iso_week__known_dates),
		cmocka_unit_test(date__add_months__clamps_to_month_end),
		cmocka_unit_test(date__easter__published_dates),
		cmocka_unit_test(date__holidays_fr__2025_and_2026),
		cmocka_unit_test(date__french_names),
		cmocka_unit_test(time__parse_format_and_span),
	};

	return RUN(tests);
}
