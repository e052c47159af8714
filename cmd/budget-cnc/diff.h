/*
 * diff.h: what changed between two versions of a devis, line by line
 * (added, removed, changed and how), chapter by chapter, and in the
 * totals.
 */
#ifndef BCNC_DIFF_H
#define BCNC_DIFF_H

#include "budget.h"
#include "table.h"

/* Both budgets computed. Rows: changed lines, changed chapters, then the
 * closing rows that changed and the total (always). */
struct table *bcnc_diff_table(const struct bcnc_budget *old,
    const struct bcnc_budget *new);

#endif
