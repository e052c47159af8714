/*
 * days.c: committed and paid spending by day, for the chart. The table is
 * keyed by day number, so it grows with the days that have costs, not
 * with the ledger's rows; the last day used is remembered, since ledgers
 * are mostly in date order.
 */
#include <stdlib.h>
#include <string.h>

#include "costreport.h"
#include "xalloc.h"

static size_t
slot(const struct cr_days *d, int32_t day)
{
	size_t mask = d->cap - 1;
	size_t i = ((uint32_t)day * 2654435761u) & mask;

	while (d->used[i] && d->v[i].day != day)
		i = (i + 1) & mask;
	return i;
}

static void
rehash(struct cr_days *d)
{
	struct cr_day *old = d->v;
	unsigned char *oldused = d->used;
	size_t oldcap = d->cap, i, j;

	d->cap = oldcap ? oldcap * 2 : 64;
	d->v = xcalloc(d->cap, sizeof *d->v);
	d->used = xcalloc(d->cap, 1);
	for (i = 0; i < oldcap; i++) {
		if (!oldused[i])
			continue;
		j = slot(d, old[i].day);
		d->v[j] = old[i];
		d->used[j] = 1;
	}
	free(old);
	free(oldused);
	d->last = SIZE_MAX;
}

void
cr_days_add(struct cr_days *d, int32_t day, int64_t committed, int64_t paid)
{
	size_t i;

	if (d->last != SIZE_MAX && d->cap > 0 && d->v[d->last].day == day &&
	    d->used[d->last]) {
		i = d->last;
	} else {
		if (2 * (d->n + 1) > d->cap)
			rehash(d);
		i = slot(d, day);
		if (!d->used[i]) {
			d->used[i] = 1;
			d->v[i].day = day;
			d->n++;
		}
		d->last = i;
	}
	/* chart values: a sum past int64 only makes the chart wrong, and
	 * the line sums are checked for range */
	d->v[i].committed = (int64_t)((uint64_t)d->v[i].committed +
	    (uint64_t)committed);
	d->v[i].paid = (int64_t)((uint64_t)d->v[i].paid + (uint64_t)paid);
}

static int
day_cmp(const void *a, const void *b)
{
	const struct cr_day *x = a, *y = b;

	return (x->day > y->day) - (x->day < y->day);
}

struct cr_day *
cr_days_sorted(const struct cr_days *d, size_t *n)
{
	struct cr_day *v = xcalloc(d->n + 1, sizeof *v);
	size_t i, k = 0;

	for (i = 0; i < d->cap; i++)
		if (d->used[i])
			v[k++] = d->v[i];
	qsort(v, k, sizeof *v, day_cmp);
	*n = k;
	return v;
}

void
cr_days_free(struct cr_days *d)
{
	free(d->v);
	free(d->used);
	memset(d, 0, sizeof *d);
}
