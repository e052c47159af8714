/*
 * xlsx.c: the devis as a spreadsheet in the CNC layout (libxlsxwriter).
 * Financiers work in spreadsheets, so every computed cell is a formula
 * with its value cached: a line's amount is ROUND(quantity x persons x
 * rate, 2), quantities written as expressions refer to the globals by
 * defined names (sheet "Globales"), post, chapter and closing totals are
 * sums of the cells above, and the plan's balance line is what the devis
 * total leaves. Editing a rate or a global updates the whole workbook.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "buf.h"
#include "err.h"
#include "render.h"
#include "xalloc.h"

struct xl {
	lxw_workbook *wb;
	lxw_worksheet *ws;
	const struct bcnc_budget *b;
	lxw_format *title, *head, *heading, *money, *money_total, *qty,
	    *pct, *text_total;
	char **gname;			/* defined name of each global */
	lxw_row_t row;
	lxw_row_t *post_row;		/* total row of each post, 0: none */
	lxw_row_t ch_row[9], sub_row, ff_row, fg_row, imp_row, total_row;
	struct buf f;			/* formula being built */
};

/* The columns of the devis; K, L and M (hidden) hold each line's kind,
 * cadre status and chapter for the charges' SUMIFS. */
enum { C_CODE, C_LABEL, C_QTY, C_UNIT, C_PERS, C_RATE, C_TOTAL, C_FR,
	C_AB, C_SHARE, C_KIND, C_CADRE, C_CHAPTER };

/* A spreadsheet cell holds a binary double, so cents become euros only
 * here, at the edge: every amount was computed in integer cents, and the
 * double nearest to cents / 100 shows as that amount to the cent for any
 * budget below 2^53 cents. */
static double
eur(int64_t cents)
{
	return (double)cents / 100.0;
}

/* A formula from a printf format, in x->f; valid until the next one. */
#define FML(x, ...) \
	(buf_clear(&(x)->f), buf_addf(&(x)->f, __VA_ARGS__), buf_str(&(x)->f))

static void
formats(struct xl *x)
{
	const char *money = "#,##0.00\\ \"€\"";

	x->title = workbook_add_format(x->wb);
	format_set_bold(x->title);
	format_set_font_size(x->title, 14);
	x->head = workbook_add_format(x->wb);
	format_set_bold(x->head);
	format_set_bg_color(x->head, 0xEEEEEE);
	format_set_bottom(x->head, LXW_BORDER_THIN);
	x->heading = workbook_add_format(x->wb);
	format_set_bold(x->heading);
	format_set_bg_color(x->heading, 0xDDDDDD);
	x->money = workbook_add_format(x->wb);
	format_set_num_format(x->money, money);
	x->money_total = workbook_add_format(x->wb);
	format_set_num_format(x->money_total, money);
	format_set_bold(x->money_total);
	format_set_top(x->money_total, LXW_BORDER_THIN);
	x->text_total = workbook_add_format(x->wb);
	format_set_bold(x->text_total);
	format_set_top(x->text_total, LXW_BORDER_THIN);
	x->qty = workbook_add_format(x->wb);
	format_set_num_format(x->qty, "0.00");
	x->pct = workbook_add_format(x->wb);
	format_set_num_format(x->pct, "0.00%");
}

/* --- globals ----------------------------------------------------------- */

/* 1 when Excel would read s as a cell (A1, R1C1) or a boolean. */
static int
cell_like(const char *s)
{
	size_t i = 0;

	while (isalpha((unsigned char)s[i]))
		i++;
	if (i >= 1 && i <= 3 && s[i] != '\0' &&
	    strspn(s + i, "0123456789") == strlen(s + i))
		return 1;
	if (s[0] == 'r' || s[0] == 'R' || s[0] == 'c' || s[0] == 'C') {
		i = 1 + strspn(s + 1, "0123456789");
		if ((s[0] == 'r' || s[0] == 'R') &&
		    (s[i] == 'c' || s[i] == 'C'))
			i += 1 + strspn(s + i + 1, "0123456789");
		if (s[i] == '\0')
			return 1;
	}
	return strcasecmp(s, "true") == 0 || strcasecmp(s, "false") == 0;
}

