/*
 * ics.c: the iCalendar writer (RFC 5545). Section numbers below are the
 * RFC's.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "date.h"
#include "ics.h"
#include "money.h"
#include "tz.h"
#include "xalloc.h"

#define UID_DOMAIN "festival-track.cineprod"

/* Octets of the UTF-8 sequence that byte c starts (1 for a stray byte). */
static size_t
seq_len(unsigned char c)
{
	if (c >= 0xf0 && c < 0xf8)
		return 4;
	if (c >= 0xe0)
		return c < 0xf0 ? 3 : 1;
	if (c >= 0xc0)
		return 2;
	return 1;
}

/* §3.1: a line longer than 75 octets is split by CRLF and one space; the
 * space counts in the next line's 75. */
void
ft_ics_fold(FILE *f, const char *line, size_t len)
{
	size_t i = 0, used = 0, n;

	while (i < len) {
		n = seq_len((unsigned char)line[i]);
		if (n > len - i)
			n = len - i;
		if (used + n > FT_ICS_LINE) {
			fputs("\r\n ", f);
			used = 1;
		}
		fwrite(line + i, 1, n, f);
		used += n;
		i += n;
	}
	fputs("\r\n", f);
}

/* §3.3.11: backslash, semicolon, comma and newline are escaped; other
 * control characters have no place in TEXT and are dropped. */
void
ft_ics_text(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\' || *s == ';' || *s == ',') {
			buf_addc(b, '\\');
			buf_addc(b, *s);
		} else if (*s == '\n')
			buf_add(b, "\\n", 2);
		else if ((unsigned char)*s >= 0x20 && *s != 0x7f)
			buf_addc(b, *s);
	}
}

static void
put(FILE *f, struct buf *b)
{
	ft_ics_fold(f, buf_str(b), b->len);
	buf_clear(b);
}

/* §3.3.5: local time "20270222T120000". */
static void
add_local(struct buf *b, int32_t day, int minutes, int seconds)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	buf_addf(b, "%04d%02d%02dT%02d%02d%02d", y, m, d, minutes / 60,
	    minutes % 60, seconds);
}

static void
add_utc(struct buf *b, int64_t t)
{
	time_t tt = (time_t)t;
	struct tm tm;

	gmtime_r(&tt, &tm);
	buf_addf(b, "%04d%02d%02dT%02d%02d%02dZ", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

static void
add_date(struct buf *b, int32_t day)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	buf_addf(b, "%04d%02d%02d", y, m, d);
}

/* §3.3.14 UTC-OFFSET: "+0100", "-0800", "+0530". */
static void
add_offset(struct buf *b, long off)
{
	long a = off < 0 ? -off : off;

	buf_addf(b, "%c%02ld%02ld", off < 0 ? '-' : '+', a / 3600,
	    a / 60 % 60);
	if (a % 60 != 0)
		buf_addf(b, "%02ld", a % 60);
}

/* --- VTIMEZONE (§3.6.5), from the system database ------------------------- */

static int64_t
floor_div(int64_t a, int64_t b)
{
	return a / b - (a % b != 0 && a < 0);
}

static int64_t
floor_mod(int64_t a, int64_t b)
{
	return a - floor_div(a, b) * b;
}

static int
same_rule(const struct ft_wall *a, const struct ft_wall *b)
{
	return a->offset == b->offset && a->isdst == b->isdst &&
	    strcmp(a->abbr, b->abbr) == 0;
}

/* One STANDARD or DAYLIGHT part: in force from UTC second t, when the
 * clock showed before's rule. */
static void
tz_part(FILE *f, struct buf *b, const char *zone, int64_t t,
    const struct ft_wall *before)
{
	struct ft_wall now;
	const char *kind;
	int64_t wall;

	ft_tz_local(zone, t, &now);
	kind = now.isdst ? "DAYLIGHT" : "STANDARD";
	buf_addf(b, "BEGIN:%s", kind);
	put(f, b);
	/* The onset in the local time of the rule it ends (§3.6.5). */
	wall = t + before->offset;
	buf_adds(b, "DTSTART:");
	add_local(b, (int32_t)floor_div(wall, 86400),
	    (int)(floor_mod(wall, 86400) / 60), (int)(floor_mod(wall, 60)));
	put(f, b);
	buf_adds(b, "TZOFFSETFROM:");
	add_offset(b, before->offset);
	put(f, b);
	buf_adds(b, "TZOFFSETTO:");
	add_offset(b, now.offset);
	put(f, b);
	if (now.abbr[0] != '\0') {
		buf_adds(b, "TZNAME:");
		ft_ics_text(b, now.abbr);
		put(f, b);
	}
	buf_addf(b, "END:%s", kind);
	put(f, b);
}

/* The first second in (lo, hi] whose rule differs from lo's. */
static int64_t
transition(const char *zone, int64_t lo, int64_t hi)
{
	struct ft_wall a, m;
	int64_t mid;

	ft_tz_local(zone, lo, &a);
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		ft_tz_local(zone, mid, &m);
		if (same_rule(&a, &m))
			lo = mid;
		else
			hi = mid;
	}
	return hi;
}

