/*
 * db.c: the festival database (festivals(5)) read from YAML files in
 * layers: the seed in share/festivals.yaml first, then the user's files.
 * A festival, section, continent or edition already known by its id (or
 * year) takes the values a later file gives and keeps the others, so a
 * user file can correct one deadline or one rule without copying the rest.
 */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "ft.h"
#include "xalloc.h"
#include "ydoc.h"

const char *const ft_premiere_names[] = {
	"none", "national", "continental", "international", "world", NULL
};
const char *const ft_prior_names[] = {
	"any", "national", "home", "none", NULL
};
const char *const ft_genre_names[] = {
	"fiction", "documentary", "animation", "experimental", NULL
};
static const char *const origin_names[] = {
	"any", "home", "foreign", NULL
};
static const char *const student_names[] = {
	"allowed", "only", "excluded", NULL
};

long
ft_runtime_parse(const char *s)
{
	long min = 0, sec = 0;
	size_t i = 0, n;

	for (n = 0; s[i] >= '0' && s[i] <= '9' && n < 5; i++, n++)
		min = min * 10 + (s[i] - '0');
	if (n == 0)
		return -1;
	if (s[i] == ':') {
		if (!(s[i + 1] >= '0' && s[i + 1] <= '5') ||
		    !(s[i + 2] >= '0' && s[i + 2] <= '9'))
			return -1;
		sec = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
		i += 3;
	}
	return s[i] == '\0' ? min * 60 + sec : -1;
}

char *
ft_runtime_format(char buf[FT_RUNTIME_BUFSZ], long seconds)
{
	snprintf(buf, FT_RUNTIME_BUFSZ, "%ld:%02ld", seconds / 60,
	    seconds % 60);
	return buf;
}

/* A runtime value of map[key] into *out (seconds); absent leaves it. */
static void
get_runtime(struct ynode *map, const char *key, long *out)
{
	const char *s;
	long v;

	if (ynode_str(map, key, 0, &s) <= 0)
		return;
	if ((v = ft_runtime_parse(s)) < 0) {
		ynode_error(ynode_get(map, key), "write minutes, or "
		    "minutes:seconds, such as 15 or 14:30",
		    "'%s' is not a runtime", s);
		return;
	}
	*out = v;
}

/* A country code at map[key]; required when req. */
static void
get_country(struct ynode *map, const char *key, unsigned flags,
    const char **out)
{
	const char *s;

	if (ynode_str(map, key, flags, &s) <= 0)
		return;
	if (!ft_is_country(s)) {
		ynode_error(ynode_get(map, key), "use the ISO 3166 code of "
		    "two capital letters, such as FR", "'%s' is not a country "
		    "code", s);
		return;
	}
	*out = s;
}

static void
parse_continent(struct ft_db *db, struct ynode *n)
{
	const char *id;
	struct ft_continent *c = NULL;
	size_t i;

	if (ynode_str(n, "id", Y_REQUIRED, &id) <= 0)
		return;
	for (i = 0; i < db->ncontinents; i++)
		if (strcmp(db->continents[i].id, id) == 0)
			c = &db->continents[i];
	if (c == NULL) {
		db->continents = xreallocarray(db->continents,
		    db->ncontinents + 1, sizeof *db->continents);
		c = &db->continents[db->ncontinents++];
		memset(c, 0, sizeof *c);
		c->id = c->name = id;
		c->at = ynode_pos(n);
	}
	(void)ynode_str(n, "name", 0, &c->name);
	ft_get_list(n, "countries", 0, 1, &c->countries, &c->ncountries);
	(void)ynode_get(n, "source");
	ynode_check_unknown(n);
}

/* --- sections ------------------------------------------------------------ */

static void
get_genres(struct ynode *map, unsigned *out)
{
	struct ynode *seq;
	size_t i;
	int g;

	if (ynode_seq(map, "genres", 0, &seq) <= 0)
		return;
	*out = 0;
	for (i = 0; i < ynode_len(seq); i++)
		if (ynode_as_enum(ynode_item(seq, i), ft_genre_names, &g) == 0)
			*out |= 1u << g;
}

