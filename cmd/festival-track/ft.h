/*
 * ft.h: festival-track's model: the festival database (festivals(5)), the
 * film's facts (film.yaml) and the submissions log (submissions(5)), and
 * the engine functions over them. Every name starts with ft_.
 *
 * Strings point into the loaded YAML documents, which the database and the
 * film keep until they are freed. Dates are day numbers (date.h), runtimes
 * and limits are seconds, amounts are cents in the festival's currency.
 */
#ifndef CINEPROD_FT_H
#define CINEPROD_FT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "err.h"

struct ydoc;

#define FT_NO_DAY INT32_MIN	/* a date the data does not give */
#define FT_END_OF_DAY 1440	/* a deadline without a time closes at 24:00 */

/* Premiere statuses, from the least to the most demanding (festivals.md
 * §1.5, after the Locarno FAQ). */
enum ft_premiere {
	FT_PREM_NONE,
	FT_PREM_NATIONAL,	/* never shown in the festival's country */
	FT_PREM_CONTINENTAL,	/* never shown on its continent (European) */
	FT_PREM_INTERNATIONAL,	/* never shown outside production countries */
	FT_PREM_WORLD,		/* never shown in public anywhere */
	FT_PREM_N
};

/* What a section accepts of earlier festival screenings. */
enum ft_prior {
	FT_PRIOR_ANY,
	FT_PRIOR_NATIONAL,	/* no international festival (Cannes) */
	FT_PRIOR_HOME,		/* festivals in the production countries only */
	FT_PRIOR_NONE,		/* no festival at all (Semaine, shorts) */
	FT_PRIOR_N
};

enum ft_student { FT_STUDENT_ALLOWED, FT_STUDENT_ONLY, FT_STUDENT_EXCLUDED };

enum ft_genre {
	FT_GENRE_FICTION, FT_GENRE_DOCUMENTARY, FT_GENRE_ANIMATION,
	FT_GENRE_EXPERIMENTAL, FT_GENRE_N
};

enum ft_kind {		/* where a screening took place */
	FT_SHOW_FESTIVAL, FT_SHOW_CINEMA, FT_SHOW_TV, FT_SHOW_ONLINE,
	FT_SHOW_MARKET, FT_SHOW_PRIVATE, FT_SHOW_N
};

/* The log's statuses (submissions(5)), after FilmFreeway and Festhome. */
enum ft_status {
	FT_ST_SUBMITTED, FT_ST_INCOMPLETE, FT_ST_WITHDRAWN,
	FT_ST_DISQUALIFIED, FT_ST_SELECTED, FT_ST_NOT_SELECTED,
	FT_ST_AWARDED, FT_ST_UNKNOWN, FT_ST_N
};

extern const char *const ft_premiere_names[];	/* "none".."world" */
extern const char *const ft_prior_names[];
extern const char *const ft_genre_names[];
extern const char *const ft_kind_names[];
extern const char *const ft_status_names[];

/* A continent, for continental premieres (European, North American):
 * the country codes it holds. */
struct ft_continent {
	const char *id, *name;
	const char **countries;
	size_t ncountries;
	struct srcpos at;
};

/* One line of a deadline's fee grid: the fee for the films it matches;
 * the first line that matches gives the fee. */
struct ft_fee {
	long min, max;		/* runtime in seconds; max -1 when open */
	int origin;		/* enum ft_origin */
	int student;		/* -1 any, 0 not a student film, 1 student */
	int64_t cents;
};

struct ft_deadline {
	const char *tier;		/* "early", "regular", "late"... */
	int32_t day;
	int minutes;			/* closing time; FT_END_OF_DAY */
	const char *tz;			/* its own zone, else the festival's */
	struct srcpos tz_at;
	const char **sections;		/* the section ids it is for; 0: all */
	size_t nsections;
	struct srcpos sections_at;
	struct ft_fee *fees;		/* no fee given: fee unknown */
	size_t nfees;
	const char *source, *confidence;
	int32_t checked;		/* when the value was last checked */
	int from_year;			/* estimated from that edition; 0 */
	struct srcpos at;
};

