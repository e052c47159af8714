/*
 * tz.c: time zones through the C library. Switching zones means setting
 * TZ and calling tzset (POSIX); the zone names are checked against the
 * database's files first, because glibc silently reads an unknown zone
 * as UTC.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "date.h"
#include "tz.h"
#include "xalloc.h"

#define KNOWN_MAX 64

static struct {
	int saved;		/* the first switch saved the caller's TZ */
	char *orig;		/* TZ as found, NULL when unset */
	char *user;		/* the user's zone, NULL: orig */
	char *current;		/* the zone TZ holds now, NULL: orig */
	char *known[KNOWN_MAX];	/* zones found good, not to open again */
	size_t nknown;
} tz;

static int
name_ok(const char *z)
{
	const char *p;

	if (*z == '\0' || *z == '/' || strncmp(z, "right/", 6) == 0 ||
	    strlen(z) > 200)
		return 0;
	for (p = z; *p != '\0'; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || strchr("/_+-.", *p) != NULL))
			return 0;
	return strstr(z, "..") == NULL && strstr(z, "/.") == NULL &&
	    *z != '.';
}

int
ft_tz_known(const char *zone)
{
	const char *dir = getenv("TZDIR");
	char *path, magic[4];
	FILE *f;
	size_t i;
	int ok;

	if (zone == NULL || !name_ok(zone))
		return 0;
	for (i = 0; i < tz.nknown; i++)
		if (strcmp(tz.known[i], zone) == 0)
			return 1;
	if (dir == NULL || *dir == '\0')
		dir = "/usr/share/zoneinfo";
	path = xasprintf("%s/%s", dir, zone);
	f = fopen(path, "rb");
	free(path);
	if (f == NULL)
		return 0;
	ok = fread(magic, 1, 4, f) == 4 && memcmp(magic, "TZif", 4) == 0;
	fclose(f);
	if (ok && tz.nknown < KNOWN_MAX)
		tz.known[tz.nknown++] = xstrdup(zone);
	return ok;
}

static void
save_orig(void)
{
	const char *e;

	if (tz.saved)
		return;
	tz.saved = 1;
	e = getenv("TZ");
	tz.orig = e != NULL ? xstrdup(e) : NULL;
	tz.current = tz.orig != NULL ? xstrdup(tz.orig) : NULL;
}

static int
same(const char *a, const char *b)
{
	return (a == NULL && b == NULL) ||
	    (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* Makes zone (NULL: the user's) the C library's current zone. */
static void
use_zone(const char *zone)
{
	save_orig();
	if (zone == NULL)
		zone = tz.user != NULL ? tz.user : tz.orig;
	if (same(zone, tz.current))
		return;
	free(tz.current);
	tz.current = zone != NULL ? xstrdup(zone) : NULL;
	if (zone != NULL)
		setenv("TZ", zone, 1);
	else
		unsetenv("TZ");
	tzset();
}

void
ft_tz_user(const char *zone)
{
	save_orig();
	free(tz.user);
	tz.user = zone != NULL ? xstrdup(zone) : NULL;
}

int64_t
ft_tz_utc(const char *zone, int32_t day, int minutes)
{
	struct tm tm;
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = minutes / 60;
	tm.tm_min = minutes % 60;
	tm.tm_isdst = -1;
	use_zone(zone);
	return (int64_t)mktime(&tm);
}

void
ft_tz_local(const char *zone, int64_t t, struct ft_wall *w)
{
	time_t tt = (time_t)t;
	struct tm tm;

	use_zone(zone);
	localtime_r(&tt, &tm);
	(void)date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
	    &w->day);
	w->minutes = tm.tm_hour * 60 + tm.tm_min;
	w->seconds = tm.tm_sec;
	w->offset = tm.tm_gmtoff;
	w->isdst = tm.tm_isdst > 0;
	snprintf(w->abbr, sizeof w->abbr, "%s",
	    tm.tm_zone != NULL ? tm.tm_zone : "");
}

void
ft_tz_restore(void)
{
	size_t i;

	for (i = 0; i < tz.nknown; i++)
		free(tz.known[i]);
	tz.nknown = 0;
	if (!tz.saved)
		return;
	if (tz.orig != NULL)
		setenv("TZ", tz.orig, 1);
	else
		unsetenv("TZ");
	tzset();
	free(tz.orig);
	free(tz.user);
	free(tz.current);
	tz.saved = 0;
	tz.orig = tz.user = tz.current = NULL;
}
