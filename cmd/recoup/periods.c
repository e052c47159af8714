/*
 * periods.c: statement periods. The schedule of waterfall.yaml says how
 * often accounts are rendered, changing over time as distribution
 * contracts usually do (quarterly the first year, half-yearly the next
 * three, then yearly: legalplanet.pro, comptes de distribution); periods
 * follow the calendar (quarters start in January, April, July and
 * October) from the period holding the first receipt up to the day the
 * accounts are made (--as-of), where the last period is cut short.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "run.h"
#include "waterfall.h"
#include "wf_int.h"
#include "xalloc.h"
#include "ydoc.h"

static const char *const every_names[] = {
	"month", "quarter", "half-year", "year", NULL
};
static const int every_months[] = { 1, 3, 6, 12 };

static const char *const aligned_hint[] = {
	"a month starts on its first day",
	"quarters start on 1 January, 1 April, 1 July and 1 October",
	"half-years start on 1 January and 1 July",
	"years start on 1 January"
};

static void
load_step(struct schedule_step *st, struct ynode *n, int first)
{
	int e = 1, y, m, d, known;

	st->pos = ynode_pos(n);
	st->from = INT32_MIN;
	st->months = 3;
	if (ynode_kind(n) != YNODE_MAP) {
		if (ynode_as_enum(n, every_names, &e) == 0)
			st->months = every_months[e];
		return;
	}
	known = ynode_enum(n, "every", Y_REQUIRED, every_names, &e) == 1;
	if (known)
		st->months = every_months[e];
	if (ynode_date(n, "from", first ? 0 : Y_REQUIRED, &st->from) == 1) {
		date_to_ymd(st->from, &y, &m, &d);
		if (first)
			ynode_error(n, "the first entry holds from the first "
			    "receipt; 'from' is for the later ones",
			    "'from' on the first entry");
		else if (known && (d != 1 || (m - 1) % st->months != 0))
			ynode_error(n, aligned_hint[e], "'%s' does not start "
			    "a %s", ynode_text(ynode_get(n, "from"), NULL),
			    every_names[e]);
	}
	ynode_check_unknown(n);
}

void
wf_load_schedule(struct waterfall *w, struct ynode *root)
{
	struct ynode *n = ynode_get(root, "statements");
	size_t i;

	w->schedule = xcalloc(n != NULL ? ynode_len(n) + 1 : 1,
	    sizeof *w->schedule);
	if (n == NULL || ynode_kind(n) != YNODE_SEQ) {
		w->nschedule = 1;
		w->schedule[0].from = INT32_MIN;
		w->schedule[0].months = 3;
		if (n != NULL)
			load_step(&w->schedule[0], n, 1);
		return;
	}
	for (i = 0; i < ynode_len(n); i++) {
		struct schedule_step *st = &w->schedule[w->nschedule++];

		load_step(st, ynode_item(n, i), i == 0);
		if (i > 0 && st->from != INT32_MIN && st[-1].from != INT32_MIN
		    && st->from <= st[-1].from)
			ynode_error(ynode_item(n, i), NULL, "schedule entries "
			    "are not in date order");
	}
	if (w->nschedule == 0) {
		ynode_error(n, NULL, "no schedule entry");
		w->nschedule = 1;
		w->schedule[0].months = 3;
	}
}

/* The start of the period of `months` months that holds day. */
static int32_t
align_down(int32_t day, int months)
{
	int y, m, d;
	int32_t start;

	date_to_ymd(day, &y, &m, &d);
	m = (m - 1) / months * months + 1;
	(void)date_from_ymd(y, m, 1, &start);
	return start;
}

/* The schedule step in force on day. */
static const struct schedule_step *
step_on(const struct schedule_step *s, size_t n, int32_t day)
{
	size_t i = 0;

	while (i + 1 < n && s[i + 1].from <= day)
		i++;
	return &s[i];
}

