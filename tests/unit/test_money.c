/*
 * test_money.c: parsing, formatting, rounding, splitting and overflow of
 * amounts in cents and fixed-point rates.
 */
#include <string.h>

#include "test.h"
#include "money.h"

static int64_t
parse_ok(const char *s)
{
	int64_t c = 0;
	const char *why = NULL;

	if (money_parse(s, &c, &why) != 0)
		fail_msg("'%s' rejected: %s", s, why);
	return c;
}

static const char *
parse_err(const char *s)
{
	int64_t c = 0;
	const char *why = NULL;

	if (money_parse(s, &c, &why) == 0)
		fail_msg("'%s' accepted as %lld", s, (long long)c);
	return why;
}

static void
money__parse_machine_and_french__exact_cents(void **state)
{
	(void)state;
	assert_int_equal(parse_ok("1234.5"), 123450);
	assert_int_equal(parse_ok("1234.56"), 123456);
	assert_int_equal(parse_ok("-12"), -1200);
	assert_int_equal(parse_ok("+3"), 300);
	assert_int_equal(parse_ok("0"), 0);
	assert_int_equal(parse_ok("-0.05"), -5);
	assert_int_equal(parse_ok("1 234,56"), 123456);
	assert_int_equal(parse_ok("1234,56"), 123456);
	assert_int_equal(parse_ok("12 345 678,9"), 1234567890);
	assert_int_equal(parse_ok("1\xc2\xa0" "234,56"), 123456);
	assert_int_equal(parse_ok("1\xe2\x80\xaf" "234,56 \xe2\x82\xac"), 123456);
	assert_int_equal(parse_ok("  42.00 "), 4200);
	assert_int_equal(parse_ok("\xe2\x88\x92" "7,50"), -750);
}

static void
money__parse_ambiguous_or_bad__rejected_with_reason(void **state)
{
	(void)state;
	assert_string_equal(parse_err(""), "empty amount");
	assert_string_equal(parse_err("abc"), "not a number");
	assert_string_equal(parse_err("12a"), "not a number");
	assert_string_equal(parse_err("1e3"), "not a number");
	assert_non_null(strstr(parse_err("1,234"), "ambiguous"));
	assert_non_null(strstr(parse_err("1.234"), "ambiguous"));
	assert_non_null(strstr(parse_err("1,234.56"), "ambiguous"));
	assert_non_null(strstr(parse_err("1.234,56"), "ambiguous"));
	assert_non_null(strstr(parse_err("12.345"), "ambiguous"));
	assert_string_equal(parse_err("1234.567"), "more than two decimals");
	assert_string_equal(parse_err("1 234,567"), "more than two decimals");
	assert_string_equal(parse_err("12 34"), "misplaced group separator");
	assert_string_equal(parse_err("1234 567"),
	    "misplaced group separator");
	assert_string_equal(parse_err(".5"),
	    "no digit before the decimal separator");
	assert_string_equal(parse_err("5."),
	    "no digit after the decimal separator");
	assert_string_equal(parse_err("-"), "not a number");
	assert_string_equal(parse_err("1000000000000000"), "out of range");
}

static void
money__parse_zero_point_three_digits__not_ambiguous(void **state)
{
	(void)state;
	/* "0,123" cannot be thousands: it is three decimals. */
	assert_string_equal(parse_err("0,123"), "more than two decimals");
}

static void
money__parse_limits__max_accepted_beyond_rejected(void **state)
{
	(void)state;
	assert_int_equal(parse_ok("999999999999999.99"), MONEY_MAX);
	assert_int_equal(parse_ok("-999999999999999.99"), -MONEY_MAX);
	assert_string_equal(parse_err("99999999999999999999999"),
	    "out of range");
}

static void
money__format__machine_and_french(void **state)
{
	char b[MONEY_BUFSZ];

	(void)state;
	assert_string_equal(money_format(b, 123456), "1234.56");
	assert_string_equal(money_format(b, -5), "-0.05");
	assert_string_equal(money_format(b, 0), "0.00");
	assert_string_equal(money_format(b, 100), "1.00");
	assert_string_equal(money_format_fr(b, 123456, 0), "1 234,56");
	assert_string_equal(money_format_fr(b, 123456, MONEY_FR_EURO),
	    "1 234,56 \xe2\x82\xac");
	assert_string_equal(money_format_fr(b, -123456789, 0),
	    "-1 234 567,89");
	assert_string_equal(money_format_fr(b, 99999, 0), "999,99");
	assert_string_equal(money_format_fr(b, 100000, MONEY_FR_NBSP |
	    MONEY_FR_EURO), "1\xe2\x80\xaf" "000,00\xc2\xa0\xe2\x82\xac");
	assert_string_equal(money_format_fr(b, MONEY_MAX, 0),
	    "999 999 999 999 999,99");
}