/* Each global's defined name: its own, unless Excel would misread it or
 * it clashes (names are case-blind in Excel); then g<index>_name. */
static void
name_globals(struct xl *x)
{
	const struct bcnc_budget *b = x->b;
	size_t i, j;
	int clash;

	x->gname = xcalloc(b->nglobals + 1, sizeof *x->gname);
	for (i = 0; i < b->nglobals; i++) {
		for (clash = 0, j = 0; j < b->nglobals; j++)
			clash |= j != i && strcasecmp(b->globals[i].name,
			    b->globals[j].name) == 0;
		x->gname[i] = clash || cell_like(b->globals[i].name) ?
		    xasprintf("g%zu_%s", i, b->globals[i].name) :
		    xstrdup(b->globals[i].name);
	}
}

static void
global_ref(void *ctx, const char *name, char *buf, size_t size)
{
	struct xl *x = ctx;
	size_t i;

	for (i = 0; i < x->b->nglobals; i++)
		if (strcmp(x->b->globals[i].name, name) == 0) {
			snprintf(buf, size, "%s", x->gname[i]);
			return;
		}
	snprintf(buf, size, "0");
}

static int
plain_number(const char *s)
{
	return *s != '\0' && strspn(s, "0123456789.,") == strlen(s);
}

static const char *const origin_fr[] = {
	"budget.yaml", "dépouillement", "ligne de commande"
};

static void
sheet_globals(struct xl *x)
{
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, "Globales");
	const struct bcnc_budget *b = x->b;
	char ref[64];
	size_t i;

	worksheet_set_column(ws, 0, 0, 20, NULL);
	worksheet_set_column(ws, 1, 1, 12, NULL);
	worksheet_set_column(ws, 2, 3, 24, NULL);
	worksheet_write_string(ws, 0, 0, "Nom", x->head);
	worksheet_write_string(ws, 0, 1, "Valeur", x->head);
	worksheet_write_string(ws, 0, 2, "Origine", x->head);
	worksheet_write_string(ws, 0, 3, "Expression", x->head);
	for (i = 0; i < b->nglobals; i++) {
		const struct bcnc_global *g = &b->globals[i];
		lxw_row_t r = (lxw_row_t)i + 1;
		double v = (double)g->value.num / (double)g->value.den;
		char *f;

		worksheet_write_string(ws, r, 0, g->name, NULL);
		if (plain_number(g->text) ||
		    (f = bcnc_expr_to_formula(g->text, global_ref, x)) == NULL)
			worksheet_write_number(ws, r, 1, v, NULL);
		else {
			worksheet_write_formula_num(ws, r, 1,
			    FML(x, "=%s", f), NULL, v);
			free(f);
		}
		worksheet_write_string(ws, r, 2, origin_fr[g->origin], NULL);
		worksheet_write_string(ws, r, 3, g->text, NULL);
		snprintf(ref, sizeof ref, "=Globales!$B$%u", r + 1);
		workbook_define_name(x->wb, x->gname[i], ref);
	}
}

/* --- the devis --------------------------------------------------------- */

