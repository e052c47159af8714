/*
 * paygrid.h: a collective agreement's pay rules as dated data (format
 * paygrid(5)): the minimum per function, the reference week, overtime
 * bands, the day engagement, night windows by season, Sunday and
 * public-holiday premiums, the cap on cumulated premiums, and the
 * artists' premiums. One file per agreement and year, in
 * share/payroll/idccNNNN-YEAR.yaml.
 */
#ifndef PAYSLIP_PAYGRID_H
#define PAYSLIP_PAYGRID_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "money.h"
#include "people.h"

#define PAYGRID_MAX_BANDS 8
#define PAYGRID_MAX_WINDOWS 4
#define PAYGRID_MAX_HOLIDAYS 16

/* From the end of the after-th minute on, the majoration is maj. */
struct payband {
	int after;			/* minutes */
	rate_t maj;
};

struct paybands {
	struct payband b[PAYGRID_MAX_BANDS];
	size_t n;
};

/* Night hours from start to end (minutes of the day; end <= start runs
 * past midnight) on days from from_md to to_md (month * 100 + day,
 * wrapping over the new year). */
struct night_window {
	int from_md, to_md;
	int start, end;
};

struct holiday_rate {
	const char *name;		/* as date_holiday_fr names it */
	rate_t maj;
};

struct payrules {
	rate_t week_divisor;		/* weekly rate / divisor = hourly */
	struct paybands overtime;	/* by minute of the week */
	struct payband long_day;	/* after = -1: none */
	int day_hours;			/* minutes the day rate pays */
	struct paybands day;		/* by minute of the day */
	struct night_window windows[PAYGRID_MAX_WINDOWS];
	size_t nwindows;
	struct paybands night;		/* by night minute of a shift */
	rate_t sunday;
	rate_t holiday;			/* every holiday but the exceptions */
	struct holiday_rate except[PAYGRID_MAX_HOLIDAYS];
	size_t nexcept;
	rate_t cap;			/* 0: premiums are not capped */
	int short_films_minima;		/* the minima apply to short films */
	/* artists (cachets): premiums on a reference hourly wage, a
	 * multiple of the cachet minimum's hourly share that depends on the
	 * cachet (up to upto minima: factor) */
	int cachet_hours;		/* minutes a cachet minimum pays */
	struct {
		rate_t upto, factor;
	} reference[PAYGRID_MAX_BANDS];
	size_t nreference;
	struct paybands artist_night;
	rate_t artist_sunday, artist_holiday;
};

struct payfunction {
	const char *name;		/* the first of its names */
	enum person_kind kind;
	int64_t weekly, hourly, daily, cachet;	/* cents; 0 unknown */
	int is_default;			/* the artists' default function */
	const char *confidence;
	struct srcpos pos;
};

struct paygrid {
	struct ydoc *doc;
	char *path;
	int idcc;
	const char *title;
	int32_t from, to;
	struct payrules rules;
	struct payfunction *functions;
	size_t nfunctions;
	const char ***names;		/* per function, NULL-terminated,
					   folded to upper-case ASCII */
};

/* Loads a grid file; NULL after messages counted in d. */
struct paygrid *paygrid_load(const char *path, struct diag *d);
/* The same from len bytes of text, named name in messages. */
struct paygrid *paygrid_load_mem(const char *name, const char *text,
    size_t len, struct diag *d);
void paygrid_free(struct paygrid *g);
/* The function named name (case and accents ignored) for kind, or for an
 * artist with name NULL the default one; NULL when there is none. */
const struct payfunction *paygrid_function(const struct paygrid *g,
    const char *name, enum person_kind kind);
/* The grid of day's year among grids[i] of years[i], or NULL. */
const struct paygrid *paygrid_for_day(const struct paygrid *const *grids,
    const int *years, size_t n, int32_t day);
/* The majoration for a holiday named name. */
rate_t paygrid_holiday(const struct payrules *r, const char *name);
/* 1 when minute (0..1439) of day is a night minute. */
int paygrid_is_night(const struct payrules *r, int32_t day, int minute);
/* The majoration of the band that minute falls in (0 before the first). */
rate_t paybands_at(const struct paybands *b, int minute);
/* The next band edge after minute, or INT32_MAX. */
int paybands_next(const struct paybands *b, int minute);

#endif
