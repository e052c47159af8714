/*
 * test_budget_cnc_expr.c: budget-cnc's expressions for quantities and
 * globals: exact fractions, precedence, errors with their reason, names,
 * the spreadsheet form, and the rounding to the hundredth.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "../../cmd/budget-cnc/expr.h"

/* Globals for the lookup: days = 17, weeks = 17/5. */
static int
lookup(void *ctx, const char *name, struct bcnc_q *out)
{
	int *calls = ctx;

	(*calls)++;
	if (strcmp(name, "days") == 0) {
		out->num = 17, out->den = 1;
		return 0;
	}
	if (strcmp(name, "weeks") == 0) {
		out->num = 17, out->den = 5;
		return 0;
	}
	return -1;
}

static struct bcnc_q
eval_ok(const char *text)
{
	char why[BCNC_WHY_MAX];
	struct bcnc_q q = { 0, 1 };
	int calls = 0;

	if (bcnc_expr_eval(text, lookup, &calls, &q, why) != 0)
		fail_msg("'%s' rejected: %s", text, why);
	return q;
}

static const char *
eval_err(const char *text, char why[BCNC_WHY_MAX])
{
	struct bcnc_q q;
	int calls = 0;

	assert_int_equal(bcnc_expr_eval(text, lookup, &calls, &q, why), -1);
	return why;
}

static void
assert_q(struct bcnc_q q, int64_t num, int64_t den)
{
	assert_int_equal(q.num, num);
	assert_int_equal(q.den, den);
}

static void
expr__precedence_and_parentheses__exact(void **state)
{
	(void)state;
	assert_q(eval_ok("2 + 3 * 4"), 14, 1);
	assert_q(eval_ok("(2 + 3) * 4"), 20, 1);
	assert_q(eval_ok("-3 + 5"), 2, 1);
	assert_q(eval_ok("10 - 4 - 3"), 3, 1);
	assert_q(eval_ok("12 / 3 / 2"), 2, 1);
	assert_q(eval_ok("7,5"), 15, 2);
	assert_q(eval_ok("0.125"), 1, 8);
	assert_q(eval_ok("--2"), 2, 1);
}

static void
expr__division__stays_a_fraction(void **state)
{
	(void)state;
	/* 8 / 3 * 3 is 8, not 7.99... */
	assert_q(eval_ok("8 / 3 * 3"), 8, 1);
	assert_q(eval_ok("1 / 3 + 1 / 6"), 1, 2);
}

static void
expr__names__looked_up(void **state)
{
	char why[BCNC_WHY_MAX];
	struct bcnc_q q;
	int calls = 0;

	(void)state;
	assert_q(eval_ok("weeks * 5 - days"), 0, 1);
	assert_q(eval_ok("days / 5 + 1 / 5"), 18, 5);
	assert_int_equal(bcnc_expr_eval("days + nights", lookup, &calls, &q,
	    why), -2);
	assert_int_equal(calls, 2);
}

static void
expr__bad_text__reason_given(void **state)
{
	char why[BCNC_WHY_MAX];

	(void)state;
	assert_string_equal(eval_err("(2 + 3", why), "missing ')'");
	assert_string_equal(eval_err("2 +", why), "expression ends too soon");
	assert_string_equal(eval_err("2 3", why), "expected an operator");
	assert_string_equal(eval_err("4 semaines", why),
	    "expected an operator");
	assert_string_equal(eval_err("2)", why), "unmatched ')'");
	assert_string_equal(eval_err("2 # 3", why), "unexpected '#'");
	assert_string_equal(eval_err("", why), "expression ends too soon");
	assert_string_equal(eval_err("days / (1 - 1)", why),
	    "division by zero");
	assert_string_equal(eval_err("123456789012345678", why),
	    "number too long");
	assert_string_equal(eval_err("10000000000000000 * 1000", why),
	    "number too large");
}

static void
expr__deep_nesting__refused(void **state)
{
	char text[300], why[BCNC_WHY_MAX];

	(void)state;
	memset(text, '(', 100);
	strcpy(text + 100, "1");
	memset(text + 101, ')', 100);
	text[201] = '\0';
	assert_string_equal(eval_err(text, why),
	    "expression nested too deeply");
}

static void
collect(void *ctx, const char *name)
{
	strcat(ctx, name);
	strcat(ctx, ",");
}

static void
expr__names__listed_in_order(void **state)
{
	char seen[64] = "";

	(void)state;
	assert_int_equal(bcnc_expr_names("a + b * (a - c_2)", collect, seen),
	    0);
	assert_string_equal(seen, "a,b,a,c_2,");
	assert_int_equal(bcnc_expr_names("a $ b", collect, seen), -1);
}

static void
ref(void *ctx, const char *name, char *buf, size_t size)
{
	(void)ctx;
	snprintf(buf, size, "g_%s", name);
}

static void
expr__formula__names_mapped_decimal_point(void **state)
{
	char *f;

	(void)state;
	f = bcnc_expr_to_formula("days / 5 + 7,5", ref, NULL);
	assert_string_equal(f, "(g_days/5+7.5)");
	free(f);
	assert_null(bcnc_expr_to_formula("days ? 5", ref, NULL));
}

static void
expr__hundredths__half_away_from_zero(void **state)
{
	struct bcnc_q q;
	int64_t h;

	(void)state;
	q = eval_ok("17 / 3");		/* 5.666.. */
	assert_int_equal(bcnc_q_hundredths(q, &h), 0);
	assert_int_equal(h, 567);
	q = eval_ok("1 / 200");		/* 0.005 */
	assert_int_equal(bcnc_q_hundredths(q, &h), 0);
	assert_int_equal(h, 1);
	q = eval_ok("-1 / 200");
	assert_int_equal(bcnc_q_hundredths(q, &h), 0);
	assert_int_equal(h, -1);
	q = eval_ok("2.675");
	assert_int_equal(bcnc_q_hundredths(q, &h), 0);
	assert_int_equal(h, 268);
}

static void
expr__names__valid_ones(void **state)
{
	(void)state;
	assert_true(bcnc_expr_is_name("shoot_days"));
	assert_true(bcnc_expr_is_name("_x2"));
	assert_false(bcnc_expr_is_name("2days"));
	assert_false(bcnc_expr_is_name("shoot-days"));
	assert_false(bcnc_expr_is_name(""));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(expr__precedence_and_parentheses__exact),
		cmocka_unit_test(expr__division__stays_a_fraction),
		cmocka_unit_test(expr__names__looked_up),
		cmocka_unit_test(expr__bad_text__reason_given),
		cmocka_unit_test(expr__deep_nesting__refused),
		cmocka_unit_test(expr__names__listed_in_order),
		cmocka_unit_test(expr__formula__names_mapped_decimal_point),
		cmocka_unit_test(expr__hundredths__half_away_from_zero),
		cmocka_unit_test(expr__names__valid_ones),
	};

	return RUN(tests);
}
