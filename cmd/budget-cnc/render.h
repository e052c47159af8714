/*
 * render.h: the devis, the financing plan and the checks as reports:
 * typed tables (aligned text, CSV, TSV, HTML fragments), the printable
 * HTML document in French, and the XLSX workbook whose totals are
 * formulas.
 */
#ifndef BCNC_RENDER_H
#define BCNC_RENDER_H

#include <stdio.h>

#include "budget.h"
#include "checks.h"
#include "csvio.h"
#include "financing.h"
#include "table.h"

/* Writes the budget lines of budget(5) to f as CSV or TSV: one row per
 * devis line, then FG and IMP; for cost-report. */
void bcnc_write_lines(const struct bcnc_budget *b, enum csv_style style,
    FILE *f);
/* The detailed devis: chapter and post headings, lines, post and
 * chapter totals, subtotal 1-9, FG, imprévus and the totals. */
struct table *bcnc_devis_table(const struct bcnc_budget *b);
/* The récapitulatif: one row per chapter and the closing rows. */
struct table *bcnc_summary_table(const struct bcnc_budget *b);
/* The template: its chapters, posts and lines with their kind and
 * tax-credit default, the codes a budget may use. */
struct table *bcnc_template_table(const struct bcnc_template *t);
/* The plan de financement: machine (CSV: one row per source) or human
 * (grouped by family, with the totals). */
struct table *bcnc_plan_table(const struct bcnc_plan *p, int machine);
/* One row per check; machine chooses the number forms. */
struct table *bcnc_checks_table(const struct bcnc_checks *c, int machine);

/* The printable devis (and the plan when p is not NULL). */
void bcnc_html_devis(const struct bcnc_budget *b, const struct bcnc_plan *p,
    FILE *f);
/* A report table as a printable document titled title. */
void bcnc_html_report(const char *title, const struct table *t, FILE *f);
/* The plan alone as a printable document. */
void bcnc_html_plan(const struct bcnc_budget *b, const struct bcnc_plan *p,
    FILE *f);

/* Writes the workbook to f: the devis with live formulas, its
 * récapitulatif, the globals, and the plan when p is not NULL. -1 after
 * a message on a system error. */
int bcnc_xlsx_write(const struct bcnc_budget *b, const struct bcnc_plan *p,
    FILE *f);

/* "Frais généraux (7,00 %)" and the like, for every renderer. */
char *bcnc_overhead_label(const char *what, rate_t rate);

#endif
