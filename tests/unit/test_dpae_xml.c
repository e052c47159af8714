/*
 * test_dpae_xml.c: the XML of a batch, parsed back by a real XML parser
 * (expat, which also decodes the ISO-8859-1 the document declares): the
 * sample production's 17 declarations, and a small crew with a CDI, a
 * trial period and an employee whose NIR is not known yet.
 */
#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "capture.h"
#include "../../cmd/dpae/decl.h"
#include "../../cmd/dpae/xml.h"

#define SAMPLE "samples/heures-creuses/"

/* Every element's name and text, in document order (of their ends). */
struct parsed {
	char *name[2000];
	char *text[2000];
	size_t n;
	char buf[4096];
	size_t len;
};

static void XMLCALL
on_start(void *arg, const XML_Char *name, const XML_Char **attr)
{
	struct parsed *p = arg;

	(void)name;
	(void)attr;
	p->len = 0;
}

static void XMLCALL
on_text(void *arg, const XML_Char *s, int len)
{
	struct parsed *p = arg;

	if (p->len + (size_t)len < sizeof p->buf) {
		memcpy(p->buf + p->len, s, (size_t)len);
		p->len += (size_t)len;
	}
}

static void XMLCALL
on_end(void *arg, const XML_Char *name)
{
	struct parsed *p = arg;

	assert_true(p->n < 2000);
	p->name[p->n] = strdup(name);
	p->text[p->n] = strndup(p->buf, p->len);
	p->n++;
	p->len = 0;
}

static void
parse(struct parsed *p, const char *xml, size_t len)
{
	XML_Parser x = XML_ParserCreate(NULL);

	memset(p, 0, sizeof *p);
	XML_SetUserData(x, p);
	XML_SetElementHandler(x, on_start, on_end);
	XML_SetCharacterDataHandler(x, on_text);
	if (XML_Parse(x, xml, (int)len, 1) != XML_STATUS_OK)
		fail_msg("line %lu: %s", XML_GetCurrentLineNumber(x),
		    XML_ErrorString(XML_GetErrorCode(x)));
	XML_ParserFree(x);
}

static void
parsed_free(struct parsed *p)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		free(p->name[i]);
		free(p->text[i]);
	}
}

/* 1 when the n bytes of s are in xml[0..len). */
static int
contains(const char *xml, size_t len, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + n <= len; i++)
		if (memcmp(xml + i, s, n) == 0)
			return 1;
	return 0;
}

static size_t
count(const struct parsed *p, const char *name)
{
	size_t i, n = 0;

	for (i = 0; i < p->n; i++)
		n += strcmp(p->name[i], name) == 0;
	return n;
}

/* The text of the k-th element (from 0) named name. */
static const char *
nth(const struct parsed *p, const char *name, size_t k)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->name[i], name) == 0 && k-- == 0)
			return p->text[i];
	fail_msg("no %s", name);
	return NULL;
}

/* Writes the batch of the contracts in crew into memory. */
static char *
batch_xml(const char *production, const char *crew_path, int test,
    size_t *len, unsigned *errors)
{
	struct dpae_profile prof;
	struct dpae_places pl;
	struct employer e;
	struct crew *crew;
	struct dpae_batch b;
	struct diag d = { 0, 0 };
	char *xml = NULL;
	FILE *f;

	assert_int_equal(dpae_profile_load("share/dpae/fr-due-upload.yaml",
	    &prof, &d), 0);
	assert_int_equal(dpae_places_load("share/dpae/nir-places.yaml", &pl,
	    &d), 0);
	assert_int_equal(employer_load(production, &e, &d), 0);
	crew = crew_load(crew_path, &d);
	dpae_batch_init(&b, &e, crew, &prof, &pl, 0);
	assert_int_equal(dpae_batch_select(&b, NULL, 0), 0);
	dpae_batch_check(&b, test, &d);
	*errors = d.errors;
	f = open_memstream(&xml, len);
	dpae_xml_write(&b, f);
	fclose(f);
	dpae_batch_free(&b);
	crew_free(crew);
	employer_free(&e);
	dpae_places_free(&pl);
	dpae_profile_free(&prof);
	return xml;
}

