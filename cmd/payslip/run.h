/*
 * run.h: one run of payslip: read and check every input, then compute the
 * payslips one by one and write what was asked for.
 */
#ifndef PAYSLIP_RUN_H
#define PAYSLIP_RUN_H

#include <stddef.h>
#include <stdint.h>

#include "table.h"

enum output_kind {
	OUT_BULLETINS,
	OUT_PAYROLL,
	OUT_LEDGER,
	OUT_SUMMARY
};

#define RUN_MAX_TABLES 16

struct opts {
	enum output_kind what;
	enum format format;		/* FMT_AUTO: the output's default */
	const char *crew, *production;
	const char *datadir;		/* NULL: the default data folder */
	const char *grid;		/* a grid file instead of the shared */
	const char *tables[RUN_MAX_TABLES];	/* -r, in order */
	size_t ntables;
	const char *output;		/* -o */
	const char *dir;		/* -d: one bulletin a file */
	const char *timesheets;		/* "-" for standard input */
	const char *person;		/* -e: only this person */
	int year, month;		/* -m: only this month; 0 all */
	int32_t asof;			/* -a: ledger status date */
	int show_nir;
};

struct run;
struct slip;

/* Reads and checks every input o names, reporting each problem; *out is
 * set even on failure (free it with run_free). Returns the exit status. */
int run_load(const struct opts *o, struct run **out);
/* Computes the payslips o selects and calls fn on each, in crew order;
 * the slip is valid during the call only. */
void run_each(struct run *r, void (*fn)(const struct slip *, void *),
    void *arg);
void run_free(struct run *r);
/* run_load, then the output o asks for; returns the exit status. */
int payslip_run(const struct opts *o);

#endif
