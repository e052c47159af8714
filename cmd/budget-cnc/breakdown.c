/*
 * breakdown.c: script-breakdown's CSV to budget globals.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "breakdown.h"
#include "csvio.h"
#include "xalloc.h"

static const char *const provided[] = {
	"scenes", "eighths", "pages", "est_shoot_days", "sets",
	"speaking_roles", "silent_roles", "extras_days", NULL
};

int
bcnc_breakdown_provides(const char *name)
{
	size_t i;

	for (i = 0; provided[i] != NULL; i++)
		if (strcmp(provided[i], name) == 0)
			return 1;
	return 0;
}

struct names {
	char **v;
	size_t n, cap;
};

static void
names_add(struct names *s, const char *p, size_t len)
{
	while (len > 0 && (*p == ' ' || *p == '\t'))
		p++, len--;
	while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
		len--;
	if (len == 0)
		return;
	xgrow(&s->v, &s->cap, s->n + 1, sizeof *s->v);
	s->v[s->n++] = xstrndup(p, len);
}

/* Adds each name of a ';'-separated list. */
static void
names_add_list(struct names *s, const char *list)
{
	const char *semi;

	for (; (semi = strchr(list, ';')) != NULL; list = semi + 1)
		names_add(s, list, (size_t)(semi - list));
	names_add(s, list, strlen(list));
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Counts the distinct names, and frees them. */
static long
names_count(struct names *s)
{
	long n = 0;
	size_t i;

	if (s->n > 1)
		qsort(s->v, s->n, sizeof *s->v, cmp_str);
	for (i = 0; i < s->n; i++)
		if (i == 0 || strcmp(s->v[i], s->v[i - 1]) != 0)
			n++;
	for (i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	memset(s, 0, sizeof *s);
	return n;
}

/* A whole number >= 0 in a cell; -1 after a report. */
static long
cell_count(struct csv_reader *r, int col, struct diag *d)
{
	const char *s = csv_reader_field(r, col);
	struct srcpos at = csv_reader_pos(r);
	char *end;
	long v;

	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || s[0] == '-' || s[0] == '+' ||
	    v > 1000000) {
		diag_error(d, &at, strcmp(csv_reader_colname(r, col),
		    "eighths") == 0 ? "breakdown(5) counts eighths of a page: "
		    "1 4/8 is 12" : NULL, "%s '%s' is not a whole number",
		    csv_reader_colname(r, col), s);
		return -1;
	}
	return v;
}

struct tally {
	long scenes, eighths, extras;
	struct names sets, cast, silent;
};

static void
read_rows(struct csv_reader *r, struct tally *t, struct diag *d)
{
	int c_set = csv_reader_col(r, "set"), c_eighths =
	    csv_reader_col(r, "eighths"), c_cast = csv_reader_col(r, "cast"),
	    c_silent = csv_reader_col(r, "silent"), c_extras =
	    csv_reader_col(r, "extras");
	long e, x;

	while (csv_reader_next(r)) {
		t->scenes++;
		e = cell_count(r, c_eighths, d);
		x = cell_count(r, c_extras, d);
		if (e > 0)
			t->eighths += e;
		if (x > 0)
			t->extras += x;
		names_add(&t->sets, csv_reader_field(r, c_set),
		    csv_reader_field_len(r, c_set));
		names_add_list(&t->cast, csv_reader_field(r, c_cast));
		if (c_silent >= 0)
			names_add_list(&t->silent,
			    csv_reader_field(r, c_silent));
	}
}

static void
set_int(struct bcnc_budget *b, const char *name, long v,
    const struct srcpos *at)
{
	char text[32];

	snprintf(text, sizeof text, "%ld", v);
	bcnc_budget_set_global(b, name, text, BCNC_FROM_BREAKDOWN, at);
}

/* Reads the breakdown from r (which it closes) into b's globals. */
static int
read_breakdown(struct csv_reader *r, const char *name, long eighths_per_day,
    struct bcnc_budget *b, struct diag *d)
{
	static const char *const need[] = {
		"scene", "set", "eighths", "cast", "extras", NULL
	};
	struct tally t;
	unsigned before = d->errors;
	struct srcpos at = { name, 0, 0 };
	char text[64];

	memset(&t, 0, sizeof t);
	if (csv_reader_header(r, need) == 0)
		read_rows(r, &t, d);
	set_int(b, "scenes", t.scenes, &at);
	set_int(b, "eighths", t.eighths, &at);
	snprintf(text, sizeof text, "%ld / 8", t.eighths);
	bcnc_budget_set_global(b, "pages", text, BCNC_FROM_BREAKDOWN, &at);
	set_int(b, "est_shoot_days", (t.eighths + eighths_per_day - 1) /
	    eighths_per_day, &at);
	set_int(b, "sets", names_count(&t.sets), &at);
	set_int(b, "speaking_roles", names_count(&t.cast), &at);
	set_int(b, "silent_roles", names_count(&t.silent), &at);
	set_int(b, "extras_days", t.extras, &at);
	csv_reader_close(r);
	return d->errors == before ? 0 : -1;
}

int
bcnc_breakdown_read(const char *path, long eighths_per_day,
    struct bcnc_budget *b, struct diag *d)
{
	struct csv_reader *r = csv_reader_open(path, ',', d);

	if (r == NULL)
		return -1;
	return read_breakdown(r, path, eighths_per_day, b, d);
}

int
bcnc_breakdown_read_stream(FILE *f, const char *name, long eighths_per_day,
    struct bcnc_budget *b, struct diag *d)
{
	return read_breakdown(csv_reader_new(f, name, ',', d), name,
	    eighths_per_day, b, d);
}
