/*
 * starts.c: which first characters a heading can have, so that most
 * lines are turned down without running the heading patterns. PCRE2's
 * partial matching answers it soundly: a one-character subject that is
 * neither a match nor the start of one can begin no heading. Patterns
 * are the user's: the table is computed from them, never assumed.
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <pcre2.h>
#include <string.h>

#include "rules.h"

void
sb_heading_starts(const char *pattern, unsigned char may[256])
{
	pcre2_code *code;
	pcre2_match_data *md;
	PCRE2_SIZE off;
	int err, rc;
	unsigned c;
	char one[1];

	memset(may, 1, 256);	/* unknown: every byte may start one */
	code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_MATCH_INVALID_UTF,
	    &err, &off, NULL);
	if (code == NULL)
		return;
	md = pcre2_match_data_create_from_pattern(code, NULL);
	for (c = 0; md != NULL && c < 0x80; c++) {
		one[0] = (char)c;
		rc = pcre2_match(code, (PCRE2_SPTR)one, 1, 0,
		    PCRE2_PARTIAL_HARD, md, NULL);
		may[c] = rc != PCRE2_ERROR_NOMATCH;
	}
	pcre2_match_data_free(md);
	pcre2_code_free(code);
}
