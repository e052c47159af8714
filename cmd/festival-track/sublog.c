/*
 * sublog.c: the submissions log (submissions(5)): an append-only CSV of
 * what happened to each entry of the film, one line an event. The
 * submissions are the lines grouped by festival, edition and section; the
 * current status of one is its last line in the file.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "date.h"
#include "ft.h"
#include "money.h"
#include "xalloc.h"

const char *const ft_status_names[] = {
	"submitted", "incomplete", "withdrawn", "disqualified", "selected",
	"not-selected", "awarded", "unknown", NULL
};

#define STATUS_HINT "one of: submitted, incomplete, withdrawn, " \
	"disqualified, selected, not-selected, awarded, unknown"

/* One line read, before grouping. */
struct line {
	const struct ft_festival *fest;
	int year;
	const char *section;
	struct ft_entry e;
};

struct reader {
	struct csv_reader *r;
	struct ft_db *db;
	struct diag *diag;
	int col[8];
	struct line *lines;
	size_t n, cap;
};

enum { C_DATE, C_FESTIVAL, C_EDITION, C_SECTION, C_STATUS, C_FEE,
	C_CURRENCY, C_NOTES };

static const char *
field(struct reader *rd, int c)
{
	return csv_reader_field(rd->r, rd->col[c]);
}

static void __attribute__((format(printf, 3, 4)))
bad(struct reader *rd, const char *hint, const char *fmt, ...)
{
	struct srcpos at = csv_reader_pos(rd->r);
	va_list ap;

	va_start(ap, fmt);
	err_vat(&at, NULL, hint, fmt, ap);
	va_end(ap);
	rd->diag->errors++;
}

static struct ft_festival *
read_festival(struct reader *rd, struct line *l)
{
	struct ft_festival *f;
	const char *s = field(rd, C_FESTIVAL), *sec = field(rd, C_SECTION);

	f = (struct ft_festival *)ft_db_find(rd->db, s);
	if (f == NULL) {
		bad(rd, "use the id of a festival of the database, or add "
		    "the festival to your festivals.yaml",
		    "unknown festival '%s'", s);
		return NULL;
	}
	l->fest = f;
	if (*sec != '\0' && (l->section = ft_festival_section(f, sec) ?
	    ft_festival_section(f, sec)->id : NULL) == NULL)
		bad(rd, "leave the section empty for the festival as a "
		    "whole", "unknown section '%s' of festival '%s'", sec,
		    f->id);
	return f;
}

static void
read_edition(struct reader *rd, struct ft_festival *f, struct line *l)
{
	const char *s = field(rd, C_EDITION);
	const struct ft_edition *e;
	char *end;
	long y;

	if (*s != '\0') {
		y = strtol(s, &end, 10);
		if (*end != '\0' || y < 1900 || y > 2200)
			bad(rd, "the year the festival takes place, such as "
			    "2027", "'%s' is not a festival year", s);
		l->year = (int)y;
		return;
	}
	if (l->e.day == FT_NO_DAY)
		return;
	if ((e = ft_edition_after(f, l->e.day)) == NULL)
		bad(rd, "give the edition's year in the 'edition' column",
		    "festival '%s' has no edition in the database", f->id);
	else
		l->year = e->year;
}

static void
read_status(struct reader *rd, struct line *l)
{
	const char *s = field(rd, C_STATUS);
	int i;

	for (i = 0; ft_status_names[i] != NULL; i++)
		if (strcmp(s, ft_status_names[i]) == 0) {
			l->e.status = (enum ft_status)i;
			return;
		}
	bad(rd, STATUS_HINT, "unknown status '%s'", s);
}

