/*
 * test_budget_cnc_compute.c: budget-cnc's engine on budgets in memory
 * (the CNC feature-film template of the data folder): pricing and
 * rounding, the France/abroad split, FG and imprévus, globals in any
 * order, the plan's balance and shares, the pay-cap brackets and the
 * checks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "../../cmd/budget-cnc/budget.h"
#include "../../cmd/budget-cnc/checks.h"
#include "../../cmd/budget-cnc/financing.h"
#include "../../cmd/budget-cnc/rules.h"

#define HEAD "title: t\ndate: 2026-03-01\ntemplate: cnc-long-metrage\n"

/* Parses and computes text; fails the test on any error. */
static struct bcnc_budget *
budget(const char *text)
{
	struct diag d = { 0, 0 };
	struct srcpos at = { "test", 0, 0 };
	struct bcnc_template *t = bcnc_template_load("cnc-long-metrage",
	    NULL, NULL, &at, &d);
	struct bcnc_budget *b;

	assert_non_null(t);
	b = bcnc_budget_parse("budget.yaml", text, strlen(text), t, &d);
	assert_non_null(b);
	assert_int_equal(bcnc_budget_compute(b, NULL, &d), 0);
	assert_int_equal(d.errors, 0);
	return b;
}

/* The errors text makes, computed. */
static unsigned
budget_errors(const char *text)
{
	struct diag d = { 0, 0 };
	struct srcpos at = { "test", 0, 0 };
	struct bcnc_template *t = bcnc_template_load("cnc-long-metrage",
	    NULL, NULL, &at, &d);
	struct bcnc_budget *b;

	b = bcnc_budget_parse("budget.yaml", text, strlen(text), t, &d);
	if (b != NULL)
		(void)bcnc_budget_compute(b, NULL, &d);
	bcnc_budget_free(b);
	return d.errors;
}

static const struct bcnc_line *
line(const struct bcnc_budget *b, const char *code)
{
	size_t i;

	for (i = 0; i < b->nlines; i++)
		if (strcmp(b->lines[i].code, code) == 0)
			return &b->lines[i];
	fail_msg("no line %s", code);
	return NULL;
}

static void
compute__lines__rounded_half_away_per_line(void **state)
{
	struct bcnc_budget *b;

	(void)state;
	b = budget(HEAD "lines:\n"
	    /* 3.40 x 2 x 1 234.56 = 8 395.008 -> 8 395.01 */
	    "  - {code: \"23100\", quantity: 17 / 5, unit: week, persons: 2,"
	    " rate: 1234.56}\n"
	    /* 0.50 x 0.05 = 0.025 -> 0.03 */
	    "  - {code: \"71100\", quantity: 0.5, unit: day, rate: 0.05}\n"
	    /* 17/3 -> 5.67 x 333.33 = 1 889.9811 -> 1 889.98 */
	    "  - {code: \"52100\", quantity: 17 / 3, unit: day,"
	    " rate: 333.33}\n");
	assert_int_equal(line(b, "23100")->amount, 839501);
	assert_int_equal(line(b, "71100")->amount, 3);
	assert_int_equal(line(b, "52100")->qty, 567);
	assert_int_equal(line(b, "52100")->amount, 188998);
	assert_int_equal(b->sub.total, 839501 + 3 + 188998);
	bcnc_budget_free(b);
}

static void
compute__abroad__share_or_amount(void **state)
{
	struct bcnc_budget *b;

	(void)state;
	b = budget(HEAD "lines:\n"
	    /* 4 444.44 x 37.5 % = 1 666.665 -> 1 666.67 abroad */
	    "  - {code: \"85100\", quantity: 4, unit: day, rate: 1111.11,"
	    " abroad: 37.5%}\n"
	    "  - {code: \"84100\", amount: 3000, abroad: 1250.50}\n");
	assert_int_equal(line(b, "85100")->abroad, 166667);
	assert_int_equal(line(b, "85100")->france, 277777);
	assert_int_equal(line(b, "84100")->abroad, 125050);
	assert_int_equal(line(b, "84100")->france, 174950);
	assert_int_equal(b->chapter[7].abroad, 166667 + 125050);
	bcnc_budget_free(b);
}

