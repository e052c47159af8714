/*
 * compute.c: from the budget as written to the devis: globals resolved
 * in any order (a cycle is an error), each line priced as quantity x
 * persons x rate rounded half away from zero to the cent, its France /
 * abroad split, then the sums of posts and chapters, frais généraux,
 * imprévus and the totals. Totals are sums of rounded lines.
 */
#include <stdlib.h>
#include <string.h>

#include "breakdown.h"
#include "budget.h"
#include "buf.h"
#include "charges.h"
#include "xalloc.h"

#define EVAL_DEPTH_MAX 256

struct evalctx {
	struct bcnc_budget *b;
	struct diag *d;
	const struct srcpos *at;	/* the expression being evaluated */
	struct bcnc_global *stack[EVAL_DEPTH_MAX];
	int depth;
};

static struct bcnc_global *
find_global(struct bcnc_budget *b, const char *name)
{
	size_t i;

	for (i = 0; i < b->nglobals; i++)
		if (strcmp(b->globals[i].name, name) == 0)
			return &b->globals[i];
	return NULL;
}

static void
report_undefined(struct evalctx *cx, const char *name)
{
	const char *hint = "define it under 'globals', or with -g";

	if (bcnc_breakdown_provides(name))
		hint = "it comes from the breakdown: give -b breakdown.csv, "
		    "or define it under 'globals'";
	diag_error(cx->d, cx->at, hint, "global '%s' is not defined", name);
}

static void
report_cycle(struct evalctx *cx, struct bcnc_global *g)
{
	struct buf path = BUF_INIT;
	int i = cx->depth - 1;

	while (i > 0 && cx->stack[i] != g)
		i--;
	for (; i < cx->depth; i++)
		buf_addf(&path, "%s -> ", cx->stack[i]->name);
	buf_adds(&path, g->name);
	diag_error(cx->d, &g->pos, NULL, "global '%s' is defined in a cycle: "
	    "%s", g->name, buf_str(&path));
	buf_free(&path);
}

static int eval_global(struct evalctx *cx, struct bcnc_global *g);

static int
lookup(void *ctx, const char *name, struct bcnc_q *out)
{
	struct evalctx *cx = ctx;
	struct bcnc_global *g = find_global(cx->b, name);

	if (g == NULL) {
		report_undefined(cx, name);
		return -1;
	}
	if (g->state == 1) {
		report_cycle(cx, g);
		return -1;
	}
	if (eval_global(cx, g) < 0)
		return -1;
	*out = g->value;
	return 0;
}

/* Evaluates text at at; 0 or -1 after a report. */
static int
eval_text(struct evalctx *cx, const char *text, const struct srcpos *at,
    struct bcnc_q *out)
{
	const struct srcpos *outer = cx->at;
	char why[BCNC_WHY_MAX];
	int rc;

	cx->at = at;
	rc = bcnc_expr_eval(text, lookup, cx, out, why);
	cx->at = outer;
	if (rc == -1)
		diag_error(cx->d, at, "a quantity is a number, a global, or "
		    "an expression with + - * / and parentheses",
		    "'%s' is not a number: %s", text, why);
	return rc < 0 ? -1 : 0;
}

static int
eval_global(struct evalctx *cx, struct bcnc_global *g)
{
	int rc;

	if (g->state == 2)
		return 0;
	if (g->state == 3)
		return -1;
	if (cx->depth >= EVAL_DEPTH_MAX) {
		diag_error(cx->d, &g->pos, NULL, "globals refer to each other "
		    "more than %d deep", EVAL_DEPTH_MAX);
		g->state = 3;
		return -1;
	}
	g->state = 1;
	cx->stack[cx->depth++] = g;
	rc = eval_text(cx, g->text, &g->pos, &g->value);
	cx->depth--;
	g->state = rc == 0 ? 2 : 3;
	return rc;
}

static void
resolve_globals(struct evalctx *cx)
{
	size_t i;

	for (i = 0; i < cx->b->nglobals; i++)
		(void)eval_global(cx, &cx->b->globals[i]);
}

/* --- lines ----------------------------------------------------------- */

