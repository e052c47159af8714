/*
 * timesheet.c: reading and checking timesheets.csv (timesheets(5)).
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "date.h"
#include "timesheet.h"
#include "xalloc.h"

/* People sorted by id, for lookups in large crews. */
struct byid {
	const char *id;
	struct person *p;
	size_t rank;			/* the person's place in crew.yaml */
};

struct reader {
	struct csv_reader *r;
	struct diag *d;
	struct srcpos at;
	int col[7];
};

enum { C_PERSON, C_DATE, C_START, C_END, C_BREAK, C_CACHETS, C_PAID };
static const char *const colnames[] = { "person", "date", "start", "end",
    "break", "cachets", "paid" };

static int
byid_cmp(const void *a, const void *b)
{
	return strcmp(((const struct byid *)a)->id,
	    ((const struct byid *)b)->id);
}

static struct byid *
index_crew(const struct crew *crew)
{
	struct byid *ix = xcalloc(crew->npeople + 1, sizeof *ix);
	size_t i;

	for (i = 0; i < crew->npeople; i++) {
		ix[i].id = crew->people[i].id != NULL ? crew->people[i].id : "";
		ix[i].p = &crew->people[i];
		ix[i].rank = i;
	}
	qsort(ix, crew->npeople, sizeof *ix, byid_cmp);
	return ix;
}

static const char *
field(struct reader *rd, int c)
{
	return csv_reader_field(rd->r, rd->col[c]);
}

