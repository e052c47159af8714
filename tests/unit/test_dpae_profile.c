/*
 * test_dpae_profile.c: the format profile: the one shipped loads and says
 * what the domain note says; a small one changes dates, times and codes;
 * broken ones are reported at their line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "capture.h"
#include "date.h"
#include "../../cmd/dpae/fields.h"
#include "../../cmd/dpae/profile.h"

#define TEXTS \
	"texts:\n" \
	"  employer: {fold: latin1, max: 32, chars: \"[a-z]\"}\n" \
	"  name: {fold: upper-ascii, max: 32, chars: \"[A-Z]\"}\n" \
	"  town: {fold: upper-ascii, max: 32, chars: \"[A-Z]\"}\n" \
	"  postcode: {fold: upper-ascii, max: 5, chars: \"[0-9]\"}\n" \
	"  phone: {fold: upper-ascii, max: 20, chars: \"[0-9]\"}\n" \
	"  urssaf: {fold: upper-ascii, max: 3, chars: \"[0-9]\"}\n" \
	"  health_service: {fold: upper-ascii, max: 9, chars: \"[A-Z]\"}\n"

#define HEAD \
	"encoding: ISO-8859-1\n" \
	"test_indicator: {test: TST, real: \"120\"}\n" \
	"date: ddmmyyyy\n" \
	"time: hhmm\n" \
	"codes:\n" \
	"  sex: {M: H, F: F}\n" \
	"  nature: {CDDU: CDDU, CDD: CDD, CDI: CDI}\n"

static int
load(const char *text, struct dpae_profile *p, const char **msgs)
{
	static struct capture cap;
	struct diag d = { 0, 0 };
	FILE *f = fopen("build-test-profile.yaml", "w");
	int rc;

	fputs(text, f);
	fclose(f);
	capture_start(&cap);
	rc = dpae_profile_load("build-test-profile.yaml", p, &d);
	*msgs = capture_end(&cap);
	remove("build-test-profile.yaml");
	return rc;
}

static void
profile__shipped__as_the_domain_note(void **state)
{
	struct dpae_profile p;
	struct diag d = { 0, 0 };
	const struct dpae_xnode *x;

	(void)state;
	assert_int_equal(dpae_profile_load("share/dpae/fr-due-upload.yaml", &p,
	    &d), 0);
	assert_string_equal(p.root.name, "FR_DUE_Upload");
	assert_string_equal(p.test_value, "1");
	assert_string_equal(p.real_value, "120");
	assert_string_equal(p.nature_code[NATURE_CDDU], "CDD");
	assert_int_equal(p.nns, 7);
	assert_string_equal(p.ns[2].prefix, "rxorg");
	x = &p.root.kids[1];			/* FR_DuesGroup */
	assert_string_equal(x->name, "FR_DuesGroup");
	assert_true(x->kids[1].repeat);		/* FR_EmployeeGroup */
	assert_int_equal(dpae_profile_rule(&p, "name")->max, 32);
	assert_null(dpae_profile_rule(&p, "nothing"));
	dpae_profile_free(&p);
}

static void
profile__small__its_own_forms_and_codes(void **state)
{
	struct dpae_profile p;
	const char *msgs;
	char *s;
	int32_t day;
	const char *why;

	(void)state;
	assert_int_equal(load(HEAD TEXTS "repeat: G\n"
	    "tree:\n  R:\n    - T: test_indicator\n"
	    "    - G:\n        - S: employee.surname\n", &p, &msgs), 0);
	assert_string_equal(msgs, "");
	assert_int_equal(date_parse("2026-03-09", &day, &why), 0);
	assert_string_equal(s = dpae_profile_date(&p, day), "09032026");
	free(s);
	assert_string_equal(s = dpae_profile_time(&p, 8 * 60 + 5), "0805");
	free(s);
	assert_string_equal(p.sex_code[SEX_M], "H");
	assert_int_equal(p.root.kids[0].field, DF_TEST_INDICATOR);
	assert_int_equal(p.root.kids[1].kids[0].field, DF_EMPLOYEE_SURNAME);
	dpae_profile_free(&p);
}

