/*
 * test_utf8.c: validation, widths and the ASCII upper-case folding.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "utf8.h"

static void
utf8__valid__rfc3629_cases(void **state)
{
	size_t bad = 99;

	(void)state;
	assert_true(utf8_valid("plain", 5, NULL));
	assert_true(utf8_valid("cr\xc3\xa9puscule \xe2\x82\xac \xf0\x9f\x8e\xac",
	    21, NULL));
	assert_false(utf8_valid("ab\xff", 3, &bad));
	assert_int_equal(bad, 2);
	assert_false(utf8_valid("\xc0\xaf", 2, &bad));		/* overlong */
	assert_int_equal(bad, 0);
	assert_false(utf8_valid("\xed\xa0\x80", 3, &bad));	/* surrogate */
	assert_false(utf8_valid("\xf4\x90\x80\x80", 4, &bad));	/* > 10FFFF */
	assert_false(utf8_valid("x\xe2\x82", 3, &bad));		/* truncated */
	assert_int_equal(bad, 1);
}

static void
utf8__encode_decode__round_trip(void **state)
{
	static const uint32_t cps[] = { 0x41, 0xe9, 0x20ac, 0x1f3ac, 0x10ffff };
	char b[4];
	uint32_t cp;
	size_t i, n;

	(void)state;
	for (i = 0; i < sizeof cps / sizeof cps[0]; i++) {
		n = utf8_encode(cps[i], b);
		assert_int_equal(utf8_decode(b, n, &cp), n);
		assert_int_equal(cp, cps[i]);
	}
}

static void
utf8__width__counts_characters_not_bytes(void **state)
{
	(void)state;
	assert_int_equal(utf8_width("Crépuscule", strlen("Crépuscule")), 10);
	assert_int_equal(utf8_width("1 234,56 \xe2\x82\xac", 12), 10);
	assert_int_equal(utf8_width("e\xcc\x81", 3), 1);	/* e + acute */
	assert_int_equal(utf8_width("\xe6\x97\xa5\xe6\x9c\xac", 6), 4);
	assert_int_equal(utf8_prefix_for_width("Crépuscule", 11, 3), 4);
}

static void
utf8__fold_upper_ascii__dpae_names(void **state)
{
	char *s;

	(void)state;
	s = utf8_fold_upper_ascii("Éloïse d’Anglès-Œuvray");
	assert_string_equal(s, "ELOISE D'ANGLES-OEUVRAY");
	free(s);
	s = utf8_fold_upper_ascii("Łukasz Straße ñ ç \xe6\x97\xa5");
	assert_string_equal(s, "LUKASZ STRASSE N C ?");
	free(s);
}

static void
utf8__bom__detected(void **state)
{
	(void)state;
	assert_int_equal(utf8_bom_len("\xef\xbb\xbfx", 4), 3);
	assert_int_equal(utf8_bom_len("x", 1), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(utf8__valid__rfc3629_cases),
		cmocka_unit_test(utf8__encode_decode__round_trip),
		cmocka_unit_test(utf8__width__counts_characters_not_bytes),
		cmocka_unit_test(utf8__fold_upper_ascii__dpae_names),
		cmocka_unit_test(utf8__bom__detected),
	};

	return RUN(tests);
}
