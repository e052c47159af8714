/*
 * plan.c: a suggested submission order that protects the premiere.
 *
 * A premiere can be spent only once, so the sections still open to the
 * film come in this order: the most prestigious first (rank 1 before
 * rank 2), then, at one rank, those demanding the most of the premiere
 * (world before international, before none), then by the festival's date.
 * Each line takes the first tier still open, the cheapest, and says which
 * lines above it a selection there would rule out, by spending their
 * premiere before they take place; a line also says which pending
 * submissions would rule it out if they led to a selection.
 */
#include <stdlib.h>
#include <string.h>

#include "money.h"
#include "report.h"
#include "xalloc.h"

struct cand {
	struct ft_festival *fest;
	const struct ft_edition *ed;
	const struct ft_section *sec;
	const struct ft_deadline *dl;	/* the first tier open; NULL */
	int rank;
	enum ft_premiere needs;
	int has_fee;
	int64_t fee;
	enum ft_verdict verdict;
};

static enum ft_premiere
needs(const struct ft_ctx *c, const struct ft_festival *f,
    const struct ft_section *s)
{
	if (f->country != NULL && ft_film_from(c->film, f->country) &&
	    s->premiere_home != FT_PREM_N)
		return s->premiere_home;
	return s->premiere;
}

/* The section's first tier still open, or NULL; with confirmed set,
 * estimated deadlines do not count. */
static const struct ft_deadline *
first_open(const struct ft_ctx *c, const struct ft_edition *e,
    const struct ft_section *s, int confirmed)
{
	const struct ft_deadline *best = NULL;
	int64_t t, bt = 0;
	size_t i;

	for (i = 0; i < e->ndeadlines; i++) {
		if (!ft_deadline_for(&e->deadlines[i], s->id))
			continue;
		t = ft_deadline_close(&e->deadlines[i]);
		if (confirmed && e->deadlines[i].from_year != 0)
			continue;
		if (t > c->now && (best == NULL || t < bt)) {
			best = &e->deadlines[i];
			bt = t;
		}
	}
	return best;
}

static int
has_deadline(const struct ft_edition *e, const struct ft_section *s)
{
	size_t i;

	for (i = 0; i < e->ndeadlines; i++)
		if (ft_deadline_for(&e->deadlines[i], s->id))
			return 1;
	return 0;
}

/* 1 when the section belongs in the plan: open, eligible, not entered. */
static int
candidate(const struct ft_ctx *c, struct cand *k)
{
	struct ft_elig el;

	if (ft_log_entered(c->log, k->fest, k->sec->id) != NULL ||
	    ft_log_earlier(c->log, k->fest, k->ed->year) != NULL)
		return 0;	/* entered once: not suggested again */
	if (has_deadline(k->ed, k->sec) &&
	    first_open(c, k->ed, k->sec, 0) == NULL)
		return 0;	/* its deadlines are past */
	k->dl = first_open(c, k->ed, k->sec, c->confirmed);
	ft_eligible(c, k->fest, k->ed, k->sec, NULL, &el);
	k->verdict = el.verdict;
	buf_free(&el.why);
	if (k->verdict == FT_NO)
		return 0;
	k->rank = ft_section_rank(k->fest, k->sec);
	k->needs = needs(c, k->fest, k->sec);
	if (k->dl != NULL)
		k->has_fee = ft_deadline_fee(k->dl, k->fest, c->film,
		    &k->fee);
	return 1;
}

static int
by_priority(const void *pa, const void *pb)
{
	const struct cand *a = pa, *b = pb;
	int32_t x = a->ed->start, y = b->ed->start;

	if (a->rank != b->rank)
		return a->rank - b->rank;
	if (a->needs != b->needs)
		return (int)b->needs - (int)a->needs;
	if (x != y)
		return x == FT_NO_DAY ? 1 : y == FT_NO_DAY ? -1 :
		    x < y ? -1 : 1;
	if (a->fest != b->fest)
		return strcmp(a->fest->name, b->fest->name);
	return a->sec < b->sec ? -1 : a->sec > b->sec;
}

static struct cand *
candidates(const struct ft_ctx *c, size_t *n)
{
	struct cand *v = NULL, k;
	size_t i, j, cap = 0;

	*n = 0;
	for (i = 0; i < c->db->nfests; i++) {
		memset(&k, 0, sizeof k);
		k.fest = &c->db->fests[i];
		k.ed = ft_edition_next(k.fest, c->now, c->today);
		if (k.ed == NULL)
			continue;
		for (j = 0; j < k.fest->nsections; j++) {
			k.sec = &k.fest->sections[j];
			if (!candidate(c, &k))
				continue;
			xgrow(&v, &cap, *n + 1, sizeof *v);
			v[(*n)++] = k;
		}
	}
	if (*n > 0)
		qsort(v, *n, sizeof *v, by_priority);
	return v;
}

/* 1 when a selection at festival f, edition e, rules out candidate b. */
static int
rules_out(const struct ft_ctx *c, const struct ft_festival *f,
    const struct ft_edition *e, const struct cand *b)
{
	struct ft_show sh;
	struct ft_elig el;
	int out;

	if (f == b->fest || ft_show_at(f, e, &sh) < 0 ||
	    b->ed->start == FT_NO_DAY || sh.day >= b->ed->start)
		return 0;
	if (b->needs == FT_PREM_NONE && b->sec->prior == FT_PRIOR_ANY &&
	    b->sec->prior_home == FT_PRIOR_N)
		return 0;
	ft_eligible(c, b->fest, b->ed, b->sec, &sh, &el);
	out = el.verdict == FT_NO;
	buf_free(&el.why);
	return out;
}

