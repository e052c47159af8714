/*
 * elig.h: whether the film may enter a section, and why not.
 *
 * The premiere statuses still open are derived from the screening history
 * (film.yaml), together with the selections of the log, each counted as a
 * screening on the first day of its festival; nothing stores them.
 */
#ifndef CINEPROD_FT_ELIG_H
#define CINEPROD_FT_ELIG_H

#include "buf.h"
#include "ft.h"

/* Everything a report needs. */
struct ft_ctx {
	struct ft_db *db;
	struct ft_film *film;
	struct ft_log *log;
	int64_t now;		/* UTC second the report is made at */
	int32_t today;		/* the user's day at that second */
	int confirmed;		/* leave estimated deadlines out */
	struct ft_show *shows;	/* screenings so far and selections */
	size_t nshows;
};

enum ft_verdict { FT_NO, FT_MAYBE, FT_YES };

extern const char *const ft_verdict_names[];	/* "no", "check", "yes" */

struct ft_show;

/* A screening that uses up premieres. */
struct ft_show {
	int32_t day;
	const char *country;
	const char *event;
	enum ft_kind kind;
	int everywhere;		/* online without geo-blocking */
	int international;	/* at an international festival */
};

struct ft_elig {
	enum ft_verdict verdict;
	enum ft_premiere open;	/* the best premiere still open there */
	struct buf why;		/* the reasons, joined by "; " */
};

/* Checks section s of edition e of festival f for the film; extra, when
 * not NULL, is one more screening to assume (a selection elsewhere).
 * out->why is the caller's to free (buf_free). */
void ft_eligible(const struct ft_ctx *c, const struct ft_festival *f,
    const struct ft_edition *e, const struct ft_section *s,
    const struct ft_show *extra, struct ft_elig *out);
/* Gathers c->shows: the film's public screenings and the selections of
 * the log (freed by ft_ctx_free). */
void ft_ctx_shows(struct ft_ctx *c);
void ft_ctx_free(struct ft_ctx *c);
/* The screening a selection at f in edition e would be: its first day,
 * in its country. 0, or -1 when the edition's dates are unknown. */
int ft_show_at(const struct ft_festival *f, const struct ft_edition *e,
    struct ft_show *out);
/* premiere.c: the first of the n shows that uses up premiere p at f
 * (k: f's continent, NULL when unknown), or NULL. */
const struct ft_show *ft_premiere_spent(const struct ft_show *shows,
    size_t n, enum ft_premiere p, const struct ft_festival *f,
    const struct ft_continent *k, const struct ft_film *film);
/* The most valuable premiere still open at f. */
enum ft_premiere ft_premiere_open(const struct ft_show *shows, size_t n,
    const struct ft_festival *f, const struct ft_continent *k,
    const struct ft_film *film);
/* Appends "Event (2026-11-14, FR)" to b. */
void ft_show_describe(struct buf *b, const struct ft_show *sh);

/* The section's rank: its own, else the festival's. */
int ft_section_rank(const struct ft_festival *f, const struct ft_section *s);

#endif
