/*
 * walk.h: the CNC layout of a report. Lines are visited chapter by
 * chapter and post by post in the devis order, each post and chapter
 * followed by its total (the sum of its lines), then the subtotal of
 * chapters 1 to 9, frais généraux, imprévus, the codes outside the budget
 * and the grand total.
 */
#ifndef WALK_H
#define WALK_H

#include "costreport.h"

enum cr_level {
	LV_HEADING,	/* a chapter's title, before its lines */
	LV_LINE,	/* a devis line, FG, IMP or a code outside the devis */
	LV_POST,
	LV_CHAPTER,	/* also the group of codes outside the devis */
	LV_SUBTOTAL,	/* chapters 1 to 9 */
	LV_TOTAL
};

/* Sums of a line or a group of lines, in cents. */
struct cr_totals {
	int64_t budget, budget_fr, budget_abroad;
	int64_t committed, invoiced, paid, period, etc, efc;
	int64_t done_fr, done_abroad, eligible;
	int64_t prev_efc;
	int has_prev;		/* one of the lines has a previous estimate */
};

/* A row of the walk; code and label are those of the line, post or
 * chapter ("" for subtotal and total; "" and "Hors devis" for the group
 * of codes outside the devis). */
struct cr_row {
	enum cr_level level;
	const char *code;
	const char *label;
	const struct cr_totals *t;
};

typedef void cr_row_fn(void *ctx, const struct cr_row *row);

/* Visits b's rows down to depth (LV_LINE, LV_POST or LV_CHAPTER): rows
 * finer than depth are summed but not visited. Exits with status 1 when a
 * total goes beyond the largest amount. */
void cr_walk(const struct cr_budget *b, enum cr_level depth, cr_row_fn *fn,
    void *ctx);
/* The totals of the whole budget and ledgers. */
void cr_grand_total(const struct cr_budget *b, struct cr_totals *t);
/* "line", "post", "chapter", "subtotal", "total". */
const char *cr_level_name(enum cr_level level);

#endif