static void
name(struct buf *b, const char *sep, const struct ft_festival *f, int year,
    const char *section)
{
	buf_addf(b, "%s%s %d", b->len ? ", " : sep, f->name, year);
	if (section != NULL)
		buf_addf(b, " %s", section);
}

static void
conflicts(const struct ft_ctx *c, const struct cand *v, size_t i,
    struct buf *note)
{
	size_t j;
	struct buf out = BUF_INIT, risk = BUF_INIT;

	for (j = 0; j < i; j++)
		if (rules_out(c, v[i].fest, v[i].ed, &v[j]))
			name(&out, "a selection here rules out: ",
			    v[j].fest, v[j].ed->year, v[j].sec->name);
	for (j = 0; j < c->log->nsubs; j++) {
		const struct ft_sub *s = &c->log->subs[j];
		struct ft_festival *f = (struct ft_festival *)s->fest;

		if (ft_status_pending(ft_sub_status(s)) &&
		    rules_out(c, f, ft_edition(f, s->year), &v[i]))
			name(&risk, "ruled out by a selection at: ", f,
			    s->year, NULL);
	}
	if (v[i].dl != NULL && v[i].dl->from_year)
		buf_addf(note, "estimated from %d", v[i].dl->from_year);
	else if (v[i].dl == NULL && v[i].ed->from_year)
		buf_addf(note, "dates estimated from %d", v[i].ed->from_year);
	if (v[i].verdict == FT_MAYBE)
		buf_addf(note, "%seligibility to check", note->len ? "; " : "");
	if (v[i].dl == NULL)
		buf_addf(note, "%sno %sdeadline in the database",
		    note->len ? "; " : "", has_deadline(v[i].ed, v[i].sec) ?
		    "confirmed " : "");
	if (out.len)
		buf_addf(note, "%s%s", note->len ? "; " : "", buf_str(&out));
	if (risk.len)
		buf_addf(note, "%s%s", note->len ? "; " : "", buf_str(&risk));
	buf_free(&out);
	buf_free(&risk);
}

static void
plan_row(struct table *t, const struct ft_ctx *c, const struct cand *v,
    size_t i)
{
	const struct cand *k = &v[i];
	struct buf note = BUF_INIT;

	table_row(t, 0);
	table_int(t, (long long)i + 1);
	table_text(t, k->fest->name);
	table_int(t, k->ed->year);
	table_text(t, k->sec->name);
	table_text(t, ft_premiere_names[k->needs]);
	if (k->ed->start != FT_NO_DAY)
		table_date(t, k->ed->start);
	else
		table_empty(t);
	if (k->dl != NULL) {
		table_date(t, k->dl->day);
		table_text(t, k->dl->tier);
	} else {
		table_empty(t);
		table_empty(t);
	}
	if (k->has_fee)
		table_money(t, k->fee);
	else
		table_empty(t);
	table_text(t, k->fest->currency ? k->fest->currency : "");
	conflicts(c, v, i, &note);
	table_text(t, buf_str(&note));
	buf_free(&note);
}

static void
total_row(struct table *t, const int64_t *cents, const char *currency,
    size_t unknown)
{
	int j;

	table_row(t, ROW_TOTAL);
	table_empty(t);
	table_text(t, "total");
	for (j = 0; j < 6; j++)
		table_empty(t);
	if (cents != NULL)
		table_money(t, *cents);
	else
		table_empty(t);
	table_text(t, currency);
	if (unknown > 0)
		table_textf(t, "%zu fee%s unknown", unknown,
		    unknown == 1 ? "" : "s");
	else
		table_empty(t);
}

/* The fees the plan implies, a row per currency in the order they come,
 * the first saying how many fees are unknown. */
static void
plan_totals(struct table *t, const struct cand *v, size_t n)
{
	size_t i, j, unknown = 0, rows = 0;
	int64_t sum;

	for (i = 0; i < n; i++)
		unknown += !v[i].has_fee;
	for (i = 0; i < n; i++) {
		if (!v[i].has_fee)
			continue;
		for (j = 0; j < i && !(v[j].has_fee &&
		    strcmp(v[j].fest->currency, v[i].fest->currency) == 0); j++)
			;
		if (j < i)
			continue;
		for (sum = 0, j = i; j < n; j++)
			if (v[j].has_fee && strcmp(v[j].fest->currency,
			    v[i].fest->currency) == 0)
				sum += v[j].fee;
		total_row(t, &sum, v[i].fest->currency, rows++ ? 0 : unknown);
	}
	if (rows == 0 && unknown > 0)
		total_row(t, NULL, "", unknown);
}

struct table *
ft_report_plan(const struct ft_ctx *c)
{
	struct table *t = table_new();
	struct cand *v;
	size_t n, i;

	table_col(t, "order", "order", COL_INT);
	table_col(t, "festival", "festival", COL_TEXT);
	table_col(t, "edition", "edition", COL_INT);
	table_col(t, "section", "section", COL_TEXT);
	table_col(t, "premiere", "premiere needed", COL_TEXT);
	table_col(t, "start", "festival starts", COL_DATE);
	table_col(t, "deadline", "deadline", COL_DATE);
	table_col(t, "tier", "tier", COL_TEXT);
	table_col(t, "fee", "fee", COL_MONEY);
	table_col(t, "currency", "currency", COL_TEXT);
	table_col(t, "note", "note", COL_TEXT);
	v = candidates(c, &n);
	for (i = 0; i < n; i++)
		plan_row(t, c, v, i);
	plan_totals(t, v, n);
	free(v);
	return t;
}
