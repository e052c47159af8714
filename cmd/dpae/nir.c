/*
 * nir.c: the NIR's layout, after INSEE [V] python-stdnum stdnum/fr/nir.py
 * and [K] http://xml.insee.fr/schema/nir.html (shared/domain/dpae.md
 * section 3.1): sex (1 digit), year of birth (2), month of birth (2, or
 * 20-42 and 50-99 when unknown), place of birth (5: the department, 2 or
 * 3 characters, then the commune or the country), order (3), key (2).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "nir.h"
#include "xalloc.h"

#define HINT_PLACES "see share/dpae/nir-places.yaml"

static void
load_place(struct dpae_place *pl, struct ynode *m)
{
	struct ynode *seq;
	const char *s;
	size_t i;

	ynode_str(m, "nir", Y_REQUIRED, &pl->nir);
	if (ynode_seq(m, "born", Y_REQUIRED, &seq) == 1) {
		pl->born = xcalloc(ynode_len(seq) + 1, sizeof *pl->born);
		for (i = 0; i < ynode_len(seq); i++)
			if (ynode_as_str(ynode_item(seq, i), &s) == 0)
				pl->born[pl->nborn++] = s;
	}
	ynode_date(m, "until", Y_REQUIRED, &pl->until);
	ynode_str(m, "why", 0, &s);
	ynode_str(m, "confidence", 0, &s);
	ynode_check_unknown(m);
}

int
dpae_places_load(const char *path, struct dpae_places *pl, struct diag *d)
{
	struct ynode *root, *seq;
	unsigned before = d->errors;
	const char *s;
	size_t i;

	memset(pl, 0, sizeof *pl);
	if ((pl->doc = ydoc_load(path, d)) == NULL)
		return -1;
	root = ydoc_root(pl->doc);
	if (ynode_kind(root) != YNODE_MAP) {
		ynode_error(root, HINT_PLACES, "expected the keys source and "
		    "places");
		return -1;
	}
	ynode_str(root, "source", 0, &s);
	if (ynode_seq(root, "places", Y_REQUIRED, &seq) == 1) {
		pl->v = xcalloc(ynode_len(seq), sizeof *pl->v);
		for (i = 0; i < ynode_len(seq); i++) {
			struct ynode *m = ynode_item(seq, i);

			if (ynode_kind(m) != YNODE_MAP)
				ynode_error(m, HINT_PLACES, "a place is a map");
			else
				load_place(&pl->v[pl->n++], m);
		}
	}
	ynode_check_unknown(root);
	return d->errors == before ? 0 : -1;
}

void
dpae_places_free(struct dpae_places *pl)
{
	size_t i;

	for (i = 0; i < pl->n; i++)
		free(pl->v[i].born);
	free(pl->v);
	ydoc_free(pl->doc);
	memset(pl, 0, sizeof *pl);
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
num2(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

int
dpae_department_check(const char *dep, const char **why)
{
	size_t n = strlen(dep);

	*why = "a department of birth is 01 to 95, 2A, 2B, 971 to 978, "
	    "984 to 989, or 99 for abroad";
	if (n == 2 && dep[0] == '2' && (dep[1] == 'A' || dep[1] == 'B'))
		return 0;
	if (n == 2 && is_digit(dep[0]) && is_digit(dep[1]))
		return num2(dep) >= 1 && num2(dep) <= 99 && num2(dep) != 20 &&
		    (num2(dep) <= 95 || num2(dep) == 99) ? 0 : -1;
	if (n == 3 && dep[0] == '9' && is_digit(dep[2]) &&
	    ((dep[1] == '7' && dep[2] >= '1' && dep[2] <= '8') ||
	    (dep[1] == '8' && dep[2] >= '4')))
		return 0;
	return -1;
}

enum sex
dpae_nir_sex(const char *nir)
{
	if (nir[0] == '1' || nir[0] == '3' || nir[0] == '7')
		return SEX_M;
	if (nir[0] == '2' || nir[0] == '4' || nir[0] == '8')
		return SEX_F;
	return SEX_UNKNOWN;
}

static int
born_in(const struct dpae_place *pl, const char *dep)
{
	size_t i;

	for (i = 0; i < pl->nborn; i++)
		if (strcmp(pl->born[i], dep) == 0)
			return 1;
	return 0;
}

int
dpae_nir_place_fits(const struct dpae_places *pl, const char *nir,
    const char *dep, int32_t birth)
{
	size_t i;

	if (strncmp(nir + 5, dep, strlen(dep)) == 0)
		return 1;
	for (i = 0; pl != NULL && i < pl->n; i++)
		if (strncmp(nir + 5, pl->v[i].nir, strlen(pl->v[i].nir)) == 0
		    && born_in(&pl->v[i], dep) && birth <= pl->v[i].until)
			return 1;
	return 0;
}

static unsigned
check_sex(const struct person *p, const struct srcpos *at, struct diag *d)
{
	if (p->sex == SEX_UNKNOWN || dpae_nir_sex(p->nir) == p->sex)
		return 0;
	diag_error(d, at, "one of nir and sex is wrong", "NIR: its first digit "
	    "'%c' is a %s's, but sex is '%s'", p->nir[0],
	    p->sex == SEX_M ? "woman" : "man", p->sex == SEX_M ? "M" : "F");
	return 1;
}

static unsigned
check_birth(const struct person *p, const struct srcpos *at, struct diag *d)
{
	int y, m, day, nm = num2(p->nir + 3);
	unsigned n = 0;

	if (!p->has_birth_date)
		return 0;
	date_to_ymd(p->birth_date, &y, &m, &day);
	if (num2(p->nir + 1) != y % 100) {
		diag_error(d, at, "check nir and birth_date", "NIR: digits 2-3 "
		    "'%.2s' are not the year of birth_date (%d)", p->nir + 1, y);
		n++;
	}
	/* 20-42 and 50-99 stand for an unknown month [K] */
	if (nm >= 1 && nm <= 12 && nm != m) {
		diag_error(d, at, "check nir and birth_date", "NIR: digits 4-5 "
		    "'%.2s' are not the month of birth_date (%02d)", p->nir + 3,
		    m);
		n++;
	}
	return n;
}

unsigned
dpae_nir_consistency(const struct person *p, const char *dep,
    const struct dpae_places *pl, struct diag *d)
{
	struct srcpos at = people_pos(p->node, "nir");
	unsigned n = check_sex(p, &at, d) + check_birth(p, &at, d);
	int wide;

	if (dep == NULL || !p->has_birth_date ||
	    dpae_nir_place_fits(pl, p->nir, dep, p->birth_date))
		return n;
	wide = p->nir[5] == '9' && (p->nir[6] == '7' || p->nir[6] == '8');
	diag_error(d, &at, "check nir and birth_department; an older code of "
	    "the place of birth can be added to share/dpae/nir-places.yaml",
	    "NIR: digits %s '%.*s' are not the department of birth '%s'",
	    wide ? "6-8" : "6-7", wide ? 3 : 2, p->nir + 5, dep);
	return n + 1;
}
