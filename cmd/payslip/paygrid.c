/*
 * paygrid.c: loading a collective agreement's grid (paygrid(5)) and the
 * lookups the pay engine makes in it: functions, holidays, night windows,
 * bands of majorations.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "paygrid.h"
#include "utf8.h"
#include "xalloc.h"
#include "ydoc.h"

static const char *const confidence_names[] = { "V", "S", "S-", "D", "K",
    "U", NULL };
static const char *const kind_names[] = { "technician", "artist", NULL };

/* Every rule carries its source and confidence. */
static void
load_source(struct ynode *m)
{
	const char *s;
	int c;

	ynode_str(m, "source", Y_REQUIRED, &s);
	ynode_enum(m, "confidence", Y_REQUIRED, confidence_names, &c);
}

/* Hours as a number ("35", "7.5") into whole minutes. */
static int
as_minutes(struct ynode *n, int *minutes)
{
	int64_t h;

	if (ynode_as_fixed(n, 2, &h) < 0)
		return -1;
	if (h < 0 || h > 100000 || (h * 60) % 100 != 0) {
		ynode_error(n, NULL, "'%s' is not a whole number of minutes "
		    "of 0 to 1000 hours", ynode_text(n, NULL));
		return -1;
	}
	*minutes = (int)(h * 60 / 100);
	return 0;
}

/* [[hours, rate], ...] going up. */
static void
load_bands(struct ynode *m, const char *key, struct paybands *b)
{
	struct ynode *seq, *item;
	size_t i;

	b->n = 0;
	if (ynode_seq(m, key, 0, &seq) != 1)
		return;
	for (i = 0; i < ynode_len(seq); i++) {
		struct payband *p = &b->b[b->n];

		item = ynode_item(seq, i);
		if (ynode_kind(item) != YNODE_SEQ || ynode_len(item) != 2 ||
		    b->n == PAYGRID_MAX_BANDS) {
			ynode_error(item, "write [35, 25%] for +25 % from the "
			    "36th hour", "a band is a pair: hours and rate");
			continue;
		}
		if (as_minutes(ynode_item(item, 0), &p->after) < 0 ||
		    ynode_as_rate(ynode_item(item, 1), &p->maj) < 0)
			continue;
		if (b->n > 0 && p->after <= b->b[b->n - 1].after) {
			ynode_error(item, NULL, "bands must go up");
			continue;
		}
		b->n++;
	}
}

static void
load_week(struct paygrid *g, struct ynode *root)
{
	struct ynode *m, *ld;
	struct payrules *r = &g->rules;

	r->long_day.after = -1;
	r->week_divisor = 40 * RATE_ONE;
	if (ynode_map(root, "week", Y_REQUIRED, &m) != 1)
		return;
	if (ynode_rate(m, "divisor", Y_REQUIRED, &r->week_divisor) == 1 &&
	    r->week_divisor <= 0)
		ynode_error(ynode_get(m, "divisor"), NULL, "must be positive");
	load_bands(m, "overtime", &r->overtime);
	if (ynode_seq(m, "long_day", 0, &ld) == 1) {
		if (ynode_len(ld) != 2 ||
		    as_minutes(ynode_item(ld, 0), &r->long_day.after) < 0 ||
		    ynode_as_rate(ynode_item(ld, 1), &r->long_day.maj) < 0) {
			ynode_error(ld, "write [10, 100%]", "long_day is a pair");
			r->long_day.after = -1;
		}
	}
	load_source(m);
	ynode_check_unknown(m);
}

static void
load_day(struct paygrid *g, struct ynode *root)
{
	struct ynode *m, *h;
	struct payrules *r = &g->rules;

	r->day_hours = 7 * 60;
	if (ynode_map(root, "day", Y_REQUIRED, &m) != 1)
		return;
	if ((h = ynode_get(m, "hours")) == NULL)
		ynode_error(m, NULL, "missing key 'hours'");
	else if (as_minutes(h, &r->day_hours) == 0 && r->day_hours == 0)
		ynode_error(h, NULL, "a day pays some hours");
	load_bands(m, "bands", &r->day);
	load_source(m);
	ynode_check_unknown(m);
}