static void
money__format_then_parse__round_trip(void **state)
{
	static const int64_t v[] = { 0, 1, -1, 99, 100, 123456, -98765432,
	    MONEY_MAX, -MONEY_MAX };
	char b[MONEY_BUFSZ];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		assert_int_equal(parse_ok(money_format(b, v[i])), v[i]);
		assert_int_equal(parse_ok(money_format_fr(b, v[i],
		    MONEY_FR_EURO)), v[i]);
		assert_int_equal(parse_ok(money_format_fr(b, v[i],
		    MONEY_FR_EURO | MONEY_FR_NBSP)), v[i]);
	}
}

static int64_t
rate_of(int64_t cents, const char *rate, enum round_mode m)
{
	rate_t r;
	int64_t out;
	const char *why;

	assert_int_equal(rate_parse(rate, &r, &why), 0);
	assert_int_equal(money_apply_rate(cents, r, m, &out), 0);
	return out;
}

static void
money__apply_rate__each_rounding_mode_at_the_half(void **state)
{
	(void)state;
	/* 0.25 EUR at 10 % = 2.5 cents */
	assert_int_equal(rate_of(25, "10%", ROUND_HALF_AWAY), 3);
	assert_int_equal(rate_of(-25, "10%", ROUND_HALF_AWAY), -3);
	assert_int_equal(rate_of(25, "10%", ROUND_HALF_EVEN), 2);
	assert_int_equal(rate_of(35, "10%", ROUND_HALF_EVEN), 4);
	assert_int_equal(rate_of(-25, "10%", ROUND_HALF_EVEN), -2);
	assert_int_equal(rate_of(25, "10%", ROUND_DOWN), 2);
	assert_int_equal(rate_of(-25, "10%", ROUND_DOWN), -2);
	assert_int_equal(rate_of(25, "10%", ROUND_UP), 3);
	assert_int_equal(rate_of(-25, "10%", ROUND_UP), -3);
	assert_int_equal(rate_of(25, "10%", ROUND_FLOOR), 2);
	assert_int_equal(rate_of(-25, "10%", ROUND_FLOOR), -3);
	assert_int_equal(rate_of(25, "10%", ROUND_CEIL), 3);
	assert_int_equal(rate_of(-25, "10%", ROUND_CEIL), -2);
}

static void
money__apply_rate__just_below_and_above_the_half(void **state)
{
	(void)state;
	/* 2.49 and 2.51 cents */
	assert_int_equal(rate_of(249, "1%", ROUND_HALF_AWAY), 2);
	assert_int_equal(rate_of(251, "1%", ROUND_HALF_AWAY), 3);
	assert_int_equal(rate_of(249, "1%", ROUND_UP), 3);
	assert_int_equal(rate_of(251, "1%", ROUND_DOWN), 2);
	/* exact: no rounding whatever the mode */
	assert_int_equal(rate_of(300, "1%", ROUND_UP), 3);
	assert_int_equal(rate_of(300, "1%", ROUND_DOWN), 3);
}

static void
money__apply_rate__payroll_values(void **state)
{
	(void)state;
	/* CSG 6.80 % of 98.25 % of 2 000.00: 1 965.00 x 6.8 % = 133.62 */
	assert_int_equal(rate_of(200000, "98.25%", ROUND_HALF_AWAY), 196500);
	assert_int_equal(rate_of(196500, "6.80%", ROUND_HALF_AWAY), 13362);
	/* 0.016 % (dialogue social) of 1 234.56 = 0.1975 -> 0.20 */
	assert_int_equal(rate_of(123456, "0.016%", ROUND_HALF_AWAY), 20);
	/* a fraction instead of a percent */
	assert_int_equal(rate_of(100000, "0.155", ROUND_HALF_AWAY), 15500);
	assert_int_equal(rate_of(100000, "127 %", ROUND_HALF_AWAY), 127000);
}

static void
money__split_hundred_in_three__adds_up(void **state)
{
	int64_t w[] = { 1, 1, 1 }, p[3];

	(void)state;
	assert_int_equal(money_split(10000, w, 3, p), 0);
	assert_int_equal(p[0], 3334);
	assert_int_equal(p[1], 3333);
	assert_int_equal(p[2], 3333);
	assert_int_equal(money_split(-10000, w, 3, p), 0);
	assert_int_equal(p[0], -3334);
	assert_int_equal(p[1] + p[2], -6666);
}