static void
devis_header(struct xl *x)
{
	static const char *const head[] = {
		"Code", "Libellé", "Quantité", "Unité", "Pers.", "Taux",
		"Total", "dont France", "dont étranger", "% étranger"
	};
	const struct bcnc_budget *b = x->b;
	lxw_row_col_options hidden = { 1, 0, 0 };
	char *sub;
	int c;

	worksheet_set_column(x->ws, C_CODE, C_CODE, 8, NULL);
	worksheet_set_column(x->ws, C_LABEL, C_LABEL, 46, NULL);
	worksheet_set_column(x->ws, C_QTY, C_PERS, 9, NULL);
	worksheet_set_column(x->ws, C_RATE, C_AB, 14, NULL);
	worksheet_set_column(x->ws, C_SHARE, C_SHARE, 10, NULL);
	worksheet_set_column_opt(x->ws, C_KIND, C_CHAPTER, 12, NULL, &hidden);
	worksheet_write_string(x->ws, 0, 0, b->title, x->title);
	sub = xasprintf("%s%s%s — %s", b->production ? b->production : "",
	    b->version ? ", version " : "", b->version ? b->version : "",
	    b->tmpl->label);
	worksheet_write_string(x->ws, 1, 0, sub, NULL);
	free(sub);
	for (c = 0; c < 10; c++)
		worksheet_write_string(x->ws, 3, (lxw_col_t)c, head[c],
		    x->head);
	worksheet_freeze_panes(x->ws, 4, 0);
	x->row = 4;
}

static void
devis_quantity(struct xl *x, lxw_row_t r, const struct bcnc_line *l)
{
	char *f;

	if (plain_number(l->qty_text) ||
	    (f = bcnc_expr_to_formula(l->qty_text, global_ref, x)) == NULL) {
		worksheet_write_number(x->ws, r, C_QTY, (double)l->qty / 100,
		    x->qty);
		return;
	}
	worksheet_write_formula_num(x->ws, r, C_QTY, FML(x, "=ROUND(%s,2)",
	    f), x->qty, (double)l->qty / 100);
	free(f);
}

/* Chapter 4: each group's base (the French part of the salaries of
 * chapters 2 and 3 of the kind, cadres or not) times its employer rate,
 * rounded to the cent. */
static void
devis_charges(struct xl *x, lxw_row_t r, const struct bcnc_line *l)
{
	char rate[RATE_BUFSZ];
	int k;

	buf_clear(&x->f);
	buf_addc(&x->f, '=');
	for (k = 0; k < 2; k++)
		buf_addf(&x->f, "%sROUND(SUMIFS($H$5:$H$%u,$K$5:$K$%u,"
		    "\"%s\",$L$5:$L$%u,%d,$M$5:$M$%u,\">=2\",$M$5:$M$%u,"
		    "\"<=3\")*%s,2)",
		    k ? "+" : "", r, r, bcnc_kind_names[l->t->charges], r, k, r,
		    r, rate_format(rate, l->charge_rate[k]));
	worksheet_write_formula_num(x->ws, r, C_TOTAL, buf_str(&x->f),
	    x->money, eur(l->amount));
	worksheet_write_number(x->ws, r, C_AB, 0, x->money);
	worksheet_write_formula_num(x->ws, r, C_FR, FML(x, "=G%u-I%u", r + 1,
	    r + 1), x->money, eur(l->france));
}

/* Amount = ROUND(quantity x persons x rate, 2); abroad from its share
 * or as written; France the rest. */
static void
devis_line(struct xl *x, const struct bcnc_line *l)
{
	lxw_row_t r = x->row++;
	unsigned R = r + 1;

	worksheet_write_string(x->ws, r, C_CODE, l->code, NULL);
	worksheet_write_string(x->ws, r, C_LABEL, l->label, NULL);
	worksheet_write_string(x->ws, r, C_KIND, bcnc_kind_names[l->kind],
	    NULL);
	worksheet_write_number(x->ws, r, C_CADRE, l->cadre, NULL);
	worksheet_write_number(x->ws, r, C_CHAPTER, l->code[0] - '0', NULL);
	if (l->computed) {
		devis_charges(x, r, l);
		return;
	}
	devis_quantity(x, r, l);
	worksheet_write_string(x->ws, r, C_UNIT,
	    bcnc_unit_labels_fr[l->unit], NULL);
	worksheet_write_number(x->ws, r, C_PERS, (double)l->persons, NULL);
	worksheet_write_number(x->ws, r, C_RATE, eur(l->rate), x->money);
	worksheet_write_formula_num(x->ws, r, C_TOTAL,
	    FML(x, "=ROUND(C%u*E%u*F%u,2)", R, R, R), x->money,
	    eur(l->amount));
	if (l->split == BCNC_ABROAD_SHARE) {
		worksheet_write_number(x->ws, r, C_SHARE,
		    (double)l->abroad_share / RATE_ONE, x->pct);
		worksheet_write_formula_num(x->ws, r, C_AB,
		    FML(x, "=ROUND(G%u*J%u,2)", R, R), x->money,
		    eur(l->abroad));
	} else {
		worksheet_write_number(x->ws, r, C_AB, eur(l->abroad),
		    x->money);
	}
	worksheet_write_formula_num(x->ws, r, C_FR, FML(x, "=G%u-I%u", R, R),
	    x->money, eur(l->france));
}

