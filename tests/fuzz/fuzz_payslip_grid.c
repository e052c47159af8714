/*
 * fuzz_payslip_grid.c: an agreement's grid (paygrid(5)) of arbitrary
 * bytes, then the lookups the pay engine makes in what it loaded:
 * functions, holidays, night windows by season, bands.
 */
#include <stdint.h>
#include <stdio.h>

#include "../../cmd/payslip/hours.h"
#include "../../cmd/payslip/paygrid.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
exercise(const struct paygrid *g)
{
	struct contract c = { 0 };
	int m;

	(void)paygrid_function(g, "Scripte", PERSON_TECHNICIAN);
	(void)paygrid_function(g, NULL, PERSON_ARTIST);
	(void)paygrid_holiday(&g->rules, "Fête du Travail");
	for (m = 0; m < 1440; m += 30) {
		(void)paygrid_is_night(&g->rules, 20527, m);	/* 2026-03-15 */
		(void)paygrid_is_night(&g->rules, 20544, m);	/* 2026-04-01 */
		(void)paybands_at(&g->rules.overtime, m * 3);
		(void)paybands_next(&g->rules.night, m);
	}
	c.rate = 140000;
	c.basis = PAY_DAY;
	(void)hours_base(&c, &g->rules);
	c.basis = PAY_CACHET;
	(void)hours_artist_reference(&c, &g->rules, 41825);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct paygrid *g;

	if (size > 65536)
		return 0;
	freopen("/dev/null", "w", stderr);
	g = paygrid_load_mem("fuzz.yaml", (const char *)data, size, &d);
	if (g != NULL)
		exercise(g);
	paygrid_free(g);
	return 0;
}
