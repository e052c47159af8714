/*
 * people.h: the employer (production.yaml) and the crew with their
 * contracts (crew.yaml), as payslip and dpae both read them.
 *
 * The loader checks what every use needs: required keys, types, dates,
 * the NIR key, SIRET and APE, unique ids, contracts that do not overlap.
 * What only one command needs (a birth place for the DPAE, a grid
 * function for the payslip) is checked by that command, at the position
 * people_pos() gives. Strings point into the YAML tree, which lives as
 * long as the struct that holds it. The formats are in crew(5).
 */
#ifndef CINEPROD_PEOPLE_H
#define CINEPROD_PEOPLE_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "money.h"
#include "ydoc.h"

enum person_kind {
	PERSON_TECHNICIAN,	/* annexe 8 */
	PERSON_ARTIST		/* annexe 10 */
};

enum pay_basis {
	PAY_HOUR,
	PAY_DAY,
	PAY_WEEK,
	PAY_CACHET
};

enum contract_nature {
	NATURE_CDDU,		/* contrat à durée déterminée d'usage */
	NATURE_CDD,
	NATURE_CDI
};

enum sex {
	SEX_UNKNOWN,
	SEX_M,			/* NIR digit 1 */
	SEX_F			/* NIR digit 2 */
};

struct address {
	const char *street, *street2, *postcode, *town, *country;
};

struct employer {
	struct ydoc *doc;
	struct ynode *node;		/* the "employer" map */
	const char *title;		/* the production's title */
	const char *name, *legal_form, *siret, *ape, *urssaf;
	const char *health_service, *phone;
	struct address address;
	int idcc;			/* 3097 cinema, 2642 audiovisual */
	const char *conges_spectacles, *audiens, *numero_objet;
	rate_t at_rate;			/* accidents du travail */
	rate_t mobility_rate;		/* versement mobilité, 0 when none */
	long headcount;
	int alsace_moselle;
	/* devis lines that receive the employer's charges */
	const char *charges_code_technicians, *charges_code_artists;
};

struct person;

/* A contract date that could not be read. */
#define PEOPLE_NO_DAY INT32_MIN
/* The end of a contract without a term (a CDI). */
#define PEOPLE_OPEN_END INT32_MAX

struct contract {
	struct ynode *node;
	struct person *person;
	char *id;			/* "aubert-1": person id and rank */
	int32_t start, end;		/* first and last day, included;
					   PEOPLE_NO_DAY when unreadable,
					   end PEOPLE_OPEN_END for a CDI */
	int start_time;			/* hiring time, minutes; -1 unknown */
	enum contract_nature nature;
	enum pay_basis basis;
	int64_t rate;			/* cents per hour, day, week or cachet */
	const char *function;		/* defaults to the person's */
	int cadre;			/* defaults to the person's */
	const char *budget_code;
	int expense_deduction;		/* artists' DFS, agreed in writing */
	int trial_days;			/* trial period, 0 when none */
};

struct person {
	struct ynode *node;
	const char *id, *surname, *usual_name, *first_names;
	enum sex sex;
	int32_t birth_date;		/* 0 and has_birth_date 0 when absent */
	int has_birth_date;
	const char *birth_place, *birth_department, *birth_country;
	char nir[16];			/* compacted, "" when not yet known */
	struct address address;
	enum person_kind kind;
	const char *function;
	int cadre;
	int has_withholding;
	rate_t withholding_rate;	/* PAS rate notified by the tax office */
	struct contract *contracts;
	size_t ncontracts;
	unsigned errors;		/* problems the loader reported in this
					   person's entry, contracts included */
};

struct crew {
	struct ydoc *doc;
	struct person *people;
	size_t npeople;
};

/* Loads production.yaml into e; problems are reported and counted in d.
 * Returns 0, or -1 when the file cannot be read or parsed (the other
 * problems leave e usable for further checks). Free with employer_free. */
int employer_load(const char *path, struct employer *e, struct diag *d);
void employer_free(struct employer *e);

/* Loads crew.yaml; NULL when the file cannot be read or parsed. */
struct crew *crew_load(const char *path, struct diag *d);
void crew_free(struct crew *c);
/* The person with that id, or NULL. */
struct person *crew_person(const struct crew *c, const char *id);

/* Where key's value is in map (or the map itself when key is absent). */
struct srcpos people_pos(struct ynode *map, const char *key);

const char *person_kind_name(enum person_kind k);	/* "technician" */
const char *pay_basis_name(enum pay_basis b);		/* "week" */
const char *contract_nature_name(enum contract_nature n);	/* "CDDU" */

#endif
