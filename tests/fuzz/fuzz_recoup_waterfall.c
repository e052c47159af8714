/*
 * fuzz_recoup_waterfall.c: waterfall.yaml on arbitrary bytes, loaded and
 * checked, then, when accepted, run over a few receipts: nothing may
 * crash, and every period must balance.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "recoup_fuzz.h"
#include "ydoc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char receipts[] =
    "date,stream,territory,kind,amount,admissions,average_price\n"
    "2027-01-10,tv,FR,receipt,1000.00,,\n"
    "2027-02-11,salles,FR,receipt,,120,7.15\n"
    "2027-05-03,international,DE,receipt,-25.50,,\n"
    "2028-07-14,vod,FR,receipt,333.33,,\n";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct ydoc *doc;
	struct waterfall *w;

	if (size > 65536)
		return 0;
	freopen("/dev/null", "w", stderr);
	doc = ydoc_load_mem("fuzz.yaml", (const char *)data, size, &d);
	if (doc == NULL)
		return 0;
	w = wf_load_doc(doc, "fuzz.yaml", fuzz_datadir(), &d);
	if (w != NULL)
		fuzz_run(w, receipts, strlen(receipts));
	wf_free(w);
	return 0;
}
