/*
 * fuzz_recoup_receipts.c: receipts.csv on arbitrary bytes, read against a
 * waterfall with every kind of tier (theatrical split, minimum guarantee,
 * capped expenses, corridor, pari passu, groups, authors), then run:
 * nothing may crash, and every period must balance.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "recoup_fuzz.h"
#include "ydoc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char waterfall[] =
    "film: Fuzz\n"
    "producer: p\n"
    "parties:\n"
    "  p: {name: P}\n  c: {name: C}\n  d: {name: D}\n  s: {name: S}\n"
    "  a: {name: A}\n"
    "streams:\n"
    "  salles: {mode: theatrical, theatrical: {rental_rate: 45%,"
    " sacem: 1%}}\n"
    "  tv: {mode: television}\n"
    "  vod: {mode: vod}\n"
    "  international: {mode: international}\n"
    "groups:\n  g: {p: 2/3, c: 1/3}\n"
    "distribution:\n"
    "  - {name: C1, streams: [salles], commission: 40%, payee: d}\n"
    "  - {name: E, streams: [salles, vod], expenses: 500, payee: d}\n"
    "  - {name: M, streams: [salles, vod], mg: 2000, payee: d}\n"
    "waterfall:\n"
    "  - {name: K, corridor: 5%, payee: p, until: r}\n"
    "  - {id: r, name: R, premium: 10%, recoup: {s: 1000, c: 700}}\n"
    "  - {name: S, split: {g: 80%, s: 20%}}\n"
    "authors:\n"
    "  - party: a\n"
    "    advance: 100\n"
    "    shares: [{modes: [theatrical], base: box-office, rate: 2%},"
    " {rate: 3%}]\n";

static struct waterfall *w;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };

	if (w == NULL) {
		struct ydoc *doc = ydoc_load_mem("fuzz.yaml", waterfall,
		    strlen(waterfall), &d);

		if (doc == NULL || (w = wf_load_doc(doc, "fuzz.yaml",
		    fuzz_datadir(), &d)) == NULL)
			abort();
	}
	freopen("/dev/null", "w", stderr);
	fuzz_run(w, (const char *)data, size);
	return 0;
}
