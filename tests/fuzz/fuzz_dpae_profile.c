/*
 * fuzz_dpae_profile.c: dpae's format profile on arbitrary bytes, and when
 * it loads, the XML writer walking its tree over an empty batch, and its
 * date and time forms.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../../cmd/dpae/decl.h"
#include "../../cmd/dpae/xml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
exercise(struct dpae_profile *p)
{
	struct dpae_batch b;
	struct employer e = { 0 };
	struct crew c = { 0 };
	struct diag d = { 0, 0 };
	FILE *f = fopen("/dev/null", "w");

	dpae_batch_init(&b, &e, &c, p, NULL, 0);
	dpae_batch_check(&b, 1, &d);
	dpae_xml_write(&b, f);
	dpae_batch_free(&b);
	fclose(f);
	free(dpae_profile_date(p, 20521));
	free(dpae_profile_time(p, 1439));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct dpae_profile p;

	if (size > 65536)
		return 0;
	freopen("/dev/null", "w", stderr);
	if (dpae_profile_from(ydoc_load_mem("fuzz.yaml", (const char *)data,
	    size, &d), &p, &d) == 0)
		exercise(&p);
	dpae_profile_free(&p);
	return 0;
}
