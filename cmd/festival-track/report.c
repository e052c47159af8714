/*
 * report.c: the due, eligible and status reports as typed tables.
 */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "money.h"
#include "report.h"
#include "xalloc.h"

static void
time_cell(struct table *t, int minutes)
{
	char h[TIME_BUFSZ];

	table_text(t, time_format(h, minutes));
}

static void
note_cell(struct table *t, const struct ft_deadline *d, enum ft_verdict v)
{
	char note[96] = "";

	if (d->from_year != 0)
		snprintf(note, sizeof note, "estimated from %d", d->from_year);
	if (v == FT_MAYBE)
		snprintf(note + strlen(note), sizeof note - strlen(note),
		    "%seligibility to check", note[0] ? "; " : "");
	table_text(t, note);
}

struct table *
ft_report_due(const struct ft_due *v, size_t n)
{
	struct table *t = table_new();
	size_t i;

	table_col(t, "days", "days", COL_INT);
	table_col(t, "local_date", "your date", COL_DATE);
	table_col(t, "local_time", "your time", COL_TEXT);
	table_col(t, "festival", "festival", COL_TEXT);
	table_col(t, "edition", "edition", COL_INT);
	table_col(t, "sections", "sections", COL_TEXT);
	table_col(t, "tier", "tier", COL_TEXT);
	table_col(t, "date", "deadline", COL_DATE);
	table_col(t, "time", "time", COL_TEXT);
	table_col(t, "tz", "zone", COL_TEXT);
	table_col(t, "fee", "fee", COL_MONEY);
	table_col(t, "currency", "currency", COL_TEXT);
	table_col(t, "note", "note", COL_TEXT);
	for (i = 0; i < n; i++) {
		const struct ft_due *u = &v[i];

		table_row(t, 0);
		table_int(t, u->days);
		table_date(t, u->local_day);
		time_cell(t, u->local_minutes);
		table_text(t, u->fest->name);
		table_int(t, u->ed->year);
		table_text(t, buf_str(&u->sections));
		table_text(t, u->dl->tier);
		table_date(t, u->dl->day);
		if (u->dl->minutes == FT_END_OF_DAY)
			table_empty(t);
		else
			time_cell(t, u->dl->minutes);
		table_text(t, u->dl->tz);
		if (u->has_fee)
			table_money(t, u->fee);
		else
			table_empty(t);
		table_text(t, u->fest->currency ? u->fest->currency : "");
		note_cell(t, u->dl, u->verdict);
	}
	return t;
}

/* --- eligible ------------------------------------------------------------- */

static int
by_rank(const void *pa, const void *pb)
{
	const struct ft_festival *a = *(struct ft_festival *const *)pa;
	const struct ft_festival *b = *(struct ft_festival *const *)pb;

	if (a->rank != b->rank)
		return a->rank - b->rank;
	return strcmp(a->name, b->name);
}

/* The festivals by rank, then name. */
static struct ft_festival **
ranked(const struct ft_ctx *c)
{
	struct ft_festival **v = xcalloc(c->db->nfests + 1, sizeof *v);
	size_t i;

	for (i = 0; i < c->db->nfests; i++)
		v[i] = &c->db->fests[i];
	qsort(v, c->db->nfests, sizeof *v, by_rank);
	return v;
}

/* The status of the latest submission to the section (or to the
 * festival as a whole), with its year when it is not e's. */
static void
status_cell(struct table *t, const struct ft_ctx *c,
    const struct ft_festival *f, const struct ft_edition *e,
    const struct ft_section *s)
{
	const struct ft_sub *last = ft_log_entered(c->log, f, s->id);

	if (last == NULL)
		table_empty(t);
	else if (e != NULL && last->year == e->year)
		table_text(t, ft_status_names[ft_sub_status(last)]);
	else
		table_textf(t, "%s %d", ft_status_names[ft_sub_status(last)],
		    last->year);
}

static void
eligible_rows(struct table *t, const struct ft_ctx *c, struct ft_festival *f)
{
	const struct ft_edition *e = ft_edition_next(f, c->now, c->today);
	struct ft_elig el;
	size_t i;

	for (i = 0; i < f->nsections; i++) {
		ft_eligible(c, f, e, &f->sections[i], NULL, &el);
		table_row(t, 0);
		table_text(t, f->name);
		if (e != NULL)
			table_int(t, e->year);
		else
			table_empty(t);
		table_text(t, f->sections[i].name);
		table_text(t, ft_verdict_names[el.verdict]);
		table_text(t, ft_premiere_names[el.open]);
		status_cell(t, c, f, e, &f->sections[i]);
		table_text(t, buf_str(&el.why));
		buf_free(&el.why);
	}
}

struct table *
ft_report_eligible(const struct ft_ctx *c)
{
	struct table *t = table_new();
	struct ft_festival **v = ranked(c);
	size_t i;

	table_col(t, "festival", "festival", COL_TEXT);
	table_col(t, "edition", "edition", COL_INT);
	table_col(t, "section", "section", COL_TEXT);
	table_col(t, "eligible", "eligible", COL_TEXT);
	table_col(t, "premiere", "premiere open", COL_TEXT);
	table_col(t, "status", "status", COL_TEXT);
	table_col(t, "why", "why", COL_TEXT);
	for (i = 0; i < c->db->nfests; i++)
		eligible_rows(t, c, v[i]);
	free(v);
	return t;
}

/* --- status --------------------------------------------------------------- */

/* Fees spent in one currency. */
struct spent {
	const char *currency;
	int64_t cents;
};

struct totals {
	unsigned count[FT_ST_N];
	struct spent *v;
	size_t n, cap;
};

