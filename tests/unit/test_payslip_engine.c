/*
 * test_payslip_engine.c: the pieces of payslip's engine on their own: the
 * shipped grids load and find functions whatever the case and accents;
 * night windows change with the season; holidays take the grid's
 * exceptions; the majorations of rows at night, across a month's end, by
 * the day; the artists' reference hourly wage.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "date.h"
#include "../../cmd/payslip/hours.h"
#include "../../cmd/payslip/paygrid.h"

#define PCT(n) ((rate_t)((n) * 10000000))

static int32_t
day(const char *s)
{
	int32_t d;
	const char *why;

	assert_int_equal(date_parse(s, &d, &why), 0);
	return d;
}

static struct paygrid *
grid(const char *name)
{
	struct diag d = { 0, 0 };
	char path[128];
	struct paygrid *g;

	snprintf(path, sizeof path, "share/payroll/%s.yaml", name);
	g = paygrid_load(path, &d);
	assert_non_null(g);
	assert_int_equal(d.errors, 0);
	return g;
}

static void
engine__shipped_grids__load_and_find_functions(void **state)
{
	static const char *const names[] = { "idcc3097-2025", "idcc3097-2026",
	    "idcc2642-2025", "idcc2642-2026" };
	struct paygrid *g;
	size_t i;

	(void)state;
	for (i = 0; i < 4; i++)
		paygrid_free(grid(names[i]));
	g = grid("idcc3097-2026");
	assert_int_equal(g->idcc, 3097);
	assert_non_null(paygrid_function(g, "CHEFFE DÉCORATRICE",
	    PERSON_TECHNICIAN));
	assert_string_equal(paygrid_function(g, "Cheffe decoratrice",
	    PERSON_TECHNICIAN)->name, "chef décorateur");
	assert_int_equal(paygrid_function(g, "scripte",
	    PERSON_TECHNICIAN)->weekly, 120824);
	/* a technician's function is not an artist's, nor the reverse */
	assert_null(paygrid_function(g, "scripte", PERSON_ARTIST));
	assert_null(paygrid_function(g, "perchman", PERSON_TECHNICIAN));
	assert_int_equal(paygrid_function(g, NULL, PERSON_ARTIST)->cachet,
	    41825);
	paygrid_free(g);
}

/* Titre II art. 40: 20:00-06:00 from October to March, 22:00-06:00 from
 * April to September; a night belongs to the day it starts on. */
static void
engine__night_windows__change_with_the_season(void **state)
{
	struct paygrid *g = grid("idcc3097-2026");
	const struct payrules *r = &g->rules;

	(void)state;
	assert_true(paygrid_is_night(r, day("2026-03-31"), 20 * 60));
	assert_false(paygrid_is_night(r, day("2026-03-31"), 20 * 60 - 1));
	assert_false(paygrid_is_night(r, day("2026-04-01"), 20 * 60));
	assert_false(paygrid_is_night(r, day("2026-04-01"), 22 * 60 - 1));
	assert_true(paygrid_is_night(r, day("2026-04-01"), 22 * 60));
	/* 1 April 05:59 ends the night of 31 March */
	assert_true(paygrid_is_night(r, day("2026-04-01"), 5 * 60 + 59));
	assert_false(paygrid_is_night(r, day("2026-04-01"), 6 * 60));
	/* the audiovisual grid has no night rule */
	paygrid_free(g);
	g = grid("idcc2642-2026");
	assert_false(paygrid_is_night(&g->rules, day("2026-03-31"), 23 * 60));
	paygrid_free(g);
}

/* IDCC 2642 art. VII.2.3: 1 May +200 %, Easter Monday +50 %, Pentecost
 * Monday nothing, the other holidays +100 %. */
static void
engine__holidays__the_grids_exceptions(void **state)
{
	struct paygrid *g = grid("idcc2642-2026");

	(void)state;
	assert_int_equal(paygrid_holiday(&g->rules, "Fête du Travail"),
	    PCT(200));
	assert_int_equal(paygrid_holiday(&g->rules, "Lundi de Pâques"),
	    PCT(50));
	assert_int_equal(paygrid_holiday(&g->rules, "Lundi de Pentecôte"), 0);
	assert_int_equal(paygrid_holiday(&g->rules, "Noël"), PCT(100));
	paygrid_free(g);
}

static struct person worker;

static struct contract
contract(enum pay_basis basis, int64_t rate)
{
	struct contract c;

	memset(&c, 0, sizeof c);
	c.person = &worker;
	c.basis = basis;
	c.rate = rate;
	c.start = day("2026-01-01");
	c.end = day("2026-12-31");
	return c;
}

static struct tsentry
row(struct contract *c, const char *date, int start, int span, int brk)
{
	struct tsentry e;

	memset(&e, 0, sizeof e);
	e.person = &worker;
	e.contract = c;
	e.date = day(date);
	e.start = start;
	e.span = span;
	e.brk = brk;
	return e;
}

static int64_t
qty(const struct monthpay *mp, enum elem_kind kind, rate_t maj)
{
	size_t i;

	for (i = 0; i < mp->nel; i++)
		if (mp->el[i].kind == kind && mp->el[i].maj == maj)
			return mp->el[i].qty;
	return 0;
}

/* A summer night, 22:00-04:00 less 0:30: no daytime to take the break
 * from, so it comes out of the night: 5.5 night hours at +50 %. */
