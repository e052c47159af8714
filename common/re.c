/*
 * re.c: PCRE2 behind compile / match / group.
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "re.h"
#include "xalloc.h"

struct re {
	pcre2_code *code;
	pcre2_match_data *md;
	int matched;
	unsigned ngroups;
	unsigned uses;		/* matches so far, up to RE_JIT_AFTER */
};

/*
 * JIT-compiling a pattern costs about what a few hundred interpreted
 * matches of a short line do, and the data files hold dozens of patterns
 * of which a small input uses few: a pattern is JIT-compiled on its
 * RE_JIT_AFTER-th match, so that a one-page screenplay does not pay for
 * the compiler and a long one still runs on compiled code.
 */
#define RE_JIT_AFTER 64

struct re *
re_compile(const char *pattern, unsigned flags, struct re_error *e)
{
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
	struct re *re;
	pcre2_code *code;
	PCRE2_SIZE off;
	int errcode;
	uint32_t n;

	if (flags & RE_CASELESS)
		opts |= PCRE2_CASELESS;
	if (flags & RE_MULTILINE)
		opts |= PCRE2_MULTILINE;
	code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, opts,
	    &errcode, &off, NULL);
	if (code == NULL) {
		pcre2_get_error_message(errcode, (PCRE2_UCHAR *)e->msg,
		    sizeof e->msg);
		e->offset = off;
		return NULL;
	}
	re = xcalloc(1, sizeof *re);
	re->code = code;
	re->md = pcre2_match_data_create_from_pattern(code, NULL);
	if (re->md == NULL)
		err_die(EXIT_TROUBLE, "out of memory");
	pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &n);
	re->ngroups = n;
	return re;
}

void
re_free(struct re *re)
{
	if (re == NULL)
		return;
	pcre2_match_data_free(re->md);
	pcre2_code_free(re->code);
	free(re);
}

void
re_report(struct diag *d, const struct srcpos *at, const char *pattern,
    const struct re_error *e)
{
	diag_error(d, at, NULL, "bad pattern '%s' at offset %zu: %s", pattern,
	    e->offset, e->msg);
}

int
re_match(struct re *re, const char *s, size_t len, size_t start)
{
	int rc;

	if (re->uses < RE_JIT_AFTER && ++re->uses == RE_JIT_AFTER)
		pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE); /* if it can */
	rc = pcre2_match(re->code, (PCRE2_SPTR)s, len, start, 0, re->md, NULL);
	re->matched = rc >= 0;
	if (rc >= 0)
		return 1;
	return rc == PCRE2_ERROR_NOMATCH ? 0 : -1;
}

int
re_group(const struct re *re, unsigned i, size_t *off, size_t *len)
{
	PCRE2_SIZE *ov;

	if (!re->matched || i > re->ngroups ||
	    i >= pcre2_get_ovector_count(re->md))
		return 0;
	ov = pcre2_get_ovector_pointer(re->md);
	if (ov[2 * i] == PCRE2_UNSET)
		return 0;
	*off = ov[2 * i];
	*len = ov[2 * i + 1] - ov[2 * i];
	return 1;
}

int
re_named(const struct re *re, const char *name, size_t *off, size_t *len)
{
	int n = pcre2_substring_number_from_name(re->code, (PCRE2_SPTR)name);

	if (n < 0)
		return 0;
	return re_group(re, (unsigned)n, off, len);
}

unsigned
re_ngroups(const struct re *re)
{
	return re->ngroups;
}
