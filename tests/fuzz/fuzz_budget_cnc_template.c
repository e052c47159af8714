/*
 * fuzz_budget_cnc_template.c: devis templates on arbitrary bytes (the
 * bases they extend are looked for in a folder that is not there).
 */
#include <stdint.h>
#include <stdio.h>

#include "../../cmd/budget-cnc/template.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct bcnc_template *t;
	size_t i;

	if (size > 65536)
		return 0;
	freopen("/dev/null", "w", stderr);
	t = bcnc_template_load_mem("fuzz.yaml", (const char *)data, size,
	    "/nonexistent", &d);
	for (i = 0; t != NULL && i < t->nlines; i++)
		if (bcnc_template_line(t, t->lines[i].code) != &t->lines[i])
			abort();
	bcnc_template_free(t);
	return 0;
}
