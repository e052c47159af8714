/*
 * test_people.c: loading production.yaml and crew.yaml (the sample
 * production's, and broken variants) with their messages.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "capture.h"
#include "date.h"
#include "people.h"

#define SAMPLE "samples/heures-creuses/"

static void
people__sample_employer__loaded(void **state)
{
	struct employer e;
	struct diag d = { 0, 0 };

	(void)state;
	assert_int_equal(employer_load(SAMPLE "production.yaml", &e, &d), 0);
	assert_int_equal(d.errors, 0);
	assert_string_equal(e.title, "Les Heures creuses");
	assert_string_equal(e.name, "Films de la Lisière");
	assert_string_equal(e.siret, "842 139 578 00020");
	assert_string_equal(e.address.postcode, "75020");
	assert_int_equal(e.idcc, 3097);
	assert_int_equal(e.at_rate, 12300000);	/* 1.23 % */
	assert_int_equal(e.headcount, 8);
	assert_false(e.alsace_moselle);
	assert_string_equal(e.charges_code_artists, "43100");
	employer_free(&e);
}

static void
people__sample_crew__every_person_and_contract(void **state)
{
	struct diag d = { 0, 0 };
	struct crew *c = crew_load(SAMPLE "crew.yaml", &d);
	struct person *p;
	char b[DATE_BUFSZ];

	(void)state;
	assert_non_null(c);
	assert_int_equal(d.errors, 0);
	assert_int_equal(c->npeople, 13);
	p = crew_person(c, "perrin");
	assert_non_null(p);
	assert_string_equal(p->nir, "290092A00405191");
	assert_int_equal(p->sex, SEX_F);
	assert_int_equal(p->kind, PERSON_TECHNICIAN);
	assert_false(p->cadre);
	p = crew_person(c, "aubert");
	assert_int_equal(p->ncontracts, 2);
	assert_string_equal(p->contracts[1].id, "aubert-2");
	assert_string_equal(date_format(b, p->contracts[1].start),
	    "2026-04-06");
	assert_int_equal(p->contracts[0].basis, PAY_WEEK);
	assert_int_equal(p->contracts[0].rate, 240000);
	assert_int_equal(p->contracts[0].start_time, 9 * 60);
	assert_true(p->contracts[0].cadre);
	assert_int_equal(p->contracts[0].nature, NATURE_CDDU);
	assert_int_equal(p->withholding_rate, 78000000);
	p = crew_person(c, "fabre");
	assert_int_equal(p->kind, PERSON_ARTIST);
	assert_true(p->contracts[0].expense_deduction);
	assert_string_equal(p->contracts[0].function,
	    "Mathilde (rôle principal)");
	assert_null(crew_person(c, "nobody"));
	crew_free(c);
}

static const char *
load_errors(const char *text)
{
	static struct capture cap;
	struct diag d = { 0, 0 };
	struct crew *c;
	FILE *f = fopen("build-test-crew.yaml", "w");

	fputs(text, f);
	fclose(f);
	capture_start(&cap);
	c = crew_load("build-test-crew.yaml", &d);
	capture_end(&cap);
	crew_free(c);
	remove("build-test-crew.yaml");
	return cap.text;
}

static void
people__bad_crew__each_problem_at_its_place(void **state)
{
	(void)state;
	assert_string_equal(load_errors(
	    "people:\n"
	    "  - id: x\n"
	    "    surname: X\n"
	    "    first_names: Y\n"
	    "    nir: 2 95 10 99 126 111 99\n"
	    "    kind: technician\n"
	    "    function: scripte\n"
	    "    contracts:\n"
	    "      - {start: 2026-03-09, end: 2026-03-01, basis: week, rate: 0}\n"
	    "      - {start: 2026-03-05, end: 2026-03-20, basis: month, rate: 10}\n"
	    "  - id: x\n"
	    "    surname: Z\n"
	    "    first_names: W\n"
	    "    kind: singer\n"
	    "    function: chant\n"
	    "    contracts:\n"
	    "      - {start: 2026-03-05, end: 2026-03-20, basis: cachet, rate: 10,"
	    " expense_deducton: true}\n"),
	    "cineprod: build-test-crew.yaml:5:10: NIR: wrong key (the last two "
	    "digits)\n"
	    "  hint: a NIR has 13 digits and a key; leave it out when it is not "
	    "known yet\n"
	    "cineprod: build-test-crew.yaml:9:34: contract: ends before it "
	    "starts\n"
	    "cineprod: build-test-crew.yaml:9:65: rate: must be more than zero\n"
	    "cineprod: build-test-crew.yaml:10:53: unknown value 'month'\n"
	    "  hint: one of: hour, day, week, cachet\n"
	    "cineprod: build-test-crew.yaml:14:11: unknown value 'singer'\n"
	    "  hint: one of: technician, artist\n"
	    "cineprod: build-test-crew.yaml:17:71: unknown key "
	    "'expense_deducton'\n"
	    "  hint: did you mean 'expense_deduction'?\n"
	    "cineprod: build-test-crew.yaml:11:9: id: used twice\n"
	    "  hint: it is first at line 2\n");
}

