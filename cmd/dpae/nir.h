/*
 * nir.h: the NIR against the rest of the identity: its sex digit, year
 * and month of birth, and place of birth (with the old codes a NIR keeps,
 * share/dpae/nir-places.yaml); and the department of birth itself.
 */
#ifndef DPAE_NIR_H
#define DPAE_NIR_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "people.h"
#include "ydoc.h"

/* A NIR place code that stood for other departments of birth. */
struct dpae_place {
	const char *nir;	/* the code in the NIR: "20", "985" */
	const char **born;	/* the departments of birth it stands for */
	size_t nborn;
	int32_t until;		/* for births up to this day */
};

struct dpae_places {
	struct ydoc *doc;
	struct dpae_place *v;
	size_t n;
};

/* Loads the place codes; 0, or -1 after messages. Free with
 * dpae_places_free (also after a failure). */
int dpae_places_load(const char *path, struct dpae_places *pl,
    struct diag *d);
void dpae_places_free(struct dpae_places *pl);

/* A department of birth as INSEE codes it [K]: 01-19 and 21-95, 2A, 2B,
 * 971-978, 984-989, or 99 for abroad. 0, or -1 with *why set. */
int dpae_department_check(const char *dep, const char **why);
/* The sex a NIR's first digit gives: 1, 3, 7 a man, 2, 4, 8 a woman;
 * SEX_UNKNOWN for anything else (an empty NIR). */
enum sex dpae_nir_sex(const char *nir);
/* 1 when the NIR's place code (digits 6-7, or 6-8 for 97x and 98x) fits
 * the department of birth dep for someone born on day birth. */
int dpae_nir_place_fits(const struct dpae_places *pl, const char *nir,
    const char *dep, int32_t birth);
/* Checks p's NIR (known, key checked) against its sex, birth date and
 * department dep (valid, or NULL to skip); reports at the NIR's place.
 * Returns the number of errors. */
unsigned dpae_nir_consistency(const struct person *p, const char *dep,
    const struct dpae_places *pl, struct diag *d);

#endif