/* Rows a total adds up: a range (first..last, n == 0) or a list. */
struct rows {
	lxw_row_t first, last;
	const lxw_row_t *list;
	size_t n;
	int minus;		/* list[0] minus the others */
};

static void
rows_formula(struct buf *f, char col, const struct rows *w)
{
	size_t i;

	buf_addc(f, '=');
	if (w->list == NULL) {
		buf_addf(f, "SUM(%c%u:%c%u)", col, w->first + 1, col,
		    w->last + 1);
		return;
	}
	for (i = 0; i < w->n; i++)
		buf_addf(f, "%s%c%u", i == 0 ? "" : w->minus ? "-" : "+", col,
		    w->list[i] + 1);
	if (w->n == 0)
		buf_addc(f, '0');
}

/* A total row: Total, dont France and dont étranger as formulas over
 * the same rows of their own column. */
static void
total_row(struct xl *x, lxw_row_t r, const char *code, const char *label,
    const struct rows *w, const struct bcnc_sum *s)
{
	const int64_t v[3] = { s->total, s->france, s->abroad };
	struct buf f = BUF_INIT;
	int c;

	worksheet_write_string(x->ws, r, C_CODE, code, x->text_total);
	worksheet_write_string(x->ws, r, C_LABEL, label, x->text_total);
	for (c = 0; c < 3; c++) {
		buf_clear(&f);
		rows_formula(&f, (char)('G' + c), w);
		worksheet_write_formula_num(x->ws, r, (lxw_col_t)(C_TOTAL + c),
		    buf_str(&f), x->money_total, eur(v[c]));
	}
	buf_free(&f);
}

static void
heading_row(struct xl *x, const char *code, const char *label)
{
	worksheet_write_string(x->ws, x->row, C_CODE, code, x->heading);
	worksheet_write_string(x->ws, x->row, C_LABEL, label, x->heading);
	x->row++;
}

static void
devis_chapter(struct xl *x, size_t c, size_t *li)
{
	const struct bcnc_budget *b = x->b;
	const struct bcnc_tchapter *ch = &b->tmpl->chapters[c];
	lxw_row_t posts[100];
	struct rows w = { 0, 0, posts, 0, 0 };
	char num[4], *label;
	size_t pi;

	snprintf(num, sizeof num, "%d", ch->num);
	heading_row(x, num, ch->label);
	for (pi = ch->first; pi < ch->first + ch->n; pi++) {
		const struct bcnc_tpost *p = &b->tmpl->posts[pi];
		struct rows lines = { 0, 0, NULL, 0, 0 };

		if (*li >= b->nlines || b->lines[*li].t->post != pi)
			continue;
		heading_row(x, p->code, p->label);
		lines.first = x->row;
		for (; *li < b->nlines && b->lines[*li].t->post == pi; (*li)++)
			devis_line(x, &b->lines[*li]);
		lines.last = x->row - 1;
		label = xasprintf("Total %s %s", p->code, p->label);
		total_row(x, x->row, p->code, label, &lines, &b->post[pi]);
		free(label);
		x->post_row[pi] = posts[w.n++] = x->row++;
	}
	label = xasprintf("Total chapitre %d", ch->num);
	total_row(x, x->row, num, label, &w, &b->chapter[c]);
	free(label);
	x->ch_row[c] = x->row++;
}

