/*
 * hours.c: the majorations engine. Each timesheet row is walked in
 * segments over which nothing changes (the rank of the hour in the week,
 * in the day and in the night, night or day, Sunday, public holiday);
 * each segment adds its minutes to the month's elements, and the amounts
 * are computed once per element, from the exact hourly wage.
 */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "hours.h"
#include "xalloc.h"

__extension__ typedef __int128 i128;

static i128
div_half_away(i128 num, i128 den)
{
	i128 q = num / den, r = num % den;

	if (r < 0)
		r = -r;
	if (2 * r >= den)
		q += num < 0 ? -1 : 1;
	return q;
}

int64_t
hours_amount(struct hourly h, int64_t minutes, rate_t mult)
{
	return (int64_t)div_half_away((i128)minutes * h.num * mult,
	    (i128)60 * h.den * RATE_ONE);
}

/* Titre II art. 25 (IDCC 3097): the weekly rate pays 35 h at the base
 * hourly wage and 4 h at +25 %, so the hourly wage is the rate / 40; the
 * day rate pays the day's hours at the first band's majoration. */
struct hourly
hours_base(const struct contract *c, const struct payrules *r)
{
	struct hourly h = { c->rate * RATE_ONE, RATE_ONE };

	if (c->basis == PAY_WEEK)
		h.den = r->week_divisor;
	else if (c->basis == PAY_DAY) {
		h.num = c->rate * 60 * RATE_ONE;
		h.den = (int64_t)r->day_hours *
		    (RATE_ONE + paybands_at(&r->day, 0));
	}
	return h;
}

/* CCN 3097 Titre III (summary, [U]): premiums of actors are computed on
 * the minimum's hourly share times 2 for a cachet up to 2 minima, times 1
 * up to 5 minima, as the grid's reference list says. */
struct hourly
hours_artist_reference(const struct contract *c, const struct payrules *r,
    int64_t cachet_minimum)
{
	struct hourly h = { 0, 1 };
	size_t i;

	if (cachet_minimum <= 0 || r->cachet_hours <= 0)
		return h;
	if (r->nreference == 0) {	/* the minimum's hourly share */
		h.num = cachet_minimum * 60 * RATE_ONE;
		h.den = (int64_t)r->cachet_hours * RATE_ONE;
		return h;
	}
	for (i = 0; i < r->nreference; i++)
		if ((i128)c->rate * RATE_ONE <=
		    (i128)r->reference[i].upto * cachet_minimum) {
			h.num = cachet_minimum * 60 * r->reference[i].factor;
			h.den = (int64_t)r->cachet_hours * RATE_ONE;
			break;
		}
	return h;
}

struct walker {
	const struct payrules *r;
	unsigned hflags;
	int artist, by_day;
	int week;			/* ISO year * 100 + week */
	int64_t week_min;		/* minutes worked this week so far */
	int32_t day;
	int day_min;			/* minutes worked this day so far */
	struct pay *pay;
	struct monthpay *mp;		/* the month of the row */
};

static void
add(struct monthpay *mp, enum elem_kind kind, rate_t maj, int64_t qty)
{
	size_t i;

	for (i = 0; i < mp->nel; i++)
		if (mp->el[i].kind == kind && mp->el[i].maj == maj) {
			mp->el[i].qty += qty;
			return;
		}
	xgrow(&mp->el, &mp->capel, mp->nel + 1, sizeof *mp->el);
	memset(&mp->el[mp->nel], 0, sizeof mp->el[mp->nel]);
	mp->el[mp->nel].kind = kind;
	mp->el[mp->nel].maj = maj;
	mp->el[mp->nel].qty = qty;
	mp->nel++;
}

static void
add_if(struct monthpay *mp, enum elem_kind kind, rate_t maj, int64_t qty)
{
	if (maj != 0)
		add(mp, kind, maj, qty);
}

static rate_t
holiday_maj(const struct walker *w, int32_t cal, rate_t artist_rate)
{
	const char *name;

	if (!date_holiday_fr(cal, w->hflags, &name))
		return 0;
	return w->artist ? artist_rate : paygrid_holiday(w->r, name);
}

/* Artists: the night, Sunday and holiday premiums of Titre III, on the
 * reference hourly wage, not capped. */
static void
artist_segment(struct walker *w, int32_t cal, int len, int night,
    int night_min)
{
	const struct payrules *r = w->r;

	if (night)
		add_if(w->mp, EL_NIGHT, paybands_at(&r->artist_night,
		    night_min), len);
	if (date_weekday(cal) == 7)
		add_if(w->mp, EL_SUNDAY, r->artist_sunday, len);
	add_if(w->mp, EL_HOLIDAY, holiday_maj(w, cal, r->artist_holiday), len);
}

