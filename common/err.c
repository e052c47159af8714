/*
 * err.c: diagnostics in the one shape every command uses
 * ("prog: file:line:col: message" and an optional hint line).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"

/* The one piece of state here: set once from main() before anything else. */
static const char *prog = "cineprod";

void
err_setprog(const char *argv0)
{
	const char *slash;

	if (argv0 == NULL || *argv0 == '\0')
		return;
	slash = strrchr(argv0, '/');
	prog = slash ? slash + 1 : argv0;
}

const char *
err_prog(void)
{
	return prog;
}

static void
vwarn_(const char *fmt, va_list ap, int errnum)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", prog);
	vfprintf(stderr, fmt, ap);
	if (errnum)
		fprintf(stderr, ": %s", strerror(errnum));
	fputc('\n', stderr);
}

void
err_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_(fmt, ap, 0);
	va_end(ap);
}

void
err_warn_errno(const char *fmt, ...)
{
	va_list ap;
	int e = errno;

	va_start(ap, fmt);
	vwarn_(fmt, ap, e);
	va_end(ap);
}

void
err_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_(fmt, ap, 0);
	va_end(ap);
	exit(status);
}

void
err_die_errno(const char *fmt, ...)
{
	va_list ap;
	int e = errno;

	va_start(ap, fmt);
	vwarn_(fmt, ap, e);
	va_end(ap);
	exit(EXIT_TROUBLE);
}

void
err_vat(const struct srcpos *at, const char *kind, const char *hint,
    const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", prog);
	if (at != NULL && at->file != NULL) {
		fputs(at->file, stderr);
		if (at->line > 0) {
			fprintf(stderr, ":%u", at->line);
			if (at->col > 0)
				fprintf(stderr, ":%u", at->col);
		}
		fputs(": ", stderr);
	}
	if (kind != NULL)
		fprintf(stderr, "%s: ", kind);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	if (hint != NULL)
		fprintf(stderr, "  hint: %s\n", hint);
}

void
err_at(const struct srcpos *at, const char *hint, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	err_vat(at, NULL, hint, fmt, ap);
	va_end(ap);
}

void
diag_error(struct diag *d, const struct srcpos *at, const char *hint,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	err_vat(at, NULL, hint, fmt, ap);
	va_end(ap);
	d->errors++;
}

void
diag_warning(struct diag *d, const struct srcpos *at, const char *hint,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	err_vat(at, "warning", hint, fmt, ap);
	va_end(ap);
	d->warnings++;
}