static void
get_int_range(struct ynode *map, const char *key, long lo, long hi,
    int *out)
{
	long long v;

	if (ynode_int(map, key, 0, &v) <= 0)
		return;
	if (v < lo || v > hi) {
		ynode_error(ynode_get(map, key), NULL,
		    "'%s' should be from %ld to %ld", key, lo, hi);
		return;
	}
	*out = (int)v;
}

static void
get_enum(struct ynode *map, const char *key, const char *const *names,
    int *out)
{
	int v;

	if (ynode_enum(map, key, 0, names, &v) > 0)
		*out = v;
}

/* The rules of a section (festivals(5), SECTIONS). */
static void
parse_section_rules(struct ft_section *s, struct ynode *n)
{
	int v;

	get_runtime(n, "runtime_min", &s->runtime_min);
	get_runtime(n, "runtime_max", &s->runtime_max);
	get_genres(n, &s->genres);
	ft_get_list(n, "formats", 0, 0, &s->formats, &s->nformats);
	v = (int)s->premiere;
	get_enum(n, "premiere", ft_premiere_names, &v);
	s->premiere = (enum ft_premiere)v;
	v = (int)s->premiere_home;
	get_enum(n, "premiere_home", ft_premiere_names, &v);
	s->premiere_home = (enum ft_premiere)v;
	v = (int)s->prior;
	get_enum(n, "prior_festivals", ft_prior_names, &v);
	s->prior = (enum ft_prior)v;
	v = (int)s->prior_home;
	get_enum(n, "prior_festivals_home", ft_prior_names, &v);
	s->prior_home = (enum ft_prior)v;
	(void)ynode_bool(n, "no_online", 0, &s->no_online);
	get_int_range(n, "completed_within", 1, 120, &s->completed_within);
	get_int_range(n, "director_features_max", 0, 99, &s->features_max);
	v = (int)s->origin;
	get_enum(n, "origin", origin_names, &v);
	s->origin = (enum ft_origin)v;
	v = (int)s->student;
	get_enum(n, "student", student_names, &v);
	s->student = (enum ft_student)v;
	get_int_range(n, "rank", 1, 9, &s->rank);
}

static struct ft_section *
new_section(struct ft_festival *f, const char *id, struct ynode *n)
{
	struct ft_section *s;

	f->sections = xreallocarray(f->sections, f->nsections + 1,
	    sizeof *f->sections);
	s = &f->sections[f->nsections++];
	memset(s, 0, sizeof *s);
	s->id = s->name = id;
	s->runtime_min = s->runtime_max = -1;
	s->features_max = -1;
	s->premiere_home = FT_PREM_N;	/* the same as premiere */
	s->prior_home = FT_PRIOR_N;
	s->at = ynode_pos(n);
	return s;
}

static void
parse_section(struct ft_festival *f, struct ynode *n)
{
	const char *id;
	struct ft_section *s;

	if (ynode_str(n, "id", Y_REQUIRED, &id) <= 0)
		return;
	s = (struct ft_section *)ft_festival_section(f, id);
	if (s == NULL)
		s = new_section(f, id, n);
	(void)ynode_str(n, "name", 0, &s->name);
	parse_section_rules(s, n);
	(void)ynode_get(n, "source");
	(void)ynode_get(n, "confidence");
	(void)ynode_get(n, "notes");
	ynode_check_unknown(n);
}

/* The id of a list item, or NULL. */
static const char *
item_id(struct ynode *it)
{
	struct ynode *id;

	if (ynode_kind(it) != YNODE_MAP || (id = ynode_get(it, "id")) == NULL ||
	    ynode_kind(id) != YNODE_SCALAR)
		return NULL;
	return ynode_text(id, NULL);
}

/* Reports each item of seq with the id of an item above it: "section
 * 'x' appears twice in festival 'y'". In one file an id is given once;
 * across files a later one overrides. */
