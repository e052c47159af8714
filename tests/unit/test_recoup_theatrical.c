/*
 * test_recoup_theatrical.c: the split of a French box office with the
 * dated rates of share/recoup/fr-rates.yaml: VAT included in the price,
 * TSA on the price paid, SACEM, the rental rate by date, each part
 * rounded and the parts adding up to the box office.
 */
#include <stdlib.h>

#include "test.h"
#include "../../cmd/recoup/run.h"
#include "../../cmd/recoup/waterfall.h"
#include "../../cmd/recoup/wf_int.h"
#include "date.h"

struct fixture {
	struct legal l;
	struct theatrical th;
	struct rate_step rental[2];
};

static int32_t
day(int y, int m, int d)
{
	int32_t v;

	assert_int_equal(date_from_ymd(y, m, d, &v), 0);
	return v;
}

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct diag d = { 0, 0 };

	if (f == NULL || rc_legal_load(&f->l, NULL, &d) != 0)
		return -1;
	f->rental[0].from = INT32_MIN;
	f->rental[0].rate = RATE_ONE / 2;
	f->th.rental = f->rental;
	f->th.nrental = 1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	rc_legal_free(&f->l);
	free(f);
	return 0;
}

static void
check_sum(const struct bo_split *b, int64_t box)
{
	assert_int_equal(b->part[BO_VAT] + b->part[BO_TSA] +
	    b->part[BO_SACEM] + b->part[BO_EXHIBITORS] + b->rbd, box);
}

static struct bo_split
split(struct fixture *f, int32_t on, int64_t box)
{
	struct bo_split b;
	const char *why = NULL;

	if (rc_theatrical_split(&f->l, &f->th, on, box, ROUND_HALF_AWAY, &b,
	    &why) != 0)
		fail_msg("rejected: %s", why);
	check_sum(&b, box);
	return b;
}

/* 1 000,00 paid in 2024: VAT 1000 x 5.5/105.5 = 52,13; TSA 10.72 % =
 * 107,20; net 840,67; 50 % rental = 420,335 -> 420,34; exhibitors
 * 420,33. */
static void
split__2024_rates__parts_add_up(void **state)
{
	struct bo_split b = split(*state, day(2024, 6, 1), 100000);

	assert_int_equal(b.part[BO_VAT], 5213);
	assert_int_equal(b.part[BO_TSA], 10720);
	assert_int_equal(b.net, 84067);
	assert_int_equal(b.rbd, 42034);
	assert_int_equal(b.part[BO_EXHIBITORS], 42033);
}

/* 2013: VAT at 7 % included: 1000 x 7/107 = 65,42. */
static void
split__2013_vat_7_percent__dated_rate(void **state)
{
	struct bo_split b = split(*state, day(2013, 6, 1), 100000);

	assert_int_equal(b.part[BO_VAT], 6542);
}

/* Films classified X: TSA at 16.08 % = 160,80. */
static void
split__increased_tsa__16_08_percent(void **state)
{
	struct fixture *f = *state;
	struct bo_split b;

	f->th.increased_tsa = 1;
	b = split(f, day(2024, 6, 1), 100000);
	f->th.increased_tsa = 0;
	assert_int_equal(b.part[BO_TSA], 16080);
}

/* Were the TSA on the price net of VAT: 10.72 % x 947,87 = 101,61. */
static void
split__tsa_on_price_excl_vat__when_the_data_says_so(void **state)
{
	struct fixture *f = *state;
	struct bo_split b;

	f->l.tsa_on_price_excl_vat = 1;
	b = split(f, day(2024, 6, 1), 100000);
	f->l.tsa_on_price_excl_vat = 0;
	assert_int_equal(b.part[BO_TSA], 10161);
}

/* SACEM 1.27 % of the net 840,67 = 10,68; rental on 829,99 -> 415,00
 * (414,995 rounded). */
static void
split__sacem__taken_before_the_rental_rate(void **state)
{
	struct fixture *f = *state;
	struct bo_split b;

	f->th.sacem = 12700000;
	b = split(f, day(2024, 6, 1), 100000);
	f->th.sacem = 0;
	assert_int_equal(b.part[BO_SACEM], 1068);
	assert_int_equal(b.rbd, 41500);
}

/* A refund splits symmetrically: every part is the negative. */
static void
split__refund__mirror_of_the_receipt(void **state)
{
	struct bo_split b = split(*state, day(2024, 6, 1), -100000);

	assert_int_equal(b.part[BO_VAT], -5213);
	assert_int_equal(b.part[BO_TSA], -10720);
	assert_int_equal(b.rbd, -42034);
}

/* Rental rates by date: 50 % from 1 January, 40 % from the 8th. */
static void
split__rental_by_date__rate_of_the_day(void **state)
{
	struct fixture *f = *state;
	struct bo_split b;
	struct bo_split early;
	const char *why = NULL;

	f->rental[0].from = day(2024, 1, 1);
	f->rental[1].from = day(2024, 1, 8);
	f->rental[1].rate = RATE_ONE / 10 * 4;
	f->th.nrental = 2;
	b = split(f, day(2024, 1, 10), 100000);
	assert_int_equal(b.rbd, 33627);	/* 40 % of 840,67 = 336,268 */
	assert_int_equal(rc_theatrical_split(&f->l, &f->th, day(2023, 12, 31),
	    100000, ROUND_HALF_AWAY, &early, &why), -1);
	assert_string_equal(why, "no rental rate holds yet on this date");
	f->rental[0].from = INT32_MIN;
	f->th.nrental = 1;
}

/* Before the first VAT rate of the data file, no split. */
static void
split__before_known_rates__rejected(void **state)
{
	struct fixture *f = *state;
	struct bo_split b;
	const char *why = NULL;

	assert_int_equal(rc_theatrical_split(&f->l, &f->th, day(1995, 1, 1),
	    100000, ROUND_HALF_AWAY, &b, &why), -1);
	assert_string_equal(why, "no VAT rate is known on this date");
}

/* The RNPP caps and rental bounds as the data file gives them. */
static void
legal__data_file__caps_and_bounds(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(f->l.rnpp_cap, RATE_ONE / 4);
	assert_int_equal(f->l.rnpp_cap_mg, RATE_ONE / 100 * 35);
	assert_int_equal(f->l.rental_min, RATE_ONE / 4);
	assert_int_equal(f->l.rental_max, RATE_ONE / 2);
	assert_int_equal(f->l.rental_min_late, RATE_ONE / 5);
	assert_int_equal(f->l.rental_late_years, 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(split__2024_rates__parts_add_up),
		cmocka_unit_test(split__2013_vat_7_percent__dated_rate),
		cmocka_unit_test(split__increased_tsa__16_08_percent),
		cmocka_unit_test(
		    split__tsa_on_price_excl_vat__when_the_data_says_so),
		cmocka_unit_test(split__sacem__taken_before_the_rental_rate),
		cmocka_unit_test(split__refund__mirror_of_the_receipt),
		cmocka_unit_test(split__rental_by_date__rate_of_the_day),
		cmocka_unit_test(split__before_known_rates__rejected),
		cmocka_unit_test(legal__data_file__caps_and_bounds),
	};

	return cmocka_run_group_tests_name(__FILE__, tests, setup, teardown);
}
