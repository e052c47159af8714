/*
 * check.c: what a DPAE must contain, Code du travail art. R1221-1 [V]
 * (shared/domain/dpae.md section 1): 1° the employer's name, APE code,
 * address, SIRET and occupational-health service; 2° the employee's
 * surname, first names, sex, date and place of birth, and NIR when the
 * employee has one; 3° the date and time of hiring; 4° the nature of the
 * contract, its end for a fixed term, and the trial period for a CDI or a
 * CDD of more than six months. The URSSAF code is the format's. Each
 * check reports at the key's place and says what to fix.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "decl.h"
#include "ids.h"
#include "text.h"
#include "xalloc.h"

#define NEEDS(what) "the declaration needs " what " (R1221-1)"

/* 1 when key has no value in map (so that a value the loader refused is
 * not reported a second time as missing). */
static int
absent(struct ynode *map, const char *key)
{
	struct ynode *v = ynode_get(map, key);

	return v == NULL || ynode_kind(v) == YNODE_NULL;
}

/* Reports key as missing when the value v is NULL; hint says why the
 * declaration needs it. */
static unsigned
need(const void *v, struct ynode *map, const char *key, const char *hint,
    struct diag *d)
{
	struct srcpos at;

	if (v != NULL || !absent(map, key))
		return 0;
	at = people_pos(map, key);
	diag_error(d, &at, hint, ynode_get(map, key) != NULL ?
	    "no value for '%s'" : "missing key '%s'", key);
	return 1;
}

/* val[f] = s folded by f's kind of text; s may be NULL (nothing to do). */
static unsigned
set_text(const struct dpae_batch *b, char **val, enum dpae_field f,
    const char *s, struct ynode *map, const char *key, struct diag *d)
{
	const struct dpae_textrule *r;
	char why[DPAE_WHY_SIZE], hint[DPAE_WHY_SIZE];
	struct srcpos at;

	if (s == NULL)
		return 0;
	r = dpae_profile_rule(b->profile, dpae_field_kind(f));
	if (dpae_text_fold(r, s, &val[f], why, hint) == 0)
		return 0;
	at = people_pos(map, key);
	diag_error(d, &at, hint, "%s '%s': %s", key, s, why);
	return 1;
}

/* An identifier without its spaces and dots: "59.11C" -> "5911C". */
static char *
compact(const char *s)
{
	char buf[64];

	if (id_compact(s, buf, sizeof buf) < 0)
		return NULL;
	return xstrdup(buf);
}

static unsigned
check_address(const struct dpae_batch *b, char **val, struct ynode *emp,
    struct diag *d)
{
	const struct address *a = &b->employer->address;
	struct ynode *m = ynode_get(emp, "address");
	unsigned n = 0;

	if (a->street == NULL && a->postcode == NULL && a->town == NULL)
		return need(NULL, emp, "address",
		    NEEDS("the employer's address"), d);
	if (m == NULL)
		return 0;
	n += set_text(b, val, DF_EMPLOYER_STREET, a->street, m, "street", d);
	n += set_text(b, val, DF_EMPLOYER_STREET2, a->street2, m, "street2",
	    d);
	n += set_text(b, val, DF_EMPLOYER_TOWN, a->town, m, "town", d);
	n += set_text(b, val, DF_EMPLOYER_POSTCODE, a->postcode, m,
	    "postcode", d);
	return n;
}

