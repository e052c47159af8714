/*
 * walk.c: lines, posts, chapters and closing rows in the order of the
 * devis. Every group total is the sum of its lines' values (never a
 * figure computed again from group sums), so that a chapter always adds
 * up to its lines.
 */
#include <string.h>

#include "money.h"
#include "walk.h"

static void
add(int64_t *sum, int64_t v)
{
	if (__builtin_add_overflow(*sum, v, sum) || *sum > MONEY_MAX ||
	    *sum < -MONEY_MAX)
		err_die(EXIT_REJECT, "totals beyond the largest amount");
}

static void
line_totals(const struct cr_line *l, struct cr_totals *t)
{
	memset(t, 0, sizeof *t);
	t->budget = l->budget;
	t->budget_fr = l->budget_fr;
	t->budget_abroad = l->budget_abroad;
	t->committed = l->s.committed;
	t->invoiced = l->s.invoiced;
	t->paid = l->s.paid;
	t->period = l->s.period;
	t->etc = cr_line_etc(l);
	add(&t->efc, t->committed);
	add(&t->efc, t->etc);
	t->done_fr = l->s.done_fr;
	t->done_abroad = l->s.done_abroad;
	t->eligible = l->s.eligible;
	t->prev_efc = l->prev_efc;
	t->has_prev = l->has_prev;
}

static void
sum_into(struct cr_totals *sum, const struct cr_totals *t)
{
	add(&sum->budget, t->budget);
	add(&sum->budget_fr, t->budget_fr);
	add(&sum->budget_abroad, t->budget_abroad);
	add(&sum->committed, t->committed);
	add(&sum->invoiced, t->invoiced);
	add(&sum->paid, t->paid);
	add(&sum->period, t->period);
	add(&sum->etc, t->etc);
	add(&sum->efc, t->efc);
	add(&sum->done_fr, t->done_fr);
	add(&sum->done_abroad, t->done_abroad);
	add(&sum->eligible, t->eligible);
	add(&sum->prev_efc, t->prev_efc);
	sum->has_prev |= t->has_prev;
}

static void
emit(cr_row_fn *fn, void *ctx, enum cr_level level, const char *code,
    const char *label, const struct cr_totals *t)
{
	struct cr_row row = { level, code, label, t };

	fn(ctx, &row);
}

/* Visits line l when depth allows, and adds it to sum. */
static void
walk_line(const struct cr_line *l, enum cr_level depth, cr_row_fn *fn,
    void *ctx, struct cr_totals *sum)
{
	struct cr_totals t;

	line_totals(l, &t);
	if (depth == LV_LINE)
		emit(fn, ctx, LV_LINE, l->code, l->label, &t);
	sum_into(sum, &t);
}

static void
walk_post(const struct cr_budget *b, size_t post, enum cr_level depth,
    cr_row_fn *fn, void *ctx, struct cr_totals *chapter)
{
	struct cr_totals sum;
	size_t i;

	memset(&sum, 0, sizeof sum);
	for (i = 0; i < b->nlines; i++)
		if (b->lines[i].post == (int)post)
			walk_line(&b->lines[i], depth, fn, ctx, &sum);
	if (depth <= LV_POST)
		emit(fn, ctx, LV_POST, b->posts[post].code,
		    b->posts[post].label, &sum);
	sum_into(chapter, &sum);
}

static void
walk_chapter(const struct cr_budget *b, size_t ch, enum cr_level depth,
    cr_row_fn *fn, void *ctx, struct cr_totals *subtotal)
{
	const struct cr_group *g = &b->chapters[ch];
	struct cr_totals sum;
	size_t p;

	memset(&sum, 0, sizeof sum);
	if (depth < LV_CHAPTER)
		emit(fn, ctx, LV_HEADING, g->code, g->label, &sum);
	for (p = 0; p < b->nposts; p++)
		if (b->posts[p].chapter == (int)ch)
			walk_post(b, p, depth, fn, ctx, &sum);
	emit(fn, ctx, LV_CHAPTER, g->code, g->label, &sum);
	sum_into(subtotal, &sum);
}

/* Visits the lines of one kind outside the chapters (FG, IMP, unknown). */
static void
walk_kind(const struct cr_budget *b, enum cr_kind kind, cr_row_fn *fn,
    void *ctx, struct cr_totals *sum)
{
	size_t i;

	for (i = 0; i < b->nlines; i++)
		if (b->lines[i].kind == kind)
			walk_line(&b->lines[i], LV_LINE, fn, ctx, sum);
}

static int
has_kind(const struct cr_budget *b, enum cr_kind kind)
{
	size_t i;

	for (i = 0; i < b->nlines; i++)
		if (b->lines[i].kind == kind)
			return 1;
	return 0;
}

void
cr_walk(const struct cr_budget *b, enum cr_level depth, cr_row_fn *fn,
    void *ctx)
{
	struct cr_totals sub, total, unknown;
	size_t ch;

	memset(&sub, 0, sizeof sub);
	memset(&unknown, 0, sizeof unknown);
	for (ch = 0; ch < b->nchapters; ch++)
		walk_chapter(b, ch, depth, fn, ctx, &sub);
	emit(fn, ctx, LV_SUBTOTAL, "", "", &sub);
	total = sub;
	walk_kind(b, CR_FG, fn, ctx, &total);
	walk_kind(b, CR_IMP, fn, ctx, &total);
	if (has_kind(b, CR_UNKNOWN)) {
		walk_kind(b, CR_UNKNOWN, fn, ctx, &unknown);
		emit(fn, ctx, LV_CHAPTER, "", "Hors devis", &unknown);
		sum_into(&total, &unknown);
	}
	emit(fn, ctx, LV_TOTAL, "", "", &total);
}

static void
keep_total(void *ctx, const struct cr_row *row)
{
	if (row->level == LV_TOTAL)
		*(struct cr_totals *)ctx = *row->t;
}

void
cr_grand_total(const struct cr_budget *b, struct cr_totals *t)
{
	cr_walk(b, LV_CHAPTER, keep_total, t);
}

const char *
cr_level_name(enum cr_level level)
{
	static const char *const names[] = { "heading", "line", "post",
	    "chapter", "subtotal", "total" };

	return names[level];
}
