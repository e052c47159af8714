/*
 * diff.c: comparing two computed devis by code.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diff.h"
#include "xalloc.h"

static void
columns(struct table *t)
{
	table_col(t, "level", "Niveau", COL_TEXT);
	table_col(t, "code", "Code", COL_TEXT);
	table_col(t, "label", "Libellé", COL_TEXT);
	table_col(t, "change", "Changement", COL_TEXT);
	table_col(t, "old", "Ancien", COL_MONEY);
	table_col(t, "new", "Nouveau", COL_MONEY);
	table_col(t, "delta", "Écart", COL_MONEY);
	table_col(t, "detail", "Détail", COL_TEXT);
}

static void
row(struct table *t, const char *level, const char *code, const char *label,
    const char *change, int64_t old, int64_t new, const char *detail)
{
	table_row(t, strcmp(level, "line") == 0 ? 0 : ROW_TOTAL);
	table_text(t, level);
	table_text(t, code);
	table_text(t, label);
	table_text(t, change);
	table_money(t, old);
	table_money(t, new);
	table_money(t, new - old);
	table_text(t, detail);
}

static void
note_fixed(struct buf *d, const char *what, int64_t a, int64_t b)
{
	char x[64], y[64];

	if (a == b)
		return;
	fixed_format(x, sizeof x, a, 2, 0);
	fixed_format(y, sizeof y, b, 2, 0);
	buf_addf(d, "%s%s %s → %s", d->len ? "; " : "", what, x, y);
}

static void
note_money(struct buf *d, const char *what, int64_t a, int64_t b)
{
	char x[MONEY_BUFSZ], y[MONEY_BUFSZ];

	if (a != b)
		buf_addf(d, "%s%s %s → %s", d->len ? "; " : "", what,
		    money_format_fr(x, a, 0), money_format_fr(y, b, 0));
}

static void
note_text(struct buf *d, const char *what, const char *a, const char *b)
{
	if (strcmp(a, b) != 0)
		buf_addf(d, "%s%s %s → %s", d->len ? "; " : "", what, a, b);
}

/* What changed in a line, in French; empty when nothing did. */
static void
line_changes(struct buf *d, const struct bcnc_line *a,
    const struct bcnc_line *b)
{
	note_text(d, "libellé", a->label, b->label);
	note_text(d, "nature", bcnc_kind_labels_fr[a->kind],
	    bcnc_kind_labels_fr[b->kind]);
	note_fixed(d, "quantité", a->qty, b->qty);
	note_text(d, "unité", bcnc_unit_labels_fr[a->unit],
	    bcnc_unit_labels_fr[b->unit]);
	note_fixed(d, "personnes", a->persons * 100, b->persons * 100);
	note_money(d, "taux", a->rate, b->rate);
	note_money(d, "dont étranger", a->abroad, b->abroad);
	note_text(d, "crédit d'impôt", a->tax_credit ? "oui" : "non",
	    b->tax_credit ? "oui" : "non");
	if (d->len == 0)
		note_money(d, "montant", a->amount, b->amount);
}

static void
diff_lines(struct table *t, const struct bcnc_budget *o,
    const struct bcnc_budget *n)
{
	struct buf d = BUF_INIT;
	size_t i = 0, j = 0;
	int c;

	while (i < o->nlines || j < n->nlines) {
		c = i >= o->nlines ? 1 : j >= n->nlines ? -1 :
		    strcmp(o->lines[i].code, n->lines[j].code);
		if (c < 0) {
			row(t, "line", o->lines[i].code, o->lines[i].label,
			    "removed", o->lines[i].amount, 0, "");
			i++;
		} else if (c > 0) {
			row(t, "line", n->lines[j].code, n->lines[j].label,
			    "added", 0, n->lines[j].amount, "");
			j++;
		} else {
			buf_clear(&d);
			line_changes(&d, &o->lines[i], &n->lines[j]);
			if (d.len > 0)
				row(t, "line", n->lines[j].code,
				    n->lines[j].label, "changed",
				    o->lines[i].amount, n->lines[j].amount,
				    buf_str(&d));
			i++, j++;
		}
	}
	buf_free(&d);
}

/* A sum that changed (always: even when it did not); the detail says
 * how its abroad part and, for FG and IMP, its rate changed. */
static void
diff_sum(struct table *t, const char *level, const char *code,
    const char *label, const struct bcnc_sum *a, const struct bcnc_sum *b,
    const rate_t *rates, int always)
{
	char x[RATE_BUFSZ], y[RATE_BUFSZ];
	struct buf d = BUF_INIT;

	if (rates != NULL && rates[0] != rates[1])
		note_text(&d, "taux", rate_format_fr(x, rates[0]),
		    rate_format_fr(y, rates[1]));
	note_money(&d, "dont étranger", a->abroad, b->abroad);
	if (always || a->total != b->total || d.len > 0)
		row(t, level, code, label, a->total == b->total &&
		    d.len == 0 ? "same" : "changed", a->total, b->total,
		    buf_str(&d));
	buf_free(&d);
}

struct table *
bcnc_diff_table(const struct bcnc_budget *o, const struct bcnc_budget *n)
{
	struct table *t = table_new();
	const rate_t fg[2] = { o->fg_rate, n->fg_rate };
	const rate_t imp[2] = { o->imp_rate, n->imp_rate };
	char num[4];
	int c;

	columns(t);
	diff_lines(t, o, n);
	for (c = 0; c < 9; c++) {
		snprintf(num, sizeof num, "%d", c + 1);
		diff_sum(t, "chapter", num, n->tmpl->chapters[c].label,
		    &o->chapter[c], &n->chapter[c], NULL, 0);
	}
	diff_sum(t, "total", "", "Sous-total chapitres 1 à 9", &o->sub,
	    &n->sub, NULL, 0);
	diff_sum(t, "total", "FG", "Frais généraux", &o->fg, &n->fg, fg, 0);
	diff_sum(t, "total", "IMP", "Imprévus", &o->imp, &n->imp, imp, 0);
	diff_sum(t, "total", "", "TOTAL (coût de production)", &o->total,
	    &n->total, NULL, 1);
	return t;
}
