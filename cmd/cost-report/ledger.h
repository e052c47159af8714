/*
 * ledger.h: streams ledger(5) files into the budget lines' sums.
 */
#ifndef LEDGER_H
#define LEDGER_H

#include <stdint.h>

#include "costreport.h"
#include "dupref.h"

#define CR_NO_DAY_MIN INT32_MIN
#define CR_NO_DAY_MAX INT32_MAX

/* What the rows are read for. */
struct cr_period {
	int32_t from;		/* start of the period column, or CR_NO_DAY_MIN
				   when there is no period */
	int32_t to;		/* rows dated after it are left out */
	int32_t credit_from;	/* tax-credit spending counts from this day */
	int allow_unknown;	/* codes outside the budget are warnings */
};

struct cr_ledgers {
	struct cr_budget *b;
	const struct cr_period *p;
	struct cr_days days;	/* committed and paid by day, for the chart */
	struct dupref *dup;
	const char *const *files;	/* the ledger names, for messages */
	unsigned long rows;	/* rows read */
	unsigned long counted;	/* and counted: dated up to "to" */
	int unreadable;		/* a ledger could not be opened */
};

/* Prepares to read ledgers named files[0..] into b. */
void cr_ledgers_init(struct cr_ledgers *lg, struct cr_budget *b,
    const struct cr_period *p, const char *const *files);
/* Reads files[i] ("-" for stdin). Problems are reported into d. */
void cr_ledgers_read(struct cr_ledgers *lg, unsigned i, struct diag *d);
/* Ends reading: the duplicate check across spilled runs, and the lines
 * whose sums went out of range. */
void cr_ledgers_finish(struct cr_ledgers *lg, struct diag *d);
void cr_ledgers_free(struct cr_ledgers *lg);

#endif