static void bad(struct reader *rd, const char *hint, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Reports at the current row, counting an error. */
static void
bad(struct reader *rd, const char *hint, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	err_vat(&rd->at, NULL, hint, fmt, ap);
	va_end(ap);
	rd->d->errors++;
}

/* An optional HH:MM cell: 0 and *minutes when given, 1 when empty, -1
 * after a message. */
static int
read_time(struct reader *rd, int c, int *minutes)
{
	const char *s = field(rd, c), *why;

	if (*s == '\0')
		return 1;
	if (time_parse(s, minutes, &why) < 0) {
		bad(rd, "write HH:MM", "%s: %s", colnames[c], why);
		return -1;
	}
	return 0;
}

static struct contract *
find_contract(struct person *p, int32_t date)
{
	size_t i;

	for (i = 0; i < p->ncontracts; i++)
		if (p->contracts[i].start != PEOPLE_NO_DAY &&
		    p->contracts[i].end != PEOPLE_NO_DAY &&
		    date >= p->contracts[i].start && date <= p->contracts[i].end)
			return &p->contracts[i];
	return NULL;
}

static void
outside_contracts(struct reader *rd, struct person *p, const char *day)
{
	char hint[128], a[DATE_BUFSZ], b[DATE_BUFSZ];
	const struct contract *c = p->ncontracts > 0 ? &p->contracts[0] : NULL;

	if (c != NULL && c->start != PEOPLE_NO_DAY && c->end == PEOPLE_OPEN_END)
		snprintf(hint, sizeof hint, "contract %s runs from %s on%s",
		    c->id, date_format(a, c->start),
		    p->ncontracts > 1 ? ", and there are others" : "");
	else if (c != NULL && c->start != PEOPLE_NO_DAY &&
	    c->end != PEOPLE_NO_DAY)
		snprintf(hint, sizeof hint, "contract %s runs from %s to %s%s",
		    c->id, date_format(a, c->start), date_format(b, c->end),
		    p->ncontracts > 1 ? ", and there are others" : "");
	else
		snprintf(hint, sizeof hint, "see the contracts in crew.yaml");
	bad(rd, hint, "%s is outside the contracts of '%s'", day, p->id);
}

/* person and date: the contract the row belongs to, or NULL. */
static struct contract *
read_who(struct reader *rd, const struct byid *ix, size_t n,
    struct tsentry *e)
{
	struct byid key, *hit;
	const char *day = field(rd, C_DATE), *why;

	key.id = field(rd, C_PERSON);
	hit = bsearch(&key, ix, n, sizeof *ix, byid_cmp);
	if (hit == NULL) {
		bad(rd, "people are listed in crew.yaml", "unknown person "
		    "'%s'", key.id);
		return NULL;
	}
	e->person = hit->p;
	e->rank = hit->rank;
	if (date_parse(day, &e->date, &why) < 0) {
		bad(rd, "write YYYY-MM-DD", "date: %s", why);
		return NULL;
	}
	if ((e->contract = find_contract(hit->p, e->date)) == NULL)
		outside_contracts(rd, hit->p, day);
	return e->contract;
}

static int
read_cachets(struct reader *rd, struct tsentry *e)
{
	const char *s = field(rd, C_CACHETS);
	char *end;
	long v;

	if (*s == '\0')
		return 0;
	v = strtol(s, &end, 10);
	if (*end != '\0' || s[strspn(s, "0123456789")] != '\0' || v > 4) {
		bad(rd, "a day has 1 to 4 cachets", "cachets: '%s' is not a "
		    "number of cachets", s);
		return -1;
	}
	e->cachets = (int)v;
	return 0;
}

static int
read_span(struct reader *rd, struct tsentry *e)
{
	int rs, re, end = 0;

	rs = read_time(rd, C_START, &e->start);
	re = read_time(rd, C_END, &end);
	if (rs < 0 || re < 0)
		return -1;
	if (rs != re) {
		bad(rd, "give both, or neither for a day paid by the cachet",
		    "%s without %s", rs == 0 ? "start" : "end",
		    rs == 0 ? "end" : "start");
		return -1;
	}
	if (rs == 1) {
		e->start = -1;
		return 0;
	}
	if (e->start == 24 * 60 || e->start == end) {
		bad(rd, "a row covers less than 24 hours", "start %s and end "
		    "%s leave no hours", field(rd, C_START), field(rd, C_END));
		return -1;
	}
	e->span = time_span(e->start, end);
	return 0;
}

static int
read_break(struct reader *rd, struct tsentry *e)
{
	int rc = read_time(rd, C_BREAK, &e->brk);

	if (rc < 0)
		return -1;
	if (rc == 1) {
		e->brk = 0;
		return 0;
	}
	if (e->start < 0 && e->brk > 0) {
		bad(rd, NULL, "a break needs start and end");
		return -1;
	}
	if (e->brk >= e->span && e->start >= 0) {
		bad(rd, "the break is in hours and minutes, 01:00", "break %s "
		    "leaves no hours between start and end",
		    field(rd, C_BREAK));
		return -1;
	}
	return 0;
}

/* What kind of row suits the contract's basis. */
static void
check_row_kind(struct reader *rd, const struct tsentry *e)
{
	int cachet = e->contract->basis == PAY_CACHET;

	if (e->cachets > 0 && !cachet)
		bad(rd, "cachets are for artists paid by the cachet",
		    "cachets for '%s', whose contract %s is not paid by the "
		    "cachet", e->person->id, e->contract->id);
	else if (cachet && e->cachets == 0)
		bad(rd, "write the number of cachets of the day",
		    "no cachets for '%s', paid by the cachet under %s",
		    e->person->id, e->contract->id);
	else if (!cachet && e->start < 0 && e->paid == 0)
		bad(rd, "give start and end, or the hours paid without work",
		    "no hours for '%s' on %s", e->person->id,
		    field(rd, C_DATE));
}

static int
read_row(struct reader *rd, const struct byid *ix, size_t n,
    struct tsentry *e)
{
	unsigned before = rd->d->errors;
	int paid = 0;

	memset(e, 0, sizeof *e);
	e->line = rd->at.line;
	if (read_who(rd, ix, n, e) == NULL)
		return -1;
	if (read_span(rd, e) < 0 || read_break(rd, e) < 0 ||
	    read_cachets(rd, e) < 0 || read_time(rd, C_PAID, &paid) < 0)
		return -1;
	e->paid = paid;
	check_row_kind(rd, e);
	return rd->d->errors == before ? 0 : -1;
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct tsentry *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

static void
report_overlap(struct diag *d, const char *path, const struct tsentry *e,
    const struct tsentry *prev, const char *what)
{
	struct srcpos at = { path, e->line, 0 };
	char hint[48];

	snprintf(hint, sizeof hint, "the other row is at line %u", prev->line);
	diag_error(d, &at, hint, "%s for '%s'", what, e->person->id);
}

/* Rows of one person may not share time; rows without times may not
 * share a day. */
static void
check_overlaps(struct timesheet *ts, struct diag *d)
{
	size_t i, j;

	for (i = 1; i < ts->n; i++) {
		const struct tsentry *e = &ts->e[i];

		for (j = i; j-- > 0 && ts->e[j].person == e->person &&
		    ts->e[j].date >= e->date - 1;) {
			const struct tsentry *p = &ts->e[j];
			int64_t pe = (int64_t)p->date * 1440 + p->start + p->span;

			if (e->start < 0 && p->start < 0 && p->date == e->date) {
				report_overlap(d, ts->path, e, p,
				    "a second row without hours on that day");
				break;
			}
			if (e->start >= 0 && p->start >= 0 &&
			    (int64_t)e->date * 1440 + e->start < pe) {
				report_overlap(d, ts->path, e, p,
				    "hours that overlap another row");
				break;
			}
		}
	}
}

static int
start_reader(struct reader *rd, struct csv_reader *r, struct diag *d)
{
	static const char *const required[] = { "person", "date", NULL };
	size_t i;

	rd->d = d;
	if ((rd->r = r) == NULL)
		return -1;
	if (csv_reader_header(rd->r, required) < 0) {
		csv_reader_close(rd->r);
		return -1;
	}
	for (i = 0; i < sizeof colnames / sizeof *colnames; i++)
		rd->col[i] = csv_reader_col(rd->r, colnames[i]);
	return 0;
}

static int
read_all(struct csv_reader *r, const struct crew *crew,
    struct timesheet *ts, struct diag *d)
{
	struct reader rd;
	struct byid *ix;
	size_t cap = 0;

	memset(ts, 0, sizeof *ts);
	if (start_reader(&rd, r, d) < 0)
		return -1;
	ts->path = xstrdup(csv_reader_name(rd.r));
	ix = index_crew(crew);
	while (csv_reader_next(rd.r)) {
		rd.at = csv_reader_pos(rd.r);
		rd.at.file = ts->path;
		xgrow(&ts->e, &cap, ts->n + 1, sizeof *ts->e);
		if (read_row(&rd, ix, crew->npeople, &ts->e[ts->n]) == 0)
			ts->n++;
	}
	free(ix);
	csv_reader_close(rd.r);
	if (ts->n > 0)
		qsort(ts->e, ts->n, sizeof *ts->e, entry_cmp);
	check_overlaps(ts, d);
	return 0;
}

void
timesheet_free(struct timesheet *ts)
{
	free(ts->e);
	free(ts->path);
	memset(ts, 0, sizeof *ts);
}

int
tsentry_worked(const struct tsentry *e)
{
	return e->start < 0 ? 0 : e->span - e->brk;
}

int
timesheet_load(const char *path, const struct crew *crew,
    struct timesheet *ts, struct diag *d)
{
	return read_all(csv_reader_open(path, ',', d), crew, ts, d);
}

int
timesheet_read(FILE *f, const char *name, const struct crew *crew,
    struct timesheet *ts, struct diag *d)
{
	return read_all(csv_reader_new(f, name, ',', d), crew, ts, d);
}
