/*
 * date.h: calendar dates as day numbers, times of day as minutes, and the
 * French public holidays.
 *
 * A date is an int32_t count of days since 1970-01-01 (negative before),
 * so that differences are plain subtraction. Text is strict YYYY-MM-DD
 * (years 1000 to 9999); 2024-02-30 is an error, not March 1st. Functions
 * that can fail return 0 on success and -1 on failure.
 */
#ifndef CINEPROD_DATE_H
#define CINEPROD_DATE_H

#include <stddef.h>
#include <stdint.h>

#define DATE_BUFSZ 16
#define TIME_BUFSZ 16

/* Flags for date_holiday_fr. */
enum {
	HOLIDAY_ALSACE_MOSELLE = 1	/* add Good Friday and 26 December */
};

int date_is_leap(int year);
/* 28 to 31; 0 for a month outside 1..12. */
int date_days_in_month(int year, int month);
/* -1 when the date does not exist. */
int date_from_ymd(int year, int month, int mday, int32_t *day);
void date_to_ymd(int32_t day, int *year, int *month, int *mday);

/* Strict YYYY-MM-DD; *why is set to a static message on failure. */
int date_parse(const char *s, int32_t *day, const char **why);
int date_parse_n(const char *s, size_t len, int32_t *day, const char **why);
/* "2026-11-26" */
char *date_format(char buf[DATE_BUFSZ], int32_t day);
/* "26/11/2026", the French written form. */
char *date_format_fr(char buf[DATE_BUFSZ], int32_t day);
/* Today in local time. */
int32_t date_today(void);

/* ISO weekday: 1 Monday .. 7 Sunday. */
int date_weekday(int32_t day);
/* ISO 8601 week and the year it belongs to (2026-01-01 is 2026-W01). */
void date_iso_week(int32_t day, int *iso_year, int *week);
/* Adds months, keeping the day of month or clamping it to the month's last
 * day (2024-01-31 + 1 month = 2024-02-29). */
int32_t date_add_months(int32_t day, int months);
int32_t date_month_first(int32_t day);
int32_t date_month_last(int32_t day);

/* Easter Sunday (Gregorian calendar) of year. */
int32_t date_easter(int year);
/* 1 when day is a French public holiday (Code du travail L3133-1), with
 * *name set to its French name when name is not NULL; 0 otherwise. */
int date_holiday_fr(int32_t day, unsigned flags, const char **name);

/* French names: "janvier".."décembre" (month 1..12), "lundi".."dimanche"
 * (ISO weekday 1..7). */
const char *date_month_name_fr(int month);
const char *date_weekday_name_fr(int weekday);

/* Strict HH:MM from 00:00 to 23:59, and 24:00 (the end of a day), into
 * minutes after midnight. */
int time_parse(const char *s, int *minutes, const char **why);
int time_parse_n(const char *s, size_t len, int *minutes, const char **why);
/* "HH:MM"; hours past 24 are kept ("25:30") so it also prints durations. */
char *time_format(char buf[TIME_BUFSZ], int minutes);
/* Minutes from start to end, both in 0..1440; an end at or before the
 * start is on the next day (22:00 to 02:00 is 240). */
int time_span(int start, int end);

#endif
