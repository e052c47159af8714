/*
 * people.c: loading production.yaml and crew.yaml (formats in crew(5)).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "ids.h"
#include "people.h"
#include "xalloc.h"

static const char *const kind_names[] = { "technician", "artist", NULL };
static const char *const basis_names[] = { "hour", "day", "week", "cachet",
    NULL };
static const char *const nature_names[] = { "CDDU", "CDD", "CDI", NULL };
static const char *const sex_names[] = { "M", "F", NULL };

const char *
person_kind_name(enum person_kind k)
{
	return kind_names[k];
}

const char *
pay_basis_name(enum pay_basis b)
{
	return basis_names[b];
}

const char *
contract_nature_name(enum contract_nature n)
{
	return nature_names[n];
}

struct srcpos
people_pos(struct ynode *map, const char *key)
{
	struct ynode *v = ynode_get(map, key);

	return ynode_pos(v != NULL ? v : map);
}

/* Reports at key's place in map, counting an error. */
static void
bad_at(struct ynode *map, const char *key, const char *hint,
    const char *what, const char *why)
{
	struct srcpos at = people_pos(map, key);

	diag_error(ynode_diag(map), &at, hint, "%s: %s", what, why);
}

static void
load_address(struct ynode *map, const char *key, struct address *a)
{
	struct ynode *m;

	memset(a, 0, sizeof *a);
	if (ynode_map(map, key, 0, &m) != 1)
		return;
	ynode_str(m, "street", Y_REQUIRED, &a->street);
	ynode_str(m, "street2", 0, &a->street2);
	ynode_str(m, "postcode", Y_REQUIRED, &a->postcode);
	ynode_str(m, "town", Y_REQUIRED, &a->town);
	ynode_str(m, "country", 0, &a->country);
	ynode_check_unknown(m);
}

static void
check_id(struct ynode *map, const char *key, const char *s,
    int (*check)(const char *, const char **), const char *what)
{
	const char *why;

	if (s != NULL && check(s, &why) < 0)
		bad_at(map, key, NULL, what, why);
}

static void
load_employer_fields(struct employer *e, struct ynode *m)
{
	struct ynode *codes;
	long long n;
	int has;

	ynode_str(m, "name", Y_REQUIRED, &e->name);
	ynode_str(m, "legal_form", 0, &e->legal_form);
	ynode_str(m, "siret", Y_REQUIRED, &e->siret);
	ynode_str(m, "ape", Y_REQUIRED, &e->ape);
	ynode_str(m, "urssaf", 0, &e->urssaf);
	ynode_str(m, "health_service", 0, &e->health_service);
	ynode_str(m, "phone", 0, &e->phone);
	load_address(m, "address", &e->address);
	if (ynode_int(m, "idcc", Y_REQUIRED, &n) == 1)
		e->idcc = (int)n;
	ynode_str(m, "conges_spectacles", 0, &e->conges_spectacles);
	ynode_str(m, "audiens", 0, &e->audiens);
	ynode_str(m, "numero_objet", 0, &e->numero_objet);
	ynode_rate(m, "at_rate", 0, &e->at_rate);
	ynode_rate(m, "mobility_rate", 0, &e->mobility_rate);
	if (ynode_int(m, "headcount", 0, &n) == 1)
		e->headcount = (long)n;
	if (ynode_bool(m, "alsace_moselle", 0, &has) == 1)
		e->alsace_moselle = has;
	if (ynode_map(m, "charges_codes", 0, &codes) == 1) {
		ynode_str(codes, "technicians", 0,
		    &e->charges_code_technicians);
		ynode_str(codes, "artists", 0, &e->charges_code_artists);
		ynode_check_unknown(codes);
	}
	ynode_check_unknown(m);
	check_id(m, "siret", e->siret, id_siret_check, "SIRET");
	check_id(m, "ape", e->ape, id_ape_check, "APE code");
}

int
employer_load(const char *path, struct employer *e, struct diag *d)
{
	struct ynode *root, *prod, *m;

	memset(e, 0, sizeof *e);
	if ((e->doc = ydoc_load(path, d)) == NULL)
		return -1;
	root = ydoc_root(e->doc);
	if (ynode_kind(root) != YNODE_MAP) {
		ynode_error(root, "see crew(5)", "expected the keys production "
		    "and employer");
		return 0;
	}
	if (ynode_map(root, "production", 0, &prod) == 1) {
		ynode_str(prod, "title", 0, &e->title);
		ynode_check_unknown(prod);
	}
	if (ynode_map(root, "employer", Y_REQUIRED, &m) == 1) {
		e->node = m;
		load_employer_fields(e, m);
	}
	ynode_check_unknown(root);
	return 0;
}