/* "04-01" into 401. */
static int
month_day(struct ynode *m, const char *key, int *md)
{
	const char *s;
	int mo, da;
	char end;

	if (ynode_str(m, key, Y_REQUIRED, &s) != 1)
		return -1;
	if (sscanf(s, "%2d-%2d%c", &mo, &da, &end) != 2 || strlen(s) != 5 ||
	    mo < 1 || mo > 12 || da < 1 || da > date_days_in_month(2000, mo)) {
		ynode_error(ynode_get(m, key), "write MM-DD, 04-01 for 1 April",
		    "'%s' is not a day of the year", s);
		return -1;
	}
	*md = mo * 100 + da;
	return 0;
}

static int
time_of(struct ynode *m, const char *key, int *minutes)
{
	const char *s, *why;

	if (ynode_str(m, key, Y_REQUIRED, &s) != 1)
		return -1;
	if (time_parse(s, minutes, &why) < 0) {
		ynode_error(ynode_get(m, key), NULL, "'%s': %s", s, why);
		return -1;
	}
	return 0;
}

static void
load_window(struct payrules *r, struct ynode *w)
{
	struct night_window *nw = &r->windows[r->nwindows];

	if (ynode_kind(w) != YNODE_MAP || r->nwindows == PAYGRID_MAX_WINDOWS) {
		ynode_error(w, "see paygrid(5)", "a night window is a map");
		return;
	}
	/* every key is read, so that each problem is reported */
	if ((month_day(w, "from", &nw->from_md) |
	    month_day(w, "to", &nw->to_md) |
	    time_of(w, "start", &nw->start) |
	    time_of(w, "end", &nw->end)) == 0)
		r->nwindows++;
	ynode_check_unknown(w);
}

static void
load_night(struct paygrid *g, struct ynode *root)
{
	struct ynode *m, *seq;
	size_t i;

	if (ynode_map(root, "night", 0, &m) != 1)
		return;
	if (ynode_seq(m, "windows", Y_REQUIRED, &seq) == 1)
		for (i = 0; i < ynode_len(seq); i++)
			load_window(&g->rules, ynode_item(seq, i));
	load_bands(m, "bands", &g->rules.night);
	load_source(m);
	ynode_check_unknown(m);
}

/* A map with a majoration, a source and a confidence. */
static void
load_majoration(struct ynode *root, const char *key, rate_t *maj)
{
	struct ynode *m;

	*maj = 0;
	if (ynode_map(root, key, 0, &m) != 1)
		return;
	ynode_rate(m, "majoration", Y_REQUIRED, maj);
	load_source(m);
	ynode_check_unknown(m);
}

static void
load_holidays(struct paygrid *g, struct ynode *root)
{
	struct ynode *m, *seq, *e;
	struct payrules *r = &g->rules;
	size_t i;

	if (ynode_map(root, "holidays", 0, &m) != 1)
		return;
	ynode_rate(m, "majoration", Y_REQUIRED, &r->holiday);
	if (ynode_seq(m, "except", 0, &seq) == 1)
		for (i = 0; i < ynode_len(seq); i++) {
			e = ynode_item(seq, i);
			if (ynode_kind(e) != YNODE_MAP ||
			    r->nexcept == PAYGRID_MAX_HOLIDAYS) {
				ynode_error(e, NULL, "an exception is a map "
				    "with name and majoration");
				continue;
			}
			if (ynode_str(e, "name", Y_REQUIRED,
			    &r->except[r->nexcept].name) == 1 &&
			    ynode_rate(e, "majoration", Y_REQUIRED,
			    &r->except[r->nexcept].maj) == 1)
				r->nexcept++;
			ynode_check_unknown(e);
		}
	load_source(m);
	ynode_check_unknown(m);
}

static void
load_reference(struct payrules *r, struct ynode *m)
{
	struct ynode *seq, *item;
	size_t i;

	if (ynode_seq(m, "reference", 0, &seq) != 1)
		return;
	for (i = 0; i < ynode_len(seq) && i < PAYGRID_MAX_BANDS; i++) {
		item = ynode_item(seq, i);
		if (ynode_kind(item) != YNODE_SEQ || ynode_len(item) != 2) {
			ynode_error(item, "write [2, 200%]", "a reference is "
			    "a pair: cachet in minima, and multiple");
			continue;
		}
		if (ynode_as_rate(ynode_item(item, 0),
		    &r->reference[r->nreference].upto) == 0 &&
		    ynode_as_rate(ynode_item(item, 1),
		    &r->reference[r->nreference].factor) == 0)
			r->nreference++;
	}
}