/* The frais financiers: the totals of the financial posts, in col. */
static void
ff_terms(struct xl *x, struct buf *f, char col)
{
	size_t i;
	int any = 0;

	buf_addc(f, '(');
	for (i = 0; i < x->b->tmpl->nposts; i++)
		if (x->b->tmpl->posts[i].financial && x->post_row[i] > 0) {
			buf_addf(f, "%s%c%u", any ? "+" : "", col,
			    x->post_row[i] + 1);
			any = 1;
		}
	buf_adds(f, any ? ")" : "0)");
}

/* FG or IMP: the rate in column F, the amount a percentage of the
 * subtotal without frais financiers. IMP abroad follows its base. */
static void
overhead_row(struct xl *x, const char *code, const char *what, rate_t rate,
    const struct bcnc_sum *s, int split)
{
	lxw_row_t r = x->row;
	unsigned S = x->sub_row + 1, R = r + 1;
	struct buf f = BUF_INIT, ffg = BUF_INIT, ffi = BUF_INIT;
	char *label = bcnc_overhead_label(what, rate);

	ff_terms(x, &ffg, 'G');
	ff_terms(x, &ffi, 'I');
	worksheet_write_string(x->ws, r, C_CODE, code, NULL);
	worksheet_write_string(x->ws, r, C_LABEL, label, NULL);
	worksheet_write_number(x->ws, r, C_RATE, (double)rate / RATE_ONE,
	    x->pct);
	buf_addf(&f, "=ROUND((G%u-%s)*F%u,2)", S, buf_str(&ffg), R);
	worksheet_write_formula_num(x->ws, r, C_TOTAL, buf_str(&f), x->money,
	    eur(s->total));
	buf_clear(&f);
	if (split)
		buf_addf(&f, "=IF(G%u-%s=0,0,ROUND(G%u*(I%u-%s)/(G%u-%s),2))",
		    S, buf_str(&ffg), R, S, buf_str(&ffi), S, buf_str(&ffg));
	else
		buf_adds(&f, "=0");
	worksheet_write_formula_num(x->ws, r, C_AB, buf_str(&f), x->money,
	    eur(s->abroad));
	worksheet_write_formula_num(x->ws, r, C_FR, FML(x, "=G%u-I%u", R, R),
	    x->money, eur(s->france));
	buf_free(&f);
	buf_free(&ffg);
	buf_free(&ffi);
	free(label);
	x->row++;
}

static void
devis_closing(struct xl *x)
{
	const struct bcnc_budget *b = x->b;
	lxw_row_t list[101];
	struct rows w = { 0, 0, list, 0, 0 };
	size_t i;

	memcpy(list, x->ch_row, sizeof x->ch_row);
	w.n = 9;
	x->sub_row = x->row++;
	total_row(x, x->sub_row, "", "Sous-total chapitres 1 à 9", &w,
	    &b->sub);
	x->fg_row = x->row;
	overhead_row(x, "FG", "Frais généraux", b->fg_rate, &b->fg, 0);
	x->imp_row = x->row;
	overhead_row(x, "IMP", "Imprévus", b->imp_rate, &b->imp, 1);
	list[0] = x->sub_row, list[1] = x->fg_row, list[2] = x->imp_row;
	w.n = 3;
	x->total_row = x->row++;
	total_row(x, x->total_row, "", "TOTAL (coût de production)", &w,
	    &b->total);
	list[0] = x->total_row, list[1] = x->imp_row;
	w.n = 2;
	w.minus = 1;
	total_row(x, x->row++, "", "Total hors imprévus", &w, &b->hors_imp);
	for (w.n = 1, i = 0; i < b->tmpl->nposts && w.n < 101; i++)
		if (b->tmpl->posts[i].financial && x->post_row[i] > 0)
			list[w.n++] = x->post_row[i];
	total_row(x, x->row++, "", "Total hors frais financiers", &w,
	    &b->hors_ff);
}