static void
people__overlapping_contracts__reported(void **state)
{
	(void)state;
	assert_string_equal(load_errors(
	    "people:\n"
	    "  - id: x\n"
	    "    surname: X\n"
	    "    first_names: Y\n"
	    "    kind: artist\n"
	    "    function: rôle\n"
	    "    contracts:\n"
	    "      - {start: 2026-03-09, end: 2026-03-12, basis: cachet, rate: 500}\n"
	    "      - {start: 2026-03-12, end: 2026-03-13, basis: cachet, rate: 500}\n"
	    "      - {start: 2026-03-14, end: 2026-03-14, basis: cachet, rate: 500,"
	    " start_time: \"25:00\"}\n"),
	    "cineprod: build-test-crew.yaml:10:84: start_time: no such time of "
	    "day\n"
	    "cineprod: build-test-crew.yaml:9:17: contract: overlaps an earlier "
	    "contract of the same person\n"
	    "  hint: contract x-1 runs to 2026-03-12\n");
}

/* Each person's entry counts its own problems, so that a command can leave
 * out a bad record and go on with the others. */
static void
people__bad_person__errors_counted_on_that_person(void **state)
{
	struct capture cap;
	struct diag d = { 0, 0 };
	struct crew *c;
	FILE *f = fopen("build-test-crew.yaml", "w");

	(void)state;
	fputs("people:\n"
	    "  - {id: a, surname: A, first_names: B, kind: artist, function: x,\n"
	    "     contracts: [{start: 2026-03-09, end: 2026-03-09, basis: cachet,"
	    " rate: 500}]}\n"
	    "  - {id: b, surname: A, first_names: B, kind: artist, function: x,\n"
	    "     nir: 1 90 03 18 049 025 00, contracts: [{start: 2026-03-09,"
	    " end: 2026-03-08, basis: cachet, rate: 500}]}\n"
	    "  - {id: a, surname: A, first_names: B, kind: artist, function: x,\n"
	    "     contracts: [{start: 2026-03-09, end: 2026-03-09, basis: cachet,"
	    " rate: 500}]}\n"
	    "  - just text\n", f);
	fclose(f);
	capture_start(&cap);
	c = crew_load("build-test-crew.yaml", &d);
	capture_end(&cap);
	remove("build-test-crew.yaml");
	assert_int_equal(d.errors, 4);
	assert_int_equal(c->people[0].errors, 0);
	assert_int_equal(c->people[1].errors, 2);	/* NIR key, end */
	assert_int_equal(c->people[2].errors, 1);	/* id used twice */
	assert_int_equal(c->people[3].errors, 1);	/* not a map */
	crew_free(c);
}

static void
people__cdi__no_end_date(void **state)
{
	(void)state;
	assert_string_equal(load_errors(
	    "people:\n"
	    "  - id: x\n"
	    "    surname: X\n"
	    "    first_names: Y\n"
	    "    kind: technician\n"
	    "    function: comptable\n"
	    "    contracts:\n"
	    "      - {start: 2026-01-05, nature: CDI, basis: week, rate: 900}\n"
	    "      - {start: 2027-01-05, nature: CDI, basis: week, rate: 900,"
	    " end: 2027-02-01}\n"),
	    "cineprod: build-test-crew.yaml:9:71: contract: a CDI has no end "
	    "date\n"
	    "  hint: leave end out, or make the contract a CDD\n"
	    "cineprod: build-test-crew.yaml:9:17: contract: overlaps an earlier "
	    "contract of the same person\n"
	    "  hint: contract x-1 is a CDI and has no end\n");
}

static void
people__bad_employer__siret_ape_missing_keys(void **state)
{
	struct capture cap;
	struct diag d = { 0, 0 };
	struct employer e;
	FILE *f = fopen("build-test-prod.yaml", "w");

	(void)state;
	fputs("employer:\n  name: X\n  siret: 73282932000079\n  ape: 59.1C\n"
	    "  idcc: 3097\n  adress: {}\n", f);
	fclose(f);
	capture_start(&cap);
	assert_int_equal(employer_load("build-test-prod.yaml", &e, &d), 0);
	capture_end(&cap);
	remove("build-test-prod.yaml");
	assert_string_equal(cap.text,
	    "cineprod: build-test-prod.yaml:6:3: unknown key 'adress'\n"
	    "  hint: did you mean 'address'?\n"
	    "cineprod: build-test-prod.yaml:3:10: SIRET: wrong check digit "
	    "(Luhn)\n"
	    "cineprod: build-test-prod.yaml:4:8: APE code: an APE code has four "
	    "digits and a letter (5911C or 59.11C)\n");
	assert_int_equal(d.errors, 3);
	employer_free(&e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(people__sample_employer__loaded),
		cmocka_unit_test(people__sample_crew__every_person_and_contract),
		cmocka_unit_test(people__bad_crew__each_problem_at_its_place),
		cmocka_unit_test(people__overlapping_contracts__reported),
		cmocka_unit_test(people__cdi__no_end_date),
		cmocka_unit_test(people__bad_person__errors_counted_on_that_person),
		cmocka_unit_test(people__bad_employer__siret_ape_missing_keys),
	};

	return RUN(tests);
}