struct ft_edition {
	int year;			/* the year the festival takes place */
	int32_t start, end, notification, completed_after;
	struct ft_deadline *deadlines;
	size_t ndeadlines;
	int from_year;			/* estimated from that year; 0 */
	struct srcpos at;
};

enum ft_origin { FT_ORIGIN_ANY, FT_ORIGIN_HOME, FT_ORIGIN_FOREIGN };

struct ft_section {
	const char *id, *name;
	long runtime_min, runtime_max;	/* seconds; -1 when open */
	unsigned genres;		/* bits 1 << ft_genre; 0: any */
	const char **formats;		/* exhibition formats; 0: any */
	size_t nformats;
	enum ft_premiere premiere, premiere_home;
	enum ft_prior prior, prior_home;
	int no_online;			/* not shown on the Internet at all */
	int completed_within;		/* months before the start; 0 */
	int features_max;		/* director's earlier features; -1 */
	enum ft_origin origin;
	enum ft_student student;
	int rank;			/* 0: the festival's */
	struct srcpos at;
};

struct ft_festival {
	const char *id, *name, *city, *country, *continent, *tz, *currency;
	const char *platform, *url;
	struct srcpos tz_at, continent_at, currency_at;
	int rank;			/* 1 the most prestigious */
	int international;		/* shows films of several countries */
	int resubmission;		/* a film may enter again */
	struct ft_section *sections;
	size_t nsections;
	struct ft_edition **editions;	/* by year; estimated ones added */
	size_t neditions, capeditions;
	struct srcpos at;
};

struct ft_db {
	struct ft_festival *fests;
	size_t nfests;
	struct ft_continent *continents;
	size_t ncontinents;
	struct ydoc **docs;		/* kept: the strings live in them */
	size_t ndocs;
	struct ft_festival **index;	/* by id, made by ft_db_check */
	size_t nindex;
};

struct ft_screening {
	int32_t day;
	enum ft_kind kind;
	const char *country, *city, *event;
	const char *festival;		/* its id in the database, if there */
	int geoblocked;
	int international;		/* an international festival; -1 */
	struct srcpos at;
};

struct ft_film {
	const char *id, *title;
	long runtime;			/* seconds */
	int32_t completed;
	enum ft_genre genre;
	const char **countries;		/* production countries, majority 1st */
	size_t ncountries;
	const char **formats;
	size_t nformats;
	int student, features;		/* the director's earlier features */
	const char *director;
	struct ft_screening *shows;
	size_t nshows;
	char *id_owned;			/* id made from the title */
	struct ydoc *doc;
};

/* One line of the log. */
struct ft_entry {
	int32_t day;
	enum ft_status status;
	int64_t fee;			/* cents */
	char *currency;			/* owned */
	char *notes;
	unsigned long line;
};

/* A submission: the entries for one festival, edition and section. */
struct ft_sub {
	const struct ft_festival *fest;
	int year;
	const char *section;		/* NULL: the festival as a whole */
	struct ft_entry *entries;
	size_t nentries;
};

struct ft_log {
	char *name;
	struct ft_sub *subs;		/* in the order first seen */
	size_t nsubs;
};

/* --- db.c: festivals(5) ------------------------------------------------- */

/* Loads path into db: new festivals are added, those already there (same
 * id) take the values the file gives. Errors go to diag. 0 or -1. */
int ft_db_load(struct ft_db *db, const char *path, struct diag *diag);
/* The same from len bytes of text, named name in messages. */
int ft_db_load_mem(struct ft_db *db, const char *name, const char *text,
    size_t len, struct diag *diag);
/* The same from a loaded document (NULL: -1), which db keeps. */
int ft_db_add(struct ft_db *db, struct ydoc *doc);
/* Checks what needs every file: zones, continents, section references,
 * currencies; then indexes the festivals by id for ft_db_find. Returns
 * the number of errors reported. */
unsigned ft_db_check(struct ft_db *db, struct diag *diag);
void ft_db_free(struct ft_db *db);
const struct ft_festival *ft_db_find(const struct ft_db *db,
    const char *id);