void
employer_free(struct employer *e)
{
	ydoc_free(e->doc);
	memset(e, 0, sizeof *e);
}

static int
load_enum(struct ynode *m, const char *key, unsigned flags,
    const char *const *names, int deflt)
{
	int v = deflt;

	ynode_enum(m, key, flags, names, &v);
	return v;
}

static void
load_contract_times(struct contract *c, struct ynode *m)
{
	const char *s, *why;

	c->start = c->end = PEOPLE_NO_DAY;
	ynode_date(m, "start", Y_REQUIRED, &c->start);
	if (c->nature == NATURE_CDI) {
		/* a contract without a term: it runs on */
		c->end = PEOPLE_OPEN_END;
		if (ynode_get(m, "end") != NULL)
			bad_at(m, "end", "leave end out, or make the contract "
			    "a CDD", "contract", "a CDI has no end date");
	} else
		ynode_date(m, "end", Y_REQUIRED, &c->end);
	if (c->start != PEOPLE_NO_DAY && c->end != PEOPLE_NO_DAY &&
	    c->end < c->start)
		bad_at(m, "end", NULL, "contract", "ends before it starts");
	c->start_time = -1;
	if (ynode_str(m, "start_time", 0, &s) == 1 &&
	    time_parse(s, &c->start_time, &why) < 0)
		bad_at(m, "start_time", NULL, "start_time", why);
}

static void
load_contract(struct person *p, struct contract *c, struct ynode *m,
    size_t rank)
{
	long long n;

	c->node = m;
	c->person = p;
	c->id = xasprintf("%s-%zu", p->id != NULL ? p->id : "?", rank);
	c->nature = (enum contract_nature)load_enum(m, "nature", 0,
	    nature_names, NATURE_CDDU);
	load_contract_times(c, m);
	c->basis = (enum pay_basis)load_enum(m, "basis", Y_REQUIRED,
	    basis_names, PAY_WEEK);
	if (ynode_money(m, "rate", Y_REQUIRED, &c->rate) == 1 && c->rate <= 0)
		bad_at(m, "rate", NULL, "rate", "must be more than zero");
	c->function = p->function;
	ynode_str(m, "function", 0, &c->function);
	c->cadre = p->cadre;
	ynode_bool(m, "cadre", 0, &c->cadre);
	ynode_str(m, "budget_code", 0, &c->budget_code);
	ynode_bool(m, "expense_deduction", 0, &c->expense_deduction);
	if (c->expense_deduction && p->kind != PERSON_ARTIST)
		bad_at(m, "expense_deduction", "the DFS of artists does not "
		    "apply to technicians", "expense_deduction",
		    "only for artists");
	if (ynode_int(m, "trial_days", 0, &n) == 1) {
		if (n < 0 || n > 365)
			bad_at(m, "trial_days", NULL, "trial_days",
			    "must be from 0 to 365");
		else
			c->trial_days = (int)n;
	}
	ynode_check_unknown(m);
}

/* Two contracts of one person may not share a day. */
static void
check_overlaps(struct person *p)
{
	size_t i, j;

	for (i = 0; i < p->ncontracts; i++)
		for (j = 0; j < i; j++) {
			struct contract *a = &p->contracts[j];
			struct contract *b = &p->contracts[i];
			char hint[64], day[DATE_BUFSZ];

			if (a->start == PEOPLE_NO_DAY || a->end == PEOPLE_NO_DAY ||
			    b->start == PEOPLE_NO_DAY || b->end == PEOPLE_NO_DAY ||
			    b->start > a->end || a->start > b->end)
				continue;
			if (a->end == PEOPLE_OPEN_END)
				snprintf(hint, sizeof hint, "contract %s is a CDI "
				    "and has no end", a->id);
			else
				snprintf(hint, sizeof hint, "contract %s runs to "
				    "%s", a->id, date_format(day, a->end));
			bad_at(b->node, "start", hint, "contract",
			    "overlaps an earlier contract of the same person");
		}
}

static void
load_contracts(struct person *p, struct ynode *m)
{
	struct ynode *seq;
	size_t i;

	if (ynode_seq(m, "contracts", Y_REQUIRED, &seq) != 1)
		return;
	if (ynode_len(seq) == 0) {
		ynode_error(seq, NULL, "no contract for '%s'", p->id);
		return;
	}
	p->ncontracts = ynode_len(seq);
	p->contracts = xcalloc(p->ncontracts, sizeof *p->contracts);
	for (i = 0; i < p->ncontracts; i++) {
		struct ynode *cm = ynode_item(seq, i);

		if (ynode_kind(cm) != YNODE_MAP) {
			ynode_error(cm, "see crew(5)", "a contract is a map");
			continue;
		}
		load_contract(p, &p->contracts[i], cm, i + 1);
	}
	check_overlaps(p);
}

