/*
 * adjust.h: estimate-to-complete overrides and the previous report.
 */
#ifndef ADJUST_H
#define ADJUST_H

#include "costreport.h"

/* Reads a CSV of code,etc[,note] (cost-report(5)) into the lines'
 * estimate overrides. An unknown code or a repeated one is an error. */
void cr_read_estimates(struct cr_budget *b, const char *path,
    struct diag *d);
/* Reads a report written earlier with -f csv: the efc of its line rows
 * becomes the lines' previous estimate. Lines no longer in the budget are
 * warned about. */
void cr_read_previous(struct cr_budget *b, const char *path,
    struct diag *d);

#endif