static void
check_twice(struct ynode *seq, const char *kind, const char *where)
{
	size_t i, j;
	const char *a, *b;

	for (i = 1; i < ynode_len(seq); i++) {
		if ((a = item_id(ynode_item(seq, i))) == NULL)
			continue;
		for (j = 0; j < i; j++)
			if ((b = item_id(ynode_item(seq, j))) != NULL &&
			    strcmp(a, b) == 0) {
				ynode_error(ynode_item(seq, i), NULL, "%s '%s' "
				    "appears twice %s", kind, a, where);
				break;
			}
	}
}

static void
parse_sections(struct ft_festival *f, struct ynode *seq)
{
	char *where = xasprintf("in festival '%s'", f->id);
	size_t i;

	check_twice(seq, "section", where);
	free(where);
	for (i = 0; i < ynode_len(seq); i++)
		parse_section(f, ynode_item(seq, i));
}

const struct ft_section *
ft_festival_section(const struct ft_festival *f, const char *id)
{
	size_t i;

	for (i = 0; i < f->nsections; i++)
		if (strcmp(f->sections[i].id, id) == 0)
			return &f->sections[i];
	return NULL;
}

/* --- deadlines and editions ---------------------------------------------- */

static void
parse_fee_line(struct ft_fee *fee, struct ynode *n)
{
	fee->min = 0;
	fee->max = -1;
	fee->student = -1;
	get_runtime(n, "runtime_min", &fee->min);
	get_runtime(n, "runtime_max", &fee->max);
	get_enum(n, "origin", origin_names, &fee->origin);
	(void)ynode_bool(n, "student", 0, &fee->student);
	(void)ynode_money(n, "fee", Y_REQUIRED, &fee->cents);
	ynode_check_unknown(n);
}

/* fee: 75, or fees: a list of {runtime_min, runtime_max, fee}. */
static void
parse_fees(struct ft_deadline *d, struct ynode *n)
{
	struct ynode *seq;
	int64_t c;
	size_t i;

	if (ynode_money(n, "fee", 0, &c) > 0) {
		d->fees = xcalloc(1, sizeof *d->fees);
		d->fees[0] = (struct ft_fee){ 0, -1, FT_ORIGIN_ANY, -1, c };
		d->nfees = 1;
	}
	if (ynode_seq(n, "fees", 0, &seq) <= 0)
		return;
	if (d->nfees > 0) {
		ynode_error(ynode_get(n, "fees"), "keep one of them",
		    "a deadline has either 'fee' or 'fees'");
		return;
	}
	d->fees = xcalloc(ynode_len(seq) + 1, sizeof *d->fees);
	for (i = 0; i < ynode_len(seq); i++)
		parse_fee_line(&d->fees[d->nfees++], ynode_item(seq, i));
}

static void
parse_deadline(struct ft_deadline *d, struct ynode *n)
{
	const char *s, *why;
	struct ynode *t;

	d->minutes = FT_END_OF_DAY;
	d->day = FT_NO_DAY;
	d->checked = FT_NO_DAY;
	d->at = ynode_pos(n);
	(void)ynode_str(n, "tier", Y_REQUIRED, &d->tier);
	(void)ynode_date(n, "date", Y_REQUIRED, &d->day);
	if (ynode_str(n, "time", 0, &s) > 0 &&
	    time_parse(s, &d->minutes, &why) < 0) {
		t = ynode_get(n, "time");
		ynode_error(t, "write HH:MM, 24:00 for the end of the day",
		    "'%s' is not a time: %s", s, why);
	}
	if (ynode_str(n, "tz", 0, &d->tz) > 0)
		d->tz_at = ynode_pos(ynode_get(n, "tz"));
	ft_get_list(n, "sections", 0, 0, &d->sections, &d->nsections);
	if (d->nsections > 0)
		d->sections_at = ynode_pos(ynode_get(n, "sections"));
	parse_fees(d, n);
	(void)ynode_str(n, "source", Y_REQUIRED, &d->source);
	(void)ynode_date(n, "checked", Y_REQUIRED, &d->checked);
	(void)ynode_str(n, "confidence", 0, &d->confidence);
	(void)ynode_get(n, "notes");
	ynode_check_unknown(n);
}

static void
free_deadlines(struct ft_edition *e)
{
	size_t i;

	if (!e->from_year)
		for (i = 0; i < e->ndeadlines; i++) {
			free(e->deadlines[i].sections);
			free(e->deadlines[i].fees);
		}
	free(e->deadlines);
	e->deadlines = NULL;
	e->ndeadlines = 0;
}

