/*
 * run.h: one run of cost-report, from its options to its output.
 */
#ifndef RUN_H
#define RUN_H

#include "ledger.h"
#include "table.h"
#include "walk.h"

struct cr_opts {
	enum format format;
	enum cr_level depth;	/* LV_LINE, LV_POST or LV_CHAPTER */
	int executed;		/* -x: the budget exécuté */
	struct cr_period period;
	const char *estimates;	/* -e file, or NULL */
	const char *previous;	/* -p file, or NULL */
	const char *output;	/* -o file, or NULL for stdout */
	const char *film;	/* -n title, or NULL */
};

/* Reads budget and ledgers[0..nledgers) and writes the report; returns
 * the exit status. */
int cr_run(const struct cr_opts *o, const char *budget,
    const char *const *ledgers, unsigned nledgers);
/* Parses an ISO week "2026-W11" into its Monday and Sunday; -1 when it is
 * not a week. */
int cr_parse_week(const char *s, int32_t *monday, int32_t *sunday);

#endif
