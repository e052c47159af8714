/*
 * film.c: the film's facts (film.yaml, festival-track(1) FILES): runtime,
 * completion date, genre, production countries, exhibition formats, the
 * director's earlier features, and the screenings so far, from which the
 * premiere statuses still open are derived (premiere.c).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "ft.h"
#include "utf8.h"
#include "xalloc.h"
#include "ydoc.h"

const char *const ft_kind_names[] = {
	"festival", "cinema", "tv", "online", "market", "private", NULL
};

static void
check_country(struct ynode *n, const char *s)
{
	if (!ft_is_country(s))
		ynode_error(n, "use the ISO 3166 code of two capital letters, "
		    "such as FR", "'%s' is not a country code", s);
}

static void
parse_screening(struct ft_screening *sc, struct ynode *n)
{
	int kind = FT_SHOW_N;

	sc->at = ynode_pos(n);
	sc->international = -1;
	sc->day = FT_NO_DAY;
	(void)ynode_date(n, "date", Y_REQUIRED, &sc->day);
	(void)ynode_enum(n, "kind", Y_REQUIRED, ft_kind_names, &kind);
	sc->kind = (enum ft_kind)kind;	/* FT_SHOW_N when bad */
	if (ynode_str(n, "country", Y_REQUIRED, &sc->country) > 0)
		check_country(ynode_get(n, "country"), sc->country);
	(void)ynode_str(n, "city", 0, &sc->city);
	(void)ynode_str(n, "event", 0, &sc->event);
	(void)ynode_str(n, "festival", 0, &sc->festival);
	(void)ynode_bool(n, "international", 0, &sc->international);
	if (ynode_bool(n, "geoblocked", 0, &sc->geoblocked) > 0 &&
	    sc->kind != FT_SHOW_ONLINE && sc->kind != FT_SHOW_N)
		ynode_error(ynode_get(n, "geoblocked"), "only an online "
		    "screening is geo-blocked", "'geoblocked' on a %s "
		    "screening", ft_kind_names[sc->kind]);
	(void)ynode_get(n, "notes");
	ynode_check_unknown(n);
}

static void
parse_screenings(struct ft_film *film, struct ynode *root)
{
	struct ynode *seq;
	size_t i;

	if (ynode_seq(root, "screenings", 0, &seq) <= 0)
		return;
	film->shows = xcalloc(ynode_len(seq) + 1, sizeof *film->shows);
	for (i = 0; i < ynode_len(seq); i++)
		parse_screening(&film->shows[film->nshows++],
		    ynode_item(seq, i));
}

static void
parse_director(struct ft_film *film, struct ynode *root)
{
	struct ynode *dir;
	long long n;

	if (ynode_map(root, "director", 0, &dir) <= 0)
		return;
	(void)ynode_str(dir, "name", 0, &film->director);
	if (ynode_int(dir, "features", 0, &n) > 0) {
		if (n < 0 || n > 99)
			ynode_error(ynode_get(dir, "features"), "the number "
			    "of features the director made before this film",
			    "'%lld' is not a number of features", n);
		else
			film->features = (int)n;
	}
	ynode_check_unknown(dir);
}

/* "les-heures-creuses" from "Les Heures creuses": calendar UIDs. */
static char *
slug(const char *title)
{
	char *s = utf8_fold_upper_ascii(title), *p, *q;

	for (p = q = s; *p != '\0'; p++)
		if (isalnum((unsigned char)*p))
			*q++ = (char)tolower((unsigned char)*p);
		else if (q > s && q[-1] != '-')
			*q++ = '-';
	while (q > s && q[-1] == '-')
		q--;
	*q = '\0';
	return s;
}

static void
parse_runtime(struct ft_film *film, struct ynode *root)
{
	const char *s;

	if (ynode_str(root, "runtime", Y_REQUIRED, &s) <= 0)
		return;
	if ((film->runtime = ft_runtime_parse(s)) <= 0)
		ynode_error(ynode_get(root, "runtime"), "write minutes, or "
		    "minutes:seconds, such as 19 or 18:40",
		    "'%s' is not a runtime", s);
}

static void
parse_film(struct ft_film *film, struct ynode *root)
{
	int genre = 0;

	(void)ynode_str(root, "title", Y_REQUIRED, &film->title);
	if (ynode_str(root, "id", 0, &film->id) <= 0 && film->title != NULL)
		film->id = film->id_owned = slug(film->title);
	parse_runtime(film, root);
	(void)ynode_date(root, "completed", Y_REQUIRED, &film->completed);
	if (ynode_enum(root, "genre", Y_REQUIRED, ft_genre_names, &genre) > 0)
		film->genre = (enum ft_genre)genre;
	ft_get_list(root, "countries", Y_REQUIRED, 1, &film->countries,
	    &film->ncountries);
	ft_get_list(root, "formats", 0, 0, &film->formats, &film->nformats);
	(void)ynode_bool(root, "student", 0, &film->student);
	parse_director(film, root);
	parse_screenings(film, root);
	(void)ynode_get(root, "notes");
	ynode_check_unknown(root);
}

int
ft_film_load(struct ft_film *film, const char *path, struct diag *diag)
{
	return ft_film_read(film, ydoc_load(path, diag));
}

int
ft_film_read(struct ft_film *film, struct ydoc *doc)
{
	struct ynode *root;

	memset(film, 0, sizeof *film);
	film->features = -1;
	film->completed = FT_NO_DAY;
	if ((film->doc = doc) == NULL)
		return -1;
	root = ydoc_root(film->doc);
	if (ynode_kind(root) != YNODE_MAP) {
		ynode_error(root, "see festival-track(1), FILES", "expected "
		    "a map with the film's 'title', 'runtime', 'completed'...");
		return -1;
	}
	parse_film(film, root);
	if (ynode_get(root, "countries") != NULL &&
	    ynode_kind(ynode_get(root, "countries")) == YNODE_SEQ &&
	    ynode_len(ynode_get(root, "countries")) == 0)
		ynode_error(ynode_get(root, "countries"), NULL, "a film has "
		    "one production country at least");
	return 0;
}

unsigned
ft_film_check(struct ft_film *film, const struct ft_db *db,
    struct diag *diag)
{
	unsigned before = diag->errors;
	struct ft_screening *sc;
	const struct ft_festival *f;
	size_t i;

	for (i = 0; i < film->nshows; i++) {
		sc = &film->shows[i];
		f = sc->festival != NULL ? ft_db_find(db, sc->festival) : NULL;
		if (sc->festival != NULL && f == NULL) {
			diag_error(diag, &sc->at, "name a festival of the "
			    "database by its id, or give 'event' and "
			    "'international'", "unknown festival '%s'",
			    sc->festival);
			continue;
		}
		if (f != NULL && sc->international < 0)
			sc->international = f->international;
		if (f != NULL && sc->event == NULL)
			sc->event = f->name;
		if (sc->kind == FT_SHOW_FESTIVAL && sc->international < 0 &&
		    f == NULL)
			diag_error(diag, &sc->at, "add 'international: true' "
			    "when it shows films from several countries, "
			    "else false", "a festival screening needs "
			    "'international'");
	}
	return diag->errors - before;
}

int
ft_film_from(const struct ft_film *film, const char *country)
{
	size_t i;

	for (i = 0; i < film->ncountries; i++)
		if (strcmp(film->countries[i], country) == 0)
			return 1;
	return 0;
}

void
ft_film_free(struct ft_film *film)
{
	free(film->countries);
	free(film->formats);
	free(film->shows);
	free(film->id_owned);
	ydoc_free(film->doc);
	memset(film, 0, sizeof *film);
}
