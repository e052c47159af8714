/*
 * breakdown.h: the globals a screenplay breakdown gives a budget, read
 * from script-breakdown's CSV (breakdown(5)): one row per scene with its
 * set, length in eighths of a page, speaking cast, silent roles and
 * number of extras.
 *
 *   scenes          rows
 *   eighths         sum of eighths
 *   pages           eighths / 8
 *   est_shoot_days  eighths / eighths_per_day, rounded up
 *   sets            distinct sets
 *   speaking_roles  distinct names in 'cast'
 *   silent_roles    distinct names in 'silent' (when the column is there)
 *   extras_days     sum of the extras of each scene (a scene with extras
 *                   counts one day of them)
 */
#ifndef BCNC_BREAKDOWN_H
#define BCNC_BREAKDOWN_H

#include <stdio.h>

#include "budget.h"

/* 1 when name is one of the globals above. */
int bcnc_breakdown_provides(const char *name);

/* Reads path ("-": standard input) and sets the globals in b (replacing
 * those of budget.yaml). Returns 0, or -1 after reporting into d. */
int bcnc_breakdown_read(const char *path, long eighths_per_day,
    struct bcnc_budget *b, struct diag *d);
/* The same from f (which stays the caller's), named name in messages. */
int bcnc_breakdown_read_stream(FILE *f, const char *name,
    long eighths_per_day, struct bcnc_budget *b, struct diag *d);

#endif
