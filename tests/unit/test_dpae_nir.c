/*
 * test_dpae_nir.c: the NIR against the rest of the identity (sex, year
 * and month of birth, department of birth with the old codes of
 * share/dpae/nir-places.yaml), and the department of birth itself. NIR
 * keys were computed as 97 - (first 13 digits mod 97), 2A read as 19.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "test_dpae.h"
#include "capture.h"
#include "date.h"
#include "../../cmd/dpae/nir.h"

#define PLACES "share/dpae/nir-places.yaml"

static void
nir__department__insee_codes(void **state)
{
	const char *why;
	static const char *const good[] = { "01", "19", "21", "75", "95",
	    "2A", "2B", "971", "976", "978", "984", "989", "99" };
	static const char *const bad[] = { "00", "20", "96", "98", "2C", "970",
	    "979", "983", "990", "7", "7501", "" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof good / sizeof *good; i++)
		if (dpae_department_check(good[i], &why) != 0)
			fail_msg("'%s' refused", good[i]);
	for (i = 0; i < sizeof bad / sizeof *bad; i++)
		if (dpae_department_check(bad[i], &why) != -1)
			fail_msg("'%s' accepted", bad[i]);
	assert_string_equal(why, "a department of birth is 01 to 95, 2A, 2B, "
	    "971 to 978, 984 to 989, or 99 for abroad");
}

static void
nir__sex_digit__provisional_numbers_too(void **state)
{
	(void)state;
	assert_int_equal(dpae_nir_sex("179116912304566"), SEX_M);
	assert_int_equal(dpae_nir_sex("288057511423180"), SEX_F);
	assert_int_equal(dpae_nir_sex("3"), SEX_M);
	assert_int_equal(dpae_nir_sex("4"), SEX_F);
	assert_int_equal(dpae_nir_sex("7"), SEX_M);
	assert_int_equal(dpae_nir_sex("8"), SEX_F);
	assert_int_equal(dpae_nir_sex(""), SEX_UNKNOWN);
}

static void
nir__place__old_codes_until_their_date(void **state)
{
	struct dpae_places pl;
	struct diag d = { 0, 0 };

	(void)state;
	assert_int_equal(dpae_places_load(PLACES, &pl, &d), 0);
	assert_true(pl.n >= 8);
	/* same code, 2 and 3 characters */
	assert_true(dpae_nir_place_fits(&pl, "290092A004051", "2A",
	    day("1990-09-03")));
	assert_true(dpae_nir_place_fits(&pl, "1850997105001", "971",
	    day("1985-09-01")));
	assert_false(dpae_nir_place_fits(&pl, "1850997205001", "971",
	    day("1985-09-01")));
	/* Corsica was 20 until the end of 1975 */
	assert_true(dpae_nir_place_fits(&pl, "1750520004051", "2A",
	    day("1975-12-31")));
	assert_false(dpae_nir_place_fits(&pl, "1760120004051", "2A",
	    day("1976-01-01")));
	/* Seine-et-Oise (78) for Versailles-born... in today's 92, before
	 * 1968 */
	assert_true(dpae_nir_place_fits(&pl, "2600178123045", "92",
	    day("1960-01-01")));
	assert_false(dpae_nir_place_fits(&pl, "2690178123045", "92",
	    day("1969-01-01")));
	/* no table: only the same code fits */
	assert_false(dpae_nir_place_fits(NULL, "2600178123045", "92",
	    day("1960-01-01")));
	dpae_places_free(&pl);
}

/* Loads a one-person crew and checks its NIR; returns the messages. */
static const char *
consistency(const char *person, unsigned *nerr)
{
	static struct capture cap;
	struct dpae_places pl;
	struct diag d = { 0, 0 };
	struct crew *c;
	FILE *f = fopen("build-test-nir.yaml", "w");

	fprintf(f, "people:\n  - {id: x, surname: X, first_names: Y, "
	    "kind: artist, function: r, %s,\n     contracts: [{start: "
	    "2026-03-09, end: 2026-03-09, basis: cachet, rate: 500}]}\n",
	    person);
	fclose(f);
	assert_int_equal(dpae_places_load(PLACES, &pl, &d), 0);
	c = crew_load("build-test-nir.yaml", &d);
	assert_int_equal(d.errors, 0);
	capture_start(&cap);
	*nerr = dpae_nir_consistency(&c->people[0],
	    c->people[0].birth_department, &pl, &d);
	capture_end(&cap);
	assert_int_equal(d.errors, *nerr);
	crew_free(c);
	dpae_places_free(&pl);
	remove("build-test-nir.yaml");
	return cap.text;
}

static void
nir__consistent__no_message(void **state)
{
	unsigned n;

	(void)state;
	/* the sample's Lucie Perrin, born in Ajaccio */
	assert_string_equal(consistency("sex: F, birth_date: 1990-09-03, "
	    "birth_department: 2A, nir: 2 90 09 2A 004 051 91", &n), "");
	assert_int_equal(n, 0);
	/* unknown month (20-42, 50-99): not compared */
	assert_string_equal(consistency("sex: M, birth_date: 1987-03-25, "
	    "birth_department: \"99\", nir: 1 87 30 99 350 014 52", &n), "");
}

static void
nir__inconsistent__each_digit_named(void **state)
{
	unsigned n;

	(void)state;
	/* Camille Aubert's NIR (F, 1988-05, 75) for a man born 1989-06 in
	 * Lyon */
	assert_string_equal(consistency("sex: M, birth_date: 1989-06-14, "
	    "birth_department: \"69\", nir: 2 88 05 75 114 231 80", &n),
	    "cineprod: build-test-nir.yaml:2:129: NIR: its first digit '2' is "
	    "a woman's, but sex is 'M'\n"
	    "  hint: one of nir and sex is wrong\n"
	    "cineprod: build-test-nir.yaml:2:129: NIR: digits 2-3 '88' are not "
	    "the year of birth_date (1989)\n"
	    "  hint: check nir and birth_date\n"
	    "cineprod: build-test-nir.yaml:2:129: NIR: digits 4-5 '05' are not "
	    "the month of birth_date (06)\n"
	    "  hint: check nir and birth_date\n"
	    "cineprod: build-test-nir.yaml:2:129: NIR: digits 6-7 '75' are not "
	    "the department of birth '69'\n"
	    "  hint: check nir and birth_department; an older code of the "
	    "place of birth can be added to share/dpae/nir-places.yaml\n");
	assert_int_equal(n, 4);
	/* overseas: three digits */
	assert_string_equal(consistency("sex: M, birth_date: 1985-09-01, "
	    "birth_department: \"971\", nir: 1 85 09 972 05 001 60", &n),
	    "cineprod: build-test-nir.yaml:2:130: NIR: digits 6-8 '972' are "
	    "not the department of birth '971'\n"
	    "  hint: check nir and birth_department; an older code of the "
	    "place of birth can be added to share/dpae/nir-places.yaml\n");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(nir__department__insee_codes),
		cmocka_unit_test(nir__sex_digit__provisional_numbers_too),
		cmocka_unit_test(nir__place__old_codes_until_their_date),
		cmocka_unit_test(nir__consistent__no_message),
		cmocka_unit_test(nir__inconsistent__each_digit_named),
	};

	return RUN(tests);
}