static void
load_artists(struct paygrid *g, struct ynode *root)
{
	struct ynode *m, *h;
	struct payrules *r = &g->rules;

	r->cachet_hours = 8 * 60;
	if (ynode_map(root, "artists", 0, &m) != 1)
		return;
	if ((h = ynode_get(m, "cachet_hours")) != NULL &&
	    as_minutes(h, &r->cachet_hours) == 0 && r->cachet_hours == 0)
		ynode_error(h, NULL, "a cachet pays some hours");
	load_reference(r, m);
	load_bands(m, "night", &r->artist_night);
	ynode_rate(m, "sunday", 0, &r->artist_sunday);
	ynode_rate(m, "holidays", 0, &r->artist_holiday);
	load_source(m);
	ynode_check_unknown(m);
}

static void
load_rules(struct paygrid *g, struct ynode *root)
{
	struct ynode *m;

	load_week(g, root);
	load_day(g, root);
	load_night(g, root);
	load_majoration(root, "sunday", &g->rules.sunday);
	load_holidays(g, root);
	load_majoration(root, "cap", &g->rules.cap);
	g->rules.short_films_minima = 1;
	if (ynode_map(root, "short_films", 0, &m) == 1) {
		ynode_bool(m, "minima", Y_REQUIRED,
		    &g->rules.short_films_minima);
		load_source(m);
		ynode_check_unknown(m);
	}
	load_artists(g, root);
}

static const char **
load_names(struct ynode *m, struct payfunction *f)
{
	struct ynode *seq;
	const char **names;
	const char *s;
	size_t i, n = 0;

	if (ynode_seq(m, "names", Y_REQUIRED, &seq) != 1 ||
	    ynode_len(seq) == 0) {
		if (seq != NULL)
			ynode_error(seq, NULL, "a function needs a name");
		return xcalloc(1, sizeof *names);
	}
	names = xcalloc(ynode_len(seq) + 1, sizeof *names);
	for (i = 0; i < ynode_len(seq); i++)
		if (ynode_as_str(ynode_item(seq, i), &s) == 0) {
			if (n == 0)
				f->name = s;
			names[n++] = utf8_fold_upper_ascii(s);
		}
	return names;
}

static void
load_function(struct paygrid *g, struct ynode *m, size_t i)
{
	struct payfunction *f = &g->functions[i];
	int k = PERSON_TECHNICIAN, c = 0;
	const char *text;

	f->pos = ynode_pos(m);
	f->name = "?";
	g->names[i] = load_names(m, f);
	ynode_enum(m, "kind", Y_REQUIRED, kind_names, &k);
	f->kind = (enum person_kind)k;
	ynode_money(m, "weekly", 0, &f->weekly);
	ynode_money(m, "hourly", 0, &f->hourly);
	ynode_money(m, "daily", 0, &f->daily);
	ynode_money(m, "cachet", 0, &f->cachet);
	ynode_bool(m, "default", 0, &f->is_default);
	ynode_str(m, "note", 0, &text);
	ynode_str(m, "source", Y_REQUIRED, &text);
	if (ynode_enum(m, "confidence", Y_REQUIRED, confidence_names, &c) == 1)
		f->confidence = confidence_names[c];
	ynode_check_unknown(m);
}

static void
load_functions(struct paygrid *g, struct ynode *root)
{
	struct ynode *seq, *m;
	size_t i;

	if (ynode_seq(root, "functions", Y_REQUIRED, &seq) != 1)
		return;
	g->nfunctions = ynode_len(seq);
	g->functions = xcalloc(g->nfunctions, sizeof *g->functions);
	g->names = xcalloc(g->nfunctions, sizeof *g->names);
	for (i = 0; i < g->nfunctions; i++) {
		m = ynode_item(seq, i);
		if (ynode_kind(m) != YNODE_MAP) {
			ynode_error(m, "see paygrid(5)", "a function is a map");
			g->names[i] = xcalloc(1, sizeof *g->names[i]);
			continue;
		}
		load_function(g, m, i);
	}
}

static void
load_head(struct paygrid *g, struct ynode *root)
{
	struct ynode *p;
	long long idcc = 0;

	if (ynode_int(root, "idcc", Y_REQUIRED, &idcc) == 1)
		g->idcc = (int)idcc;
	ynode_str(root, "title", Y_REQUIRED, &g->title);
	if (ynode_map(root, "period", Y_REQUIRED, &p) == 1) {
		ynode_date(p, "from", Y_REQUIRED, &g->from);
		ynode_date(p, "to", Y_REQUIRED, &g->to);
		ynode_check_unknown(p);
	}
	load_source(root);
}

