/*
 * fuzz_dpae_log.c: dpae's acknowledgement log (dpae-log(5)) on arbitrary
 * bytes, then a lookup in what was read.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../../cmd/dpae/ack.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f = fmemopen((void *)(uintptr_t)data, size, "r");
	struct diag d = { 0, 0 };
	struct dpae_acklog log;
	const struct dpae_ack *a = NULL;

	if (f == NULL)
		return 0;
	freopen("/dev/null", "w", stderr);
	memset(&log, 0, sizeof log);
	dpae_acklog_read_stream(f, "fuzz.csv", &log, &d);
	if (log.n > 0)
		a = dpae_acklog_find(&log, log.v[0].person, log.v[0].start,
		    INT32_MAX);
	dpae_acklog_free(&log);
	fclose(f);
	return log.n > 0 && a == NULL;
}
