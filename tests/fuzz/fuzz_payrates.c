/*
 * fuzz_payrates.c: the contribution-table loader on arbitrary bytes, then
 * the lines, the CSG base, the grids and the reduction on what it loaded.
 */
#include <stdint.h>
#include <stdio.h>

#include "payrates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
exercise(const struct payrates *pr, int32_t day)
{
	struct payctx c = { day, PERSON_ARTIST, 1, 8, 0, 1, 12300000, 0 };
	struct paybases b = { 250000, 187500, 100000, 46878 };
	struct payamount a[PAYRATES_MAX_LINES];
	rate_t r;

	(void)payrates_compute(pr, &c, &b, a, PAYRATES_MAX_LINES);
	(void)payrates_employer_rate(pr, &c);
	(void)payrates_neutral_rate(pr, day, 250000, &r);
	(void)payrates_reduction(pr, &c, 60000, 46878, 1, &r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct payrates *pr;

	if (size > 65536)
		return 0;
	freopen("/dev/null", "w", stderr);
	pr = payrates_new();
	if (payrates_load_mem(pr, "fuzz.yaml", (const char *)data, size, &d)
	    == 0) {
		exercise(pr, 20527);	/* 2026-03-15 */
		exercise(pr, 20454);	/* 2026-01-01 */
	}
	payrates_free(pr);
	return 0;
}