static void
read_fee(struct reader *rd, const struct ft_festival *f, struct line *l)
{
	const char *s = field(rd, C_FEE), *cur = field(rd, C_CURRENCY);
	const char *why;

	if (*s != '\0' && money_parse(s, &l->e.fee, &why) < 0)
		bad(rd, NULL, "'%s' is not an amount: %s", s, why);
	if (*cur != '\0') {
		if (strlen(cur) != 3 ||
		    strspn(cur, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3)
			bad(rd, "use the ISO 4217 code, such as EUR",
			    "'%s' is not a currency code", cur);
		l->e.currency = xstrdup(cur);
	} else if (f != NULL && f->currency != NULL)
		l->e.currency = xstrdup(f->currency);
	else if (f != NULL && l->e.fee != 0)
		bad(rd, "fill the 'currency' column", "a fee needs a "
		    "currency: festival '%s' has none", f->id);
}

static void
read_line(struct reader *rd)
{
	struct line l;
	struct ft_festival *f;
	const char *why, *d = field(rd, C_DATE);

	memset(&l, 0, sizeof l);
	l.e.line = csv_reader_line(rd->r);
	if (date_parse(d, &l.e.day, &why) < 0) {
		bad(rd, NULL, "'%s' is not a date: %s", d, why);
		l.e.day = FT_NO_DAY;
	}
	read_status(rd, &l);
	if ((f = read_festival(rd, &l)) != NULL)
		read_edition(rd, f, &l);
	read_fee(rd, f, &l);
	if (f == NULL) {	/* reported: nothing to keep */
		free(l.e.currency);
		return;
	}
	l.e.notes = xstrdup(field(rd, C_NOTES));
	xgrow(&rd->lines, &rd->cap, rd->n + 1, sizeof *rd->lines);
	rd->lines[rd->n++] = l;
}

static int
cmp_key(const struct line *a, const struct line *b)
{
	int c;

	if (a->fest != b->fest)	/* both in the database's array */
		return a->fest < b->fest ? -1 : 1;
	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	if (a->section == NULL || b->section == NULL)
		return (a->section != NULL) - (b->section != NULL);
	c = strcmp(a->section, b->section);
	return c;
}

static int
by_key(const void *pa, const void *pb)
{
	const struct line *a = pa, *b = pb;
	int c = cmp_key(a, b);

	if (c != 0)
		return c;
	return (a->e.line > b->e.line) - (a->e.line < b->e.line);
}

/* The number of sorted lines from i on with the key of line i. */
static size_t
run(const struct reader *rd, size_t i)
{
	size_t j = i + 1;

	while (j < rd->n && cmp_key(&rd->lines[i], &rd->lines[j]) == 0)
		j++;
	return j - i;
}

/* Groups the sorted lines into submissions, warning about a line dated
 * before the line above it in the same submission. */
static void
group(struct ft_log *log, struct reader *rd)
{
	struct ft_sub *s = NULL;
	struct srcpos at = { log->name, 0, 0 };
	size_t i;

	if (rd->n > 0)
		qsort(rd->lines, rd->n, sizeof *rd->lines, by_key);
	log->subs = xcalloc(rd->n + 1, sizeof *log->subs);
	for (i = 0; i < rd->n; i++) {
		struct line *l = &rd->lines[i];

		if (i == 0 || cmp_key(l, &rd->lines[i - 1]) != 0) {
			s = &log->subs[log->nsubs++];
			s->fest = l->fest;
			s->year = l->year;
			s->section = l->section;
			s->entries = xcalloc(run(rd, i), sizeof *s->entries);
		} else if (l->e.day < s->entries[s->nentries - 1].day) {
			at.line = (unsigned)l->e.line;
			diag_warning(rd->diag, &at, "the log is in the order "
			    "things happened; the last line is the current "
			    "status", "dated before the line above it for "
			    "the same submission");
		}
		s->entries[s->nentries++] = l->e;
	}
}

static const char *const required[] = {
	"date", "festival", "status", NULL
};

static void
read_all(struct ft_log *log, struct reader *rd)
{
	static const char *const names[] = { "date", "festival", "edition",
		"section", "status", "fee", "currency", "notes" };
	size_t i;

	if (csv_reader_header(rd->r, required) < 0)
		return;
	for (i = 0; i < 8; i++)
		rd->col[i] = csv_reader_col(rd->r, names[i]);
	while (csv_reader_next(rd->r))
		read_line(rd);
	group(log, rd);
}

/* Opens the log: NULL with *empty set for an absent optional file or an
 * empty one (an empty log is not an error), NULL after a message when it
 * cannot be read. */
static FILE *
open_log(const char *path, int optional, int *empty)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	int c;

	*empty = 0;
	if (f == NULL) {
		if (optional && errno == ENOENT)
			return *empty = 1, NULL;
		err_warn_errno("%s", path);
		return NULL;
	}
	if ((c = getc(f)) == EOF) {
		*empty = !ferror(f);
		if (ferror(f))
			err_warn_errno("%s", path);
		if (f != stdin)
			fclose(f);
		return NULL;
	}
	ungetc(c, f);
	return f;
}

