/*
 * fuzz_script_breakdown.c: the three screenplay readers (Fountain, Final
 * Draft, text from a PDF) and the builder, paginator and reports behind
 * them, on arbitrary bytes. The first byte chooses the reader; the
 * reference data is read once from $CINEPROD_DATA or ./share.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../cmd/script-breakdown/builder.h"
#include "../../cmd/script-breakdown/fdx.h"
#include "../../cmd/script-breakdown/fountain.h"
#include "../../cmd/script-breakdown/pdftext.h"
#include "../../cmd/script-breakdown/render.h"
#include "../../cmd/script-breakdown/source.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct sb_rules rules;
static int loaded;

static void
load(void)
{
	struct diag d = { 0, 0 };
	const char *dir = getenv("CINEPROD_DATA");

	freopen("/dev/null", "w", stderr);
	if (sb_rules_load(&rules, dir != NULL ? dir : "share", NULL, NULL,
	    &d) != 0)
		abort();
	loaded = 1;
}

/* Hands the lines of data to fn (a reader's line function), up to the
 * first NUL byte: the line reader stops there (a binary file). */
static void
lines(const char *data, size_t size, void (*fn)(void *, const char *,
    size_t, unsigned, unsigned), void *ctx)
{
	char *copy = malloc(size + 1);
	size_t start = 0, i;
	unsigned line = 0;

	memcpy(copy, data, size);
	copy[size] = '\0';
	size = strlen(copy);
	for (i = 0; i <= size; i++)
		if (i == size || copy[i] == '\n') {
			copy[i] = '\0';
			fn(ctx, copy + start, i - start, ++line,
			    SB_LINE_HIGH | SB_LINE_OPEN);
			start = i + 1;
		}
	free(copy);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sb_render_opts o = { SB_R_SUMMARY, FMT_CSV, 300, "fuzz" };
	struct diag d = { 0, 0 };
	FILE *out = fopen("/dev/null", "w");
	struct sb_sink *sink;
	struct sb_builder *b;
	int kind;

	if (!loaded)
		load();
	if (size == 0 || out == NULL)
		return out != NULL ? fclose(out) : 0;
	kind = data[0] % 3;
	o.report = (enum sb_report)(data[0] / 3 % SB_NREPORTS);
	o.format = o.report == SB_R_SHEETS ? FMT_HTML : FMT_CSV;
	sink = sb_render_new(&rules, &o, out);
	b = sb_builder_new(&rules, NULL, sink, &d, "fuzz", kind != 2);
	if (kind == 0) {
		struct sb_fountain *f = sb_fountain_new(b, &rules, &d, "fuzz");

		lines((const char *)data + 1, size - 1, sb_fountain_line, f);
		sb_fountain_finish(f);
		sb_fountain_free(f);
	} else if (kind == 1) {
		struct sb_fdx *x = sb_fdx_new(&rules, &d, "fuzz");

		if (sb_fdx_chunk(x, (const char *)data + 1, size - 1, 1) == 0)
			sb_fdx_replay(x, b);
		sb_fdx_free(x);
	} else {
		struct sb_pdftext *t = sb_pdftext_new(b, &rules, &d, "fuzz");

		lines((const char *)data + 1, size - 1, sb_pdftext_line, t);
		sb_pdftext_finish(t);
		sb_pdftext_free(t);
	}
	sb_builder_finish(b);
	sb_builder_free(b);
	sb_render_free(sink);
	fclose(out);
	return 0;
}