static void
xml__sample__parsed_back_with_its_values(void **state)
{
	struct parsed p;
	unsigned errors;
	size_t len;
	char *xml = batch_xml(SAMPLE "production.yaml", SAMPLE "crew.yaml", 0,
	    &len, &errors);

	(void)state;
	assert_int_equal(errors, 0);
	assert_memory_equal(xml, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\""
	    "?>\n", 44);
	assert_true(contains(xml, len, "Lisi\xe8" "re", 7));	/* one byte */
	parse(&p, xml, len);
	assert_int_equal(count(&p, "FR_DUE_Upload"), 1);
	assert_int_equal(count(&p, "FR_Employer"), 1);
	assert_int_equal(count(&p, "FR_EmployeeGroup"), 17);
	assert_string_equal(nth(&p, "FR_DUE_Upload.Test.Indicator", 0), "120");
	assert_string_equal(nth(&p, "rxorg:FR_Organization.Designation.Text",
	    0), "Films de la Lisière");		/* decoded by expat */
	assert_string_equal(nth(&p, "rxorg:FR_Organization.SIRET.Identifier",
	    0), "84213957800020");
	assert_string_equal(nth(&p, "rxorg:FR_Organization.APE.Code", 0),
	    "5911C");
	/* the 4th declaration: Hugo Lefèvre's first contract */
	assert_string_equal(nth(&p, "rxpers:FR_PersonIdentity.Surname.Text",
	    4), "LEFEVRE");
	assert_string_equal(nth(&p, "FR_Contract.StartContract.Date", 4),
	    "2026-03-05");
	assert_string_equal(nth(&p, "FR_Contract.StartContract.Time", 4),
	    "09:00:00");
	assert_string_equal(nth(&p, "FR_Contract.Nature.Code", 4), "CDD");
	/* the 11th: Lucie Perrin, born in Ajaccio (2A) */
	assert_string_equal(nth(&p, "rxpers:FR_PersonIdentity.Surname.Text",
	    10), "PERRIN");
	assert_string_equal(nth(&p, "rxpers:FR_NNI.NIR.Identifier", 10),
	    "290092A004051");
	assert_string_equal(nth(&p, "rxpers:FR_NNI.NIRKey.Text", 10), "91");
	assert_string_equal(nth(&p,
	    "FR_EmployeeComplement.Birth_Department.Code", 10), "2A");
	assert_string_equal(nth(&p, "rxpers:FR_PersonIdentity.Sex.Code", 10),
	    "2");
	/* nobody has a usual name or a trial period to declare */
	assert_int_equal(count(&p, "rxpers:FR_PersonIdentity.UsualName.Text"),
	    0);
	assert_int_equal(count(&p, "FR_Contract.TrialTime.Text"), 0);
	assert_int_equal(count(&p, "rxpadr:FR_PostalAddress.Additional.Text"),
	    0);
	parsed_free(&p);
	free(xml);
}

static void
xml__cdi_and_unknown_nir__elements_left_out(void **state)
{
	struct parsed p;
	unsigned errors;
	size_t len;
	char *xml;
	FILE *f = fopen("build-test-xml-crew.yaml", "w");

	(void)state;
	fputs("people:\n"
	    "  - {id: nadia, surname: Ferhat & Cie, usual_name: Ferhat-Morel,\n"
	    "     first_names: Nadia, sex: F, birth_date: 1992-02-02,\n"
	    "     birth_place: Oran, birth_department: \"99\", kind: technician,\n"
	    "     function: scripte, contracts: [{start: 2026-09-01,\n"
	    "     start_time: \"14:00\", nature: CDI,\n"
	    "     basis: week, rate: 1000, trial_days: 60}]}\n", f);
	fclose(f);
	xml = batch_xml(SAMPLE "production.yaml", "build-test-xml-crew.yaml", 1,
	    &len, &errors);
	remove("build-test-xml-crew.yaml");
	assert_int_equal(errors, 0);
	parse(&p, xml, len);
	assert_string_equal(nth(&p, "FR_DUE_Upload.Test.Indicator", 0), "1");
	assert_string_equal(nth(&p, "rxpers:FR_PersonIdentity.Surname.Text",
	    0), "FERHAT & CIE");		/* &amp; in the file */
	assert_true(contains(xml, len, "FERHAT &amp; CIE", 16));
	assert_string_equal(nth(&p, "rxpers:FR_PersonIdentity.UsualName.Text",
	    0), "FERHAT-MOREL");
	assert_int_equal(count(&p, "rxpers:FR_NNI"), 0);
	assert_int_equal(count(&p, "FR_Contract.EndContract.Date"), 0);
	assert_string_equal(nth(&p, "FR_Contract.Nature.Code", 0), "CDI");
	assert_string_equal(nth(&p, "FR_Contract.TrialTime.Text", 0), "60");
	assert_string_equal(nth(&p, "FR_Contract.StartContract.Time", 0),
	    "14:00:00");
	parsed_free(&p);
	free(xml);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(xml__sample__parsed_back_with_its_values),
		cmocka_unit_test(xml__cdi_and_unknown_nir__elements_left_out),
	};

	return RUN(tests);
}