/* Technicians: base hours (or the day rate's extra hours), overtime of
 * the week (Titre I art. 21, Titre II art. 37), past the 10th hour (art.
 * 38), night (art. 40), Sunday (art. 41), holidays; the sum of the
 * majorations of an hour stays within the cap. */
static void
technician_segment(struct walker *w, int32_t cal, int len, int night,
    int night_min)
{
	const struct payrules *r = w->r;
	rate_t total = 0, m;

	if (w->by_day) {
		total = paybands_at(&r->day, w->day_min);
		if (w->day_min >= r->day_hours)
			add(w->mp, EL_DAY_EXTRA, total, len);
	} else {
		add(w->mp, EL_HOURS, RATE_ONE, len);
		total = m = paybands_at(&r->overtime, (int)w->week_min);
		add_if(w->mp, EL_OVERTIME, m, len);
		if (r->long_day.after >= 0 && w->day_min >= r->long_day.after) {
			add(w->mp, EL_LONG_DAY, r->long_day.maj, len);
			total += r->long_day.maj;
		}
	}
	m = night ? paybands_at(&r->night, night_min) : 0;
	add_if(w->mp, EL_NIGHT, m, len);
	total += m;
	m = date_weekday(cal) == 7 ? r->sunday : 0;
	add_if(w->mp, EL_SUNDAY, m, len);
	total += m;
	m = holiday_maj(w, cal, 0);
	add_if(w->mp, EL_HOLIDAY, m, len);
	total += m;
	if (r->cap > 0 && total > r->cap)
		add(w->mp, EL_CAP, total - r->cap, len);
}

/* The next minute after t (minutes from the row's day at 00:00) where the
 * calendar day or the night may change. */
static int
next_edge(const struct payrules *r, int t)
{
	int m = t % 1440, best = 1440;
	size_t i;

	for (i = 0; i < r->nwindows; i++) {
		if (r->windows[i].start > m && r->windows[i].start < best)
			best = r->windows[i].start;
		if (r->windows[i].end > m && r->windows[i].end < best)
			best = r->windows[i].end;
	}
	return t - m + best;
}

static int
is_night(const struct payrules *r, int32_t day, int t)
{
	return paygrid_is_night(r, day + t / 1440, t % 1440);
}

static int
min_int(int a, int b)
{
	return a < b ? a : b;
}

/* Minutes until the band after pos starts (a big number when none). */
static int
room(const struct paybands *b, int pos)
{
	int next = paybands_next(b, pos);

	return next == INT32_MAX ? INT32_MAX : next - pos;
}

/* How long the segment from t can last before a rank changes. */
static int
segment_length(const struct walker *w, int len, int night, int night_min)
{
	const struct payrules *r = w->r;

	if (night)
		len = min_int(len, room(w->artist ? &r->artist_night :
		    &r->night, night_min));
	if (w->artist)
		return len;
	if (w->by_day) {
		len = min_int(len, room(&r->day, w->day_min));
		if (w->day_min < r->day_hours)
			len = min_int(len, r->day_hours - w->day_min);
		return len;
	}
	len = min_int(len, room(&r->overtime, (int)w->week_min));
	if (r->long_day.after >= 0 && w->day_min < r->long_day.after)
		len = min_int(len, r->long_day.after - w->day_min);
	return len;
}

static void
count(struct walker *w, int32_t cal, int len, int night)
{
	w->week_min += len;
	w->day_min += len;
	w->mp->worked += len;
	if (night)
		w->mp->night += len;
	if (date_weekday(cal) == 7)
		w->mp->sunday += len;
	if (date_holiday_fr(cal, w->hflags, NULL))
		w->mp->holiday += len;
}

/* Minutes of the span outside the night. */
static int
daytime(const struct payrules *r, const struct tsentry *e)
{
	int t = e->start, end = e->start + e->span, n = 0, stop;

	for (; t < end; t = stop) {
		stop = min_int(end, next_edge(r, t));
		if (!is_night(r, e->date, t))
			n += stop - t;
	}
	return n;
}

/* The break is taken from the row's first daytime minutes, and from its
 * first night minutes when the day part is too short (timesheets(5)). */
static void
walk_row(struct walker *w, const struct tsentry *e)
{
	const struct payrules *r = w->r;
	int t = e->start, end = e->start + e->span, night_min = 0, stop, len;
	int day_brk = min_int(e->brk, daytime(r, e));
	int night_brk = e->brk - day_brk, night, *brk;
	int32_t cal;

	while (t < end) {
		stop = min_int(end, next_edge(r, t));
		night = is_night(r, e->date, t);
		brk = night ? &night_brk : &day_brk;
		if (*brk > 0) {
			len = min_int(*brk, stop - t);
			*brk -= len;
			t += len;
			continue;
		}
		cal = e->date + t / 1440;
		len = segment_length(w, stop - t, night, night_min);
		if (w->artist)
			artist_segment(w, cal, len, night, night_min);
		else
			technician_segment(w, cal, len, night, night_min);
		count(w, cal, len, night);
		if (night)
			night_min += len;
		t += len;
	}
}