unsigned
dpae_check_employer(const struct dpae_batch *b, char **val, struct diag *d)
{
	const struct employer *e = b->employer;
	struct ynode *m = e->node;
	unsigned n = 0;

	if (m == NULL)
		return 0;	/* no employer map: the loader said so */
	n += set_text(b, val, DF_EMPLOYER_NAME, e->name, m, "name", d);
	if (e->siret != NULL)
		val[DF_EMPLOYER_SIRET] = compact(e->siret);
	if (e->ape != NULL)
		val[DF_EMPLOYER_APE] = compact(e->ape);
	n += need(e->urssaf, m, "urssaf", "the format of the declaration "
	    "needs the employer's URSSAF code", d);
	n += set_text(b, val, DF_EMPLOYER_URSSAF, e->urssaf, m, "urssaf", d);
	n += need(e->health_service, m, "health_service",
	    NEEDS("the occupational-health service"), d);
	n += set_text(b, val, DF_EMPLOYER_HEALTH_SERVICE, e->health_service, m,
	    "health_service", d);
	n += set_text(b, val, DF_EMPLOYER_PHONE, e->phone, m, "phone", d);
	return n + check_address(b, val, m, d);
}

/* R1221-1 2°: the sex; when it is not written, the NIR's first digit
 * gives it. */
static unsigned
check_sex(const struct dpae_batch *b, const struct person *p, char **val,
    struct diag *d)
{
	enum sex sex = p->sex;

	if (sex == SEX_UNKNOWN && p->nir[0] != '\0' && absent(p->node, "sex"))
		sex = dpae_nir_sex(p->nir);
	/* a NIR the loader refused would give it once corrected */
	if (sex == SEX_UNKNOWN && !absent(p->node, "nir"))
		return 0;
	if (sex == SEX_UNKNOWN)
		return need(NULL, p->node, "sex", NEEDS("the sex, M or F, "
		    "unless the NIR gives it"), d);
	val[DF_EMPLOYEE_SEX] = xstrdup(b->profile->sex_code[sex]);
	return 0;
}

/* The department of birth, upper-cased ("2a" -> "2A"); NULL when it is
 * missing or wrong. */
static const char *
check_department(const struct person *p, char **val, unsigned *n,
    struct diag *d)
{
	const char *why;
	struct srcpos at;
	char *dep;

	*n += need(p->birth_department, p->node, "birth_department",
	    NEEDS("the department of birth, 99 for abroad"), d);
	if (p->birth_department == NULL)
		return NULL;
	/* too long to compact: refused for its length as written */
	dep = compact(p->birth_department);
	if (dpae_department_check(dep != NULL ? dep : p->birth_department,
	    &why) < 0) {
		at = people_pos(p->node, "birth_department");
		diag_error(d, &at, why, "birth_department '%s': no such "
		    "department", p->birth_department);
		free(dep);
		(*n)++;
		return NULL;
	}
	val[DF_EMPLOYEE_BIRTH_DEPARTMENT] = dep;
	return dep;
}

static void
set_nir(char **val, const char *nir)
{
	val[DF_EMPLOYEE_NIR] = xstrndup(nir, 13);
	val[DF_EMPLOYEE_NIR_KEY] = xstrdup(nir + 13);
}

/* Two people cannot share a NIR: the later one is reported. */
static unsigned
check_nir_unique(const struct dpae_batch *b, const struct person *p,
    struct diag *d)
{
	const struct crew *c = b->crew;
	struct srcpos at;
	char hint[80];
	size_t i;

	for (i = 0; i < c->npeople && &c->people[i] != p; i++) {
		const struct person *q = &c->people[i];

		if (strcmp(q->nir, p->nir) != 0)
			continue;
		at = people_pos(p->node, "nir");
		snprintf(hint, sizeof hint, "'%s' has it, at line %u",
		    q->id != NULL ? q->id : "?", people_pos(q->node, "nir").line);
		diag_error(d, &at, hint, "NIR: the same as another person's");
		return 1;
	}
	return 0;
}

unsigned
dpae_check_person(const struct dpae_batch *b, struct person *p, char **val,
    struct diag *d)
{
	struct ynode *m = p->node;
	const char *dep;
	unsigned n = 0;

