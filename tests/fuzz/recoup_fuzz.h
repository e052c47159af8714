/*
 * recoup_fuzz.h: what the recoup fuzz targets share: running a loaded
 * waterfall over receipts text, with the balance of every period as the
 * property that must hold whatever the input.
 */
#ifndef CINEPROD_RECOUP_FUZZ_H
#define CINEPROD_RECOUP_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../../cmd/recoup/run.h"
#include "../../cmd/recoup/waterfall.h"
#include "csvio.h"

/* The reference data: $CINEPROD_DATA, else share/ from the top. */
static const char *
fuzz_datadir(void)
{
	const char *d = getenv("CINEPROD_DATA");

	return d != NULL && *d != '\0' ? d : "share";
}

/* Runs w over size bytes of receipts; aborts when a period does not
 * balance. */
static void
fuzz_run(const struct waterfall *w, const char *csv, size_t size)
{
	FILE *f = fmemopen((void *)(uintptr_t)csv, size, "r");
	struct diag d = { 0, 0 };
	struct receipts rc;
	struct csv_reader *r;
	struct run run = { 0 };
	int64_t in, paid, kept;
	size_t p;

	if (f == NULL)
		return;
	rc_receipts_init(&rc, w, INT32_MAX);
	r = csv_reader_new(f, "fuzz.csv", ',', &d);
	if (rc_receipts_read_csv(&rc, w, r, &d) == 0) {
		run.w = w;
		run.rc = &rc;
		rc_periods_build(&run, &rc, 0, INT32_MAX);
		if (run.nperiods < 2000 && rc_engine_run(&run) == 0) {
			rc_authors_run(&run);
			for (p = 0; p < run.nperiods; p++)
				if (!rc_run_balance(&run, p, &in, &paid, &kept))
					abort();
		}
	}
	rc_run_free(&run);
	csv_reader_close(r);
	rc_receipts_free(&rc);
	fclose(f);
}

#endif
