/*
 * names.h: characters. A cue names who speaks; the action names who is
 * seen: a character introduced in capitals ("MATHILDE, 32 ans"), a group
 * of extras in capitals ("HUIT VOYAGEURS", "MANY OTHER PATRONS"), or a
 * character already known, written as a name ("Mathilde", "la voisine").
 */
#ifndef SB_NAMES_H
#define SB_NAMES_H

#include <stddef.h>

#include "buf.h"
#include "map.h"
#include "rules.h"
#include "sb.h"

/* The name of a cue: the text before the first '(' (extensions such as
 * (V.O.), (CONT'D) dropped), without a leading '@' or a trailing '^',
 * with ’ as ', spaces collapsed. afterwriting-labs@f1912c08
 * js/utils/fountain/helpers.js name() [V]; screenplay.md §1.4 (c).
 * Appends to out; returns the length appended (0: no name). */
size_t sb_cue_name(struct buf *out, const char *s, size_t len);

/* The characters known so far: folded name -> display name (ptr). */
struct sb_known {
	struct sb_map map;
	struct sb_map firsts;		/* first words of names of several */
	unsigned gen;			/* names added so far */
	struct sb_map words;		/* words met in capitals (names.c) */
	struct sb_map raw;		/* names as given, already known */
	struct sb_map codes;		/* tag words as written -> code */
};

void sb_known_free(struct sb_known *k);

/* Scans a line of action for characters and extras: capitals that are
 * not in the rules' not_characters (nor in ignore, may be NULL) become
 * known characters and are added to sc->mentioned (groups of extras to
 * sc->figurants, with their number when written), and known characters
 * written as names are added to sc->mentioned. known grows as
 * characters appear. */
void sb_names_scan(const struct sb_rules *r, const struct sb_map *ignore,
    struct sb_known *known, const char *s, size_t len, struct sb_scene *sc);

/* Remembers name (a cue's name) as a known character. */
void sb_names_know(const struct sb_rules *r, struct sb_known *known,
    const char *name, size_t len);

#endif