/* The zone's rules from from to to (UTC seconds): its state at from,
 * then each change, found day by day and narrowed to the second. */
static void
vtimezone(FILE *f, struct buf *b, const char *zone, int64_t from,
    int64_t to)
{
	struct ft_wall w, next;
	int64_t t, at;

	buf_adds(b, "BEGIN:VTIMEZONE");
	put(f, b);
	buf_adds(b, "TZID:");
	buf_adds(b, zone);
	put(f, b);
	ft_tz_local(zone, from, &w);
	tz_part(f, b, zone, from, &w);
	for (t = from; t < to; t += 86400) {
		ft_tz_local(zone, t + 86400, &next);
		if (same_rule(&w, &next))
			continue;
		at = transition(zone, t, t + 86400);
		tz_part(f, b, zone, at, &w);
		ft_tz_local(zone, at, &w);
	}
	buf_adds(b, "END:VTIMEZONE");
	put(f, b);
}

static int
timed(const struct ft_due *u)
{
	return u->dl->minutes != FT_END_OF_DAY;
}

/* The UTC second of 1 January of the year of t, plus years. */
static int64_t
new_year(int64_t t, int years)
{
	int32_t day;
	int y, m, d;

	date_to_ymd((int32_t)(t / 86400), &y, &m, &d);
	(void)date_from_ymd(y + years, 1, 1, &day);
	return (int64_t)day * 86400;
}

static int
by_zone(const void *pa, const void *pb)
{
	const struct ft_due *a = *(const struct ft_due *const *)pa;
	const struct ft_due *b = *(const struct ft_due *const *)pb;

	return strcmp(a->dl->tz, b->dl->tz);
}

/* One VTIMEZONE per zone a timed event uses, from the year before its
 * first event to the year after its last. */
static void
vtimezones(FILE *f, struct buf *b, const struct ft_due *v, size_t n)
{
	const struct ft_due **t = xcalloc(n + 1, sizeof *t);
	size_t i, j, nt = 0;
	int64_t lo, hi;

	for (i = 0; i < n; i++)
		if (timed(&v[i]))
			t[nt++] = &v[i];
	if (nt > 0)
		qsort(t, nt, sizeof *t, by_zone);
	for (i = 0; i < nt; i = j) {
		lo = hi = t[i]->close;
		for (j = i; j < nt && strcmp(t[j]->dl->tz, t[i]->dl->tz) == 0;
		    j++) {
			lo = t[j]->close < lo ? t[j]->close : lo;
			hi = t[j]->close > hi ? t[j]->close : hi;
		}
		vtimezone(f, b, t[i]->dl->tz, new_year(lo, -1),
		    new_year(hi, 2));
	}
	free(t);
}

/* --- events --------------------------------------------------------------- */

static void
add_id(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++)
		buf_addc(b, (*s >= 'a' && *s <= 'z') || (*s >= 'A' &&
		    *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		    strchr("-_+.", *s) != NULL ? *s : '-');
}

/* §3.8.4.7: the same film, festival, edition, tier and sections give the
 * same UID, so that a calendar updates the event on a new import. */
static void
add_uid(struct buf *b, const struct ft_ctx *c, const struct ft_due *u)
{
	size_t i;

	buf_adds(b, "UID:");
	add_id(b, c->film->id);
	buf_addc(b, '.');
	add_id(b, u->fest->id);
	buf_addf(b, ".%d.", u->ed->year);
	add_id(b, u->dl->tier);
	for (i = 0; i < u->dl->nsections; i++) {
		buf_addc(b, i ? '+' : '.');
		add_id(b, u->dl->sections[i]);
	}
	buf_adds(b, "@" UID_DOMAIN);
}

static void
fee_text(struct buf *b, const struct ft_due *u)
{
	char m[MONEY_BUFSZ];

	if (u->has_fee)
		buf_addf(b, "%s %s", money_format(m, u->fee),
		    u->fest->currency);
	else
		buf_adds(b, "fee unknown");
}

static void
add_summary(struct buf *b, const struct ft_due *u)
{
	struct buf t = BUF_INIT;

	buf_addf(&t, "Deadline%s: %s %d, %s (%s, ", u->dl->from_year ?
	    " (estimated)" : "", u->fest->name, u->ed->year,
	    buf_str(&u->sections), u->dl->tier);
	fee_text(&t, u);
	buf_addc(&t, ')');
	buf_adds(b, "SUMMARY:");
	ft_ics_text(b, buf_str(&t));
	buf_free(&t);
}

static void
closes_text(struct buf *t, const struct ft_due *u)
{
	char d[DATE_BUFSZ], h[TIME_BUFSZ];

	buf_addf(t, "Closes: %s %s %s\n", date_format(d, u->dl->day),
	    time_format(h, u->dl->minutes), u->dl->tz);
	buf_addf(t, "Your time: %s %s\n", date_format(d, u->local_day),
	    time_format(h, u->local_minutes));
}

