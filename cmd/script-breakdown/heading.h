/*
 * heading.h: recognising a scene heading with the patterns of
 * headings.yaml and reading its parts: scene number, INT/EXT, set,
 * sub-sets and time of day.
 */
#ifndef SB_HEADING_H
#define SB_HEADING_H

#include <stddef.h>

#include "buf.h"
#include "rules.h"

/* A part of the heading's text; len 0 when absent. */
struct sb_span {
	size_t off, len;
};

/* What a heading pattern found. */
struct sb_heading {
	struct sb_span number, ie, time, rest;
};

/* Matches text[0..len) against the heading patterns: 1 with *h filled
 * when one matches, 0 when none does, -1 on a matching error. */
int sb_heading_match(const struct sb_rules *r, const char *text,
    size_t len, struct sb_heading *h);

/* A heading read in full. Strings are new; sb_heading_parts_free frees. */
struct sb_heading_parts {
	char *number;		/* NULL when the heading has none */
	const char *int_ext;	/* "INT", "EXT", "INT/EXT" or "" */
	char *set, *subset;	/* subset "" when none; sub-sets " - " */
	const struct sb_pattern *time;	/* NULL when none is recognised */
};

/* Reads text[0..len) with the parse h (NULL: a heading no pattern
 * matched, a forced one: the whole text is the set and its parts). */
void sb_heading_read(const struct sb_rules *r, const char *text,
    size_t len, const struct sb_heading *h, struct sb_heading_parts *p);
void sb_heading_parts_free(struct sb_heading_parts *p);

/* The time-of-day pattern that matches text[0..len), or NULL. */
const struct sb_pattern *sb_heading_time(const struct sb_rules *r,
    const char *text, size_t len);

/* Splits a trailing Fountain scene number "#12A#" off text[0..*len):
 * 1 with the number's span (inside the #s) and *len cut before it, or 0.
 * Fountain 1.1: alphanumerics, '-' and '.' between two #. */
int sb_heading_scene_number(const char *text, size_t *len,
    struct sb_span *num);

#endif
