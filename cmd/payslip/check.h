/*
 * check.h: what a contract must be for payslip to pay it under a grid: a
 * pay basis that suits the person, a function the grid knows, and a rate
 * at least the grid's minimum (and the SMIC), as the agreement says.
 */
#ifndef PAYSLIP_CHECK_H
#define PAYSLIP_CHECK_H

#include "err.h"
#include "paygrid.h"
#include "payrates.h"
#include "people.h"

/* The name c's function has in the grid: grid_function, else a
 * technician's function; NULL for an artist's default function. */
const char *check_grid_name(const struct contract *c);
/* The function of c in g, or NULL after a message counted in d. */
const struct payfunction *check_function(const struct contract *c,
    const struct paygrid *g, struct diag *d);
/* Checks c's basis and rate against fn under g (the minima do not bind
 * a short film when the grid says so) and against the SMIC on day. */
void check_contract(const struct contract *c, const struct payfunction *fn,
    const struct paygrid *g, const struct employer *e,
    const struct payrates *pr, int32_t day, struct diag *d);

#endif
