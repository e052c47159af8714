/*
 * decl.h: a batch of declarations, one per contract (a CDDU is a hire),
 * with the employer they share; each declaration holds the values it
 * declares, as the format profile wants them, and how many problems stop
 * it from being declared.
 */
#ifndef DPAE_DECL_H
#define DPAE_DECL_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "fields.h"
#include "nir.h"
#include "people.h"
#include "profile.h"

struct dpae_ack;

struct dpae_decl {
	struct person *person;
	struct contract *contract;
	unsigned errors;		/* its person's problems included */
	char *val[DF_NFIELDS];		/* the declaration's fields (UTF-8),
					   NULL when it has none */
	const struct dpae_ack *ack;	/* its acknowledgement, or NULL */
};

struct dpae_batch {
	struct employer *employer;
	struct crew *crew;
	const struct dpae_profile *profile;
	const struct dpae_places *places;
	unsigned employer_errors;	/* count the loader's too */
	unsigned reported;		/* errors dpae_batch_check reported
					   about the declarations */
	char *val[DF_NFIELDS];		/* the fields of the batch and the
					   employer */
	struct dpae_decl *decls;
	size_t n, cap;
};

/* An empty batch over loaded files; nothing is copied. employer_errors
 * is what loading production.yaml reported. */
void dpae_batch_init(struct dpae_batch *b, struct employer *e,
    struct crew *c, const struct dpae_profile *p,
    const struct dpae_places *pl, unsigned employer_errors);
void dpae_batch_free(struct dpae_batch *b);
/* Adds the contracts named by ids, each a contract ("aubert-2") or a
 * person ("aubert", all their contracts), in crew.yaml's order; every
 * contract when nids is 0. Returns 0, or -1 after a message for each id
 * that names nothing. */
int dpae_batch_select(struct dpae_batch *b, char *const *ids, size_t nids);
/* Keeps the declarations for which keep returns 1. */
void dpae_batch_filter(struct dpae_batch *b,
    int (*keep)(const struct dpae_decl *, void *), void *arg);
/* Checks the employer and every declaration for what a DPAE needs, filling
 * their values; problems are reported at their place in the YAML files
 * and counted in d. test selects the test indicator. */
void dpae_batch_check(struct dpae_batch *b, int test, struct diag *d);
/* Declarations that cannot be declared (the employer's problems count for
 * all of them). */
size_t dpae_batch_nbad(const struct dpae_batch *b);
/* 1 when x can be declared. */
int dpae_decl_ok(const struct dpae_batch *b, const struct dpae_decl *x);
/* The value of field f for declaration x ("" when it has none). */
const char *dpae_value(const struct dpae_batch *b, const struct dpae_decl *x,
    enum dpae_field f);

/* The checks behind dpae_batch_check (check.c). Each reports at its place,
 * sets the values it checked in val, and returns the number of errors. */
unsigned dpae_check_employer(const struct dpae_batch *b, char **val,
    struct diag *d);
unsigned dpae_check_person(const struct dpae_batch *b, struct person *p,
    char **val, struct diag *d);
unsigned dpae_check_contract(const struct dpae_batch *b, struct contract *c,
    char **val, struct diag *d);
/* R1221-1 4°: the trial period is declared only for a CDI, or a CDD whose
 * term exceeds six months. */
int dpae_trial_applies(const struct contract *c);

#endif