static void
sheet_devis(struct xl *x)
{
	size_t c, li = 0;

	x->ws = workbook_add_worksheet(x->wb, "Devis");
	x->post_row = xcalloc(x->b->tmpl->nposts + 1, sizeof *x->post_row);
	devis_header(x);
	for (c = 0; c < 9; c++)
		devis_chapter(x, c, &li);
	devis_closing(x);
}

/* --- the récapitulatif -------------------------------------------------- */

static void
summary_row(struct xl *x, lxw_worksheet *ws, lxw_row_t r, const char *code,
    const char *label, lxw_row_t from, const struct bcnc_sum *s)
{
	const int64_t v[3] = { s->total, s->france, s->abroad };
	int c;

	worksheet_write_string(ws, r, 0, code, NULL);
	worksheet_write_string(ws, r, 1, label, NULL);
	for (c = 0; c < 3; c++)
		worksheet_write_formula_num(ws, r, (lxw_col_t)(2 + c),
		    FML(x, "=Devis!%c%u", 'G' + c, from + 1), x->money,
		    eur(v[c]));
	worksheet_write_formula_num(ws, r, 5, FML(x, "=IF(Devis!$G$%u=0,0,"
	    "C%u/Devis!$G$%u)", x->total_row + 1, r + 1, x->total_row + 1),
	    x->pct, x->b->total.total == 0 ? 0 :
	    (double)s->total / (double)x->b->total.total);
}

static void
sheet_summary(struct xl *x, lxw_worksheet *ws)
{
	static const char *const head[] = {
		"Chapitre", "Libellé", "Total", "dont France",
		"dont étranger", "% du total"
	};
	const struct bcnc_budget *b = x->b;
	char num[4], *fg, *imp;
	lxw_row_t r = 2;
	int c;

	worksheet_set_column(ws, 0, 0, 9, NULL);
	worksheet_set_column(ws, 1, 1, 40, NULL);
	worksheet_set_column(ws, 2, 5, 15, NULL);
	worksheet_write_string(ws, 0, 0, b->title, x->title);
	for (c = 0; c < 6; c++)
		worksheet_write_string(ws, 1, (lxw_col_t)c, head[c], x->head);
	for (c = 0; c < 9; c++, r++) {
		snprintf(num, sizeof num, "%d", b->tmpl->chapters[c].num);
		summary_row(x, ws, r, num, b->tmpl->chapters[c].label,
		    x->ch_row[c], &b->chapter[c]);
	}
	fg = bcnc_overhead_label("Frais généraux", b->fg_rate);
	imp = bcnc_overhead_label("Imprévus", b->imp_rate);
	summary_row(x, ws, r++, "", "Sous-total chapitres 1 à 9", x->sub_row,
	    &b->sub);
	summary_row(x, ws, r++, "FG", fg, x->fg_row, &b->fg);
	summary_row(x, ws, r++, "IMP", imp, x->imp_row, &b->imp);
	summary_row(x, ws, r++, "", "TOTAL (coût de production)",
	    x->total_row, &b->total);
	summary_row(x, ws, r++, "", "Total hors imprévus", x->total_row + 1,
	    &b->hors_imp);
	summary_row(x, ws, r, "", "Total hors frais financiers",
	    x->total_row + 2, &b->hors_ff);
	free(fg);
	free(imp);
}

/* --- the plan de financement ------------------------------------------ */

/* The balance line: what the devis total leaves after the others. */
static const char *
balance_formula(struct xl *x, lxw_row_t first, lxw_row_t last,
    lxw_row_t bal)
{
	buf_clear(&x->f);
	buf_addf(&x->f, "=MAX(0,Devis!$G$%u", x->total_row + 1);
	if (bal > first)
		buf_addf(&x->f, "-SUM(G%u:G%u)", first + 1, bal);
	if (bal < last)
		buf_addf(&x->f, "-SUM(G%u:G%u)", bal + 2, last + 1);
	buf_addc(&x->f, ')');
	return buf_str(&x->f);
}

