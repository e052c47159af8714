/*
 * adjust.c: what the production manager adds to the ledgers: estimates to
 * complete that override the arithmetic (the manager's judgment beats
 * budget minus committed), and the previous report to compare with. Both
 * are CSV files of a code and an amount, described in cost-report(5).
 */
#include <string.h>

#include "adjust.h"
#include "csvio.h"
#include "money.h"

/* How one kind of file is read. */
struct kind {
	const char *const *columns;	/* required */
	const char *amount;		/* the amount column */
	int previous;			/* a previous report: level=line rows,
					   unknown codes only warned about */
};

static const char *const etc_columns[] = { "code", "etc", NULL };
static const char *const prev_columns[] = { "level", "code", "efc", NULL };

/* The line a row is about; -1 when it is not for us or was reported. */
static long
row_line(struct cr_budget *b, struct csv_reader *r, const struct kind *k,
    struct diag *d)
{
	struct srcpos at = csv_reader_pos(r);
	const char *code = csv_reader_field(r, csv_reader_col(r, "code"));
	long i;

	if (k->previous && strcmp(csv_reader_field(r,
	    csv_reader_col(r, "level")), "line") != 0)
		return -1;
	if ((i = cr_budget_find(b, code, strlen(code))) >= 0)
		return i;
	if (k->previous)
		diag_warning(d, &at, NULL, "line '%s' of the previous report "
		    "is not in the budget", code);
	else
		diag_error(d, &at, "estimates are given for budget lines",
		    "code '%s' is not in the budget", code);
	return -1;
}

static void
set_value(struct cr_line *l, const struct kind *k, int64_t v)
{
	if (k->previous) {
		l->has_prev = 1;
		l->prev_efc = v;
	} else {
		l->has_etc = 1;
		l->etc_override = v;
	}
}

static void
read_row(struct cr_budget *b, struct csv_reader *r, const struct kind *k,
    struct diag *d)
{
	struct srcpos at = csv_reader_pos(r);
	const char *s = csv_reader_field(r, csv_reader_col(r, k->amount));
	const char *why;
	long i = row_line(b, r, k, d);
	int64_t v;

	if (i < 0)
		return;
	if (money_parse(s, &v, &why) != 0) {
		diag_error(d, &at, NULL, "invalid %s '%s': %s", k->amount, s,
		    why);
		return;
	}
	if (k->previous ? b->lines[i].has_prev : b->lines[i].has_etc) {
		diag_error(d, &at, NULL, "code '%s' appears twice",
		    b->lines[i].code);
		return;
	}
	set_value(&b->lines[i], k, v);
}

static void
read_file(struct cr_budget *b, const char *path, const struct kind *k,
    struct diag *d)
{
	struct csv_reader *r;

	if ((r = csv_reader_open(path, ',', d)) == NULL)
		return;
	if (csv_reader_header(r, k->columns) == 0)
		while (csv_reader_next(r))
			read_row(b, r, k, d);
	csv_reader_close(r);
}

void
cr_read_estimates(struct cr_budget *b, const char *path, struct diag *d)
{
	static const struct kind k = { etc_columns, "etc", 0 };

	read_file(b, path, &k, d);
}

void
cr_read_previous(struct cr_budget *b, const char *path, struct diag *d)
{
	static const struct kind k = { prev_columns, "efc", 1 };

	read_file(b, path, &k, d);
}
