/*
 * render.c: the devis as typed tables: the budget lines of budget(5),
 * the detailed devis and its récapitulatif.
 */
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "render.h"
#include "xalloc.h"

char *
bcnc_overhead_label(const char *what, rate_t rate)
{
	char buf[RATE_BUFSZ];

	return xasprintf("%s (%s)", what, rate_format_fr(buf, rate));
}

/* --- budget(5) ------------------------------------------------------- */

/* Written straight to the stream: the lines of a large devis need no
 * table in memory. */
static void
put_line(struct csv_writer *w, const struct bcnc_budget *b,
    const struct bcnc_line *l)
{
	const struct bcnc_tpost *p = &b->tmpl->posts[l->t->post];
	char q[32];
	int i;

	csv_put(w, l->code);
	csv_put_int(w, b->tmpl->chapters[p->chapter].num);
	csv_put(w, b->tmpl->chapters[p->chapter].label);
	csv_put(w, p->code);
	csv_put(w, p->label);
	csv_put(w, l->label);
	csv_put(w, bcnc_kind_names[l->kind]);
	if (l->computed) {
		for (i = 0; i < 4; i++)
			csv_put(w, "");
	} else {
		csv_put(w, fixed_format(q, sizeof q, l->qty, 2, 2));
		csv_put(w, bcnc_unit_names[l->unit]);
		csv_put_int(w, l->persons);
		csv_put_money(w, l->rate);
	}
	csv_put_money(w, l->amount);
	csv_put_money(w, l->france);
	csv_put_money(w, l->abroad);
	csv_put(w, l->tax_credit ? "yes" : "no");
	csv_endrow(w);
}

/* FG and IMP: code, label, kind, amounts; nothing else applies. */
static void
put_overhead(struct csv_writer *w, const char *code, const char *what,
    rate_t rate, enum bcnc_kind kind, const struct bcnc_sum *s)
{
	char *label = bcnc_overhead_label(what, rate);
	int i;

	csv_put(w, code);
	for (i = 0; i < 4; i++)
		csv_put(w, "");
	csv_put(w, label);
	csv_put(w, bcnc_kind_names[kind]);
	for (i = 0; i < 4; i++)
		csv_put(w, "");
	csv_put_money(w, s->total);
	csv_put_money(w, s->france);
	csv_put_money(w, s->abroad);
	csv_put(w, "no");
	csv_endrow(w);
	free(label);
}

void
bcnc_write_lines(const struct bcnc_budget *b, enum csv_style style, FILE *f)
{
	static const char *const head[] = {
		"code", "chapter", "chapter_label", "post", "post_label",
		"label", "kind", "quantity", "unit", "persons", "rate",
		"amount", "france", "abroad", "tax_credit"
	};
	struct csv_writer w;
	size_t i;

	csv_writer_init(&w, f, style);
	csv_row(&w, head, sizeof head / sizeof head[0]);
	for (i = 0; i < b->nlines; i++)
		put_line(&w, b, &b->lines[i]);
	put_overhead(&w, "FG", "Frais généraux", b->fg_rate, BCNC_OVERHEAD,
	    &b->fg);
	put_overhead(&w, "IMP", "Imprévus", b->imp_rate, BCNC_CONTINGENCY,
	    &b->imp);
}

/* --- the detailed devis ---------------------------------------------- */

static void
devis_columns(struct table *t)
{
	table_col(t, "code", "Code", COL_TEXT);
	table_col(t, "label", "Libellé", COL_TEXT);
	table_col(t, "quantity", "Quantité", COL_FIXED2);
	table_col(t, "unit", "Unité", COL_TEXT);
	table_col(t, "persons", "Pers.", COL_INT);
	table_col(t, "rate", "Taux", COL_MONEY);
	table_col(t, "amount", "Total", COL_MONEY);
	table_col(t, "france", "dont France", COL_MONEY);
	table_col(t, "abroad", "dont étranger", COL_MONEY);
}

/* A heading or total row: code, label, then the three amounts. */
static void
sum_row(struct table *t, const struct bcnc_budget *b, unsigned flags,
    const char *code, const char *label, const struct bcnc_sum *s)
{
	int i;

	(void)b;
	table_row(t, flags);
	table_text(t, code);
	table_text(t, label);
	for (i = 0; i < 4; i++)
		table_empty(t);
	if (s == NULL)
		return;
	table_money(t, s->total);
	table_money(t, s->france);
	table_money(t, s->abroad);
}

static void
devis_line(struct table *t, const struct bcnc_line *l)
{
	table_row(t, 0);
	table_text(t, l->code);
	table_text(t, l->label);
	if (l->computed) {
		table_empty(t);
		table_empty(t);
		table_empty(t);
		table_empty(t);
	} else {
		table_fixed2(t, l->qty);
		table_text(t, bcnc_unit_labels_fr[l->unit]);
		table_int(t, l->persons);
		table_money(t, l->rate);
	}
	table_money(t, l->amount);
	table_money(t, l->france);
	table_money(t, l->abroad);
}

