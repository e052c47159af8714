/*
 * dbcheck.c: the checks on the festival database that need every layer
 * loaded: time zones against the system database, continents, the
 * sections a deadline names, the currency its fees need, and two
 * deadlines that would be the same calendar event.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ft.h"
#include "tz.h"
#include "xalloc.h"

#define TZ_HINT "zones are the names under /usr/share/zoneinfo, such as " \
	"Europe/Paris or America/Los_Angeles"

static void
check_zone(struct diag *diag, const char *zone, const struct srcpos *at)
{
	if (!ft_tz_known(zone))
		diag_error(diag, at, TZ_HINT, "unknown time zone '%s'", zone);
}

static void
check_continent(const struct ft_db *db, const struct ft_festival *f,
    struct diag *diag)
{
	struct buf ids = BUF_INIT;
	size_t i;

	if (f->continent == NULL || ft_db_continent(db, f->continent) != NULL)
		return;
	for (i = 0; i < db->ncontinents; i++)
		buf_addf(&ids, "%s%s", i ? ", " : "known continents: ",
		    db->continents[i].id);
	diag_error(diag, &f->continent_at, ids.len ? buf_str(&ids) : NULL,
	    "unknown continent '%s'", f->continent);
	buf_free(&ids);
}

static int
is_currency(const char *s)
{
	return strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' &&
	    s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

static void
check_sections_named(const struct ft_festival *f,
    const struct ft_deadline *d, struct diag *diag)
{
	size_t i;

	for (i = 0; i < d->nsections; i++)
		if (ft_festival_section(f, d->sections[i]) == NULL)
			diag_error(diag, &d->sections_at, "a deadline names "
			    "the ids of the festival's sections",
			    "unknown section '%s' of festival '%s'",
			    d->sections[i], f->id);
}

/* 1 when a and b are for one section at least. */
static int
overlap(const struct ft_festival *f, const struct ft_deadline *a,
    const struct ft_deadline *b)
{
	size_t i;

	if (a->nsections == 0 || b->nsections == 0)
		return 1;
	for (i = 0; i < f->nsections; i++)
		if (ft_deadline_for(a, f->sections[i].id) &&
		    ft_deadline_for(b, f->sections[i].id))
			return 1;
	return 0;
}

static void
check_deadline(const struct ft_festival *f, const struct ft_edition *e,
    size_t k, struct diag *diag)
{
	struct ft_deadline *d = &e->deadlines[k];
	size_t j;

	if (d->tz != NULL)
		check_zone(diag, d->tz, &d->tz_at);
	check_sections_named(f, d, diag);
	if (d->nfees > 0 && f->currency == NULL)
		diag_error(diag, &d->at, "add 'currency: EUR' (or the "
		    "festival's currency) to the festival", "a fee needs the "
		    "currency of festival '%s'", f->id);
	for (j = 0; j < k; j++)
		if (d->tier != NULL && e->deadlines[j].tier != NULL &&
		    strcmp(d->tier, e->deadlines[j].tier) == 0 &&
		    overlap(f, d, &e->deadlines[j]))
			diag_error(diag, &d->at, "give each deadline of a "
			    "section its own tier, or list its sections",
			    "a second '%s' deadline for the same sections "
			    "of '%s' %d", d->tier, f->id, e->year);
}

/* Deadlines without a zone of their own take the festival's. */
static void
inherit_zones(struct ft_festival *f)
{
	size_t i, k;

	for (i = 0; i < f->neditions; i++)
		for (k = 0; k < f->editions[i]->ndeadlines; k++)
			if (f->editions[i]->deadlines[k].tz == NULL) {
				f->editions[i]->deadlines[k].tz = f->tz;
				f->editions[i]->deadlines[k].tz_at = f->tz_at;
			}
}

static void
check_festival(const struct ft_db *db, struct ft_festival *f,
    struct diag *diag)
{
	size_t i, k;
	const struct ft_section *s;

	if (f->tz != NULL)
		check_zone(diag, f->tz, &f->tz_at);
	check_continent(db, f, diag);
	if (f->currency != NULL && !is_currency(f->currency))
		diag_error(diag, &f->currency_at, "use the ISO 4217 code, "
		    "such as EUR",
		    "'%s' is not a currency code", f->currency);
	for (i = 0; i < f->nsections; i++) {
		s = &f->sections[i];
		if (s->runtime_max >= 0 && s->runtime_min > s->runtime_max)
			diag_error(diag, &s->at, NULL, "section '%s' has a "
			    "minimum runtime above its maximum", s->id);
	}
	ft_editions_sort(f);
	for (i = 0; i < f->neditions && f->nsections == 0; i++)
		if (f->editions[i]->ndeadlines > 0) {
			diag_error(diag, &f->at, "a deadline is for sections: "
			    "add one, such as '- {id: competition, name: "
			    "Competition}'", "festival '%s' has deadlines but "
			    "no section", f->id);
			break;
		}
	for (i = 0; i < f->neditions; i++)
		for (k = 0; k < f->editions[i]->ndeadlines; k++)
			check_deadline(f, f->editions[i], k, diag);
	inherit_zones(f);
}

static int
by_id(const void *a, const void *b)
{
	return strcmp((*(struct ft_festival *const *)a)->id,
	    (*(struct ft_festival *const *)b)->id);
}

/* The festivals by id, for ft_db_find's binary search. */
static void
make_index(struct ft_db *db)
{
	size_t i;

	free(db->index);
	db->index = xcalloc(db->nfests + 1, sizeof *db->index);
	for (i = 0; i < db->nfests; i++)
		db->index[i] = &db->fests[i];
	db->nindex = db->nfests;
	if (db->nindex > 0)
		qsort(db->index, db->nindex, sizeof *db->index, by_id);
}

unsigned
ft_db_check(struct ft_db *db, struct diag *diag)
{
	unsigned before = diag->errors;
	size_t i;

	for (i = 0; i < db->nfests; i++)
		check_festival(db, &db->fests[i], diag);
	make_index(db);
	return diag->errors - before;
}