static void
engine__break_in_the_night__taken_from_night_hours(void **state)
{
	struct paygrid *g = grid("idcc3097-2026");
	struct contract c = contract(PAY_HOUR, 2000);
	struct tsentry e = row(&c, "2026-07-07", 22 * 60, 6 * 60, 30);
	struct pay p;

	(void)state;
	hours_compute(&c, &e, 1, &g->rules, hours_base(&c, &g->rules), 0, &p);
	assert_int_equal(p.n, 1);
	assert_int_equal(p.months[0].worked, 330);
	assert_int_equal(p.months[0].night, 330);
	assert_int_equal(qty(&p.months[0], EL_NIGHT, PCT(50)), 330);
	/* 5.5 h x 20.00 = 110.00, + 5.5 h x 10.00 = 55.00 */
	assert_int_equal(p.months[0].gross, 16500);
	hours_free(&p);
	paygrid_free(g);
}

/* The week of Monday 27 April 2026 runs into May: Mon-Thu 10 h (40 h in
 * April, the 36th-40th at +25 %), Friday 1 May 8 h, worked on a public
 * holiday: the 41st-43rd hours +25 %, the 44th-48th +50 %, all +100 % for
 * the holiday, capped at +100 % in all: the excess of 25 % (3 h) and 50 %
 * (5 h) is taken off. The hours of May go on May's payslip. */
static void
engine__week_across_months__overtime_counted_on(void **state)
{
	struct paygrid *g = grid("idcc3097-2026");
	struct contract c = contract(PAY_HOUR, 2000);
	struct tsentry e[5];
	struct pay p;
	const struct monthpay *apr, *may;

	(void)state;
	e[0] = row(&c, "2026-04-27", 8 * 60, 11 * 60, 60);
	e[1] = row(&c, "2026-04-28", 8 * 60, 11 * 60, 60);
	e[2] = row(&c, "2026-04-29", 8 * 60, 11 * 60, 60);
	e[3] = row(&c, "2026-04-30", 8 * 60, 11 * 60, 60);
	e[4] = row(&c, "2026-05-01", 8 * 60, 9 * 60, 60);
	hours_compute(&c, e, 5, &g->rules, hours_base(&c, &g->rules), 0, &p);
	assert_int_equal(p.n, 2);
	apr = &p.months[0];
	may = &p.months[1];
	assert_int_equal(apr->worked, 40 * 60);
	assert_int_equal(qty(apr, EL_OVERTIME, PCT(25)), 5 * 60);
	assert_int_equal(may->worked, 8 * 60);
	assert_int_equal(qty(may, EL_OVERTIME, PCT(25)), 3 * 60);
	assert_int_equal(qty(may, EL_OVERTIME, PCT(50)), 5 * 60);
	assert_int_equal(qty(may, EL_HOLIDAY, PCT(100)), 8 * 60);
	assert_int_equal(qty(may, EL_CAP, PCT(25)), 3 * 60);
	assert_int_equal(qty(may, EL_CAP, PCT(50)), 5 * 60);
	/* May: 8 h x 20.00 x 2 = 320.00: every hour paid double */
	assert_int_equal(may->gross, 32000);
	hours_free(&p);
	paygrid_free(g);
}

/* A day rate of 400.00 pays 7 hours at +25 %: the hourly wage is
 * 400 / 8.75 = 45.714285...; a day of 5 hours still earns the day rate. */
static void
engine__day_rate__pays_at_least_the_day(void **state)
{
	struct paygrid *g = grid("idcc3097-2026");
	struct contract c = contract(PAY_DAY, 40000);
	struct tsentry e = row(&c, "2026-06-10", 9 * 60, 5 * 60, 0);
	struct pay p;

	(void)state;
	hours_compute(&c, &e, 1, &g->rules, hours_base(&c, &g->rules), 0, &p);
	assert_int_equal(p.months[0].nel, 1);
	assert_int_equal(p.months[0].el[0].kind, EL_DAYS);
	assert_int_equal(p.months[0].gross, 40000);
	hours_free(&p);
	paygrid_free(g);
}

/* Artists: twice the minimum's eighth for a cachet up to 2 minima, once
 * up to 5, none above (IDCC 3097); the 2642 grid gives no list: once. */
static void
engine__artists_reference__by_the_cachet(void **state)
{
	struct paygrid *g = grid("idcc3097-2026");
	struct contract c = contract(PAY_CACHET, 83650);
	struct hourly h;

	(void)state;
	/* 836.50 = 2 x 418.25: 2 x 418.25 / 8 = 104.5625 an hour */
	h = hours_artist_reference(&c, &g->rules, 41825);
	assert_int_equal(hours_unit(h, RATE_ONE), 1045625);
	c.rate = 83651;
	h = hours_artist_reference(&c, &g->rules, 41825);
	assert_int_equal(hours_unit(h, RATE_ONE), 522813);
	c.rate = 5 * 41825 + 1;
	h = hours_artist_reference(&c, &g->rules, 41825);
	assert_int_equal(h.num, 0);
	paygrid_free(g);
	g = grid("idcc2642-2026");
	c.rate = 100000;
	h = hours_artist_reference(&c, &g->rules, 30499);
	/* 304.99 / 8 = 38.12375 */
	assert_int_equal(hours_unit(h, RATE_ONE), 381238);
	paygrid_free(g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    engine__shipped_grids__load_and_find_functions),
		cmocka_unit_test(
		    engine__night_windows__change_with_the_season),
		cmocka_unit_test(engine__holidays__the_grids_exceptions),
		cmocka_unit_test(
		    engine__break_in_the_night__taken_from_night_hours),
		cmocka_unit_test(
		    engine__week_across_months__overtime_counted_on),
		cmocka_unit_test(engine__day_rate__pays_at_least_the_day),
		cmocka_unit_test(engine__artists_reference__by_the_cachet),
	};

	worker.id = "w";
	worker.kind = PERSON_TECHNICIAN;
	return RUN(tests);
}
