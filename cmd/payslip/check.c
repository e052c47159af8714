/*
 * check.c: checking contracts against the agreement's grid.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "hours.h"
#include "ydoc.h"

__extension__ typedef __int128 i128;

/* Where key is said for c: in the contract, or else in its person. */
static struct srcpos
where(const struct contract *c, const char *key)
{
	if (ynode_get(c->node, key) != NULL)
		return people_pos(c->node, key);
	return people_pos(c->person->node, key);
}

const char *
check_grid_name(const struct contract *c)
{
	if (c->grid_function != NULL)
		return c->grid_function;
	return c->person->kind == PERSON_TECHNICIAN ? c->function : NULL;
}

const struct payfunction *
check_function(const struct contract *c, const struct paygrid *g,
    struct diag *d)
{
	const struct payfunction *fn;
	const char *name = check_grid_name(c);
	struct srcpos at;
	char hint[300];

	if ((fn = paygrid_function(g, name, c->person->kind)) != NULL)
		return fn;
	at = where(c, c->grid_function != NULL ? "grid_function" :
	    "function");
	snprintf(hint, sizeof hint, "functions are listed in %s; "
	    "grid_function names the grid's function when it differs",
	    g->path);
	if (name == NULL)
		diag_error(d, &at, hint, "no default function for artists in "
		    "the IDCC %d grid", g->idcc);
	else
		diag_error(d, &at, hint, "unknown function '%s' for %s in the "
		    "IDCC %d grid", name, c->person->kind == PERSON_ARTIST ?
		    "an artist" : "a technician", g->idcc);
	return NULL;
}

static int
basis_fits(const struct contract *c, struct diag *d)
{
	struct srcpos at = people_pos(c->node, "basis");
	int cachet = c->basis == PAY_CACHET;

	/* annexes 8 and 10, Congés Spectacles, Audiens intermittents: the
	 * tables are those of intermittents, hired for a term */
	if (c->nature == NATURE_CDI) {
		at = people_pos(c->node, "nature");
		diag_error(d, &at, "a permanent employee is paid by the "
		    "company's general payroll", "contract %s is a CDI; payslip "
		    "pays intermittents on CDDU or CDD", c->id);
		return 0;
	}
	if (cachet == (c->person->kind == PERSON_ARTIST))
		return 1;
	diag_error(d, &at, "technicians are paid by the hour, day or week, "
	    "artists by the cachet", "%s paid %s", cachet ?
	    "a technician" : "an artist", cachet ? "by the cachet" :
	    c->basis == PAY_HOUR ? "by the hour" : c->basis == PAY_DAY ?
	    "by the day" : "by the week");
	return 0;
}

/* The minimum hourly wage fn gives, under the rules of g; 0/1 when it
 * gives none. */
static struct hourly
minimum_hourly(const struct payfunction *fn, const struct payrules *r)
{
	struct contract c;

	memset(&c, 0, sizeof c);
	if (fn->weekly > 0) {
		c.basis = PAY_WEEK;
		c.rate = fn->weekly;
	} else if (fn->hourly > 0) {
		c.basis = PAY_HOUR;
		c.rate = fn->hourly;
	} else if (fn->daily > 0) {
		c.basis = PAY_DAY;
		c.rate = fn->daily;
	} else {
		struct hourly none = { 0, 1 };

		return none;
	}
	return hours_base(&c, r);
}

static int
below(struct hourly a, struct hourly b)
{
	return (i128)a.num * b.den < (i128)b.num * a.den;
}

static void
below_minimum(const struct contract *c, const struct payfunction *fn,
    const struct paygrid *g, struct diag *d)
{
	struct srcpos at = people_pos(c->node, "rate");
	char rate[MONEY_BUFSZ], min[MONEY_BUFSZ], hint[300];
	const char *unit = fn->weekly > 0 ? "a week" : fn->hourly > 0 ?
	    "an hour" : fn->daily > 0 ? "a day" : "a cachet";
	int64_t m = fn->weekly > 0 ? fn->weekly : fn->hourly > 0 ?
	    fn->hourly : fn->daily > 0 ? fn->daily : fn->cachet;

	snprintf(hint, sizeof hint, "the minimum is in %s, line %u%s",
	    g->path, fn->pos.line, strcmp(fn->confidence, "U") == 0 ?
	    " (not verified: correct it in a grid of your own, -g)" : "");
	diag_error(d, &at, hint, "rate %s is below the minimum of %s %s for "
	    "'%s' in the IDCC %d grid", money_format(rate, c->rate),
	    money_format(min, m), unit, fn->name, g->idcc);
}

void
check_contract(const struct contract *c, const struct payfunction *fn,
    const struct paygrid *g, const struct employer *e,
    const struct payrates *pr, int32_t day, struct diag *d)
{
	const struct payrules *r = &g->rules;
	int minima = e->category != FILM_SHORT || r->short_films_minima;
	struct hourly h, smic = { 0, 1 };
	struct srcpos at;
	char s[MONEY_BUFSZ], m[MONEY_BUFSZ];

	if (!basis_fits(c, d))
		return;
	if (c->basis == PAY_CACHET) {
		if (minima && fn->cachet > 0 && c->rate < fn->cachet)
			below_minimum(c, fn, g, d);
		return;
	}
	h = hours_base(c, r);
	if (minima && below(h, minimum_hourly(fn, r))) {
		below_minimum(c, fn, g, d);
		return;
	}
	/* C. trav. art. L3231-2: never below the SMIC */
	if (payrates_amount(pr, "smic_hourly", day, &smic.num) == 0 &&
	    below(h, smic)) {
		at = people_pos(c->node, "rate");
		diag_error(d, &at, NULL, "rate %s gives less than the SMIC of "
		    "%s an hour", money_format(s, c->rate),
		    money_format(m, smic.num));
	}
}
