/*
 * premiere.c: the premiere statuses a film still has at a festival,
 * derived from its screenings before the festival starts (festivals.md
 * §1.5, after the Locarno FAQ and IFFR's rules):
 *
 *   world          no public screening anywhere, online included; private
 *                  cast-and-crew screenings and markets do not count
 *   international  none outside the production countries; an online
 *                  screening geo-blocked to a production country keeps it
 *   continental    none on the festival's continent
 *   national       none in the festival's country
 *
 * An online screening without geo-blocking counts everywhere; a
 * geo-blocked one counts in its country.
 */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "elig.h"
#include "xalloc.h"

static int
on_continent(const struct ft_continent *k, const char *country)
{
	size_t i;

	for (i = 0; i < k->ncountries; i++)
		if (strcmp(k->countries[i], country) == 0)
			return 1;
	return 0;
}

/* 1 when show uses up premiere p at festival f for film. */
static int
spends(const struct ft_show *sh, enum ft_premiere p,
    const struct ft_festival *f, const struct ft_continent *k,
    const struct ft_film *film)
{
	switch (p) {
	case FT_PREM_WORLD:
		return 1;
	case FT_PREM_INTERNATIONAL:
		return sh->everywhere || !ft_film_from(film, sh->country);
	case FT_PREM_CONTINENTAL:
		return sh->everywhere || (k != NULL &&
		    on_continent(k, sh->country));
	case FT_PREM_NATIONAL:
		return sh->everywhere || (f->country != NULL &&
		    strcmp(f->country, sh->country) == 0);
	default:
		return 0;
	}
}

/* The first of the n shows that spends p, or NULL. */
const struct ft_show *
ft_premiere_spent(const struct ft_show *shows, size_t n, enum ft_premiere p,
    const struct ft_festival *f, const struct ft_continent *k,
    const struct ft_film *film)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (spends(&shows[i], p, f, k, film))
			return &shows[i];
	return NULL;
}

/* The best premiere still open: world, international, continental,
 * national, in that order of value. */
enum ft_premiere
ft_premiere_open(const struct ft_show *shows, size_t n,
    const struct ft_festival *f, const struct ft_continent *k,
    const struct ft_film *film)
{
	static const enum ft_premiere order[] = { FT_PREM_WORLD,
		FT_PREM_INTERNATIONAL, FT_PREM_CONTINENTAL, FT_PREM_NATIONAL };
	size_t i;

	for (i = 0; i < sizeof order / sizeof order[0]; i++) {
		if (order[i] == FT_PREM_CONTINENTAL && k == NULL)
			continue;
		if (ft_premiere_spent(shows, n, order[i], f, k, film) == NULL)
			return order[i];
	}
	return FT_PREM_NONE;
}

/* "Festival X (2026-11-14, FR)", "Y (2026-11-20, FR, online)" */
void
ft_show_describe(struct buf *b, const struct ft_show *sh)
{
	char d[DATE_BUFSZ];

	buf_addf(b, "%s (%s, %s%s)", sh->event != NULL ? sh->event :
	    "a screening", date_format(d, sh->day), sh->country,
	    sh->kind != FT_SHOW_ONLINE ? "" : sh->everywhere ? ", online" :
	    ", online, geo-blocked");
}

int
ft_show_at(const struct ft_festival *f, const struct ft_edition *e,
    struct ft_show *out)
{
	if (e == NULL || e->start == FT_NO_DAY || f->country == NULL)
		return -1;
	memset(out, 0, sizeof *out);
	out->day = e->start;
	out->country = f->country;
	out->event = f->name;
	out->kind = FT_SHOW_FESTIVAL;
	out->international = f->international;
	return 0;
}

static int
is_public(enum ft_kind k)
{
	return k != FT_SHOW_PRIVATE && k != FT_SHOW_MARKET;
}

static void
add_show(struct ft_ctx *c, size_t *cap, const struct ft_show *sh)
{
	xgrow(&c->shows, cap, c->nshows + 1, sizeof *c->shows);
	c->shows[c->nshows++] = *sh;
}

/* The selections of the log: a selected film screens at the festival. */
static void
add_selections(struct ft_ctx *c, size_t *cap)
{
	struct ft_show sh;
	size_t i;

	for (i = 0; i < c->log->nsubs; i++) {
		const struct ft_sub *s = &c->log->subs[i];
		enum ft_status st = ft_sub_status(s);
		struct ft_festival *f = (struct ft_festival *)s->fest;

		if ((st == FT_ST_SELECTED || st == FT_ST_AWARDED) &&
		    ft_show_at(f, ft_edition(f, s->year), &sh) == 0)
			add_show(c, cap, &sh);
	}
}

void
ft_ctx_shows(struct ft_ctx *c)
{
	const struct ft_screening *sc;
	struct ft_show sh;
	size_t i, cap = 0;

	for (i = 0; i < c->film->nshows; i++) {
		sc = &c->film->shows[i];
		if (!is_public(sc->kind))
			continue;
		memset(&sh, 0, sizeof sh);
		sh.day = sc->day;
		sh.country = sc->country;
		sh.event = sc->event != NULL ? sc->event : sc->city;
		sh.kind = sc->kind;
		sh.everywhere = sc->kind == FT_SHOW_ONLINE && !sc->geoblocked;
		sh.international = sc->international > 0;
		add_show(c, &cap, &sh);
	}
	add_selections(c, &cap);
}

void
ft_ctx_free(struct ft_ctx *c)
{
	free(c->shows);
	c->shows = NULL;
	c->nshows = 0;
}
