/*
 * run.h: one breakdown from start to end: reference data, input, the
 * reader of its format, the builder and the report, with nothing written
 * when the input is rejected.
 */
#ifndef SB_RUN_H
#define SB_RUN_H

#include <stdint.h>

#include "render.h"
#include "table.h"

enum sb_input {
	SB_IN_AUTO,		/* by extension, then by content */
	SB_IN_FOUNTAIN,
	SB_IN_FDX,
	SB_IN_TEXT,		/* pdftotext -layout */
	SB_NINPUTS
};

struct sb_opts {
	const char *datadir;	/* -D, or NULL */
	const char *headings;	/* -H, or NULL */
	const char *dict;	/* -d, or NULL */
	const char *profile;	/* -p, or NULL: the data's default */
	const char *output;	/* -o, or NULL: standard output */
	enum sb_input input;	/* -i */
	enum sb_report report;	/* -r */
	enum format format;	/* -f */
	int64_t pages_per_day;	/* -s, hundredths of a page; 0: the data's */
};

/* "fountain", "fdx", "text"; SB_NINPUTS when none. */
enum sb_input sb_input_parse(const char *name);

/* Breaks down path (NULL or "-": standard input). Returns the exit
 * status: EXIT_OK, EXIT_REJECT, EXIT_TROUBLE. */
int sb_run(const struct sb_opts *o, const char *path);

#endif
