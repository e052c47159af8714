/*
 * fuzz_budget_cnc_plan.c: financing.yaml on arbitrary bytes, computed
 * against a devis total, its shares checked to add up to 100 %.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../../cmd/budget-cnc/financing.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct bcnc_plan *p;
	rate_t sum = 0;
	size_t i;

	if (size > 65536)
		return 0;
	freopen("/dev/null", "w", stderr);
	p = bcnc_plan_parse("fuzz.yaml", (const char *)data, size, &d);
	if (p != NULL && bcnc_plan_compute(p, 18058436) == 0 &&
	    p->total > 0) {
		for (i = 0; i < p->nsrc; i++)
			sum += p->src[i].share;
		if (sum != RATE_ONE)
			abort();
	}
	bcnc_plan_free(p);
	return 0;
}
