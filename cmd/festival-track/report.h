/*
 * report.h: festival-track's reports as tables (table.h): the deadlines
 * due, eligibility section by section, the submissions by status with
 * the fees spent, and the suggested submission plan.
 */
#ifndef CINEPROD_FT_REPORT_H
#define CINEPROD_FT_REPORT_H

#include "due.h"
#include "table.h"

/* The due list; the caller prints nothing at all when n is 0. */
struct table *ft_report_due(const struct ft_due *v, size_t n);
/* Every section of every festival, at its next edition. */
struct table *ft_report_eligible(const struct ft_ctx *c);
/* The submissions, then totals by status and currency. */
struct table *ft_report_status(const struct ft_ctx *c);
/* plan.c: the sections still to enter, in the suggested order. */
struct table *ft_report_plan(const struct ft_ctx *c);

#endif