/* The posts of chapter c that have lines, from line *li on. */
static void
devis_chapter(struct table *t, const struct bcnc_budget *b, size_t c,
    size_t *li)
{
	const struct bcnc_tchapter *ch = &b->tmpl->chapters[c];
	char num[4], *label;
	size_t pi;

	snprintf(num, sizeof num, "%d", ch->num);
	sum_row(t, b, ROW_HEADING, num, ch->label, NULL);
	for (pi = ch->first; pi < ch->first + ch->n; pi++) {
		const struct bcnc_tpost *p = &b->tmpl->posts[pi];

		if (*li >= b->nlines || b->lines[*li].t->post != pi)
			continue;
		sum_row(t, b, ROW_HEADING, p->code, p->label, NULL);
		for (; *li < b->nlines && b->lines[*li].t->post == pi; (*li)++)
			devis_line(t, &b->lines[*li]);
		label = xasprintf("Total %s %s", p->code, p->label);
		sum_row(t, b, ROW_TOTAL, p->code, label, &b->post[pi]);
		free(label);
	}
	label = xasprintf("Total chapitre %d", ch->num);
	sum_row(t, b, ROW_TOTAL, num, label, &b->chapter[c]);
	free(label);
}

/* Subtotal, FG, imprévus, total and the totals without imprévus and
 * without frais financiers. */
static void
closing_rows(struct table *t, const struct bcnc_budget *b,
    void (*row)(struct table *, const struct bcnc_budget *, unsigned,
    const char *, const char *, const struct bcnc_sum *))
{
	char *fg = bcnc_overhead_label("Frais généraux", b->fg_rate);
	char *imp = bcnc_overhead_label("Imprévus", b->imp_rate);

	row(t, b, ROW_TOTAL, "", "Sous-total chapitres 1 à 9", &b->sub);
	row(t, b, 0, "FG", fg, &b->fg);
	row(t, b, 0, "IMP", imp, &b->imp);
	row(t, b, ROW_TOTAL, "", "TOTAL (coût de production)", &b->total);
	row(t, b, ROW_TOTAL, "", "Total hors imprévus", &b->hors_imp);
	row(t, b, ROW_TOTAL, "", "Total hors frais financiers", &b->hors_ff);
	free(fg);
	free(imp);
}

struct table *
bcnc_devis_table(const struct bcnc_budget *b)
{
	struct table *t = table_new();
	size_t c, li = 0;

	devis_columns(t);
	for (c = 0; c < 9; c++)
		devis_chapter(t, b, c, &li);
	closing_rows(t, b, sum_row);
	return t;
}

/* --- the récapitulatif ----------------------------------------------- */

/* A chapter or closing row with its share of the total. */
static void
summary_row(struct table *t, const struct bcnc_budget *b, unsigned flags,
    const char *code, const char *label, const struct bcnc_sum *s)
{
	rate_t share = bcnc_ratio(s->total, b->total.total);

	table_row(t, flags);
	table_text(t, code);
	table_text(t, label);
	table_money(t, s->total);
	table_money(t, s->france);
	table_money(t, s->abroad);
	table_rate(t, share);
}

struct table *
bcnc_summary_table(const struct bcnc_budget *b)
{
	struct table *t = table_new();
	char num[4];
	size_t c;

	table_col(t, "chapter", "Chapitre", COL_TEXT);
	table_col(t, "label", "Libellé", COL_TEXT);
	table_col(t, "amount", "Total", COL_MONEY);
	table_col(t, "france", "dont France", COL_MONEY);
	table_col(t, "abroad", "dont étranger", COL_MONEY);
	table_col(t, "share", "% du total", COL_RATE);
	for (c = 0; c < 9; c++) {
		snprintf(num, sizeof num, "%d", b->tmpl->chapters[c].num);
		summary_row(t, b, 0, num, b->tmpl->chapters[c].label,
		    &b->chapter[c]);
	}
	closing_rows(t, b, summary_row);
	return t;
}

/* --- the template ---------------------------------------------------- */

struct table *
bcnc_template_table(const struct bcnc_template *t)
{
	struct table *tb = table_new();
	size_t c, p, l;
	char num[4];

	table_col(tb, "code", "Code", COL_TEXT);
	table_col(tb, "label", "Libellé", COL_TEXT);
	table_col(tb, "kind", "Nature", COL_TEXT);
	table_col(tb, "tax_credit", "Crédit d'impôt", COL_TEXT);
	for (c = 0; c < 9; c++) {
		snprintf(num, sizeof num, "%d", t->chapters[c].num);
		table_row(tb, ROW_HEADING);
		table_text(tb, num);
		table_text(tb, t->chapters[c].label);
		for (p = t->chapters[c].first; p < t->chapters[c].first +
		    t->chapters[c].n; p++) {
			const struct bcnc_tpost *tp = &t->posts[p];

			table_row(tb, ROW_HEADING);
			table_text(tb, tp->code);
			table_text(tb, tp->label);
			for (l = tp->first; l < tp->first + tp->n; l++) {
				const struct bcnc_tline *tl = &t->lines[l];

				table_row(tb, 0);
				table_text(tb, tl->code);
				table_text(tb, tl->label);
				table_text(tb, tl->charges >= 0 ? "charges" :
				    bcnc_kind_names[tl->kind]);
				table_text(tb, tl->tax_credit ? "yes" : "no");
			}
		}
	}
	return tb;
}