static void
parse_deadlines(struct ft_edition *e, struct ynode *seq)
{
	size_t i;

	free_deadlines(e);
	e->deadlines = xcalloc(ynode_len(seq) + 1, sizeof *e->deadlines);
	for (i = 0; i < ynode_len(seq); i++)
		parse_deadline(&e->deadlines[e->ndeadlines++],
		    ynode_item(seq, i));
}

static void
get_date(struct ynode *n, const char *key, int32_t *out)
{
	(void)ynode_date(n, key, 0, out);
}

static struct ft_edition *
find_edition(struct ft_festival *f, int year)
{
	size_t i;

	for (i = 0; i < f->neditions; i++)
		if (f->editions[i]->year == year)
			return f->editions[i];
	return NULL;
}

static void
parse_edition(struct ft_festival *f, struct ynode *n)
{
	long long year;
	struct ft_edition *e;
	struct ynode *seq;

	if (ynode_int(n, "year", Y_REQUIRED, &year) <= 0)
		return;
	if (year < 1900 || year > 2200) {
		ynode_error(ynode_get(n, "year"), "the year the festival "
		    "takes place, such as 2027", "'%lld' is not a festival "
		    "year", year);
		return;
	}
	if ((e = find_edition(f, (int)year)) == NULL) {
		e = xcalloc(1, sizeof *e);
		e->year = (int)year;
		e->start = e->end = e->notification = FT_NO_DAY;
		e->completed_after = FT_NO_DAY;
		xgrow(&f->editions, &f->capeditions, f->neditions + 1,
		    sizeof *f->editions);
		f->editions[f->neditions++] = e;
	}
	e->at = ynode_pos(n);
	get_date(n, "start", &e->start);
	get_date(n, "end", &e->end);
	get_date(n, "notification", &e->notification);
	get_date(n, "completed_after", &e->completed_after);
	if (ynode_seq(n, "deadlines", 0, &seq) > 0)
		parse_deadlines(e, seq);
	(void)ynode_get(n, "source");
	(void)ynode_get(n, "confidence");
	(void)ynode_get(n, "notes");
	ynode_check_unknown(n);
}

/* --- festivals ----------------------------------------------------------- */

static struct ft_festival *
new_festival(struct ft_db *db, const char *id, struct ynode *n)
{
	struct ft_festival *f;

	db->fests = xreallocarray(db->fests, db->nfests + 1,
	    sizeof *db->fests);
	f = &db->fests[db->nfests++];
	memset(f, 0, sizeof *f);
	f->id = f->name = id;
	f->rank = 3;
	f->international = 1;
	f->resubmission = 1;
	f->at = ynode_pos(n);
	return f;
}

static void
parse_festival_facts(struct ft_festival *f, struct ynode *n, unsigned req)
{
	(void)ynode_str(n, "name", req, &f->name);
	(void)ynode_str(n, "city", 0, &f->city);
	get_country(n, "country", req, &f->country);
	if (ynode_str(n, "continent", 0, &f->continent) > 0)
		f->continent_at = ynode_pos(ynode_get(n, "continent"));
	if (ynode_str(n, "tz", req, &f->tz) > 0)
		f->tz_at = ynode_pos(ynode_get(n, "tz"));
	if (ynode_str(n, "currency", 0, &f->currency) > 0)
		f->currency_at = ynode_pos(ynode_get(n, "currency"));
	get_int_range(n, "rank", 1, 9, &f->rank);
	(void)ynode_bool(n, "international", 0, &f->international);
	(void)ynode_bool(n, "resubmission", 0, &f->resubmission);
	(void)ynode_str(n, "platform", 0, &f->platform);
	(void)ynode_str(n, "url", 0, &f->url);
	(void)ynode_get(n, "fiapf");
	(void)ynode_get(n, "qualifying");
	(void)ynode_get(n, "notes");
	(void)ynode_get(n, "source");
	(void)ynode_get(n, "confidence");
}

