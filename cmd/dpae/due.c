/*
 * due.c: the declarations to file now, and the late ones.
 */
#include <stdlib.h>

#include "date.h"
#include "due.h"
#include "xalloc.h"

int
dpae_office_day(int32_t day, unsigned holiday_flags)
{
	return date_weekday(day) <= 5 &&
	    !date_holiday_fr(day, holiday_flags, NULL);
}

enum dpae_due
dpae_due_status(int32_t start, int32_t today, unsigned holiday_flags)
{
	int32_t d;

	if (start < today)
		return DPAE_LATE;
	if (start == today)
		return DPAE_TODAY;
	if (start - today > DPAE_WINDOW_DAYS)
		return DPAE_NOT_YET;
	/* an office day between today and the start day leaves time */
	for (d = today + 1; d < start; d++)
		if (dpae_office_day(d, holiday_flags))
			return DPAE_DUE;
	return DPAE_URGENT;
}

const char *
dpae_due_name(enum dpae_due s)
{
	static const char *const names[] = { "", "due", "urgent", "today",
	    "late" };

	return names[s];
}

int
dpae_decl_due(const struct dpae_decl *x, const struct dpae_acklog *log,
    int32_t today, unsigned holiday_flags)
{
	const struct contract *c = x->contract;

	if (c->start == PEOPLE_NO_DAY ||
	    dpae_due_status(c->start, today, holiday_flags) == DPAE_NOT_YET)
		return 0;
	return dpae_acklog_find(log, x->person->id, c->start, today) == NULL;
}

/* Soonest first: start day, hiring time (unknown ones first), then the
 * order of crew.yaml. */
static int
cmp_start(const void *a, const void *b)
{
	const struct dpae_decl *x = *(const struct dpae_decl *const *)a;
	const struct dpae_decl *y = *(const struct dpae_decl *const *)b;

	if (x->contract->start != y->contract->start)
		return x->contract->start < y->contract->start ? -1 : 1;
	if (x->contract->start_time != y->contract->start_time)
		return x->contract->start_time < y->contract->start_time ?
		    -1 : 1;
	return x < y ? -1 : x > y;
}

static void
due_columns(struct table *t)
{
	static const struct {
		const char *name;
		enum table_type type;
	} cols[] = {
		{ "status", COL_TEXT }, { "contract", COL_TEXT },
		{ "surname", COL_TEXT }, { "first_names", COL_TEXT },
		{ "start", COL_DATE }, { "start_time", COL_TEXT },
		{ "days", COL_INT },
	};
	size_t i;

	for (i = 0; i < sizeof cols / sizeof *cols; i++)
		table_col(t, cols[i].name, NULL, cols[i].type);
}

static void
due_row(struct table *t, const struct dpae_decl *x, int32_t today,
    unsigned holiday_flags)
{
	const struct contract *c = x->contract;
	char tb[TIME_BUFSZ];

	table_row(t, 0);
	table_text(t, dpae_due_name(dpae_due_status(c->start, today,
	    holiday_flags)));
	table_text(t, c->id);
	table_text(t, x->person->surname != NULL ? x->person->surname : "");
	table_text(t, x->person->first_names != NULL ?
	    x->person->first_names : "");
	table_date(t, c->start);
	if (c->start_time >= 0)
		table_text(t, time_format(tb, c->start_time));
	else
		table_empty(t);
	table_int(t, c->start - today);
}

struct table *
dpae_due_table(const struct dpae_batch *b, const struct dpae_acklog *log,
    int32_t today, unsigned holiday_flags)
{
	const struct dpae_decl **v = xcalloc(b->n + 1, sizeof *v);
	struct table *t = table_new();
	size_t i, n = 0;

	for (i = 0; i < b->n; i++)
		if (dpae_decl_due(&b->decls[i], log, today, holiday_flags))
			v[n++] = &b->decls[i];
	qsort(v, n, sizeof *v, cmp_start);
	due_columns(t);
	for (i = 0; i < n; i++)
		due_row(t, v[i], today, holiday_flags);
	free(v);
	return t;
}