static void
compute__overheads__on_subtotal_without_frais_financiers(void **state)
{
	struct bcnc_budget *b;

	(void)state;
	/* subtotal 12 000 + 3 000 abroad + 2 000 frais financiers; base
	 * 15 000 (abroad 3 000); FG 7 % = 1 050.00 in France; IMP 3.5 % =
	 * 525.00 of which 525 x 3 000 / 15 000 = 105.00 abroad. */
	b = budget(HEAD "frais_generaux: 7%\nimprevus: 3.5%\nlines:\n"
	    "  - {code: \"52100\", amount: 12000}\n"
	    "  - {code: \"85100\", amount: 3000, abroad: 100%}\n"
	    "  - {code: \"94100\", amount: 2000}\n");
	assert_int_equal(b->ff.total, 200000);
	assert_int_equal(b->base.total, 1500000);
	assert_int_equal(b->fg.total, 105000);
	assert_int_equal(b->fg.abroad, 0);
	assert_int_equal(b->imp.total, 52500);
	assert_int_equal(b->imp.abroad, 10500);
	assert_int_equal(b->total.total, 1700000 + 105000 + 52500);
	assert_int_equal(b->hors_imp.total, 1700000 + 105000);
	assert_int_equal(b->hors_ff.total, 1500000 + 105000 + 52500);
	assert_int_equal(b->total.france + b->total.abroad, b->total.total);
	bcnc_budget_free(b);
}

static void
compute__globals__any_order(void **state)
{
	struct bcnc_budget *b;

	(void)state;
	b = budget(HEAD "globals:\n  weeks: days / 5\n  days: base + 2\n"
	    "  base: 8\nlines:\n"
	    "  - {code: \"24100\", quantity: weeks, unit: week, rate: 1000}\n");
	assert_int_equal(line(b, "24100")->qty, 200);
	assert_non_null(bcnc_budget_global(b, "days"));
	assert_int_equal(bcnc_budget_global(b, "days")->value.num, 10);
	bcnc_budget_free(b);
}

static void
compute__bad_budgets__every_problem_counted(void **state)
{
	(void)state;
	/* a cycle is one error */
	assert_int_equal(budget_errors(HEAD "globals:\n  a: b\n  b: a\n"
	    "lines:\n  - {code: \"24100\", quantity: a, unit: week, "
	    "rate: 1}\n"), 1);
	/* an unknown global on two lines, and a line code twice */
	assert_int_equal(budget_errors(HEAD "lines:\n"
	    "  - {code: \"24100\", quantity: x, unit: week, rate: 1}\n"
	    "  - {code: \"24200\", quantity: x, unit: week, rate: 1}\n"
	    "  - {code: \"52100\", amount: 1}\n"
	    "  - {code: \"52100\", amount: 2}\n"), 3);
	/* a bad code and a bad quantity elsewhere: both reported */
	assert_int_equal(budget_errors(HEAD "lines:\n"
	    "  - {code: \"2410\", amount: 1}\n"
	    "  - {code: \"24100\", quantity: 1 / 0, unit: week, rate: 1}\n"),
	    2);
}

static void
paycap__brackets__15_8_5_percent(void **state)
{
	struct bcnc_paycap p;

	(void)state;
	memset(&p, 0, sizeof p);
	p.n = 3;
	p.upto[0] = 400000000, p.rate[0] = RATE_ONE / 100 * 15;
	p.upto[1] = 700000000, p.rate[1] = RATE_ONE / 100 * 8;
	p.upto[2] = 1000000000, p.rate[2] = RATE_ONE / 100 * 5;
	assert_int_equal(bcnc_paycap_threshold(&p, 200000000), 30000000);
	/* the CNC's example: 8 M€ -> 600 000 + 240 000 + 50 000 */
	assert_int_equal(bcnc_paycap_threshold(&p, 800000000), 89000000);
	assert_int_equal(bcnc_paycap_threshold(&p, 1200000000), 99000000);
	assert_int_equal(bcnc_paycap_threshold(&p, 1), 0);
}