static struct paygrid *
grid_from(struct ydoc *doc, const char *path, struct diag *d)
{
	struct paygrid *g;
	struct ynode *root;
	unsigned before = d->errors;

	if (doc == NULL)
		return NULL;
	g = xcalloc(1, sizeof *g);
	g->doc = doc;
	g->path = xstrdup(path);
	root = ydoc_root(doc);
	if (ynode_kind(root) != YNODE_MAP)
		ynode_error(root, "see paygrid(5)", "a grid is a map");
	else {
		load_head(g, root);
		load_rules(g, root);
		load_functions(g, root);
		ynode_check_unknown(root);
	}
	if (d->errors != before) {
		paygrid_free(g);
		return NULL;
	}
	return g;
}

struct paygrid *
paygrid_load(const char *path, struct diag *d)
{
	return grid_from(ydoc_load(path, d), path, d);
}

struct paygrid *
paygrid_load_mem(const char *name, const char *text, size_t len,
    struct diag *d)
{
	return grid_from(ydoc_load_mem(name, text, len, d), name, d);
}

void
paygrid_free(struct paygrid *g)
{
	size_t i, j;

	if (g == NULL)
		return;
	for (i = 0; i < g->nfunctions; i++) {
		for (j = 0; g->names[i] != NULL && g->names[i][j] != NULL; j++)
			free((char *)g->names[i][j]);
		free(g->names[i]);
	}
	free(g->names);
	free(g->functions);
	free(g->path);
	ydoc_free(g->doc);
	free(g);
}

const struct payfunction *
paygrid_function(const struct paygrid *g, const char *name,
    enum person_kind kind)
{
	char *folded;
	size_t i, j;
	const struct payfunction *found = NULL;

	if (name == NULL) {
		for (i = 0; i < g->nfunctions; i++)
			if (g->functions[i].kind == kind &&
			    g->functions[i].is_default)
				return &g->functions[i];
		return NULL;
	}
	folded = utf8_fold_upper_ascii(name);
	for (i = 0; i < g->nfunctions && found == NULL; i++) {
		if (g->functions[i].kind != kind)
			continue;
		for (j = 0; g->names[i][j] != NULL; j++)
			if (strcmp(g->names[i][j], folded) == 0)
				found = &g->functions[i];
	}
	free(folded);
	return found;
}

rate_t
paygrid_holiday(const struct payrules *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->nexcept; i++)
		if (strcmp(r->except[i].name, name) == 0)
			return r->except[i].maj;
	return r->holiday;
}

static int
window_holds(const struct night_window *w, int md)
{
	if (w->from_md <= w->to_md)
		return md >= w->from_md && md <= w->to_md;
	return md >= w->from_md || md <= w->to_md;	/* over new year */
}

static int
in_span(int minute, int start, int end)
{
	if (start < end)
		return minute >= start && minute < end;
	return minute >= start || minute < end;
}

/* A night that runs past midnight belongs to the day it starts on: the
 * early hours of day are in the window of the day before. */
int
paygrid_is_night(const struct payrules *r, int32_t day, int minute)
{
	int y, m, d, yp, mp, dp;
	size_t i;

	date_to_ymd(day, &y, &m, &d);
	date_to_ymd(day - 1, &yp, &mp, &dp);
	for (i = 0; i < r->nwindows; i++) {
		const struct night_window *w = &r->windows[i];

		if (w->start < w->end) {
			if (window_holds(w, m * 100 + d) &&
			    in_span(minute, w->start, w->end))
				return 1;
		} else if ((minute >= w->start &&
		    window_holds(w, m * 100 + d)) || (minute < w->end &&
		    window_holds(w, mp * 100 + dp)))
			return 1;
	}
	return 0;
}

rate_t
paybands_at(const struct paybands *b, int minute)
{
	rate_t maj = 0;
	size_t i;

	for (i = 0; i < b->n && minute >= b->b[i].after; i++)
		maj = b->b[i].maj;
	return maj;
}

int
paybands_next(const struct paybands *b, int minute)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		if (b->b[i].after > minute)
			return b->b[i].after;
	return INT32_MAX;
}

const struct paygrid *
paygrid_for_day(const struct paygrid *const *grids, const int *years,
    size_t n, int32_t day)
{
	size_t i;
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	for (i = 0; i < n; i++)
		if (years[i] == y)
			return grids[i];
	return NULL;
}
