/*
 * timesheet.h: timesheets.csv (format timesheets(5)): per person and day,
 * the hours worked (start, end, break), the cachets of artists, and hours
 * paid without work. Each row is checked against the crew: a known
 * person, a day inside one of their contracts, possible hours, no overlap
 * with another row.
 */
#ifndef PAYSLIP_TIMESHEET_H
#define PAYSLIP_TIMESHEET_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "err.h"
#include "people.h"

struct tsentry {
	struct person *person;
	size_t rank;			/* the person's place in the crew */
	struct contract *contract;
	int32_t date;			/* the day the row starts on */
	int start;			/* minutes after midnight; -1 none */
	int span;			/* minutes from start to end */
	int brk;			/* minutes of break in the span */
	int cachets;
	int paid;			/* minutes paid without work */
	unsigned line;
};

struct timesheet {
	char *path;
	struct tsentry *e;		/* by person (crew order), then date
					   and start */
	size_t n;
};

/* Reads path against crew; every problem is reported and counted in d.
 * Returns 0, or -1 when the file cannot be read at all. */
int timesheet_load(const char *path, const struct crew *crew,
    struct timesheet *ts, struct diag *d);
/* The same from f (which stays the caller's), named name in messages. */
int timesheet_read(FILE *f, const char *name, const struct crew *crew,
    struct timesheet *ts, struct diag *d);
void timesheet_free(struct timesheet *ts);
/* Minutes worked: the span less the break (0 without times). */
int tsentry_worked(const struct tsentry *e);

#endif
