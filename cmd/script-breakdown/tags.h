/*
 * tags.h: breakdown tags. In Fountain they are written in notes:
 *
 *	[[props: revolver, lettre; vehicles: 2CV]]
 *	[[figurants: 8 voyageurs; silhouettes: le contrôleur]]
 *
 * A note is a tag note when it starts with a category word (one to three
 * words, see categories.yaml) followed by ':' and a space or the end;
 * items are separated by ',' or ';', and an item "category: item"
 * switches the category. Production notes (notes) are split by ';' only.
 * Figurants and silhouettes may start with their number ("8 voyageurs",
 * "deux policiers"). Other notes are the writer's and are left alone.
 */
#ifndef SB_TAGS_H
#define SB_TAGS_H

#include <stddef.h>

#include "err.h"
#include "map.h"
#include "names.h"
#include "rules.h"
#include "sb.h"

/* Applies the tags of a note's text to sc (NULL before the first scene:
 * warned). Unknown categories are warned at at. Returns 1 when the note
 * holds tags, 0 when it is a plain note. known receives tagged names. */
int sb_tags_note(const struct sb_rules *r, struct sb_scene *sc,
    struct sb_known *known, const char *text, size_t len,
    const struct srcpos *at, struct diag *d);

/* Adds item[0..len) of category code (see rules.h) to sc. */
void sb_tags_add(const struct sb_rules *r, struct sb_scene *sc,
    struct sb_known *known, int code, const char *item, size_t len,
    const struct srcpos *at, struct diag *d);

#endif
