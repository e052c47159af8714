/*
 * reports.h: the machine outputs of payslip. payroll.csv (payroll(5)):
 * one row per gross element, contribution and total of every payslip;
 * the employer-cost ledger (ledger(5)) that cost-report reads: gross pay
 * on the contract's budget line, the employer's charges on the line that
 * budgets them; and the monthly summary per person that the declarations
 * to France Travail and Congés Spectacles need.
 */
#ifndef PAYSLIP_REPORTS_H
#define PAYSLIP_REPORTS_H

#include <stdint.h>

#include "csvio.h"
#include "slip.h"
#include "table.h"

void report_payroll_header(struct csv_writer *w);
void report_payroll(struct csv_writer *w, const struct slip *s);

void report_ledger_header(struct csv_writer *w);
/* The rows of s; status from asof: committed before the end of the
 * period, salaries paid from it, charges paid from the 15th of the next
 * month (the DSN's due date) and invoiced before. */
void report_ledger(struct csv_writer *w, const struct slip *s,
    const struct employer *e, int32_t asof);

/* The summary: a table with one row per person and month. */
struct summary;
struct summary *summary_new(int show_nir);
void summary_add(struct summary *sm, const struct slip *s);
/* Writes the table in fmt and frees sm. */
void summary_finish(struct summary *sm, enum format fmt, FILE *f);

#endif
