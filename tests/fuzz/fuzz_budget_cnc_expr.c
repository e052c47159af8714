/*
 * fuzz_budget_cnc_expr.c: budget-cnc's expressions on arbitrary bytes:
 * evaluation (every name is 3/2), the list of names and the formula.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../cmd/budget-cnc/expr.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
lookup(void *ctx, const char *name, struct bcnc_q *out)
{
	(void)ctx;
	if (name[0] == 'x')
		return -1;
	out->num = 3;
	out->den = 2;
	return 0;
}

static void
seen(void *ctx, const char *name)
{
	(*(size_t *)ctx) += strlen(name);
}

static void
ref(void *ctx, const char *name, char *buf, size_t size)
{
	(void)ctx;
	snprintf(buf, size, "g_%s", name);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1), why[BCNC_WHY_MAX], *f;
	struct bcnc_q q;
	int64_t h;
	size_t n = 0;

	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (bcnc_expr_eval(text, lookup, NULL, &q, why) == 0)
		(void)bcnc_q_hundredths(q, &h);
	(void)bcnc_expr_names(text, seen, &n);
	f = bcnc_expr_to_formula(text, ref, NULL);
	free(f);
	(void)bcnc_expr_is_name(text);
	free(text);
	return 0;
}