/* The first and last dated items at or before as_of. */
static void
date_range(const struct run *r, const struct receipts *rc, int32_t as_of,
    int32_t *first, int32_t *last)
{
	size_t i;

	*first = rc->first;
	*last = rc->last;
	for (i = 0; i < r->w->npresales; i++) {
		int32_t d = r->w->presales[i].date;

		if (d > as_of)
			continue;
		if (d < *first)
			*first = d;
		if (d > *last)
			*last = d;
	}
	if (*first == INT32_MAX && as_of != INT32_MAX)
		*first = *last = as_of;
}

static void
add_period(struct run *r, size_t *cap, int32_t from, int32_t to, int months)
{
	struct period *p;

	xgrow(&r->periods, cap, r->nperiods + 1, sizeof *r->periods);
	p = &r->periods[r->nperiods++];
	p->from = from;
	p->to = to;
	p->months = months;
	p->first_month = rc_month_key(from);
	p->last_month = rc_month_key(to);
}

void
rc_periods_build(struct run *r, const struct receipts *rc, int months,
    int32_t as_of)
{
	struct schedule_step one = { INT32_MIN, months, { NULL, 0, 0 } };
	const struct schedule_step *steps = r->w->schedule, *st;
	size_t n = r->w->nschedule, cap = 0;
	int32_t first, last, cur, to, next;

	if (months > 0) {
		steps = &one;
		n = 1;
	}
	date_range(r, rc, as_of, &first, &last);
	r->nperiods = 0;
	if (first == INT32_MAX)
		return;
	cur = align_down(first, step_on(steps, n, first)->months);
	if (as_of == INT32_MAX) {
		st = step_on(steps, n, last);
		as_of = date_add_months(align_down(last, st->months),
		    st->months) - 1;
	}
	r->as_of = as_of;
	while (cur <= as_of) {
		st = step_on(steps, n, cur);
		to = date_add_months(cur, st->months) - 1;
		next = st + 1 < steps + n ? st[1].from : INT32_MAX;
		if (to >= next)
			to = next - 1;
		add_period(r, &cap, cur, to < as_of ? to : as_of, st->months);
		cur = to + 1;
	}
}

int
rc_period_of(const struct run *r, int32_t day)
{
	size_t lo = 0, hi = r->nperiods;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (r->periods[mid].to < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < r->nperiods && r->periods[lo].from <= day ? (int)lo : -1;
}

/* 1 when p covers its whole calendar span (not cut by as_of or by a
 * change of schedule). */
static int
whole(const struct period *p)
{
	return p->from == align_down(p->from, p->months) &&
	    p->to == date_add_months(p->from, p->months) - 1;
}

char *
rc_period_name(const struct period *p, char *buf, size_t size)
{
	int y, m, d;
	char a[DATE_BUFSZ], b[DATE_BUFSZ];

	date_to_ymd(p->from, &y, &m, &d);
	if (!whole(p))
		snprintf(buf, size, "%s..%s", date_format(a, p->from),
		    date_format(b, p->to));
	else if (p->months == 12)
		snprintf(buf, size, "%d", y);
	else if (p->months == 6)
		snprintf(buf, size, "%d-H%d", y, (m - 1) / 6 + 1);
	else if (p->months == 3)
		snprintf(buf, size, "%d-Q%d", y, (m - 1) / 3 + 1);
	else
		snprintf(buf, size, "%d-%02d", y, m);
	return buf;
}

char *
rc_period_name_fr(const struct period *p, char *buf, size_t size)
{
	int y, m, d, k;
	char a[DATE_BUFSZ], b[DATE_BUFSZ];

	date_to_ymd(p->from, &y, &m, &d);
	k = (m - 1) / (p->months > 0 ? p->months : 1) + 1;
	if (!whole(p))
		snprintf(buf, size, "du %s au %s", date_format_fr(a, p->from),
		    date_format_fr(b, p->to));
	else if (p->months == 12)
		snprintf(buf, size, "année %d", y);
	else if (p->months == 6)
		snprintf(buf, size, "%s semestre %d", k == 1 ? "1er" : "2e",
		    y);
	else if (p->months == 3)
		snprintf(buf, size, "%d%s trimestre %d", k,
		    k == 1 ? "er" : "e", y);
	else
		snprintf(buf, size, "%s %d", date_month_name_fr(m), y);
	return buf;
}