static void
plan_sources(struct xl *x, lxw_worksheet *ws, const struct bcnc_plan *p,
    lxw_row_t first, lxw_row_t tot)
{
	lxw_row_t last = first + (lxw_row_t)p->nsrc - 1, r;
	size_t i;

	for (i = 0; i < p->nsrc; i++) {
		const struct bcnc_source *s = &p->src[i];
		const struct bcnc_coproducer *c = &p->copro[s->coproducer];

		r = first + (lxw_row_t)i;
		worksheet_write_string(ws, r, 0, s->label, NULL);
		worksheet_write_string(ws, r, 1,
		    bcnc_family_labels_fr[s->family], NULL);
		worksheet_write_string(ws, r, 2, c->name, NULL);
		worksheet_write_string(ws, r, 3, c->country, NULL);
		worksheet_write_string(ws, r, 4,
		    bcnc_status_labels_fr[s->status], NULL);
		worksheet_write_string(ws, r, 5,
		    bcnc_nature_labels_fr[s->nature], NULL);
		if (s->balance)
			worksheet_write_formula_num(ws, r, 6,
			    balance_formula(x, first, last, r), x->money,
			    eur(s->amount));
		else
			worksheet_write_number(ws, r, 6, eur(s->amount),
			    x->money);
		worksheet_write_formula_num(ws, r, 7, FML(x, "=IF($G$%u=0,0,"
		    "G%u/$G$%u)", tot + 1, r + 1, tot + 1), x->pct,
		    (double)s->share / RATE_ONE);
	}
}

/* A closing row of the plan: label, formula and cached amount. */
static void
plan_row(struct xl *x, lxw_worksheet *ws, lxw_row_t r, const char *label,
    const char *formula, int64_t amount)
{
	worksheet_write_string(ws, r, 0, label, x->text_total);
	worksheet_write_formula_num(ws, r, 6, formula, x->money_total,
	    eur(amount));
}

/* SUMIF of the amounts whose column col says what. */
static void
plan_sumif(struct xl *x, lxw_worksheet *ws, lxw_row_t *r, char col,
    const char *what, const char *label, int64_t amount, lxw_row_t first,
    lxw_row_t last)
{
	plan_row(x, ws, (*r)++, label, FML(x, "=SUMIF($%c$%u:$%c$%u,\"%s\","
	    "$G$%u:$G$%u)", col, first + 1, col, last + 1, what, first + 1,
	    last + 1), amount);
}

static void
plan_totals(struct xl *x, lxw_worksheet *ws, const struct bcnc_plan *p,
    lxw_row_t first, lxw_row_t tot)
{
	lxw_row_t last = first + (lxw_row_t)p->nsrc - 1, r = tot;
	char *l;
	int k;

	plan_row(x, ws, r++, "TOTAL DU FINANCEMENT", FML(x, "=SUM(G%u:G%u)",
	    first + 1, last + 1), p->total);
	plan_row(x, ws, r++, "Coût du devis", FML(x, "=Devis!$G$%u",
	    x->total_row + 1), p->devis_total);
	plan_row(x, ws, r++, "Reste à financer", FML(x, "=G%u-G%u", tot + 2,
	    tot + 1), p->gap);
	for (k = 0; k < BCNC_NFAMILIES; k++) {
		l = xasprintf("Total %s", bcnc_family_labels_fr[k]);
		plan_sumif(x, ws, &r, 'B', bcnc_family_labels_fr[k], l,
		    p->family[k], first, last);
		free(l);
	}
	for (k = 0; k < BCNC_NSTATUS; k++) {
		l = xasprintf("dont %s", bcnc_status_labels_fr[k]);
		plan_sumif(x, ws, &r, 'E', bcnc_status_labels_fr[k], l,
		    p->status[k], first, last);
		free(l);
	}
	for (k = 0; k < BCNC_NNATURES; k++) {
		l = xasprintf("dont %s", bcnc_nature_labels_fr[k]);
		plan_sumif(x, ws, &r, 'F', bcnc_nature_labels_fr[k], l,
		    p->nature[k], first, last);
		free(l);
	}
	plan_sumif(x, ws, &r, 'D', "FR", "Part française", p->french, first,
	    last);
	plan_row(x, ws, r, "Part étrangère", FML(x, "=G%u-G%u", tot + 1, r),
	    p->foreign);
}

