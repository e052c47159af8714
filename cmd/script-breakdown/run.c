/*
 * run.c: a breakdown run. Output is written to the -o file through a
 * temporary renamed at the end, or spooled and copied to standard output
 * at the end, so that a rejected input leaves nothing written.
 */
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/types.h>

#include "builder.h"
#include "dict.h"
#include "fdx.h"
#include "fountain.h"
#include "output.h"
#include "pdftext.h"
#include "rules.h"
#include "run.h"
#include "source.h"

static const char *const input_names[SB_NINPUTS] = {
	"auto", "fountain", "fdx", "text"
};

enum sb_input
sb_input_parse(const char *name)
{
	int i;

	for (i = 1; i < SB_NINPUTS; i++)
		if (strcmp(name, input_names[i]) == 0)
			return (enum sb_input)i;
	return SB_NINPUTS;
}

/* The input's format: by extension (.fdx), else an XML start means Final
 * Draft and a form feed in the first bytes text from a PDF. */
static enum sb_input
detect(struct sb_source *src, const char *path)
{
	const char *data, *dot = path != NULL ? strrchr(path, '.') : NULL;
	size_t n, i;

	if (dot != NULL && strcmp(dot, ".fdx") == 0)
		return SB_IN_FDX;
	n = sb_source_peek(src, &data, 65536);
	for (i = 0; i < n && (data[i] == ' ' || data[i] == '\n' ||
	    data[i] == '\r' || data[i] == '\t' || (unsigned char)data[i] >=
	    0xEF); i++)
		;
	if (i + 5 <= n && (memcmp(data + i, "<?xml", 5) == 0 ||
	    memcmp(data + i, "<Fina", 5) == 0))
		return SB_IN_FDX;
	return memchr(data, '\f', n) != NULL ? SB_IN_TEXT : SB_IN_FOUNTAIN;
}

static int
read_fountain(struct sb_source *src, struct sb_builder *b,
    const struct sb_rules *r, struct diag *d)
{
	struct sb_fountain *f = sb_fountain_new(b, r, d,
	    sb_source_name(src));
	int rc = sb_source_lines(src, sb_fountain_line, f);

	if (rc == 0)
		sb_fountain_finish(f);
	sb_fountain_free(f);
	return rc;
}

static int
read_text(struct sb_source *src, struct sb_builder *b,
    const struct sb_rules *r, struct diag *d)
{
	struct sb_pdftext *t = sb_pdftext_new(b, r, d, sb_source_name(src));
	int rc = sb_source_lines(src, sb_pdftext_line, t);

	if (rc == 0)
		sb_pdftext_finish(t);
	sb_pdftext_free(t);
	return rc;
}

static int
read_fdx(struct sb_source *src, struct sb_builder *b,
    const struct sb_rules *r, struct diag *d)
{
	struct sb_fdx *x = sb_fdx_new(r, d, sb_source_name(src));
	int rc = sb_source_chunks(src, sb_fdx_chunk, x);

	if (rc == 0 && d->errors == 0)
		sb_fdx_replay(x, b);
	sb_fdx_free(x);
	return rc;
}

/* Reads the input into the sink. Returns 0, or -1 when reading failed
 * (a system error). */
static int
breakdown(const struct sb_opts *o, const struct sb_rules *r,
    const struct sb_dict *dict, struct sb_source *src, struct sb_sink *sink,
    struct diag *d)
{
	enum sb_input in = o->input != SB_IN_AUTO ? o->input :
	    detect(src, sb_source_name(src));
	struct sb_builder *b = sb_builder_new(r, dict, sink, d,
	    sb_source_name(src), in != SB_IN_TEXT);
	int rc;

	if (o->report == SB_R_CHARACTERS)
		sb_builder_count_speech(b);
	if (in == SB_IN_FDX)
		rc = read_fdx(src, b, r, d);
	else if (in == SB_IN_TEXT)
		rc = read_text(src, b, r, d);
	else
		rc = read_fountain(src, b, r, d);
	if (rc == 0 || d->errors > 0)
		sb_builder_finish(b);
	sb_builder_free(b);
	return rc == 0 || d->errors > 0 ? 0 : -1;
}

