/*
 * slip.h: one payslip (bulletin de salaire): a contract's pay for one
 * month, from its gross elements to the ceiling, the contributions of the
 * dated tables, the employer reduction, net social, net taxable, the
 * withholding tax, net paid and the employer's cost.
 */
#ifndef PAYSLIP_SLIP_H
#define PAYSLIP_SLIP_H

#include <stddef.h>
#include <stdint.h>

#include "hours.h"
#include "paygrid.h"
#include "payrates.h"
#include "people.h"

enum ceiling_rule {
	CEILING_ARTIST_DAYS,	/* 12 hourly ceilings a day worked */
	CEILING_PAID_DAYS,	/* thirtieths of the PMSS a paid day */
	CEILING_CALENDAR_DAYS	/* PMSS x calendar days / days of month */
};

/* What every payslip of a run shares. */
struct slipenv {
	const struct employer *employer;
	const struct payrates *rates;
	int caisse_cp;			/* leave paid by Congés Spectacles */
};

struct slip {
	struct person *person;
	struct contract *contract;
	const struct monthpay *pay;
	const struct paygrid *grid;	/* set by the caller */
	const struct payfunction *function;	/* set by the caller */
	int day_hours;			/* minutes a day rate pays */
	struct hourly hourly;		/* base (or reference) hourly wage */
	char ref[24];			/* BP-2026-03-004 */
	int32_t start, end;		/* the pay period */
	int cachet_days;		/* over the whole contract */
	int short_cddu;			/* CDDU of three months or less */
	int short_contract;		/* two months or less (withholding) */
	int64_t gross;
	int64_t dfs;			/* artists' déduction forfaitaire */
	rate_t dfs_rate;
	int64_t social;			/* gross less the DFS */
	enum ceiling_rule ceiling_rule;
	int ceiling_days;
	int64_t ceiling;
	int64_t smic;			/* SMIC for the hours paid */
	struct payamount lines[PAYRATES_MAX_LINES];
	size_t nlines;
	rate_t reduction_rate;
	int64_t reduction;		/* employer reduction, positive */
	int64_t employee, employer;	/* totals; employer after reduction */
	int64_t net_social, net_before_tax, net_taxable;
	int pas_neutral;		/* the neutral rate, not the person's */
	int64_t pas_abatement, pas_base;
	rate_t pas_rate;
	int64_t withholding;
	int64_t net_paid, cost;
};

/* Fills s for contract c of person p over the month mp of pay, with the
 * DFS already used by p this year (cents, updated); day_hours are the
 * minutes a day rate pays. */
void slip_compute(struct slip *s, const struct slipenv *env,
    struct person *p, struct contract *c, const struct pay *pay,
    const struct monthpay *mp, int day_hours, int64_t *dfs_used);
/* "mars 2026" */
char *slip_month_fr(char *buf, size_t size, const struct slip *s);

#endif
