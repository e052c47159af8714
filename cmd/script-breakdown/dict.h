/*
 * dict.h: the optional dictionary (-d): for each category, words or
 * PCRE2 patterns that suggest an element when the action contains them,
 * and under "ignore" the capitalised words of this script that are not
 * characters. A suggestion is marked as such, apart from tagged elements:
 *
 *	props: [baguette, 'sacs? de farine', pétrin]
 *	vehicles: [bus, scooter]
 *	ignore: [RATP]
 */
#ifndef SB_DICT_H
#define SB_DICT_H

#include <stddef.h>

#include "err.h"
#include "map.h"
#include "re.h"
#include "rules.h"
#include "sb.h"

struct sb_dict_cat {
	int code;		/* category code (rules.h) */
	struct re *re;		/* all its entries as one pattern */
};

struct sb_dict {
	struct sb_dict_cat *cats;
	size_t ncats;
	struct sb_map ignore;	/* folded words */
};

/* Loads path; problems are reported into d. Returns 0, or -1. */
int sb_dict_load(struct sb_dict *dict, const char *path,
    const struct sb_rules *r, struct diag *d);
void sb_dict_free(struct sb_dict *dict);

/* Adds to sc->suggestions each entry found in s[0..len), as "id: text"
 * with the category code in its count. */
void sb_dict_scan(const struct sb_dict *dict, const struct sb_rules *r,
    const char *s, size_t len, struct sb_scene *sc);

#endif
