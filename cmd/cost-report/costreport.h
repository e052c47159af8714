/*
 * costreport.h: the cost report's model. A budget is the devis lines of
 * budget(5) grouped into posts and chapters; each line accumulates the
 * ledger(5) rows charged to it. Memory holds the budget lines, the days
 * that have costs, and the duplicate-reference check; ledger rows are
 * streamed and never kept.
 *
 * Vocabulary (French production terms): budget = devis; committed =
 * engagé (every row, whatever its status); invoiced = facturé (invoiced
 * and paid rows); paid = payé; done = réalisé, the spending of the budget
 * exécuté (invoiced and paid rows); etc = estimate to complete (reste à
 * engager); efc = estimated final cost (coût final estimé).
 */
#ifndef COSTREPORT_H
#define COSTREPORT_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"

/* What a budget line is. */
enum cr_kind {
	CR_LINE,	/* a line of chapters 1 to 9 */
	CR_FG,		/* frais généraux (overheads), code FG */
	CR_IMP,		/* imprévus (contingency), code IMP */
	CR_UNKNOWN	/* a ledger code not in the budget, when allowed */
};

/* Ledger sums of one line, in cents. */
struct cr_sums {
	int64_t committed;	/* every row */
	int64_t invoiced;	/* invoiced and paid rows */
	int64_t paid;		/* paid rows */
	int64_t period;		/* every row dated within the period */
	int64_t done_fr;	/* invoiced and paid, in France */
	int64_t done_abroad;	/* invoiced and paid, abroad */
	int64_t eligible;	/* done_fr on a tax-credit line, from the
				   credit start date */
};

struct cr_line {
	char *code;
	char *label;
	enum cr_kind kind;
	int chapter;		/* index in budget.chapters, -1 outside them */
	int post;		/* index in budget.posts, -1 outside them */
	int64_t budget;		/* devis amount */
	int64_t budget_fr, budget_abroad;
	int tax_credit;		/* 1: eligible to the tax credit */
	unsigned src_line;	/* its line in the budget file */
	struct cr_sums s;
	int overflow;		/* a sum went beyond MONEY_MAX */
	int has_etc;		/* the estimate to complete was overridden */
	int64_t etc_override;
	int has_prev;		/* the previous report has this line */
	int64_t prev_efc;
};

/* A chapter (1 to 9) or a post (two digits) of the devis. */
struct cr_group {
	char *code;
	char *label;
	int chapter;		/* for a post, its chapter's index */
	unsigned src_line;
};

struct cr_budget {
	char *file;
	struct cr_line *lines;
	size_t nlines, caplines;
	struct cr_group *chapters;
	size_t nchapters, capchapters;
	struct cr_group *posts;
	size_t nposts, capposts;
	int32_t *by_number;	/* line index of a five-digit code, -1 none */
	int32_t *hash;		/* open addressing over the other codes */
	size_t hashcap;
};

/* Spending of one day, for the chart. */
struct cr_day {
	int32_t day;
	int64_t committed;
	int64_t paid;
};

struct cr_days {
	struct cr_day *v;	/* open addressing on day; used when set */
	unsigned char *used;
	size_t n, cap;
	size_t last;		/* the slot used last (not with cap 0) */
};

/* Reads budget.csv (budget(5)); path "-" is stdin. Errors are reported
 * and counted in d; returns NULL when the budget was rejected, with
 * *unreadable set when the file could not be opened. */
struct cr_budget *cr_budget_read(const char *path, struct diag *d,
    int *unreadable);
void cr_budget_free(struct cr_budget *b);
/* The index of the line with this code, or -1. */
long cr_budget_find(const struct cr_budget *b, const char *code, size_t len);
/* Adds a line outside the budget (CR_UNKNOWN, budget 0) labelled as the
 * first ledger row that has its code; returns its index. */
size_t cr_budget_add_unknown(struct cr_budget *b, const char *code,
    size_t len, const char *label);

/* Estimate to complete of a line: its override, else what is left of the
 * budget once committed, never below zero. */
int64_t cr_line_etc(const struct cr_line *l);

void cr_days_add(struct cr_days *d, int32_t day, int64_t committed,
    int64_t paid);
/* The days sorted by date, in a new array of *n entries the caller frees. */
struct cr_day *cr_days_sorted(const struct cr_days *d, size_t *n);
void cr_days_free(struct cr_days *d);

#endif
