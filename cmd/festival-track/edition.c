/*
 * edition.c: which edition of a festival is meant, and its deadlines.
 *
 * The seed database holds one edition of each festival as its regulations
 * published it. Festivals keep their month from year to year (festivals.md:
 * "month patterns are stable"), so an edition the database does not hold
 * is estimated from those it does hold, every date moved by whole years
 * (29 February becomes 28 February): the festival's dates from the nearest
 * edition that gives them, and each section's deadlines from the nearest
 * edition that has deadlines for it (the research behind the seed did not
 * always find both in one edition). An estimated edition and each of its
 * deadlines say where they come from, so that reports flag them.
 */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "ft.h"
#include "tz.h"
#include "xalloc.h"

static int32_t
shift(int32_t day, int years)
{
	return day == FT_NO_DAY ? FT_NO_DAY : date_add_months(day, 12 * years);
}

struct near {
	const struct ft_edition *e;
	int dist;
};

static int
by_distance(const void *pa, const void *pb)
{
	const struct near *a = pa, *b = pb;

	if (a->dist != b->dist)
		return a->dist - b->dist;
	return b->e->year - a->e->year;	/* the later, checked more lately */
}

/* The known (not estimated) editions, the nearest to year first. */
static struct near *
nearest(const struct ft_festival *f, int year, size_t *n)
{
	struct near *v = xcalloc(f->neditions + 1, sizeof *v);
	size_t i;

	*n = 0;
	for (i = 0; i < f->neditions; i++)
		if (f->editions[i]->from_year == 0) {
			v[*n].e = f->editions[i];
			v[(*n)++].dist = abs(f->editions[i]->year - year);
		}
	qsort(v, *n, sizeof *v, by_distance);
	return v;
}

/* 1 when d is for a section that a nearer edition already covered. */
static int
covered(const struct ft_festival *f, const struct ft_deadline *d,
    const char *cov)
{
	size_t i;

	for (i = 0; i < f->nsections; i++)
		if (cov[i] && ft_deadline_for(d, f->sections[i].id))
			return 1;
	return 0;
}

/* The deadlines of year: for each section, those of the nearest known
 * edition that has deadlines for it, moved by whole years. */
static void
estimate_deadlines(const struct ft_festival *f, struct ft_edition *e,
    const struct near *v, size_t n)
{
	char *cov = xcalloc(f->nsections + 1, 1), *take;
	size_t i, k, s;

	for (i = 0; i < n; i++) {
		const struct ft_edition *src = v[i].e;

		take = xcalloc(src->ndeadlines + 1, 1);
		for (k = 0; k < src->ndeadlines; k++)
			take[k] = !covered(f, &src->deadlines[k], cov);
		for (k = 0; k < src->ndeadlines; k++) {
			struct ft_deadline d = src->deadlines[k];

			if (!take[k])
				continue;
			for (s = 0; s < f->nsections; s++)
				cov[s] |= ft_deadline_for(&d,
				    f->sections[s].id);
			d.day = shift(d.day, e->year - src->year);
			d.from_year = src->year;	/* lists shared */
			e->deadlines = xreallocarray(e->deadlines,
			    e->ndeadlines + 1, sizeof *e->deadlines);
			e->deadlines[e->ndeadlines++] = d;
		}
		free(take);
	}
	free(cov);
}

static struct ft_edition *
estimate(const struct ft_festival *f, int year)
{
	struct ft_edition *e;
	const struct ft_edition *src;
	struct near *v;
	size_t n, i;

	if ((v = nearest(f, year, &n)) == NULL || n == 0) {
		free(v);
		return NULL;
	}
	e = xcalloc(1, sizeof *e);
	e->year = year;
	e->from_year = v[0].e->year;
	e->at = v[0].e->at;
	e->start = e->end = e->notification = FT_NO_DAY;
	e->completed_after = FT_NO_DAY;
	for (i = 0; i < n && v[i].e->start == FT_NO_DAY; i++)
		;
	if (i < n) {
		src = v[i].e;
		e->start = shift(src->start, year - src->year);
		e->end = shift(src->end, year - src->year);
		e->notification = shift(src->notification, year - src->year);
	}
	for (i = 0; i < n && v[i].e->completed_after == FT_NO_DAY; i++)
		;
	if (i < n)
		e->completed_after = shift(v[i].e->completed_after,
		    year - v[i].e->year);
	estimate_deadlines(f, e, v, n);
	free(v);
	return e;
}