#define QTY_MAX INT64_C(100000000000)	/* a billion units, in hundredths */

static int
split_line(struct evalctx *cx, struct bcnc_line *l)
{
	char a[MONEY_BUFSZ], b[MONEY_BUFSZ];

	l->abroad = 0;
	if (l->split == BCNC_ABROAD_SHARE)
		(void)money_apply_rate(l->amount, l->abroad_share,
		    ROUND_HALF_AWAY, &l->abroad);
	else if (l->split == BCNC_ABROAD_AMOUNT) {
		if (l->abroad_given > l->amount) {
			diag_error(cx->d, &l->split_pos, NULL, "abroad amount "
			    "%s is more than the line's %s",
			    money_format_fr(a, l->abroad_given, MONEY_FR_EURO),
			    money_format_fr(b, l->amount, MONEY_FR_EURO));
			return -1;
		}
		l->abroad = l->abroad_given;
	}
	l->france = l->amount - l->abroad;
	return 0;
}

/* quantity (to the hundredth, half away from zero) x persons x rate,
 * to the cent, half away from zero. */
static int
price_line(struct evalctx *cx, struct bcnc_line *l)
{
	struct bcnc_q q;
	int64_t units;

	if (eval_text(cx, l->qty_text, &l->qty_pos, &q) < 0)
		return -1;
	if (bcnc_q_hundredths(q, &l->qty) < 0 || l->qty > QTY_MAX ||
	    l->qty < -QTY_MAX) {
		diag_error(cx->d, &l->qty_pos, NULL, "quantity '%s' is too "
		    "large", l->qty_text);
		return -1;
	}
	if (l->qty < 0) {
		diag_error(cx->d, &l->qty_pos, NULL, "quantity '%s' is "
		    "negative", l->qty_text);
		return -1;
	}
	if (l->rate < 0) {
		diag_error(cx->d, &l->pos, NULL, "line '%s' has a negative "
		    "rate", l->code);
		return -1;
	}
	if (money_mul(l->qty, l->persons, &units) < 0 ||
	    money_muldiv(l->rate, units, 100, ROUND_HALF_AWAY,
	    &l->amount) < 0) {
		diag_error(cx->d, &l->pos, NULL, "line '%s' comes to more "
		    "than the largest amount", l->code);
		return -1;
	}
	return split_line(cx, l);
}

static int
cmp_lines(const void *a, const void *b)
{
	const struct bcnc_line *x = a, *y = b;
	int c = strcmp(x->code, y->code);

	if (c != 0)
		return c;
	return (x->pos.line > y->pos.line) - (x->pos.line < y->pos.line);
}

/* Sorts the lines by code; a code listed twice is an error. */
static int
sort_lines(struct bcnc_budget *b, struct diag *d)
{
	size_t i;
	int rc = 0;

	if (b->nlines > 1)
		if (b->nlines > 1)
			qsort(b->lines, b->nlines, sizeof *b->lines,
			    cmp_lines);
	for (i = 1; i < b->nlines; i++)
		if (strcmp(b->lines[i].code, b->lines[i - 1].code) == 0) {
			diag_error(d, &b->lines[i].pos, "a code appears once "
			    "in a devis; add lines to a template of your own",
			    "line '%s' is listed twice (first on line %u)",
			    b->lines[i].code, b->lines[i - 1].pos.line);
			rc = -1;
		}
	return rc;
}

/* --- sums ------------------------------------------------------------ */

static int
sum_add(struct bcnc_sum *s, int64_t total, int64_t france, int64_t abroad)
{
	return money_add(s->total, total, &s->total) |
	    money_add(s->france, france, &s->france) |
	    money_add(s->abroad, abroad, &s->abroad);
}

static int
sum_sub(const struct bcnc_sum *a, const struct bcnc_sum *b,
    struct bcnc_sum *out)
{
	return money_sub(a->total, b->total, &out->total) |
	    money_sub(a->france, b->france, &out->france) |
	    money_sub(a->abroad, b->abroad, &out->abroad);
}

