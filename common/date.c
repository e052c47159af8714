/*
 * date.c: the proleptic Gregorian calendar on day numbers, Easter, and the
 * French public holidays.
 *
 * Day numbers follow H. Hinnant, "chrono-Compatible Low-Level Date
 * Algorithms" (days_from_civil / civil_from_days): eras of 400 years, with
 * the year starting in March so that the leap day comes last.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "date.h"

static int
fail(const char **why, const char *msg)
{
	if (why != NULL)
		*why = msg;
	return -1;
}

int
date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_days_in_month(int y, int m)
{
	static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_is_leap(y) ? 29 : len[m - 1];
}

static int32_t
days_from_civil(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int
date_from_ymd(int y, int m, int d, int32_t *day)
{
	if (y < 1000 || y > 9999 || d < 1 || d > date_days_in_month(y, m))
		return -1;
	*day = days_from_civil(y, m, d);
	return 0;
}

void
date_to_ymd(int32_t z, int *y, int *m, int *d)
{
	int era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

static int
digits(const char *s, int n, int *v)
{
	int i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

int
date_parse_n(const char *s, size_t len, int32_t *day, const char **why)
{
	int y, m, d;

	if (len != 10 || s[4] != '-' || s[7] != '-' || digits(s, 4, &y) < 0 ||
	    digits(s + 5, 2, &m) < 0 || digits(s + 8, 2, &d) < 0)
		return fail(why, "not a date in the form YYYY-MM-DD");
	if (y < 1000)
		return fail(why, "year out of range");
	if (m < 1 || m > 12)
		return fail(why, "no such month");
	if (d < 1 || d > date_days_in_month(y, m))
		return fail(why, "no such day in that month");
	*day = days_from_civil(y, m, d);
	return 0;
}

int
date_parse(const char *s, int32_t *day, const char **why)
{
	return date_parse_n(s, strlen(s), day, why);
}

char *
date_format(char buf[DATE_BUFSZ], int32_t day)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	snprintf(buf, DATE_BUFSZ, "%04d-%02d-%02d", y, m, d);
	return buf;
}

char *
date_format_fr(char buf[DATE_BUFSZ], int32_t day)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	snprintf(buf, DATE_BUFSZ, "%02d/%02d/%04d", d, m, y);
	return buf;
}

int32_t
date_today(void)
{
	time_t t = time(NULL);
	struct tm tm;

	localtime_r(&t, &tm);
	return days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

int
date_weekday(int32_t day)
{
	/* 1970-01-01 was a Thursday (ISO 4). */
	int w = (int)((day % 7 + 7 + 3) % 7);

	return w + 1;
}

void
date_iso_week(int32_t day, int *iso_year, int *week)
{
	/* ISO 8601: the week belongs to the year of its Thursday. */
	int32_t thursday = day - date_weekday(day) + 4, jan1;
	int y, m, d;

	date_to_ymd(thursday, &y, &m, &d);
	jan1 = days_from_civil(y, 1, 1);
	*iso_year = y;
	*week = (thursday - jan1) / 7 + 1;
}

int32_t
date_add_months(int32_t day, int months)
{
	int y, m, d, n, dim;

	date_to_ymd(day, &y, &m, &d);
	n = y * 12 + (m - 1) + months;
	y = n / 12;
	m = n % 12 + 1;
	dim = date_days_in_month(y, m);
	return days_from_civil(y, m, d > dim ? dim : d);
}

int32_t
date_month_first(int32_t day)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	return day - (d - 1);
}

int32_t
date_month_last(int32_t day)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	return day + (date_days_in_month(y, m) - d);
}

int32_t
date_easter(int year)
{
	/* Anonymous Gregorian algorithm (Meeus/Jones/Butcher), J. Meeus,
	 * "Astronomical Algorithms", 2nd ed., chapter 8. */
	int a = year % 19, b = year / 100, c = year % 100;
	int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31;
	int mday = (h + l - 7 * m + 114) % 31 + 1;

	return days_from_civil(year, month, mday);
}

/* Code du travail art. L3133-1: the eleven public holidays; art. L3134-13
 * adds Good Friday (where there is a Protestant church) and 26 December in
 * Bas-Rhin, Haut-Rhin and Moselle. */
static const struct {
	int month, mday;
	const char *name;
} fixed_holidays[] = {
	{1, 1, "Jour de l'an"},
	{5, 1, "Fête du Travail"},
	{5, 8, "Victoire 1945"},
	{7, 14, "Fête nationale"},
	{8, 15, "Assomption"},
	{11, 1, "Toussaint"},
	{11, 11, "Armistice 1918"},
	{12, 25, "Noël"},
};

static const struct {
	int offset;		/* days after Easter Sunday */
	int alsace_only;
	const char *name;
} easter_holidays[] = {
	{-2, 1, "Vendredi saint"},
	{1, 0, "Lundi de Pâques"},
	{39, 0, "Ascension"},
	{50, 0, "Lundi de Pentecôte"},
};

int
date_holiday_fr(int32_t day, unsigned flags, const char **name)
{
	int y, m, d;
	int32_t easter;
	size_t i;

	date_to_ymd(day, &y, &m, &d);
	for (i = 0; i < sizeof fixed_holidays / sizeof fixed_holidays[0]; i++)
		if (fixed_holidays[i].month == m && fixed_holidays[i].mday == d)
			goto found_fixed;
	if ((flags & HOLIDAY_ALSACE_MOSELLE) && m == 12 && d == 26) {
		if (name != NULL)
			*name = "Saint-Étienne";
		return 1;
	}
	easter = date_easter(y);
	for (i = 0; i < sizeof easter_holidays / sizeof easter_holidays[0]; i++)
		if (day == easter + easter_holidays[i].offset &&
		    (!easter_holidays[i].alsace_only ||
		    (flags & HOLIDAY_ALSACE_MOSELLE))) {
			if (name != NULL)
				*name = easter_holidays[i].name;
			return 1;
		}
	return 0;
found_fixed:
	if (name != NULL)
		*name = fixed_holidays[i].name;
	return 1;
}

const char *
date_month_name_fr(int month)
{
	static const char *const names[] = {
		"janvier", "février", "mars", "avril", "mai", "juin",
		"juillet", "août", "septembre", "octobre", "novembre",
		"décembre"
	};

	return month >= 1 && month <= 12 ? names[month - 1] : "?";
}

const char *
date_weekday_name_fr(int weekday)
{
	static const char *const names[] = {
		"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
		"dimanche"
	};

	return weekday >= 1 && weekday <= 7 ? names[weekday - 1] : "?";
}

int
time_parse_n(const char *s, size_t len, int *minutes, const char **why)
{
	int h, m;

	if (len != 5 || s[2] != ':' || digits(s, 2, &h) < 0 ||
	    digits(s + 3, 2, &m) < 0)
		return fail(why, "not a time in the form HH:MM");
	if (m > 59 || h > 24 || (h == 24 && m != 0))
		return fail(why, "no such time of day");
	*minutes = h * 60 + m;
	return 0;
}

int
time_parse(const char *s, int *minutes, const char **why)
{
	return time_parse_n(s, strlen(s), minutes, why);
}

char *
time_format(char buf[TIME_BUFSZ], int minutes)
{
	const char *sign = minutes < 0 ? "-" : "";

	if (minutes < 0)
		minutes = -minutes;
	snprintf(buf, TIME_BUFSZ, "%s%02d:%02d", sign, minutes / 60,
	    minutes % 60);
	return buf;
}

int
time_span(int start, int end)
{
	return end > start ? end - start : end + 1440 - start;
}