/* Copies the spooled output to standard output: by the kernel when it
 * can (sendfile), else through a buffer. */
static int
copy_out(FILE *spool)
{
	char buf[65536];
	off_t off = 0;
	ssize_t sent;
	size_t n;

	if (fflush(stdout) == 0) {
		while ((sent = sendfile(1, fileno(spool), &off, 1 << 30)) > 0)
			;
		if (sent == 0)
			return 0;
		if (off > 0)
			return -1;	/* failed half-way */
	}
	rewind(spool);
	while ((n = fread(buf, 1, sizeof buf, spool)) > 0)
		if (fwrite(buf, 1, n, stdout) != n)
			return -1;
	return ferror(spool) ? -1 : 0;
}

/* Writes through f (the -o file, or a spool for standard output); the
 * input's problems are counted in d, the source's diag. */
static int
run_into(const struct sb_opts *o, const struct sb_rules *r,
    const struct sb_dict *dict, struct sb_source *src, FILE *f,
    enum format fmt, struct diag *d)
{
	struct sb_render_opts ro = { o->report, fmt, o->pages_per_day > 0 ?
	    o->pages_per_day : r->pages_per_day, sb_source_name(src) };
	struct sb_sink *sink;
	int rc;

	/* one thread: the many small writes of a report need no lock */
	__fsetlocking(f, FSETLOCKING_BYCALLER);
	sink = sb_render_new(r, &ro, f);
	rc = breakdown(o, r, dict, src, sink, d);

	sb_render_free(sink);
	if (rc < 0)
		return EXIT_TROUBLE;
	return d->errors > 0 ? EXIT_REJECT : EXIT_OK;
}

static int
output(const struct sb_opts *o, const struct sb_rules *r,
    const struct sb_dict *dict, struct sb_source *src, struct diag *d)
{
	struct out *out;
	FILE *spool;
	int rc;

	if (o->output != NULL && strcmp(o->output, "-") != 0) {
		if ((out = out_open(o->output, OUT_MODE_PUBLIC)) == NULL)
			return EXIT_TROUBLE;
		rc = run_into(o, r, dict, src, out_file(out),
		    format_resolve(o->format, out_file(out)), d);
		if (rc != EXIT_OK)
			out_abort(out);
		else if (out_commit(out) != 0)
			rc = EXIT_TROUBLE;
		return rc;
	}
	if ((spool = tmpfile()) == NULL) {
		err_warn_errno("cannot create a temporary file");
		return EXIT_TROUBLE;
	}
	rc = run_into(o, r, dict, src, spool, format_resolve(o->format,
	    stdout), d);
	if (rc == EXIT_OK && (fflush(spool) != 0 || copy_out(spool) != 0)) {
		err_warn_errno("standard output");
		rc = EXIT_TROUBLE;
	}
	fclose(spool);
	return rc;
}

int
sb_run(const struct sb_opts *o, const char *path)
{
	struct diag d = { 0, 0 };
	struct sb_dict dict, *dp = NULL;
	struct sb_rules r;
	struct sb_source *src;
	int rc, status;

	rc = sb_rules_load(&r, o->datadir, o->headings, o->profile, &d);
	if (rc == 0 && o->dict != NULL) {
		dp = &dict;
		rc = sb_dict_load(dp, o->dict, &r, &d);
	}
	if (rc != 0)
		status = rc == -2 ? EXIT_TROUBLE : EXIT_REJECT;
	else if ((src = sb_source_open(path, &d)) == NULL)
		status = EXIT_TROUBLE;
	else {
		status = output(o, &r, dp, src, &d);
		sb_source_close(src);
	}
	if (dp != NULL)
		sb_dict_free(dp);
	sb_rules_free(&r);
	return status;
}
