/*
 * fields.c: the names and text kinds of a DPAE's values.
 */
#include <string.h>

#include "fields.h"

static const struct {
	const char *name;
	const char *kind;
} fields[DF_NFIELDS] = {
	[DF_TEST_INDICATOR] =		{ "test_indicator", NULL },
	[DF_EMPLOYER_SIRET] =		{ "employer.siret", NULL },
	[DF_EMPLOYER_NAME] =		{ "employer.name", "employer" },
	[DF_EMPLOYER_APE] =		{ "employer.ape", NULL },
	[DF_EMPLOYER_URSSAF] =		{ "employer.urssaf", "urssaf" },
	[DF_EMPLOYER_STREET] =		{ "employer.street", "employer" },
	[DF_EMPLOYER_STREET2] =		{ "employer.street2", "employer" },
	[DF_EMPLOYER_TOWN] =		{ "employer.town", "employer" },
	[DF_EMPLOYER_POSTCODE] =	{ "employer.postcode", "postcode" },
	[DF_EMPLOYER_PHONE] =		{ "employer.phone", "phone" },
	[DF_EMPLOYER_HEALTH_SERVICE] =	{ "employer.health_service",
					  "health_service" },
	[DF_EMPLOYEE_SURNAME] =		{ "employee.surname", "name" },
	[DF_EMPLOYEE_USUAL_NAME] =	{ "employee.usual_name", "name" },
	[DF_EMPLOYEE_FIRST_NAMES] =	{ "employee.first_names", "name" },
	[DF_EMPLOYEE_SEX] =		{ "employee.sex", NULL },
	[DF_EMPLOYEE_NIR] =		{ "employee.nir", NULL },
	[DF_EMPLOYEE_NIR_KEY] =		{ "employee.nir_key", NULL },
	[DF_EMPLOYEE_BIRTH_DATE] =	{ "employee.birth_date", NULL },
	[DF_EMPLOYEE_BIRTH_PLACE] =	{ "employee.birth_place", "town" },
	[DF_EMPLOYEE_BIRTH_DEPARTMENT] = { "employee.birth_department", NULL },
	[DF_CONTRACT_START_DATE] =	{ "contract.start_date", NULL },
	[DF_CONTRACT_START_TIME] =	{ "contract.start_time", NULL },
	[DF_CONTRACT_END_DATE] =	{ "contract.end_date", NULL },
	[DF_CONTRACT_NATURE] =		{ "contract.nature", NULL },
	[DF_CONTRACT_TRIAL_DAYS] =	{ "contract.trial_days", NULL },
};

int
dpae_field_per_decl(enum dpae_field f)
{
	return f >= DF_EMPLOYEE_SURNAME;
}

const char *
dpae_field_name(enum dpae_field f)
{
	return fields[f].name;
}

const char *
dpae_field_kind(enum dpae_field f)
{
	return fields[f].kind;
}

int
dpae_field_lookup(const char *name)
{
	int f;

	for (f = 0; f < DF_NFIELDS; f++)
		if (strcmp(fields[f].name, name) == 0)
			return f;
	return -1;
}