	n += set_text(b, val, DF_EMPLOYEE_SURNAME, p->surname, m, "surname",
	    d);
	n += set_text(b, val, DF_EMPLOYEE_USUAL_NAME, p->usual_name, m,
	    "usual_name", d);
	n += set_text(b, val, DF_EMPLOYEE_FIRST_NAMES, p->first_names, m,
	    "first_names", d);
	n += check_sex(b, p, val, d);
	n += need(p->has_birth_date ? "" : NULL, m, "birth_date",
	    NEEDS("the date of birth"), d);
	if (p->has_birth_date)
		val[DF_EMPLOYEE_BIRTH_DATE] = dpae_profile_date(b->profile,
		    p->birth_date);
	n += need(p->birth_place, m, "birth_place", NEEDS("the place of "
	    "birth, abroad too"), d);
	n += set_text(b, val, DF_EMPLOYEE_BIRTH_PLACE, p->birth_place, m,
	    "birth_place", d);
	dep = check_department(p, val, &n, d);
	/* R1221-1 2°: the NIR only when the employee is registered; a
	 * declaration without it asks for the registration */
	if (p->nir[0] != '\0') {
		n += dpae_nir_consistency(p, dep, b->places, d);
		n += check_nir_unique(b, p, d);
		set_nir(val, p->nir);
	}
	return n;
}

int
dpae_trial_applies(const struct contract *c)
{
	if (c->nature == NATURE_CDI)
		return 1;
	/* "whose term exceeds six months": the last day is on or after
	 * the same day six months later (2026-01-01 to 2026-06-30 is six
	 * months, to 2026-07-01 more) */
	return c->start != PEOPLE_NO_DAY && c->end != PEOPLE_NO_DAY &&
	    c->end >= date_add_months(c->start, 6);
}

/* R1221-1 3°: the hour of hiring, from 00:00 to 23:59. */
static unsigned
check_time(const struct dpae_batch *b, struct contract *c, char **val,
    struct diag *d)
{
	struct srcpos at;

	if (c->start_time < 0)
		return need(NULL, c->node, "start_time", NEEDS("the hour of "
		    "hiring, HH:MM"), d);
	if (c->start_time >= 24 * 60) {
		at = people_pos(c->node, "start_time");
		diag_error(d, &at, "a hire starts at a time of day, from 00:00 "
		    "to 23:59", "start_time '24:00': not a time of hiring");
		return 1;
	}
	val[DF_CONTRACT_START_TIME] = dpae_profile_time(b->profile,
	    c->start_time);
	return 0;
}

static unsigned
check_birth_before(const struct person *p, const struct contract *c,
    struct diag *d)
{
	char day[DATE_BUFSZ], birth[DATE_BUFSZ];
	struct srcpos at;

	if (!p->has_birth_date || c->start == PEOPLE_NO_DAY ||
	    p->birth_date < c->start)
		return 0;
	at = people_pos(c->node, "start");
	diag_error(d, &at, "check start and the person's birth_date",
	    "start '%s' is not after the birth date (%s)",
	    date_format(day, c->start), date_format(birth, p->birth_date));
	return 1;
}

unsigned
dpae_check_contract(const struct dpae_batch *b, struct contract *c,
    char **val, struct diag *d)
{
	const struct dpae_profile *pr = b->profile;
	unsigned n = 0;

	if (c->node == NULL)
		return 1;	/* not a map: the loader said so */
	if (c->start != PEOPLE_NO_DAY)
		val[DF_CONTRACT_START_DATE] = dpae_profile_date(pr, c->start);
	n += check_time(b, c, val, d);
	/* the end of a fixed term; a CDI has none */
	if (c->nature != NATURE_CDI && c->end != PEOPLE_NO_DAY)
		val[DF_CONTRACT_END_DATE] = dpae_profile_date(pr, c->end);
	val[DF_CONTRACT_NATURE] = xstrdup(pr->nature_code[c->nature]);
	if (c->trial_days > 0 && dpae_trial_applies(c))
		val[DF_CONTRACT_TRIAL_DAYS] = xasprintf("%d", c->trial_days);
	return n + check_birth_before(c->person, c, d);
}