const struct ft_section *ft_festival_section(const struct ft_festival *f,
    const char *id);
const struct ft_continent *ft_db_continent(const struct ft_db *db,
    const char *id);
/* Parses "19", "19:30" (minutes[:seconds]) into seconds; -1 if bad. */
long ft_runtime_parse(const char *s);
/* "19:00" */
#define FT_RUNTIME_BUFSZ 48
char *ft_runtime_format(char buf[FT_RUNTIME_BUFSZ], long seconds);

/* --- ylist.c: values the YAML files share -------------------------------- */

struct ynode;

/* 1 when s is an ISO 3166 code: two capital letters. */
int ft_is_country(const char *s);
/* The strings of the list map[key] into *out (freed first, then the
 * caller's), their number in *n; absent leaves both alone. With
 * countries set, each must be a country code. */
void ft_get_list(struct ynode *map, const char *key, unsigned flags,
    int countries, const char ***out, size_t *n);

/* --- edition.c: editions known and estimated ----------------------------- */

/* Sorts f's editions by year. */
void ft_editions_sort(struct ft_festival *f);
/* The edition of year: the one in the database, else one estimated from
 * the nearest known edition, its dates moved by whole years (added to f
 * and kept). NULL when f has no edition at all. */
const struct ft_edition *ft_edition(struct ft_festival *f, int year);
/* The first edition, from today's year on, with a deadline closing after
 * now (seconds), or without deadlines but starting after today. */
const struct ft_edition *ft_edition_next(struct ft_festival *f,
    int64_t now, int32_t today);
/* The first edition starting (or, without dates, closing) after day. */
const struct ft_edition *ft_edition_after(struct ft_festival *f,
    int32_t day);
/* The fee of d at festival f for the film: 1 and *cents, 0 unknown. */
int ft_deadline_fee(const struct ft_deadline *d, const struct ft_festival *f,
    const struct ft_film *film, int64_t *cents);
/* 1 when the film's majority country (the first) is f's country. */
int ft_film_home(const struct ft_film *film, const struct ft_festival *f);
/* 1 when d is for section id. */
int ft_deadline_for(const struct ft_deadline *d, const char *id);
/* The UTC second at which d closes. */
int64_t ft_deadline_close(const struct ft_deadline *d);

/* --- film.c: film.yaml ---------------------------------------------------- */

int ft_film_load(struct ft_film *film, const char *path, struct diag *diag);
/* The same from a loaded document (NULL: -1), which film keeps. */
int ft_film_read(struct ft_film *film, struct ydoc *doc);
/* Checks screening festivals against the database. */
unsigned ft_film_check(struct ft_film *film, const struct ft_db *db,
    struct diag *diag);
void ft_film_free(struct ft_film *film);
/* 1 when country (ISO code) is one of the film's production countries. */
int ft_film_from(const struct ft_film *film, const char *country);

/* --- sublog.c: submissions(5) --------------------------------------------- */

/* Reads the log; an absent file when optional, or an empty one, is an
 * empty log. Errors go to diag. 0, or -1 when the file cannot be read. */
int ft_log_load(struct ft_log *log, const char *path, int optional,
    struct ft_db *db, struct diag *diag);
/* Reads a log that is not empty from f, named name in messages, into
 * log (zeroed, or as ft_log_load leaves it). */
void ft_log_read(struct ft_log *log, FILE *f, const char *name,
    struct ft_db *db, struct diag *diag);
void ft_log_free(struct ft_log *log);
/* The current status: the last entry's. */
enum ft_status ft_sub_status(const struct ft_sub *s);
/* The latest submission to section id of f (or to f as a whole), in any
 * edition, or NULL: a section entered once is not suggested again. */
const struct ft_sub *ft_log_entered(const struct ft_log *log,
    const struct ft_festival *f, const char *id);
/* A submission to f in an edition before year, or NULL. */
const struct ft_sub *ft_log_earlier(const struct ft_log *log,
    const struct ft_festival *f, int year);
/* 1 when a status is still waiting for an answer. */
int ft_status_pending(enum ft_status st);

#endif
