/*
 * decl.c: building a batch of declarations from the contracts asked for,
 * and checking it.
 */
#include <stdlib.h>
#include <string.h>

#include "decl.h"
#include "xalloc.h"

void
dpae_batch_init(struct dpae_batch *b, struct employer *e, struct crew *c,
    const struct dpae_profile *p, const struct dpae_places *pl,
    unsigned employer_errors)
{
	memset(b, 0, sizeof *b);
	b->employer = e;
	b->crew = c;
	b->profile = p;
	b->places = pl;
	b->employer_errors = employer_errors;
}

static void
free_values(char **val)
{
	int f;

	for (f = 0; f < DF_NFIELDS; f++) {
		free(val[f]);
		val[f] = NULL;
	}
}

void
dpae_batch_free(struct dpae_batch *b)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		free_values(b->decls[i].val);
	free(b->decls);
	free_values(b->val);
	memset(b, 0, sizeof *b);
}

static void
add_decl(struct dpae_batch *b, struct person *p, struct contract *c)
{
	struct dpae_decl *x;

	xgrow(&b->decls, &b->cap, b->n + 1, sizeof *b->decls);
	x = &b->decls[b->n++];
	memset(x, 0, sizeof *x);
	x->person = p;
	x->contract = c;
}

/* 1 when id names p or one of its contracts; marks what it names. */
static int
mark_id(struct person *p, const char *id, unsigned char *mark)
{
	size_t j;
	int hit = 0;

	if (strcmp(p->id, id) == 0) {
		memset(mark, 1, p->ncontracts);
		return 1;
	}
	for (j = 0; j < p->ncontracts; j++)
		if (p->contracts[j].id != NULL &&
		    strcmp(p->contracts[j].id, id) == 0)
			mark[j] = hit = 1;
	return hit;
}

int
dpae_batch_select(struct dpae_batch *b, char *const *ids, size_t nids)
{
	struct crew *c = b->crew;
	unsigned char **marks = xcalloc(c->npeople + 1, sizeof *marks);
	size_t i, j, k;
	int rc = 0, hit;

	for (i = 0; i < c->npeople; i++)
		marks[i] = xcalloc(c->people[i].ncontracts + 1, 1);
	for (k = 0; k < nids; k++) {
		for (i = 0, hit = 0; i < c->npeople; i++)
			if (c->people[i].id != NULL)
				hit |= mark_id(&c->people[i], ids[k], marks[i]);
		if (!hit) {
			err_warn("no contract or person '%s' in the crew",
			    ids[k]);
			rc = -1;
		}
	}
	for (i = 0; i < c->npeople; i++) {
		for (j = 0; j < c->people[i].ncontracts; j++)
			/* a contract that is not a map has no id */
			if (c->people[i].contracts[j].id != NULL &&
			    c->people[i].id != NULL && (nids == 0 ||
			    marks[i][j]))
				add_decl(b, &c->people[i],
				    &c->people[i].contracts[j]);
		free(marks[i]);
	}
	free(marks);
	return rc;
}

void
dpae_batch_filter(struct dpae_batch *b,
    int (*keep)(const struct dpae_decl *, void *), void *arg)
{
	size_t i, n = 0;

	for (i = 0; i < b->n; i++) {
		if (keep(&b->decls[i], arg))
			b->decls[n++] = b->decls[i];
		else
			free_values(b->decls[i].val);
	}
	b->n = n;
}

/* The person's values are checked once and copied to each of their
 * declarations, which follow each other in crew.yaml's order. */
void
dpae_batch_check(struct dpae_batch *b, int test, struct diag *d)
{
	struct person *last = NULL;
	unsigned person_errors = 0, n;
	size_t i;
	int f;

	b->val[DF_TEST_INDICATOR] = xstrdup(test ? b->profile->test_value :
	    b->profile->real_value);
	b->employer_errors += dpae_check_employer(b, b->val, d);
	for (i = 0; i < b->n; i++) {
		struct dpae_decl *x = &b->decls[i];

		if (x->person != last) {
			n = dpae_check_person(b, x->person, x->val, d);
			b->reported += n;
			person_errors = x->person->errors + n;
			last = x->person;
		} else {
			for (f = DF_EMPLOYEE_SURNAME; f < DF_CONTRACT_START_DATE;
			    f++)
				if (x[-1].val[f] != NULL)
					x->val[f] = xstrdup(x[-1].val[f]);
		}
		n = dpae_check_contract(b, x->contract, x->val, d);
		b->reported += n;
		x->errors = person_errors + n;
	}
}

int
dpae_decl_ok(const struct dpae_batch *b, const struct dpae_decl *x)
{
	return b->employer_errors == 0 && x->errors == 0;
}

size_t
dpae_batch_nbad(const struct dpae_batch *b)
{
	size_t i, n = 0;

	for (i = 0; i < b->n; i++)
		n += !dpae_decl_ok(b, &b->decls[i]);
	return n;
}

const char *
dpae_value(const struct dpae_batch *b, const struct dpae_decl *x,
    enum dpae_field f)
{
	const char *v = dpae_field_per_decl(f) ? (x != NULL ? x->val[f] : NULL)
	    : b->val[f];

	return v != NULL ? v : "";
}