static struct monthpay *
month_of(struct pay *pay, int32_t date)
{
	struct monthpay *mp;
	int y, m, d;

	date_to_ymd(date, &y, &m, &d);
	if (pay->n > 0 && pay->months[pay->n - 1].year == y &&
	    pay->months[pay->n - 1].month == m)
		return &pay->months[pay->n - 1];
	pay->months = xreallocarray(pay->months, pay->n + 1,
	    sizeof *pay->months);
	mp = &pay->months[pay->n++];
	memset(mp, 0, sizeof *mp);
	mp->year = y;
	mp->month = m;
	mp->first = date;
	return mp;
}

/* A new week or day resets the ranks; returns 1 on a new day. */
static int
start_row(struct walker *w, const struct tsentry *e)
{
	int iy, wk;

	date_iso_week(e->date, &iy, &wk);
	if (iy * 100 + wk != w->week) {
		w->week = iy * 100 + wk;
		w->week_min = 0;
	}
	w->mp = month_of(w->pay, e->date);
	if (e->date == w->day)
		return 0;
	w->day = e->date;
	w->day_min = 0;
	w->mp->days++;
	w->mp->last = e->date;
	return 1;
}

int64_t
hours_unit(struct hourly h, rate_t mult)
{
	return (int64_t)div_half_away((i128)h.num * mult * 100,
	    (i128)h.den * RATE_ONE);
}

static rate_t
multiplier(const struct element *el)
{
	switch (el->kind) {
	case EL_HOURS:
	case EL_PAID:
		return RATE_ONE;
	case EL_DAY_EXTRA:
		return RATE_ONE + el->maj;
	case EL_CAP:
		return -el->maj;
	default:
		return el->maj;
	}
}

static int
element_cmp(const void *a, const void *b)
{
	const struct element *x = a, *y = b;

	if (x->kind != y->kind)
		return (int)x->kind - (int)y->kind;
	return x->maj < y->maj ? -1 : x->maj > y->maj;
}

/* Amounts once per element, from the exact hourly wage; the gross is
 * their sum. */
static void
finish_month(struct monthpay *mp, const struct contract *c, struct hourly h)
{
	size_t i;

	if (mp->nel > 0)
		qsort(mp->el, mp->nel, sizeof *mp->el, element_cmp);
	mp->gross = 0;
	for (i = 0; i < mp->nel; i++) {
		struct element *el = &mp->el[i];

		if (el->kind == EL_DAYS || el->kind == EL_CACHETS) {
			el->unit = c->rate * 100;
			el->amount = el->qty * c->rate;
		} else {
			el->unit = hours_unit(h, multiplier(el));
			el->amount = hours_amount(h, el->qty, multiplier(el));
		}
		mp->gross += el->amount;
	}
}

void
hours_compute(const struct contract *c, const struct tsentry *e, size_t n,
    const struct payrules *r, struct hourly h, unsigned holiday_flags,
    struct pay *out)
{
	struct walker w;
	int32_t day_paid = INT32_MIN, cachet_day = INT32_MIN;
	size_t i;

	memset(out, 0, sizeof *out);
	memset(&w, 0, sizeof w);
	w.r = r;
	out->base = h;
	w.hflags = holiday_flags;
	w.artist = c->basis == PAY_CACHET;
	w.by_day = c->basis == PAY_DAY;
	w.week = -1;
	w.day = INT32_MIN;
	w.pay = out;
	for (i = 0; i < n; i++) {
		start_row(&w, &e[i]);
		if (e[i].cachets > 0) {
			add(w.mp, EL_CACHETS, 0, e[i].cachets);
			w.mp->cachets += e[i].cachets;
			out->cachet_days += e[i].date != cachet_day;
			cachet_day = e[i].date;
		}
		if (e[i].paid > 0) {
			add(w.mp, EL_PAID, 0, e[i].paid);
			w.mp->paid += e[i].paid;
		}
		if (e[i].start < 0)
			continue;
		if (w.by_day && e[i].date != day_paid)
			add(w.mp, EL_DAYS, 0, 1);
		day_paid = e[i].date;
		walk_row(&w, &e[i]);
	}
	for (i = 0; i < out->n; i++)
		finish_month(&out->months[i], c, h);
}

void
hours_free(struct pay *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		free(p->months[i].el);
	free(p->months);
	memset(p, 0, sizeof *p);
}
