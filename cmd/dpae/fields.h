/*
 * fields.h: the values a DPAE carries, by name. The format profile
 * (share/dpae/fr-due-upload.yaml) places them in the XML tree; the checks
 * fill them; the listing shows them. Each text field names the kind of
 * text whose character rules the profile gives.
 */
#ifndef DPAE_FIELDS_H
#define DPAE_FIELDS_H

enum dpae_field {
	DF_TEST_INDICATOR,
	DF_EMPLOYER_SIRET,
	DF_EMPLOYER_NAME,
	DF_EMPLOYER_APE,
	DF_EMPLOYER_URSSAF,
	DF_EMPLOYER_STREET,
	DF_EMPLOYER_STREET2,
	DF_EMPLOYER_TOWN,
	DF_EMPLOYER_POSTCODE,
	DF_EMPLOYER_PHONE,
	DF_EMPLOYER_HEALTH_SERVICE,
	DF_EMPLOYEE_SURNAME,		/* the first field of a declaration */
	DF_EMPLOYEE_USUAL_NAME,
	DF_EMPLOYEE_FIRST_NAMES,
	DF_EMPLOYEE_SEX,
	DF_EMPLOYEE_NIR,		/* the first 13 characters */
	DF_EMPLOYEE_NIR_KEY,		/* the last 2 */
	DF_EMPLOYEE_BIRTH_DATE,
	DF_EMPLOYEE_BIRTH_PLACE,
	DF_EMPLOYEE_BIRTH_DEPARTMENT,
	DF_CONTRACT_START_DATE,
	DF_CONTRACT_START_TIME,
	DF_CONTRACT_END_DATE,
	DF_CONTRACT_NATURE,
	DF_CONTRACT_TRIAL_DAYS,
	DF_NFIELDS
};

/* 1 when f belongs to one declaration (employee.*, contract.*), 0 when it
 * is the same for the whole batch. */
int dpae_field_per_decl(enum dpae_field f);
/* "employer.name" */
const char *dpae_field_name(enum dpae_field f);
/* The kind of text ("employer", "name", "town"...) whose rules apply, or
 * NULL for values the code formats itself (codes, dates, identifiers). */
const char *dpae_field_kind(enum dpae_field f);
/* The field named name, or -1. */
int dpae_field_lookup(const char *name);

#endif