static void
load_nir(struct person *p, struct ynode *m)
{
	const char *s, *why;

	if (ynode_str(m, "nir", 0, &s) != 1)
		return;
	if (id_nir_check(s, &why) < 0) {
		bad_at(m, "nir", "a NIR has 13 digits and a key; leave it out "
		    "when it is not known yet", "NIR", why);
		return;
	}
	id_compact(s, p->nir, sizeof p->nir);
}

static void
load_identity(struct person *p, struct ynode *m)
{
	ynode_str(m, "id", Y_REQUIRED, &p->id);
	ynode_str(m, "surname", Y_REQUIRED, &p->surname);
	ynode_str(m, "usual_name", 0, &p->usual_name);
	ynode_str(m, "first_names", Y_REQUIRED, &p->first_names);
	p->sex = (enum sex)(load_enum(m, "sex", 0, sex_names, -1) + 1);
	p->has_birth_date = ynode_date(m, "birth_date", 0, &p->birth_date)
	    == 1;
	ynode_str(m, "birth_place", 0, &p->birth_place);
	ynode_str(m, "birth_department", 0, &p->birth_department);
	ynode_str(m, "birth_country", 0, &p->birth_country);
	load_nir(p, m);
	load_address(m, "address", &p->address);
}

static void
load_person(struct person *p, struct ynode *m)
{
	p->node = m;
	load_identity(p, m);
	p->kind = (enum person_kind)load_enum(m, "kind", Y_REQUIRED,
	    kind_names, PERSON_TECHNICIAN);
	ynode_str(m, "function", Y_REQUIRED, &p->function);
	ynode_bool(m, "cadre", 0, &p->cadre);
	p->has_withholding = ynode_rate(m, "withholding_rate", 0,
	    &p->withholding_rate) == 1;
	load_contracts(p, m);
	ynode_check_unknown(m);
}

static void
check_unique_ids(struct crew *c)
{
	size_t i, j;
	char hint[64];

	for (i = 0; i < c->npeople; i++)
		for (j = 0; j < i; j++) {
			if (c->people[i].id == NULL || c->people[j].id == NULL ||
			    strcmp(c->people[i].id, c->people[j].id) != 0)
				continue;
			snprintf(hint, sizeof hint, "it is first at line %u",
			    people_pos(c->people[j].node, "id").line);
			bad_at(c->people[i].node, "id", hint, "id",
			    "used twice");
			c->people[i].errors++;
		}
}

struct crew *
crew_load(const char *path, struct diag *d)
{
	struct crew *c;
	struct ydoc *doc;
	struct ynode *root, *seq = NULL;
	size_t i;
	unsigned before;

	if ((doc = ydoc_load(path, d)) == NULL)
		return NULL;
	c = xcalloc(1, sizeof *c);
	c->doc = doc;
	root = ydoc_root(doc);
	if (ynode_kind(root) != YNODE_MAP ||
	    ynode_seq(root, "people", Y_REQUIRED, &seq) != 1) {
		if (ynode_kind(root) != YNODE_MAP)
			ynode_error(root, "see crew(5)",
			    "expected a map with the key people");
		return c;
	}
	ynode_check_unknown(root);
	c->npeople = ynode_len(seq);
	c->people = xcalloc(c->npeople, sizeof *c->people);
	for (i = 0; i < c->npeople; i++) {
		struct ynode *m = ynode_item(seq, i);

		if (ynode_kind(m) != YNODE_MAP) {
			ynode_error(m, "see crew(5)", "a person is a map");
			c->people[i].errors = 1;
			continue;
		}
		before = d->errors;
		load_person(&c->people[i], m);
		c->people[i].errors = d->errors - before;
	}
	check_unique_ids(c);
	return c;
}

void
crew_free(struct crew *c)
{
	size_t i, j;

	if (c == NULL)
		return;
	for (i = 0; i < c->npeople; i++) {
		for (j = 0; j < c->people[i].ncontracts; j++)
			free(c->people[i].contracts[j].id);
		free(c->people[i].contracts);
	}
	free(c->people);
	ydoc_free(c->doc);
	free(c);
}

struct person *
crew_person(const struct crew *c, const char *id)
{
	size_t i;

	for (i = 0; i < c->npeople; i++)
		if (c->people[i].id != NULL && strcmp(c->people[i].id, id) == 0)
			return &c->people[i];
	return NULL;
}