static int
by_year(const void *a, const void *b)
{
	const struct ft_edition *x = *(struct ft_edition *const *)a;
	const struct ft_edition *y = *(struct ft_edition *const *)b;

	return (x->year > y->year) - (x->year < y->year);
}

void
ft_editions_sort(struct ft_festival *f)
{
	if (f->neditions > 0)
		qsort(f->editions, f->neditions, sizeof *f->editions,
		    by_year);
}

const struct ft_edition *
ft_edition(struct ft_festival *f, int year)
{
	struct ft_edition *e;
	size_t i;

	for (i = 0; i < f->neditions; i++)
		if (f->editions[i]->year == year)
			return f->editions[i];
	if ((e = estimate(f, year)) == NULL)
		return NULL;
	xgrow(&f->editions, &f->capeditions, f->neditions + 1,
	    sizeof *f->editions);
	f->editions[f->neditions++] = e;
	ft_editions_sort(f);
	return e;
}

static int
year_of(int32_t day)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	return y;
}

int64_t
ft_deadline_close(const struct ft_deadline *d)
{
	return ft_tz_utc(d->tz, d->day, d->minutes);
}

static int
has_open_deadline(const struct ft_edition *e, int64_t now)
{
	size_t i;

	for (i = 0; i < e->ndeadlines; i++)
		if (ft_deadline_close(&e->deadlines[i]) > now)
			return 1;
	return 0;
}

const struct ft_edition *
ft_edition_next(struct ft_festival *f, int64_t now, int32_t today)
{
	const struct ft_edition *e;
	int y, y0 = year_of(today);

	for (y = y0 - 1; y <= y0 + 3; y++) {
		if ((e = ft_edition(f, y)) == NULL)
			return NULL;
		if (e->ndeadlines > 0) {
			if (has_open_deadline(e, now))
				return e;
		} else if (e->start != FT_NO_DAY ? e->start > today : y > y0)
			return e;
	}
	return NULL;
}

static int32_t
last_deadline(const struct ft_edition *e)
{
	int32_t last = FT_NO_DAY;
	size_t i;

	for (i = 0; i < e->ndeadlines; i++)
		if (e->deadlines[i].day > last)
			last = e->deadlines[i].day;
	return last;
}

const struct ft_edition *
ft_edition_after(struct ft_festival *f, int32_t day)
{
	const struct ft_edition *e;
	int y, y0 = year_of(day);

	for (y = y0 - 1; y <= y0 + 3; y++) {
		if ((e = ft_edition(f, y)) == NULL)
			return NULL;
		if (e->start != FT_NO_DAY) {
			if (e->start > day)
				return e;
		} else if (e->ndeadlines > 0) {
			if (last_deadline(e) >= day)
				return e;
		} else if (y > y0)
			return e;
	}
	return NULL;
}

int
ft_deadline_for(const struct ft_deadline *d, const char *id)
{
	size_t i;

	if (d->nsections == 0)
		return 1;
	for (i = 0; i < d->nsections; i++)
		if (strcmp(d->sections[i], id) == 0)
			return 1;
	return 0;
}

int
ft_film_home(const struct ft_film *film, const struct ft_festival *f)
{
	return f->country != NULL && film->ncountries > 0 &&
	    strcmp(film->countries[0], f->country) == 0;
}

static int
fee_matches(const struct ft_fee *fee, const struct ft_festival *f,
    const struct ft_film *film)
{
	int home = ft_film_home(film, f);

	return film->runtime >= fee->min &&
	    (fee->max < 0 || film->runtime <= fee->max) &&
	    (fee->origin != FT_ORIGIN_HOME || home) &&
	    (fee->origin != FT_ORIGIN_FOREIGN || !home) &&
	    (fee->student < 0 || fee->student == film->student);
}

int
ft_deadline_fee(const struct ft_deadline *d, const struct ft_festival *f,
    const struct ft_film *film, int64_t *cents)
{
	size_t i;

	for (i = 0; i < d->nfees; i++)
		if (fee_matches(&d->fees[i], f, film)) {
			*cents = d->fees[i].cents;
			return 1;
		}
	return 0;
}
