/*
 * hours.h: from a contract's timesheet rows to the elements of gross pay
 * of each month (éléments de salaire): hours at the base hourly wage, the
 * day rate, cachets, and the majorations the agreement grants (overtime
 * bands of the week, hours past the 10th of a day, night, Sunday, public
 * holidays), less what goes over the cap on cumulated majorations.
 */
#ifndef PAYSLIP_HOURS_H
#define PAYSLIP_HOURS_H

#include <stddef.h>
#include <stdint.h>

#include "money.h"
#include "paygrid.h"
#include "people.h"
#include "timesheet.h"

enum elem_kind {
	EL_HOURS,		/* minutes worked at the base hourly wage */
	EL_DAYS,		/* days at the day rate */
	EL_DAY_EXTRA,		/* minutes past the day's hours, at 1 + maj */
	EL_CACHETS,
	EL_PAID,		/* minutes paid without work */
	EL_OVERTIME,		/* the majorations, on the base hourly wage */
	EL_LONG_DAY,
	EL_NIGHT,
	EL_SUNDAY,
	EL_HOLIDAY,
	EL_CAP,			/* less the majorations over the cap */
	EL_NKINDS
};

struct element {
	enum elem_kind kind;
	rate_t maj;		/* the majoration (or excess over the cap) */
	int64_t qty;		/* minutes, days or cachets */
	int64_t unit;		/* price of one hour, day or cachet, in
				   hundredths of a cent */
	int64_t amount;		/* cents, half away from zero */
};

struct monthpay {
	int year, month;
	int32_t first, last;	/* first and last day with pay */
	struct element *el;
	size_t nel, capel;
	int days;		/* days with pay */
	int64_t worked, paid;	/* minutes */
	int cachets;
	int64_t night, sunday, holiday;	/* minutes worked */
	int64_t gross;		/* cents: the sum of the elements */
};

/* The hourly wage premiums are computed on, num / den cents an hour. */
struct hourly {
	int64_t num, den;
};

struct pay {
	struct monthpay *months;
	size_t n;
	struct hourly base;	/* the base hourly wage (or the artists'
				   reference hourly wage for premiums) */
	int cachet_days;	/* days with cachets over the contract */
};

/* The base hourly wage of a contract paid by the hour, day or week. */
struct hourly hours_base(const struct contract *c, const struct payrules *r);
/* The artists' reference hourly wage for premiums: a multiple of the
 * cachet minimum's hourly share, by the cachet; 0/1 when none. */
struct hourly hours_artist_reference(const struct contract *c,
    const struct payrules *r, int64_t cachet_minimum);
/* Computes c's pay from its rows e[0..n) (in date order) under r, the
 * premiums on h. Free with hours_free. */
void hours_compute(const struct contract *c, const struct tsentry *e,
    size_t n, const struct payrules *r, struct hourly h,
    unsigned holiday_flags, struct pay *out);
void hours_free(struct pay *p);
/* The price of an hour at h times mult, in hundredths of a cent. */
int64_t hours_unit(struct hourly h, rate_t mult);
/* amount in cents of minutes at h times mult, half away from zero */
int64_t hours_amount(struct hourly h, int64_t minutes, rate_t mult);

#endif