static struct bcnc_plan *
plan(const char *text, int64_t devis)
{
	struct diag d = { 0, 0 };
	struct bcnc_plan *p = bcnc_plan_parse("financing.yaml", text,
	    strlen(text), &d);

	assert_non_null(p);
	assert_int_equal(bcnc_plan_compute(p, devis), 0);
	return p;
}

static void
plan__balance_and_shares__add_up(void **state)
{
	struct bcnc_plan *p;
	rate_t sum = 0;
	size_t i;

	(void)state;
	/* 1 000 of 3 000: three thirds, 33.34 + 33.33 + 33.33 % */
	p = plan("coproducers:\n  - {name: A, delegate: true}\n"
	    "  - {name: B, country: BE, delegate: false}\nsources:\n"
	    "  - {label: x, family: public, status: acquis, amount: 1000}\n"
	    "  - {label: y, family: foreign, status: espéré, coproducer: B,"
	    " amount: 1000}\n"
	    "  - {label: z, family: producer, status: en cours,"
	    " amount: balance}\n", 300000);
	assert_int_equal(p->src[2].amount, 100000);
	for (i = 0; i < p->nsrc; i++)
		sum += p->src[i].share;
	assert_int_equal(sum, RATE_ONE);
	assert_int_equal(p->src[0].share, 3334 * (RATE_ONE / 10000));
	assert_int_equal(p->gap, 0);
	assert_int_equal(p->french, 200000);
	assert_int_equal(p->foreign, 100000);
	assert_int_equal(p->status[BCNC_EN_COURS], 100000);
	assert_int_equal(p->status[BCNC_ESPERE], 100000);
	assert_int_equal(p->public_aid, 100000);
	bcnc_plan_free(p);
}

static void
plan__overdrawn__balance_zero(void **state)
{
	struct bcnc_plan *p;

	(void)state;
	p = plan("coproducers:\n  - {name: A}\nsources:\n"
	    "  - {label: x, family: public, status: acquis, amount: 5000}\n"
	    "  - {label: z, family: producer, status: acquis,"
	    " amount: balance}\n", 400000);
	assert_int_equal(p->src[1].amount, 0);
	assert_true(p->overdrawn);
	assert_int_equal(p->gap, -100000);
	bcnc_plan_free(p);
}

static void
checks__feature__rules_of_the_data(void **state)
{
	struct bcnc_budget *b;
	struct bcnc_rules r;
	struct bcnc_checks c;
	struct diag d = { 0, 0 };

	(void)state;
	/* 2 000 000 of eligible French spending: the estimate is 30 % of
	 * 80 % of the cost, 480 000; Ana's 350 000 is over 15 %. */
	b = budget(HEAD "lines:\n"
	    "  - {code: \"12100\", person: Ana, amount: 350000}\n"
	    "  - {code: \"52100\", amount: 1650000}\n");
	assert_int_equal(bcnc_rules_load(&r, NULL, b->date, b->work, &d), 0);
	bcnc_checks_run(&c, b, NULL, &r, &d);
	assert_int_equal(c.tax_estimate, 48000000);
	assert_int_equal(c.v[3].verdict, BCNC_WARN);
	assert_int_equal(c.v[3].limit, 30000000);
	assert_int_equal(c.v[0].verdict, BCNC_NA);
	assert_int_equal(c.warnings, 1);
	bcnc_checks_free(&c);
	bcnc_rules_free(&r);
	bcnc_budget_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(compute__lines__rounded_half_away_per_line),
		cmocka_unit_test(compute__abroad__share_or_amount),
		cmocka_unit_test(
		    compute__overheads__on_subtotal_without_frais_financiers),
		cmocka_unit_test(compute__globals__any_order),
		cmocka_unit_test(compute__bad_budgets__every_problem_counted),
		cmocka_unit_test(paycap__brackets__15_8_5_percent),
		cmocka_unit_test(plan__balance_and_shares__add_up),
		cmocka_unit_test(plan__overdrawn__balance_zero),
		cmocka_unit_test(checks__feature__rules_of_the_data),
	};

	freopen("/dev/null", "w", stderr);
	return RUN(tests);
}