static void
money__split_largest_remainder__goes_to_the_largest(void **state)
{
	/* 1.00 by 1:2:3 -> 16.67, 33.33, 50.00 (remainders .67 .33 .00) */
	int64_t w[] = { 1, 2, 3 }, p[3];
	int64_t w2[] = { 0, 5 }, p2[2];
	int64_t w3[] = { 2, 3, 0, 5 }, p3[4];

	(void)state;
	assert_int_equal(money_split(100, w, 3, p), 0);
	assert_int_equal(p[0], 17);
	assert_int_equal(p[1], 33);
	assert_int_equal(p[2], 50);
	assert_int_equal(money_split(101, w2, 2, p2), 0);
	assert_int_equal(p2[0], 0);
	assert_int_equal(p2[1], 101);
	/* 0.07 by 2:3:0:5 = 0.014 0.021 0 0.035: base 1 2 0 3, left 1,
	 * remainders .4 .1 0 .5 -> the last gets it */
	assert_int_equal(money_split(7, w3, 4, p3), 0);
	assert_int_equal(p3[0], 1);
	assert_int_equal(p3[1], 2);
	assert_int_equal(p3[2], 0);
	assert_int_equal(p3[3], 4);
}

static void
money__split_many_parts__always_adds_up(void **state)
{
	int64_t w[100], p[100], sum;
	int64_t totals[] = { 0, 1, 99, 100000, 123457, -77, MONEY_MAX };
	size_t i, k;

	(void)state;
	for (i = 0; i < 100; i++)
		w[i] = (int64_t)(i * 7919 % 101);
	for (k = 0; k < sizeof totals / sizeof totals[0]; k++) {
		assert_int_equal(money_split(totals[k], w, 100, p), 0);
		for (sum = 0, i = 0; i < 100; i++) {
			sum += p[i];
			if (w[i] == 0)
				assert_int_equal(p[i], 0);
		}
		assert_int_equal(sum, totals[k]);
	}
}

static void
money__split_bad_weights__rejected(void **state)
{
	int64_t zero[] = { 0, 0 }, neg[] = { 3, -1 }, p[2];

	(void)state;
	assert_int_equal(money_split(100, zero, 2, p), -1);
	assert_int_equal(money_split(100, neg, 2, p), -1);
	assert_int_equal(money_split(100, zero, 0, p), -1);
}

static void
money__arithmetic_overflow__error_not_wrap(void **state)
{
	int64_t out = 0;

	(void)state;
	assert_int_equal(money_add(MONEY_MAX, 1, &out), -1);
	assert_int_equal(money_sub(-MONEY_MAX, 1, &out), -1);
	assert_int_equal(money_add(MONEY_MAX, -1, &out), 0);
	assert_int_equal(out, MONEY_MAX - 1);
	assert_int_equal(money_mul(MONEY_MAX / 2 + 1, 2, &out), -1);
	assert_int_equal(money_mul(INT64_MAX, INT64_MAX, &out), -1);
	assert_int_equal(money_muldiv(INT64_MAX, INT64_MAX, INT64_MAX,
	    ROUND_HALF_AWAY, &out), -1);
	assert_int_equal(money_muldiv(MONEY_MAX, 1000, 1000, ROUND_HALF_AWAY,
	    &out), 0);
	assert_int_equal(out, MONEY_MAX);
	assert_int_equal(money_muldiv(1, 1, 0, ROUND_HALF_AWAY, &out), -1);
	assert_int_equal(money_apply_rate(MONEY_MAX, 2 * RATE_ONE,
	    ROUND_HALF_AWAY, &out), -1);
}

static void
money__muldiv__prorating(void **state)
{
	int64_t out;

	(void)state;
	/* monthly ceiling 4 005.00 x 3 days / 30 = 400.50 */
	assert_int_equal(money_muldiv(400500, 3, 30, ROUND_HALF_AWAY, &out),
	    0);
	assert_int_equal(out, 40050);
	/* 100.00 / 3 = 33.333.. -> 33.33; negative divisor flips the sign */
	assert_int_equal(money_muldiv(10000, 1, 3, ROUND_HALF_AWAY, &out), 0);
	assert_int_equal(out, 3333);
	assert_int_equal(money_muldiv(10000, 1, -3, ROUND_HALF_AWAY, &out),
	    0);
	assert_int_equal(out, -3333);
	assert_int_equal(round_div(7, 2, ROUND_HALF_EVEN), 4);
	assert_int_equal(round_div(5, 2, ROUND_HALF_EVEN), 2);
	assert_int_equal(round_div(-7, 2, ROUND_HALF_AWAY), -4);
	assert_int_equal(round_div(7, -2, ROUND_HALF_AWAY), -4);
}

