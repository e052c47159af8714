/*
 * due.c: collecting the open deadlines (due.h).
 *
 * A deadline closes at its time in its own zone, or at 24:00 there when it
 * has no time. Days left are counted on the user's calendar: a deadline at
 * 09:00 in Auckland on 1 December closes at 21:00 on 30 November in Paris,
 * so it is due "today" in Paris on 30 November.
 */
#include <stdlib.h>
#include <string.h>

#include "due.h"
#include "tz.h"
#include "xalloc.h"

void
ft_due_local(int64_t close, int32_t *day, int *minutes)
{
	struct ft_wall w;

	ft_tz_local(NULL, close, &w);
	*day = w.day;
	*minutes = w.minutes;
	if (w.minutes == 0 && w.seconds == 0) {
		*day = w.day - 1;
		*minutes = FT_END_OF_DAY;
	}
}

struct collect {
	const struct ft_ctx *c;
	int within;
	struct ft_due *v;
	size_t n, cap;
};

/* The sections of d the film may enter and has not entered. */
static int
gather_sections(struct collect *k, struct ft_due *u,
    const enum ft_verdict *verdict)
{
	const struct ft_festival *f = u->fest;
	size_t i;
	int any = 0;

	u->verdict = FT_YES;
	for (i = 0; i < f->nsections; i++) {
		const struct ft_section *s = &f->sections[i];

		if (!ft_deadline_for(u->dl, s->id) || verdict[i] == FT_NO ||
		    ft_log_entered(k->c->log, f, s->id) != NULL ||
		    ft_log_earlier(k->c->log, f, u->ed->year) != NULL)
			continue;
		buf_addf(&u->sections, "%s%s", any ? "; " : "", s->name);
		buf_addf(&u->ids, "%s%s", any ? "+" : "", s->id);
		if (verdict[i] == FT_MAYBE)
			u->verdict = FT_MAYBE;
		any = 1;
	}
	return any;
}

static void
consider(struct collect *k, struct ft_festival *f,
    const struct ft_edition *e, const struct ft_deadline *d, int64_t close,
    const enum ft_verdict *verdict)
{
	struct ft_due u;

	memset(&u, 0, sizeof u);
	u.fest = f;
	u.ed = e;
	u.dl = d;
	u.close = close;
	if (u.close <= k->c->now || (k->c->confirmed && d->from_year != 0))
		return;
	ft_due_local(u.close, &u.local_day, &u.local_minutes);
	u.days = u.local_day - k->c->today;
	if (k->within >= 0 && u.days > k->within)
		return;
	if (!gather_sections(k, &u, verdict)) {
		buf_free(&u.sections);
		buf_free(&u.ids);
		return;
	}
	u.has_fee = ft_deadline_fee(d, f, k->c->film, &u.fee);
	xgrow(&k->v, &k->cap, k->n + 1, sizeof *k->v);
	k->v[k->n++] = u;
}

static void
festival_deadlines(struct collect *k, struct ft_festival *f)
{
	const struct ft_edition *e;
	enum ft_verdict *verdict;
	struct ft_elig el;
	int64_t *close;
	size_t i;

	e = ft_edition_next(f, k->c->now, k->c->today);
	if (e == NULL || e->ndeadlines == 0)
		return;
	verdict = xcalloc(f->nsections + 1, sizeof *verdict);
	for (i = 0; i < f->nsections; i++) {
		ft_eligible(k->c, f, e, &f->sections[i], NULL, &el);
		verdict[i] = el.verdict;
		buf_free(&el.why);
	}
	/* All on the festival's clock, then all on the user's: the C
	 * library reads a zone's file each time it changes zones. */
	close = xcalloc(e->ndeadlines, sizeof *close);
	for (i = 0; i < e->ndeadlines; i++)
		close[i] = ft_deadline_close(&e->deadlines[i]);
	for (i = 0; i < e->ndeadlines; i++)
		consider(k, f, e, &e->deadlines[i], close[i], verdict);
	free(close);
	free(verdict);
}

static int
by_close(const void *pa, const void *pb)
{
	const struct ft_due *a = pa, *b = pb;
	int c;

	if (a->close != b->close)
		return a->close < b->close ? -1 : 1;
	if ((c = strcmp(a->fest->name, b->fest->name)) != 0)
		return c;
	return strcmp(a->dl->tier, b->dl->tier);
}

struct ft_due *
ft_due_collect(const struct ft_ctx *c, int within, size_t *n)
{
	struct collect k = { c, within, NULL, 0, 0 };
	size_t i;

	for (i = 0; i < c->db->nfests; i++)
		festival_deadlines(&k, &c->db->fests[i]);
	if (k.n > 0)
		qsort(k.v, k.n, sizeof *k.v, by_close);
	*n = k.n;
	return k.v;
}

void
ft_due_free(struct ft_due *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		buf_free(&v[i].sections);
		buf_free(&v[i].ids);
	}
	free(v);
}
