/*
 * re.h: a small wrapper over PCRE2 (8-bit, UTF-8 with Unicode properties,
 * JIT-compiled after its first few matches when available). A pattern is
 * compiled once and matched many times; captures are read from the last
 * match. Patterns usually come from data files, so compile errors carry
 * the pattern and the offset.
 */
#ifndef CINEPROD_RE_H
#define CINEPROD_RE_H

#include <stddef.h>

#include "err.h"

enum {
	RE_CASELESS = 1,	/* (?i) */
	RE_MULTILINE = 2	/* ^ and $ at line ends */
};

struct re_error {
	size_t offset;		/* in the pattern, in bytes */
	char msg[200];		/* "missing closing parenthesis" */
};

struct re;

/* Compiles pattern; NULL with *e filled on a bad pattern. */
struct re *re_compile(const char *pattern, unsigned flags,
    struct re_error *e);
void re_free(struct re *re);
/* Reports a compile error at the pattern's place (at may be NULL):
 * "bad pattern '(ab' at offset 3: missing closing parenthesis". */
void re_report(struct diag *d, const struct srcpos *at, const char *pattern,
    const struct re_error *e);

/* Matches s[0..len) from offset start: 1 on a match, 0 on none, -1 on a
 * matching error (for instance a resource limit). */
int re_match(struct re *re, const char *s, size_t len, size_t start);
/* Capture i (0 is the whole match) of the last match: 1 and its offset
 * and length when set, 0 when the group did not take part. */
int re_group(const struct re *re, unsigned i, size_t *off, size_t *len);
/* The same by group name; 0 when there is no such group. */
int re_named(const struct re *re, const char *name, size_t *off,
    size_t *len);
/* Number of capture groups in the pattern. */
unsigned re_ngroups(const struct re *re);

#endif
