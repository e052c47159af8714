/*
 * fuzz_ydoc.c: the YAML loader and getters on arbitrary bytes.
 */
#include <stdint.h>
#include <stdio.h>

#include "ydoc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
walk(struct ynode *n)
{
	size_t i;
	const char *s;
	int64_t c;
	int32_t day;

	if (ynode_kind(n) == YNODE_MAP) {
		(void)ynode_str(n, "code", 0, &s);
		(void)ynode_money(n, "rate", 0, &c);
		(void)ynode_date(n, "date", 0, &day);
		(void)ynode_check_unknown(n);
		for (i = 0; i < ynode_len(n); i++)
			walk(ynode_pair_value(n, i));
	} else if (ynode_kind(n) == YNODE_SEQ) {
		for (i = 0; i < ynode_len(n) && i < 1000; i++)
			walk(ynode_item(n, i));
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct ydoc *doc;

	if (size > 65536)
		return 0;
	freopen("/dev/null", "w", stderr);
	doc = ydoc_load_mem("fuzz.yaml", (const char *)data, size, &d);
	if (doc != NULL && d.errors == 0)
		walk(ydoc_root(doc));
	ydoc_free(doc);
	return 0;
}
