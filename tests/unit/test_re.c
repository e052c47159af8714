/*
 * test_re.c: the PCRE2 wrapper: matching French headings, captures by
 * number and name, and compile errors with pattern and offset.
 */
#include <string.h>

#include "test.h"
#include "capture.h"
#include "re.h"

static void
re__heading__captures_by_number_and_name(void **state)
{
	static const char pat[] = "^(?:S[ÉE]Q\\.?\\s*)?(?<num>\\d+[A-Z]?)"
	    "\\.?\\s*[-–]?\\s*(?<ie>INT|EXT)\\.?\\s+(?<set>.+?)\\s+-\\s+"
	    "(?<time>JOUR|NUIT|SOIR|CRÉPUSCULE)$";
	static const char line[] = "SÉQ. 12 - EXT. RUE DES ÉCOLES - CRÉPUSCULE";
	struct re_error e;
	struct re *re = re_compile(pat, RE_CASELESS, &e);
	size_t off, len;

	(void)state;
	assert_non_null(re);
	assert_int_equal(re_ngroups(re), 4);
	assert_int_equal(re_match(re, line, strlen(line), 0), 1);
	assert_int_equal(re_named(re, "num", &off, &len), 1);
	assert_memory_equal(line + off, "12", len);
	assert_int_equal(re_named(re, "set", &off, &len), 1);
	assert_int_equal(len, strlen("RUE DES ÉCOLES"));
	assert_memory_equal(line + off, "RUE DES ÉCOLES", len);
	assert_int_equal(re_group(re, 4, &off, &len), 1);
	assert_memory_equal(line + off, "CRÉPUSCULE", len);
	assert_int_equal(re_group(re, 0, &off, &len), 1);
	assert_int_equal(len, strlen(line));
	assert_int_equal(re_named(re, "nosuch", &off, &len), 0);
	assert_int_equal(re_match(re, "INT. CUISINE - JOUR", 19, 0), 0);
	assert_int_equal(re_group(re, 0, &off, &len), 0);
	re_free(re);
}

static void
re__unicode_classes__accented_letters_are_words(void **state)
{
	struct re_error e;
	struct re *re = re_compile("^\\w+$", 0, &e);

	(void)state;
	assert_int_equal(re_match(re, "crépuscule", strlen("crépuscule"), 0),
	    1);
	/* invalid UTF-8 is no match, not a crash */
	assert_int_equal(re_match(re, "ab\xff", 3, 0), 0);
	re_free(re);
	re = re_compile("jour", RE_CASELESS, &e);
	assert_int_equal(re_match(re, "x JOUR", 6, 0), 1);
	assert_int_equal(re_match(re, "x JOUR", 6, 3), 0);
	re_free(re);
}

/* The pattern is JIT-compiled after its first matches: the answers and
 * captures are the same on either side of the switch, invalid UTF-8
 * included. */
static void
re__many_matches__same_answers_before_and_after_jit(void **state)
{
	static const char *const lines[] = {
		"12 INT/JOUR - CUISINE", "EXT. RUE - NUIT", "12A EXT/SOIR - Café",
		"ab\xff", "",
	};
	static const int want[] = { 1, 0, 1, 0, 0 };
	struct re_error e;
	struct re *re = re_compile("^(\\d+[A-Z]?) (INT|EXT)/(\\w+) - (.+)$",
	    RE_CASELESS, &e);
	size_t off, len;
	int i;

	(void)state;
	assert_non_null(re);
	for (i = 0; i < 1000; i++) {
		const char *l = lines[i % 5];

		assert_int_equal(re_match(re, l, strlen(l), 0), want[i % 5]);
		if (i % 5 == 2) {
			assert_int_equal(re_group(re, 4, &off, &len), 1);
			assert_int_equal(len, strlen("Café"));
			assert_memory_equal(l + off, "Café", len);
			assert_int_equal(re_group(re, 3, &off, &len), 1);
			assert_memory_equal(l + off, "SOIR", len);
		}
	}
	re_free(re);
}

static void
re__bad_pattern__message_with_offset(void **state)
{
	struct re_error e;
	struct diag d = { 0, 0 };
	struct srcpos at = { "headings.yaml", 7, 12 };
	struct capture c;

	(void)state;
	assert_null(re_compile("(INT|EXT", 0, &e));
	assert_int_equal(e.offset, 8);
	capture_start(&c);
	re_report(&d, &at, "(INT|EXT", &e);
	capture_end(&c);
	assert_string_equal(c.text, "cineprod: headings.yaml:7:12: bad "
	    "pattern '(INT|EXT' at offset 8: missing closing parenthesis\n");
	assert_int_equal(d.errors, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(re__heading__captures_by_number_and_name),
		cmocka_unit_test(
		    re__unicode_classes__accented_letters_are_words),
		cmocka_unit_test(
		    re__many_matches__same_answers_before_and_after_jit),
		cmocka_unit_test(re__bad_pattern__message_with_offset),
	};

	return RUN(tests);
}