static void
money__round_mode_names__round_trip(void **state)
{
	enum round_mode m;
	int i;

	(void)state;
	for (i = ROUND_HALF_AWAY; i <= ROUND_CEIL; i++) {
		assert_int_equal(round_mode_parse(round_mode_name(
		    (enum round_mode)i), &m), 0);
		assert_int_equal(m, i);
	}
	assert_int_equal(round_mode_parse("nearest", &m), -1);
}

static void
rate__parse_and_format__percent_and_fraction(void **state)
{
	rate_t r;
	char b[RATE_BUFSZ];
	const char *why;

	(void)state;
	assert_int_equal(rate_parse("6.8%", &r, &why), 0);
	assert_int_equal(r, 68000000);
	assert_string_equal(rate_format(b, r), "6.8%");
	assert_string_equal(rate_format_fr(b, r), "6,80 %");
	assert_int_equal(rate_parse("0,016 %", &r, &why), 0);
	assert_int_equal(r, 160000);
	assert_string_equal(rate_format(b, r), "0.016%");
	assert_int_equal(rate_parse("0.5", &r, &why), 0);
	assert_int_equal(r, RATE_ONE / 2);
	assert_string_equal(rate_format(b, r), "50%");
	assert_string_equal(rate_format_fr(b, r), "50,00 %");
	assert_int_equal(rate_parse("-1.5%", &r, &why), 0);
	assert_string_equal(rate_format(b, r), "-1.5%");
	assert_int_equal(rate_parse("abc%", &r, &why), -1);
	assert_int_equal(rate_parse("1.00000001%", &r, &why), -1);
	assert_string_equal(why, "too many decimals");
	assert_int_equal(rate_parse("", &r, &why), -1);
}

static void
fixed__parse_and_format__scaled_integers(void **state)
{
	int64_t v;
	char b[40];
	const char *why;

	(void)state;
	assert_int_equal(fixed_parse("12.5", 3, &v, &why), 0);
	assert_int_equal(v, 12500);
	assert_int_equal(fixed_parse("7,25", 2, &v, &why), 0);
	assert_int_equal(v, 725);
	assert_int_equal(fixed_parse("-3", 2, &v, &why), 0);
	assert_int_equal(v, -300);
	assert_int_equal(fixed_parse("1.234", 2, &v, &why), -1);
	assert_int_equal(fixed_parse("1 000", 2, &v, &why), -1);
	assert_string_equal(fixed_format(b, sizeof b, 12500, 3, 0), "12.5");
	assert_string_equal(fixed_format(b, sizeof b, 12000, 3, 0), "12");
	assert_string_equal(fixed_format(b, sizeof b, 725, 2, 2), "7.25");
	assert_string_equal(fixed_format(b, sizeof b, -5, 2, 2), "-0.05");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(money__parse_machine_and_french__exact_cents),
		cmocka_unit_test(
		    money__parse_ambiguous_or_bad__rejected_with_reason),
		cmocka_unit_test(
		    money__parse_zero_point_three_digits__not_ambiguous),
		cmocka_unit_test(
		    money__parse_limits__max_accepted_beyond_rejected),
		cmocka_unit_test(money__format__machine_and_french),
		cmocka_unit_test(money__format_then_parse__round_trip),
		cmocka_unit_test(
		    money__apply_rate__each_rounding_mode_at_the_half),
		cmocka_unit_test(
		    money__apply_rate__just_below_and_above_the_half),
		cmocka_unit_test(money__apply_rate__payroll_values),
		cmocka_unit_test(money__split_hundred_in_three__adds_up),
		cmocka_unit_test(
		    money__split_largest_remainder__goes_to_the_largest),
		cmocka_unit_test(money__split_many_parts__always_adds_up),
		cmocka_unit_test(money__split_bad_weights__rejected),
		cmocka_unit_test(money__arithmetic_overflow__error_not_wrap),
		cmocka_unit_test(money__muldiv__prorating),
		cmocka_unit_test(money__round_mode_names__round_trip),
		cmocka_unit_test(
		    rate__parse_and_format__percent_and_fraction),
		cmocka_unit_test(fixed__parse_and_format__scaled_integers),
	};

	return RUN(tests);
}
