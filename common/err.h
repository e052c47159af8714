/*
 * err.h: diagnostics and exit status shared by every cineprod command.
 *
 * Messages follow one shape so that editors and people can jump to the
 * place:   prog: file:line:col: message
 *            hint: what to do about it
 * Exit status: 0 success, 1 input rejected, 2 usage or system error.
 */
#ifndef CINEPROD_ERR_H
#define CINEPROD_ERR_H

#include <stdarg.h>
#include <stdnoreturn.h>

enum {
	EXIT_OK = 0,		/* success */
	EXIT_REJECT = 1,	/* the input was rejected; nothing written */
	EXIT_TROUBLE = 2	/* usage error or system error */
};

/* A place in an input file. file is borrowed; line and col count from 1,
 * and 0 means unknown (the part is then left out of messages). */
struct srcpos {
	const char *file;
	unsigned line;
	unsigned col;
};

/* Counts what a checking pass reported, so that it can go on checking the
 * other records and decide at the end whether to write anything. */
struct diag {
	unsigned errors;
	unsigned warnings;
};

/* Sets the program name used as message prefix (basename of argv0). */
void err_setprog(const char *argv0);
/* The program name set by err_setprog, or "cineprod". */
const char *err_prog(void);

/* prog: message */
void err_warn(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* prog: message: strerror(errno) */
void err_warn_errno(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* Prints like err_warn and exits with status. */
noreturn void err_die(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Prints like err_warn_errno and exits with EXIT_TROUBLE. */
noreturn void err_die_errno(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* prog: file:line:col: message, then "  hint: ..." when hint is not NULL.
 * at may be NULL (no place). */
void err_at(const struct srcpos *at, const char *hint, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void err_vat(const struct srcpos *at, const char *kind, const char *hint,
    const char *fmt, va_list ap);

/* err_at that also counts an error in d. */
void diag_error(struct diag *d, const struct srcpos *at, const char *hint,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* Like diag_error, with "warning: " before the message; counts a warning. */
void diag_warning(struct diag *d, const struct srcpos *at, const char *hint,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#endif
