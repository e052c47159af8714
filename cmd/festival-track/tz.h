/*
 * tz.h: deadlines in their own time zone, through the system's time zone
 * database (Debian's tzdata, /usr/share/zoneinfo or $TZDIR) and the C
 * library's mktime and localtime_r. A zone is an IANA name such as
 * America/Los_Angeles; the user's zone (where days left are counted) is
 * the one set by ft_tz_user, else TZ, else the system's.
 *
 * The C library keeps one current zone, so these functions switch TZ as
 * they go and are not for use from several threads.
 */
#ifndef CINEPROD_FT_TZ_H
#define CINEPROD_FT_TZ_H

#include <stdint.h>

/* A moment on a wall clock. */
struct ft_wall {
	int32_t day;		/* day number (date.h) */
	int minutes;		/* 0..1439 */
	int seconds;		/* 0..59 */
	long offset;		/* seconds east of UTC */
	int isdst;
	char abbr[16];		/* "CET", "PDT" */
};

/* 1 when zone names a zone file of the system database. */
int ft_tz_known(const char *zone);
/* Sets the user's zone: a known zone, or NULL for TZ or the system's. */
void ft_tz_user(const char *zone);
/* The UTC second of minutes after midnight of day in zone (NULL: the
 * user's); 1440 is the end of the day. A time that a clock change skips
 * is read as the C library's mktime reads it (moved forward). */
int64_t ft_tz_utc(const char *zone, int32_t day, int minutes);
/* The wall clock in zone (NULL: the user's) at UTC second t. */
void ft_tz_local(const char *zone, int64_t t, struct ft_wall *w);
/* Puts TZ back as it was before the first switch. */
void ft_tz_restore(void);

#endif
