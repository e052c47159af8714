/*
 * fuzz_csv.c: the CSV reader on arbitrary bytes, header and records.
 */
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#include "csvio.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f = fmemopen((void *)(uintptr_t)data, size, "r");
	struct diag d = { 0, 0 };
	struct csv_reader *r;
	size_t i, total = 0;

	if (f == NULL)
		return 0;
	freopen("/dev/null", "w", stderr);
	r = csv_reader_new(f, "fuzz.csv", ',', &d);
	if (csv_reader_header(r, NULL) == 0)
		while (csv_reader_next(r))
			for (i = 0; i < csv_reader_nfields(r); i++)
				total += csv_reader_field_len(r, (int)i);
	csv_reader_close(r);
	fclose(f);
	return total == (size_t)-1;
}