static void
profile__broken_tree__each_problem_at_its_line(void **state)
{
	struct dpae_profile p;
	const char *msgs;

	(void)state;
	assert_int_equal(load(HEAD TEXTS "repeat: G\n"
	    "tree:\n  R:\n"
	    "    - T: test_indicatr\n"		/* line 19 */
	    "    - S: employee.surname\n"
	    "    - 9x: employer.name\n"
	    "    - {A: employer.name, B: employer.ape}\n"
	    "    - E: []\n"
	    "    - G: employer.name\n"
	    "    - G:\n        - Z: contract.nature\n", &p, &msgs), -1);
	assert_string_equal(msgs,
	    "cineprod: build-test-profile.yaml:19:10: unknown field "
	    "'test_indicatr'\n"
	    "  hint: see dpae(1), FORMAT PROFILE\n"
	    "cineprod: build-test-profile.yaml:20:10: 'employee.surname' "
	    "outside the repeated element\n"
	    "  hint: the fields of a declaration belong under 'G'\n"
	    "cineprod: build-test-profile.yaml:21:7: '9x' is not an XML "
	    "element name\n"
	    "cineprod: build-test-profile.yaml:22:7: an element is written "
	    "'name: field' or 'name:' and a list of elements\n"
	    "  hint: see dpae(1), FORMAT PROFILE\n"
	    "cineprod: build-test-profile.yaml:23:10: 'E' has no elements\n"
	    "  hint: see dpae(1), FORMAT PROFILE\n"
	    "cineprod: build-test-profile.yaml:24:10: the repeated element 'G' "
	    "holds elements, not a field\n"
	    "  hint: see dpae(1), FORMAT PROFILE\n"
	    "cineprod: build-test-profile.yaml:25:7: 'G' is repeated twice\n");
	dpae_profile_free(&p);
}

static void
profile__broken_head__each_problem_at_its_line(void **state)
{
	struct dpae_profile p;
	const char *msgs;

	(void)state;
	assert_int_equal(load("encoding: UTF-8\n"
	    "test_indicator: {test: \"1\"}\n"
	    "date: yyyymmdd\n"
	    "time: hh:mm\n"
	    "codes: {sex: {M: \"1\", F: \"2\"}, nature: {CDDU: CDD, CDI: CDI}}\n"
	    "texts:\n"
	    "  name: {fold: lower, max: 0, chars: \"[A-Z\"}\n"
	    "  town: {fold: latin1, max: 3, chars: \"[A-Z]\", pattern: \"(\"}\n"
	    "repeat: G\n"
	    "tree: {R: [{T: test_indicator}]}\n"
	    "colour: blue\n", &p, &msgs), -1);
	assert_string_equal(msgs,
	    "cineprod: build-test-profile.yaml:1:11: unknown encoding 'UTF-8'\n"
	    "  hint: the declaration is written in ISO-8859-1\n"
	    "cineprod: build-test-profile.yaml:2:17: missing key 'real'\n"
	    "cineprod: build-test-profile.yaml:3:7: unknown value 'yyyymmdd'\n"
	    "  hint: one of: yyyy-mm-dd, dd/mm/yyyy, ddmmyyyy\n"
	    "cineprod: build-test-profile.yaml:5:40: missing key 'CDD'\n"
	    "cineprod: build-test-profile.yaml:7:16: unknown value 'lower'\n"
	    "  hint: one of: upper-ascii, latin1\n"
	    "cineprod: build-test-profile.yaml:7:28: max: must be from 1 to "
	    "1000\n"
	    "cineprod: build-test-profile.yaml:7:38: bad pattern '[A-Z' at "
	    "offset 4: missing terminating ] for character class\n"
	    "cineprod: build-test-profile.yaml:8:57: bad pattern '(' at offset "
	    "1: missing closing parenthesis\n"
	    "cineprod: build-test-profile.yaml:7:3: no rules for the texts of "
	    "kind 'employer' (employer.name)\n"
	    "  hint: see dpae(1), FORMAT PROFILE\n"
	    "cineprod: build-test-profile.yaml:7:3: no rules for the texts of "
	    "kind 'urssaf' (employer.urssaf)\n"
	    "  hint: see dpae(1), FORMAT PROFILE\n"
	    "cineprod: build-test-profile.yaml:7:3: no rules for the texts of "
	    "kind 'postcode' (employer.postcode)\n"
	    "  hint: see dpae(1), FORMAT PROFILE\n"
	    "cineprod: build-test-profile.yaml:7:3: no rules for the texts of "
	    "kind 'phone' (employer.phone)\n"
	    "  hint: see dpae(1), FORMAT PROFILE\n"
	    "cineprod: build-test-profile.yaml:7:3: no rules for the texts of "
	    "kind 'health_service' (employer.health_service)\n"
	    "  hint: see dpae(1), FORMAT PROFILE\n"
	    "cineprod: build-test-profile.yaml:9:9: no element 'G' in the "
	    "tree\n"
	    "cineprod: build-test-profile.yaml:11:1: unknown key 'colour'\n"
	    "  hint: known keys: format, source, confidence, checked, encoding, "
	    "test_indicator, date, time, codes, texts, namespaces, repeat, "
	    "tree\n");
	dpae_profile_free(&p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(profile__shipped__as_the_domain_note),
		cmocka_unit_test(profile__small__its_own_forms_and_codes),
		cmocka_unit_test(profile__broken_tree__each_problem_at_its_line),
		cmocka_unit_test(profile__broken_head__each_problem_at_its_line),
	};

	return RUN(tests);
}