static void
add_description(struct buf *b, const struct ft_ctx *c, const struct ft_due *u)
{
	struct buf t = BUF_INIT;
	char d[DATE_BUFSZ];

	buf_addf(&t, "Film: %s\nSections: %s\nTier: %s\n", c->film->title,
	    buf_str(&u->sections), u->dl->tier);
	closes_text(&t, u);
	buf_adds(&t, "Fee: ");
	fee_text(&t, u);
	buf_addc(&t, '\n');
	if (u->dl->from_year)
		buf_addf(&t, "Estimated from the %d edition: check the "
		    "festival's regulations.\n", u->dl->from_year);
	if (u->verdict == FT_MAYBE)
		buf_adds(&t, "Eligibility to check: see festival-track "
		    "eligible.\n");
	if (u->fest->platform != NULL)
		buf_addf(&t, "Platform: %s\n", u->fest->platform);
	buf_addf(&t, "Source: %s (checked %s%s%s)", u->dl->source,
	    date_format(d, u->dl->checked), u->dl->confidence ? ", " : "",
	    u->dl->confidence ? u->dl->confidence : "");
	buf_adds(b, "DESCRIPTION:");
	ft_ics_text(b, buf_str(&t));
	buf_free(&t);
}

static void
add_start(FILE *f, struct buf *b, const struct ft_due *u)
{
	if (timed(u)) {
		/* §3.8.2.4 with a TZID: the festival's own clock. */
		buf_addf(b, "DTSTART;TZID=%s:", u->dl->tz);
		add_local(b, u->dl->day, u->dl->minutes, 0);
		put(f, b);
		return;
	}
	/* §3.6.1: an all-day event; DTEND is exclusive. */
	buf_adds(b, "DTSTART;VALUE=DATE:");
	add_date(b, u->dl->day);
	put(f, b);
	buf_adds(b, "DTEND;VALUE=DATE:");
	add_date(b, u->dl->day + 1);
	put(f, b);
}

/* §3.6.6: a display alarm days before the start (the day's 00:00 for an
 * all-day event). */
static void
add_alarm(FILE *f, struct buf *b, const struct ft_due *u, int days)
{
	buf_adds(b, "BEGIN:VALARM");
	put(f, b);
	buf_adds(b, "ACTION:DISPLAY");
	put(f, b);
	buf_adds(b, "DESCRIPTION:");
	ft_ics_text(b, u->fest->name);
	if (days == 0)
		buf_adds(b, " deadline today");
	else
		buf_addf(b, " deadline in %d day%s", days, days > 1 ? "s" : "");
	put(f, b);
	buf_addf(b, days ? "TRIGGER:-P%dD" : "TRIGGER:PT0S", days);
	put(f, b);
	buf_adds(b, "END:VALARM");
	put(f, b);
}

static void
event(FILE *f, struct buf *b, const struct ft_ctx *c, const struct ft_due *u,
    const int *alarms, size_t nalarms)
{
	int y, m, d;
	size_t i;

	buf_adds(b, "BEGIN:VEVENT");
	put(f, b);
	add_uid(b, c, u);
	put(f, b);
	buf_adds(b, "DTSTAMP:");
	add_utc(b, c->now);
	put(f, b);
	/* §3.8.7.4: a later check of the deadline is a later version. */
	date_to_ymd(u->dl->checked, &y, &m, &d);
	buf_addf(b, "SEQUENCE:%d%02d%02d", y, m, d);
	put(f, b);
	add_start(f, b, u);
	add_summary(b, u);
	put(f, b);
	add_description(b, c, u);
	put(f, b);
	if (u->fest->url != NULL) {
		buf_addf(b, "URL:%s", u->fest->url);
		put(f, b);
	}
	buf_adds(b, u->dl->from_year ? "STATUS:TENTATIVE" :
	    "STATUS:CONFIRMED");
	put(f, b);
	buf_adds(b, "TRANSP:TRANSPARENT");
	put(f, b);
	for (i = 0; i < nalarms; i++)
		add_alarm(f, b, u, alarms[i]);
	buf_adds(b, "END:VEVENT");
	put(f, b);
}

void
ft_ics_write(FILE *f, const struct ft_ctx *c, const struct ft_due *v,
    size_t n, const int *alarms, size_t nalarms)
{
	struct buf b = BUF_INIT;
	size_t i;

	/* §3.4, §3.7.3, §3.7.4: PRODID and VERSION once each. */
	buf_adds(&b, "BEGIN:VCALENDAR");
	put(f, &b);
	buf_adds(&b, "VERSION:2.0");
	put(f, &b);
	buf_adds(&b, "PRODID:-//cineprod//festival-track//EN");
	put(f, &b);
	buf_adds(&b, "CALSCALE:GREGORIAN");
	put(f, &b);
	buf_adds(&b, "X-WR-CALNAME:");
	ft_ics_text(&b, c->film->title);
	buf_adds(&b, ": festival deadlines");
	put(f, &b);
	vtimezones(f, &b, v, n);
	for (i = 0; i < n; i++)
		event(f, &b, c, &v[i], alarms, nalarms);
	buf_adds(&b, "END:VCALENDAR");
	put(f, &b);
	buf_free(&b);
}