static void
sheet_plan(struct xl *x, lxw_worksheet *ws, const struct bcnc_plan *p)
{
	static const char *const head[] = {
		"Source", "Famille", "Coproducteur", "Pays", "Statut",
		"Nature", "Montant", "%"
	};
	lxw_row_t first = 2, tot = first + (lxw_row_t)p->nsrc + 1;
	int c;

	worksheet_set_column(ws, 0, 0, 46, NULL);
	worksheet_set_column(ws, 1, 2, 28, NULL);
	worksheet_set_column(ws, 3, 5, 11, NULL);
	worksheet_set_column(ws, 6, 7, 15, NULL);
	worksheet_write_string(ws, 0, 0, "Plan de financement", x->title);
	for (c = 0; c < 8; c++)
		worksheet_write_string(ws, 1, (lxw_col_t)c, head[c], x->head);
	plan_sources(x, ws, p, first, tot);
	plan_totals(x, ws, p, first, tot);
}

/* --- the workbook ----------------------------------------------------- */

/* Copies the file at path to f. */
static int
copy_file(const char *path, FILE *f)
{
	FILE *in = fopen(path, "rb");
	char chunk[65536];
	size_t n;
	int rc = 0;

	if (in == NULL) {
		err_warn_errno("%s", path);
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
		if (fwrite(chunk, 1, n, f) != n) {
			rc = -1;
			break;
		}
	if (ferror(in)) {
		err_warn_errno("%s", path);
		rc = -1;
	}
	fclose(in);
	return rc;
}

/* The document's properties; the date is the budget's, so that the same
 * budget gives the same file. */
static void
properties(struct xl *x)
{
	lxw_doc_properties props;

	memset(&props, 0, sizeof props);
	props.title = (char *)x->b->title;
	props.company = (char *)x->b->production;
	props.comments = (char *)"budget-cnc";
	props.created = (time_t)x->b->date * 86400;
	workbook_set_properties(x->wb, &props);
}

static void
fill(struct xl *x, const struct bcnc_plan *p)
{
	lxw_worksheet *summary, *plan = NULL;

	formats(x);
	properties(x);
	name_globals(x);
	summary = workbook_add_worksheet(x->wb, "Récapitulatif");
	sheet_devis(x);
	if (p != NULL)
		plan = workbook_add_worksheet(x->wb, "Plan de financement");
	sheet_globals(x);
	sheet_summary(x, summary);
	if (plan != NULL)
		sheet_plan(x, plan, p);
}

int
bcnc_xlsx_write(const struct bcnc_budget *b, const struct bcnc_plan *p,
    FILE *f)
{
	const char *tmp = getenv("TMPDIR");
	char *path = xasprintf("%s/budget-cnc.XXXXXX", tmp != NULL &&
	    *tmp != '\0' ? tmp : "/tmp");
	struct xl x;
	lxw_error e;
	int fd, rc = -1;
	size_t i;

	if ((fd = mkstemp(path)) < 0) {
		err_warn_errno("%s", path);
		free(path);
		return -1;
	}
	close(fd);
	memset(&x, 0, sizeof x);
	x.b = b;
	x.wb = workbook_new(path);
	if (x.wb == NULL)
		err_warn("%s: cannot create the workbook", path);
	else {
		fill(&x, p);
		if ((e = workbook_close(x.wb)) != LXW_NO_ERROR)
			err_warn("%s: %s", path, lxw_strerror(e));
		else
			rc = copy_file(path, f);
	}
	unlink(path);
	for (i = 0; x.gname != NULL && i < b->nglobals; i++)
		free(x.gname[i]);
	free(x.gname);
	free(x.post_row);
	buf_free(&x.f);
	free(path);
	return rc;
}
