/*
 * emit.h: computing the payslips of checked inputs one by one, in crew
 * order (person, contracts by start, months), and writing the output the
 * options ask for.
 */
#ifndef PAYSLIP_EMIT_H
#define PAYSLIP_EMIT_H

#include <stddef.h>

#include "paygrid.h"
#include "payrates.h"
#include "people.h"
#include "run.h"
#include "timesheet.h"

struct emit_input {
	const struct employer *employer;
	const struct crew *crew;
	const struct timesheet *ts;
	const struct payrates *rates;
	const int *years;
	const struct paygrid *const *grids;	/* one a year */
	size_t nyears;
};

/* Returns the exit status. */
int emit_all(const struct opts *o, const struct emit_input *in);

#endif
