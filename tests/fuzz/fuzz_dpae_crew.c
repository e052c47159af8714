/*
 * fuzz_dpae_crew.c: a crew.yaml of arbitrary bytes through everything
 * dpae checks (the NIR against the identity, text folding, contracts)
 * and writes (XML, listing, due list), with the sample's employer. The
 * loader reads files, so the input goes through a temporary file.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../cmd/dpae/due.h"
#include "../../cmd/dpae/listing.h"
#include "../../cmd/dpae/xml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char production[] =
    "employer:\n  name: Films de la Lisière\n  siret: 842 139 578 00020\n"
    "  ape: 5911C\n  urssaf: \"117\"\n  health_service: MT117\n"
    "  address: {street: 12 rue des Envierges, postcode: \"75020\", "
    "town: Paris}\n  idcc: 3097\n";

static const char profile[] =
    "encoding: ISO-8859-1\ntest_indicator: {test: \"1\", real: \"120\"}\n"
    "date: yyyy-mm-dd\ntime: hh:mm:ss\ncodes:\n  sex: {M: \"1\", F: \"2\"}\n"
    "  nature: {CDDU: CDD, CDD: CDD, CDI: CDI}\ntexts:\n"
    "  employer: {fold: latin1, max: 32, chars: \"[a-zA-Z0-9è ]\"}\n"
    "  name: {fold: upper-ascii, max: 32, chars: \"[A-Z' .&-]\"}\n"
    "  town: {fold: upper-ascii, max: 32, chars: \"[A-Z0-9 .'-]\"}\n"
    "  postcode: {fold: upper-ascii, max: 5, chars: \"[0-9]\", "
    "pattern: \"^[0-9]{5}$\"}\n"
    "  phone: {fold: upper-ascii, max: 20, chars: \"[0-9+ .]\"}\n"
    "  urssaf: {fold: upper-ascii, max: 3, chars: \"[0-9A-Z]\"}\n"
    "  health_service: {fold: upper-ascii, max: 10, chars: \"[0-9A-Z]\"}\n"
    "repeat: G\ntree:\n  R:\n    - T: test_indicator\n    - G:\n"
    "        - S: employee.surname\n        - N: employee.nir\n"
    "        - B: employee.birth_place\n        - D: contract.start_date\n"
    "        - H: contract.start_time\n        - P: contract.trial_days\n";

static char crew_path[] = "/tmp/fuzz-dpae-crew.XXXXXX";
static char prod_path[] = "/tmp/fuzz-dpae-prod.XXXXXX";
static int crew_made, prod_made;

static void
remove_files(void)
{
	unlink(crew_path);
	unlink(prod_path);
}

/* Makes path a new temporary file (once, removed at exit), then writes
 * data into it. */
static void
write_file(char *path, int *made, const void *data, size_t size)
{
	FILE *f;
	int fd;

	if (!*made) {
		if ((fd = mkstemp(path)) < 0)
			abort();
		close(fd);
		if (!crew_made && !prod_made)
			atexit(remove_files);
		*made = 1;
	}
	if ((f = fopen(path, "w")) == NULL)
		abort();
	fwrite(data, 1, size, f);
	fclose(f);
}

static void
run(struct employer *e, struct crew *c, struct dpae_profile *p,
    struct diag *d)
{
	struct dpae_acklog log = { 0 };
	struct dpae_batch b;
	struct table *t;
	FILE *f = fopen("/dev/null", "w");

	dpae_batch_init(&b, e, c, p, NULL, 0);
	dpae_batch_select(&b, NULL, 0);
	dpae_batch_check(&b, 0, d);
	dpae_xml_write(&b, f);
	t = dpae_listing(&b, &log, 1);
	table_write(t, FMT_CSV, f);
	table_free(t);
	t = dpae_due_table(&b, &log, 20500, 0);
	table_write(t, FMT_TABLE, f);
	table_free(t);
	dpae_batch_free(&b);
	fclose(f);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct dpae_profile p;
	struct employer e;
	struct crew *c;

	if (size > 65536)
		return 0;
	freopen("/dev/null", "w", stderr);
	if (!prod_made)
		write_file(prod_path, &prod_made, production,
		    sizeof production - 1);
	if (dpae_profile_from(ydoc_load_mem("p.yaml", profile,
	    sizeof profile - 1, &d), &p, &d) < 0)
		abort();
	write_file(crew_path, &crew_made, data, size);
	employer_load(prod_path, &e, &d);
	if ((c = crew_load(crew_path, &d)) != NULL)
		run(&e, c, &p, &d);
	crew_free(c);
	employer_free(&e);
	dpae_profile_free(&p);
	return 0;
}