static void
parse_festival(struct ft_db *db, struct ynode *n)
{
	const char *id;
	struct ft_festival *f;
	struct ynode *seq;
	size_t i;
	unsigned required = 0;

	if (ynode_str(n, "id", Y_REQUIRED, &id) <= 0)
		return;
	f = (struct ft_festival *)ft_db_find(db, id);
	if (f == NULL) {
		f = new_festival(db, id, n);
		required = Y_REQUIRED;
	}
	parse_festival_facts(f, n, required);
	if (ynode_seq(n, "sections", 0, &seq) > 0)
		parse_sections(f, seq);
	if (ynode_seq(n, "editions", 0, &seq) > 0)
		for (i = 0; i < ynode_len(seq); i++)
			parse_edition(f, ynode_item(seq, i));
	ynode_check_unknown(n);
}

static void
parse_festivals(struct ft_db *db, struct ynode *seq)
{
	size_t i;

	check_twice(seq, "festival", "in this file");
	for (i = 0; i < ynode_len(seq); i++)
		parse_festival(db, ynode_item(seq, i));
}

int
ft_db_load(struct ft_db *db, const char *path, struct diag *diag)
{
	return ft_db_add(db, ydoc_load(path, diag));
}

int
ft_db_load_mem(struct ft_db *db, const char *name, const char *text,
    size_t len, struct diag *diag)
{
	return ft_db_add(db, ydoc_load_mem(name, text, len, diag));
}

int
ft_db_add(struct ft_db *db, struct ydoc *doc)
{
	struct ynode *root, *seq;
	size_t i;

	if (doc == NULL)
		return -1;
	db->docs = xreallocarray(db->docs, db->ndocs + 1, sizeof *db->docs);
	db->docs[db->ndocs++] = doc;
	root = ydoc_root(doc);
	if (ynode_kind(root) == YNODE_NULL)
		return 0;	/* an empty database is not an error */
	if (ynode_kind(root) != YNODE_MAP) {
		ynode_error(root, "see festivals(5)", "expected a map with "
		    "'continents' and 'festivals'");
		return -1;
	}
	if (ynode_seq(root, "continents", 0, &seq) > 0)
		for (i = 0; i < ynode_len(seq); i++)
			parse_continent(db, ynode_item(seq, i));
	if (ynode_seq(root, "festivals", 0, &seq) > 0)
		parse_festivals(db, seq);
	ynode_check_unknown(root);
	return 0;
}

static int
by_id(const void *key, const void *elem)
{
	return strcmp(key, (*(struct ft_festival *const *)elem)->id);
}

const struct ft_festival *
ft_db_find(const struct ft_db *db, const char *id)
{
	struct ft_festival **hit;
	size_t i;

	if (db->index != NULL && db->nindex == db->nfests) {
		hit = bsearch(id, db->index, db->nindex, sizeof *db->index,
		    by_id);
		return hit != NULL ? *hit : NULL;
	}
	for (i = 0; i < db->nfests; i++)
		if (strcmp(db->fests[i].id, id) == 0)
			return &db->fests[i];
	return NULL;
}

const struct ft_continent *
ft_db_continent(const struct ft_db *db, const char *id)
{
	size_t i;

	for (i = 0; i < db->ncontinents; i++)
		if (strcmp(db->continents[i].id, id) == 0)
			return &db->continents[i];
	return NULL;
}

static void
free_festival(struct ft_festival *f)
{
	size_t i;

	for (i = 0; i < f->nsections; i++)
		free(f->sections[i].formats);
	free(f->sections);
	for (i = 0; i < f->neditions; i++) {
		free_deadlines(f->editions[i]);
		free(f->editions[i]);
	}
	free(f->editions);
}

void
ft_db_free(struct ft_db *db)
{
	size_t i;

	for (i = 0; i < db->nfests; i++)
		free_festival(&db->fests[i]);
	free(db->fests);
	for (i = 0; i < db->ncontinents; i++)
		free(db->continents[i].countries);
	free(db->continents);
	for (i = 0; i < db->ndocs; i++)
		ydoc_free(db->docs[i]);
	free(db->docs);
	free(db->index);
	memset(db, 0, sizeof *db);
}
