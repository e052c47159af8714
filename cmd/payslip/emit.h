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

struct slip;
/* What is done with each payslip; s and what it points to are valid
 * during the call only. */
typedef void emit_fn(const struct slip *s, void *arg);

/* Computes the payslips o selects and hands each to fn. */
void emit_each(const struct opts *o, const struct emit_input *in,
    emit_fn *fn, void *arg);
/* Writes the output o asks for (sink.c); returns the exit status. */
int emit_all(const struct opts *o, const struct emit_input *in);

#endif