int
ft_log_load(struct ft_log *log, const char *path, int optional,
    struct ft_db *db, struct diag *diag)
{
	FILE *f;
	int empty;

	memset(log, 0, sizeof *log);
	log->name = xstrdup(path);
	if ((f = open_log(path, optional, &empty)) == NULL)
		return empty ? 0 : -1;
	ft_log_read(log, f, strcmp(path, "-") == 0 ? "<stdin>" : path, db,
	    diag);
	if (f != stdin)
		fclose(f);
	return 0;
}

void
ft_log_read(struct ft_log *log, FILE *f, const char *name,
    struct ft_db *db, struct diag *diag)
{
	struct reader rd;

	free(log->name);
	log->name = xstrdup(name);
	memset(&rd, 0, sizeof rd);
	rd.db = db;
	rd.diag = diag;
	rd.r = csv_reader_new(f, name, ',', diag);
	read_all(log, &rd);
	csv_reader_close(rd.r);
	free(rd.lines);
}

void
ft_log_free(struct ft_log *log)
{
	size_t i, j;

	for (i = 0; i < log->nsubs; i++) {
		for (j = 0; j < log->subs[i].nentries; j++) {
			free(log->subs[i].entries[j].notes);
			free(log->subs[i].entries[j].currency);
		}
		free(log->subs[i].entries);
	}
	free(log->subs);
	free(log->name);
	memset(log, 0, sizeof *log);
}

enum ft_status
ft_sub_status(const struct ft_sub *s)
{
	return s->entries[s->nentries - 1].status;
}

int
ft_status_pending(enum ft_status st)
{
	return st == FT_ST_SUBMITTED || st == FT_ST_INCOMPLETE;
}

/* The submissions to f, *n of them: they are next to each other, by
 * year, as group() sorted them. */
static const struct ft_sub *
festival_subs(const struct ft_log *log, const struct ft_festival *f,
    size_t *n)
{
	size_t lo = 0, hi = log->nsubs, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((uintptr_t)log->subs[mid].fest < (uintptr_t)f)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (*n = 0; lo + *n < log->nsubs && log->subs[lo + *n].fest == f;)
		++*n;
	return log->subs + lo;
}

const struct ft_sub *
ft_log_entered(const struct ft_log *log, const struct ft_festival *f,
    const char *id)
{
	const struct ft_sub *v, *last = NULL;
	size_t i, n;

	v = festival_subs(log, f, &n);
	for (i = 0; i < n; i++)
		if (v[i].section == NULL || strcmp(v[i].section, id) == 0)
			last = &v[i];	/* by year: the last is the latest */
	return last;
}

const struct ft_sub *
ft_log_earlier(const struct ft_log *log, const struct ft_festival *f,
    int year)
{
	const struct ft_sub *v;
	size_t n;

	v = festival_subs(log, f, &n);
	return n > 0 && v[0].year < year ? &v[0] : NULL;
}
