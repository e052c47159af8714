/*
 * charges.h: chapter 4, the employer's social charges on the salaries of
 * chapters 2 and 3, from the dated contribution tables that payslip
 * applies (common/payrates.h, share/payroll/, payrates(5)).
 *
 * For each computed line of the template (charges: technician or
 * artist), the base is the French part of the salary lines of chapters
 * 2 and 3 of that kind, cadres and non-cadres apart; the amount is each
 * base times the employer rate of the tables for that kind and status on
 * the budget's date (payrates_employer_rate: the lines that apply to pay
 * under one ceiling, CDDU of three months or less, the employer's
 * work-accident rate, headcount and place), rounded half away from zero
 * to the cent. The tables cover intermittents: the charges of permanent
 * staff are written by hand.
 */
#ifndef BCNC_CHARGES_H
#define BCNC_CHARGES_H

#include "budget.h"

struct payrates;

struct bcnc_charges {
	struct payrates *pr;
	int32_t day;
	const struct bcnc_employer *e;
};

/* 1 when b has salaries that a computed line of its template charges. */
int bcnc_charges_needed(const struct bcnc_budget *b);

/* Loads the contribution table of the budget's year from the data folder
 * (NULL: the default). -1 after a message. */
int bcnc_charges_load(struct bcnc_charges *c, const struct bcnc_budget *b,
    const char *datadir, struct diag *d);
void bcnc_charges_free(struct bcnc_charges *c);

/* The employer rate for salaries of kind (technician or artist), cadre
 * or not. */
rate_t bcnc_charges_rate(const struct bcnc_charges *c, enum bcnc_kind kind,
    int cadre);

/* Adds to b the computed lines of chapter 4 (before b is summed). */
void bcnc_charges_apply(struct bcnc_budget *b, const struct bcnc_charges *c,
    struct diag *d);

#endif
