/*
 * fuzz_budget_cnc_budget.c: budget.yaml on arbitrary bytes, parsed on a
 * small template, computed and written as budget lines and the devis.
 */
#include <stdint.h>
#include <stdio.h>

#include "budget_cnc_fuzz.h"
#include "../../cmd/budget-cnc/budget.h"
#include "../../cmd/budget-cnc/render.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct bcnc_template *t;
	struct bcnc_budget *b;
	struct table *tb;
	FILE *null;

	if (size > 65536)
		return 0;
	freopen("/dev/null", "w", stderr);
	if ((t = fuzz_load_template(&d)) == NULL)
		abort();
	b = bcnc_budget_parse("fuzz.yaml", (const char *)data, size, t, &d);
	if (b != NULL && bcnc_budget_compute(b, NULL, &d) == 0 &&
	    d.errors == 0 && (null = fopen("/dev/null", "w")) != NULL) {
		bcnc_write_lines(b, CSV_STYLE_CSV, null);
		tb = bcnc_devis_table(b);
		table_write(tb, FMT_TABLE, null);
		table_free(tb);
		fclose(null);
	}
	bcnc_budget_free(b);
	return 0;
}
