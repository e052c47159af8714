/*
 * test_ids.c: NIR, SIREN/SIRET, IBAN and APE checks. Vectors: python-stdnum
 * tests (stdnum/fr/nir.py, stdnum/fr/siret.py) and the computed values of
 * shared/domain/dpae.md, section 3.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ids.h"

static void
ids__nir__stdnum_vectors(void **state)
{
	const char *why = NULL;

	(void)state;
	assert_int_equal(id_nir_check("295109912611193", &why), 0);
	assert_int_equal(id_nir_check("2 95 10 99 126 111 93", &why), 0);
	assert_int_equal(id_nir_check("295109912611199", &why), -1);
	assert_string_equal(why, "wrong key (the last two digits)");
	assert_int_equal(id_nir_check("253072B07300470", &why), 0);
	assert_int_equal(id_nir_check("253072A07300443", &why), 0);
	assert_int_equal(id_nir_check("253072C07300443", &why), -1);
	assert_string_equal(why,
	    "a NIR has only digits, except 2A or 2B for Corsica");
}

static void
ids__nir__computed_key_and_corsica(void **state)
{
	const char *why;

	(void)state;
	assert_int_equal(id_nir_key("1900318049025"), 9);
	assert_int_equal(id_nir_check("190031804902509", &why), 0);
	/* 2A counts as 19, 2B as 18: the same body with 19 and 2A has the
	 * same key */
	assert_int_equal(id_nir_key("2530719073004"), id_nir_key("253072A073004"));
	assert_int_equal(id_nir_key("2530718073004"), id_nir_key("253072B073004"));
	assert_int_equal(id_nir_key("25307XX073004"), -1);
}

static void
ids__nir__bad_shapes(void **state)
{
	const char *why;

	(void)state;
	assert_int_equal(id_nir_check("29510991261119", &why), -1);
	assert_string_equal(why,
	    "a NIR has 15 characters (13 and a 2-digit key)");
	assert_int_equal(id_nir_check("", &why), -1);
	/* sex digit 5 does not exist */
	assert_int_equal(id_nir_check("595109912611193", &why), -1);
	assert_string_equal(why, "the first digit (sex) must be 1 or 2");
	/* month 13 does not exist; 20..42 and 50..99 mean unknown */
	assert_int_equal(id_nir_check("195139912611193", &why), -1);
	assert_string_equal(why, "no such birth month (digits 4 and 5)");
}

static void
ids__siren_siret__luhn_and_la_poste(void **state)
{
	const char *why = NULL;

	(void)state;
	assert_int_equal(id_siren_check("732829320", &why), 0);
	assert_int_equal(id_siren_check("732 829 320", &why), 0);
	assert_int_equal(id_siren_check("732829321", &why), -1);
	assert_int_equal(id_siret_check("73282932000074", &why), 0);
	assert_int_equal(id_siret_check("732 829 320 00074", &why), 0);
	assert_int_equal(id_siret_check("73282932000079", &why), -1);
	assert_string_equal(why, "wrong check digit (Luhn)");
	assert_int_equal(id_siret_check("7328293200007", &why), -1);
	assert_string_equal(why, "a SIRET has 14 digits");
	/* La Poste: digit sum multiple of 5, not Luhn */
	assert_int_equal(id_siret_check("35600000049837", &why), 0);
	assert_int_equal(id_siret_check("35600000049838", &why), -1);
	assert_non_null(strstr(why, "La Poste"));
	/* its head office follows Luhn */
	assert_true(id_luhn("35600000000048", 14));
	assert_int_equal(id_siret_check("35600000000048", &why), 0);
	assert_false(id_luhn("1234", 4));
	assert_true(id_luhn("79927398713", 11));
}

static void
ids__iban__mod97(void **state)
{
	const char *why = NULL;

	(void)state;
	assert_int_equal(id_iban_check("FR14 2004 1010 0505 0001 3M02 606",
	    &why), 0);
	assert_int_equal(id_iban_check("FR7630006000011234567890189", &why),
	    0);
	assert_int_equal(id_iban_check("fr76 3000 6000 0112 3456 7890 189",
	    &why), 0);
	assert_int_equal(id_iban_check("FR7630006000011234567890188", &why),
	    -1);
	assert_string_equal(why, "wrong check digits (mod 97)");
	assert_int_equal(id_iban_check("FR763000600001123456789018", &why),
	    -1);
	assert_string_equal(why, "a French IBAN has 27 characters");
	assert_int_equal(id_iban_check("GB82 WEST 1234 5698 7654 32", &why),
	    0);
	assert_int_equal(id_iban_check("GB82 WEST 1234 5698 7654 3!", &why),
	    -1);
}

static void
ids__ape__format(void **state)
{
	const char *why;

	(void)state;
	assert_int_equal(id_ape_check("5911C", &why), 0);
	assert_int_equal(id_ape_check("59.11C", &why), 0);
	assert_int_equal(id_ape_check("5911", &why), -1);
	assert_int_equal(id_ape_check("591CC", &why), -1);
}

static void
ids__compact__spaces_removed_upper_cased(void **state)
{
	char b[8];

	(void)state;
	assert_int_equal(id_compact("a b\xc2\xa0" "c", b, sizeof b), 0);
	assert_string_equal(b, "ABC");
	assert_int_equal(id_compact("123456789", b, sizeof b), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ids__nir__stdnum_vectors),
		cmocka_unit_test(ids__nir__computed_key_and_corsica),
		cmocka_unit_test(ids__nir__bad_shapes),
		cmocka_unit_test(ids__siren_siret__luhn_and_la_poste),
		cmocka_unit_test(ids__iban__mod97),
		cmocka_unit_test(ids__ape__format),
		cmocka_unit_test(ids__compact__spaces_removed_upper_cased),
	};

	return RUN(tests);
}