static int
sum_lines(struct bcnc_budget *b)
{
	const struct bcnc_template *t = b->tmpl;
	int rc = 0;
	size_t i;

	b->post = xcalloc(t->nposts + 1, sizeof *b->post);
	for (i = 0; i < b->nlines; i++) {
		const struct bcnc_line *l = &b->lines[i];
		const struct bcnc_tpost *p = &t->posts[l->t->post];

		rc |= sum_add(&b->post[l->t->post], l->amount, l->france,
		    l->abroad);
		rc |= sum_add(&b->chapter[p->chapter], l->amount, l->france,
		    l->abroad);
		rc |= sum_add(&b->sub, l->amount, l->france, l->abroad);
		if (p->financial)
			rc |= sum_add(&b->ff, l->amount, l->france,
			    l->abroad);
		rc |= money_add(b->eligible_france, l->tc_amount,
		    &b->eligible_france);
	}
	return rc;
}

/* Frais généraux and imprévus are percentages of the subtotal of
 * chapters 1-9 without the frais financiers. FG are the delegate
 * producer's overheads, spent in France; the imprévus spent abroad are
 * in the proportion of their base, rounded half away from zero to the
 * cent, France taking the rest (the spreadsheet's ROUND does the same). */
static int
sum_overheads(struct bcnc_budget *b)
{
	int rc;

	rc = sum_sub(&b->sub, &b->ff, &b->base);
	rc |= money_apply_rate(b->base.total, b->fg_rate, ROUND_HALF_AWAY,
	    &b->fg.total);
	b->fg.france = b->fg.total;
	rc |= money_apply_rate(b->base.total, b->imp_rate, ROUND_HALF_AWAY,
	    &b->imp.total);
	if (b->base.total != 0)
		rc |= money_muldiv(b->imp.total, b->base.abroad,
		    b->base.total, ROUND_HALF_AWAY, &b->imp.abroad);
	b->imp.france = b->imp.total - b->imp.abroad;
	b->total = b->sub;
	rc |= sum_add(&b->total, b->fg.total, b->fg.france, b->fg.abroad);
	rc |= sum_add(&b->total, b->imp.total, b->imp.france, b->imp.abroad);
	rc |= sum_sub(&b->total, &b->imp, &b->hors_imp);
	rc |= sum_sub(&b->total, &b->ff, &b->hors_ff);
	return rc;
}

/* Leaves out the lines that had a problem when read. */
static void
drop_bad_lines(struct bcnc_budget *b)
{
	size_t i, n = 0, j;

	for (i = 0; i < b->nlines; i++) {
		struct bcnc_line *l = &b->lines[i];

		if (!l->bad) {
			b->lines[n++] = *l;
			continue;
		}
		for (j = 0; j < l->nnames; j++)
			free(l->names[j]);
		free(l->names);
		free(l->label);
		free(l->qty_text);
	}
	b->nlines = n;
}

int
bcnc_budget_compute(struct bcnc_budget *b,
    const struct bcnc_charges *charges, struct diag *d)
{
	struct evalctx cx;
	unsigned before = d->errors;
	size_t i;

	memset(&cx, 0, sizeof cx);
	cx.b = b;
	cx.d = d;
	resolve_globals(&cx);
	drop_bad_lines(b);
	for (i = 0; i < b->nlines; i++) {
		if (price_line(&cx, &b->lines[i]) == 0)
			b->lines[i].tc_amount = b->lines[i].tax_credit ?
			    b->lines[i].france : 0;
	}
	(void)sort_lines(b, d);
	if (d->errors != before)
		return -1;
	if (charges != NULL) {
		bcnc_charges_apply(b, charges, d);
		if (b->nlines > 1)
			qsort(b->lines, b->nlines, sizeof *b->lines,
			    cmp_lines);
	}
	if (sum_lines(b) < 0 || sum_overheads(b) < 0) {
		diag_error(d, NULL, NULL, "the devis total is beyond the "
		    "largest amount");
		return -1;
	}
	return 0;
}

rate_t
bcnc_ratio(int64_t part, int64_t whole)
{
	int64_t bp = 0;

	if (whole != 0)
		(void)money_muldiv(part, 10000, whole, ROUND_HALF_AWAY, &bp);
	return bp * (RATE_ONE / 10000);
}
