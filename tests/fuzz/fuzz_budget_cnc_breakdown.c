/*
 * fuzz_budget_cnc_breakdown.c: a breakdown CSV on arbitrary bytes, read
 * into the globals of a budget that is then computed.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "budget_cnc_fuzz.h"
#include "../../cmd/budget-cnc/breakdown.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char budget[] =
    "title: t\ndate: 2026-03-01\ntemplate: fuzz\nlines:\n"
    "  - {code: '52100', quantity: sets + pages, unit: day, rate: 10}\n"
    "  - {code: '31100', quantity: extras_days + speaking_roles,"
    " unit: day, rate: 10}\n"
    "  - {code: '71100', quantity: est_shoot_days * scenes / (1 + eighths),"
    " unit: day, rate: 10}\n";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f = fmemopen((void *)(uintptr_t)data, size, "r");
	struct diag d = { 0, 0 };
	struct bcnc_template *t;
	struct bcnc_budget *b;

	if (f == NULL)
		return 0;
	freopen("/dev/null", "w", stderr);
	if ((t = fuzz_load_template(&d)) == NULL)
		abort();
	b = bcnc_budget_parse("b.yaml", budget, strlen(budget), t, &d);
	if (b == NULL || d.errors != 0)
		abort();
	if (bcnc_breakdown_read_stream(f, "fuzz.csv", 20, b, &d) == 0)
		(void)bcnc_budget_compute(b, NULL, &d);
	bcnc_budget_free(b);
	fclose(f);
	return 0;
}