static void
spend(struct totals *tt, const char *cur, int64_t cents)
{
	size_t i;

	for (i = 0; i < tt->n; i++)
		if (strcmp(tt->v[i].currency, cur) == 0) {
			tt->v[i].cents += cents;
			return;
		}
	xgrow(&tt->v, &tt->cap, tt->n + 1, sizeof *tt->v);
	tt->v[tt->n++] = (struct spent){ cur, cents };
}

/* The currency a submission's fees are shown in: the festival's, else
 * that of its first entry with one. */
static const char *
main_currency(const struct ft_sub *s)
{
	size_t i;

	if (s->fest->currency != NULL)
		return s->fest->currency;
	for (i = 0; i < s->nentries; i++)
		if (s->entries[i].currency != NULL)
			return s->entries[i].currency;
	return "";
}

static int
in_currency(const struct ft_entry *e, const char *cur)
{
	return strcmp(e->currency ? e->currency : "", cur) == 0;
}

/* The notes of the last entry, what was paid in another currency, and
 * the lack of news after the notification date. */
static void
notes_cell(struct table *t, const struct ft_ctx *c, const struct ft_sub *s,
    const char *cur)
{
	struct buf b = BUF_INIT;
	const char *news = NULL;
	const struct ft_edition *e;
	char m[MONEY_BUFSZ];
	size_t i;

	buf_adds(&b, s->entries[s->nentries - 1].notes);
	for (i = 0; i < s->nentries; i++)
		if (!in_currency(&s->entries[i], cur) &&
		    s->entries[i].fee != 0)
			buf_addf(&b, "%salso %s %s", b.len ? "; " : "",
			    money_format(m, s->entries[i].fee),
			    s->entries[i].currency);
	if (ft_status_pending(ft_sub_status(s)) &&
	    (e = ft_edition((struct ft_festival *)s->fest, s->year)) != NULL &&
	    e->notification != FT_NO_DAY && e->notification < c->today)
		news = "no news since the notification date";
	if (news != NULL)
		buf_addf(&b, "%s%s", b.len ? "; " : "", news);
	table_text(t, buf_str(&b));
	buf_free(&b);
}

static void
status_row(struct table *t, const struct ft_ctx *c, const struct ft_sub *s,
    struct totals *tt)
{
	const struct ft_entry *last = &s->entries[s->nentries - 1];
	const struct ft_section *sec = s->section ?
	    ft_festival_section(s->fest, s->section) : NULL;
	const char *cur = main_currency(s);
	int64_t fees = 0;
	size_t i;

	for (i = 0; i < s->nentries; i++) {
		if (in_currency(&s->entries[i], cur))
			fees += s->entries[i].fee;
		if (s->entries[i].fee != 0)
			spend(tt, s->entries[i].currency, s->entries[i].fee);
	}
	tt->count[last->status]++;
	table_row(t, 0);
	table_text(t, s->fest->name);
	table_int(t, s->year);
	table_text(t, sec ? sec->name : "");
	table_text(t, ft_status_names[last->status]);
	table_date(t, last->day);
	table_money(t, fees);
	table_text(t, cur);
	notes_cell(t, c, s, cur);
}

/* A count row per status, then the fees spent per currency. */
static void
total_rows(struct table *t, const struct totals *tt)
{
	size_t i;

	for (i = 0; i < FT_ST_N; i++) {
		if (tt->count[i] == 0)
			continue;
		table_row(t, ROW_TOTAL);
		table_text(t, "total");
		table_empty(t);
		table_empty(t);
		table_text(t, ft_status_names[i]);
		table_empty(t);
		table_empty(t);
		table_empty(t);
		table_textf(t, "%u submission%s", tt->count[i],
		    tt->count[i] == 1 ? "" : "s");
	}
	for (i = 0; i < tt->n; i++) {
		table_row(t, ROW_TOTAL);
		table_text(t, "fees spent");
		table_empty(t);
		table_empty(t);
		table_empty(t);
		table_empty(t);
		table_money(t, tt->v[i].cents);
		table_text(t, tt->v[i].currency);
		table_empty(t);
	}
}

static int
by_date(const void *pa, const void *pb)
{
	const struct ft_sub *a = *(struct ft_sub *const *)pa;
	const struct ft_sub *b = *(struct ft_sub *const *)pb;
	int32_t x = a->entries[0].day, y = b->entries[0].day;

	if (x != y)
		return x < y ? -1 : 1;
	return (a->entries[0].line > b->entries[0].line) -
	    (a->entries[0].line < b->entries[0].line);
}

struct table *
ft_report_status(const struct ft_ctx *c)
{
	struct table *t = table_new();
	struct totals tt;
	struct ft_sub **v = xcalloc(c->log->nsubs + 1, sizeof *v);
	size_t i;

	table_col(t, "festival", "festival", COL_TEXT);
	table_col(t, "edition", "edition", COL_INT);
	table_col(t, "section", "section", COL_TEXT);
	table_col(t, "status", "status", COL_TEXT);
	table_col(t, "date", "since", COL_DATE);
	table_col(t, "fees", "fees", COL_MONEY);
	table_col(t, "currency", "currency", COL_TEXT);
	table_col(t, "notes", "notes", COL_TEXT);
	memset(&tt, 0, sizeof tt);
	for (i = 0; i < c->log->nsubs; i++)
		v[i] = &c->log->subs[i];
	qsort(v, c->log->nsubs, sizeof *v, by_date);
	for (i = 0; i < c->log->nsubs; i++)
		status_row(t, c, v[i], &tt);
	total_rows(t, &tt);
	free(tt.v);
	free(v);
	return t;
}
