/*
 * ledger.c: one pass over each ledger(5) file. Each row is checked whole
 * (every problem of every row is reported) and, when good and dated up to
 * the report's day, added to its line's sums; nothing of the row is kept
 * but its fingerprint for the duplicate check.
 */
#include <string.h>

#include "csvio.h"
#include "date.h"
#include "ledger.h"
#include "money.h"
#include "xalloc.h"

static const char *const ledger_columns[] = {
	"date", "code", "label", "party", "amount", "vat", "status",
	"reference", "territory", NULL
};

/* The columns, in the order of ledger_columns. */
enum col {
	C_DATE, C_CODE, C_LABEL, C_PARTY, C_AMOUNT, C_VAT, C_STATUS,
	C_REFERENCE, C_TERRITORY, NCOLS
};

enum status { ST_COMMITTED, ST_INVOICED, ST_PAID };

/* A row as read, before it is added. */
struct lrow {
	int32_t day;
	int64_t amount;
	enum status status;
	int abroad;
	long line;		/* budget line index, -1 unknown */
};

/* The reader of one file: its column indexes, the current row's fields
 * (fetched once a row), and the last date parsed. */
struct lfile {
	struct csv_reader *r;
	unsigned index;
	int col[NCOLS];
	const char *s[NCOLS];
	size_t n[NCOLS];
	char last_date[10];	/* ledgers are mostly in date order */
	int32_t last_day;
};

void
cr_ledgers_init(struct cr_ledgers *lg, struct cr_budget *b,
    const struct cr_period *p, const char *const *files)
{
	memset(lg, 0, sizeof *lg);
	lg->b = b;
	lg->p = p;
	lg->files = files;
	lg->dup = dupref_new(files, 0);
}

static void
row_error(struct lfile *f, struct diag *d, const char *hint, enum col c,
    const char *why)
{
	struct srcpos at = csv_reader_pos(f->r);

	if (why != NULL)
		diag_error(d, &at, hint, "invalid %s '%s': %s",
		    ledger_columns[c], f->s[c], why);
	else
		diag_error(d, &at, hint, "unknown %s '%s'", ledger_columns[c],
		    f->s[c]);
}

static void
read_date(struct lfile *f, struct lrow *row, struct diag *d)
{
	const char *s = f->s[C_DATE], *why;
	size_t len = f->n[C_DATE];

	if (len == 10 && memcmp(s, f->last_date, 10) == 0) {
		row->day = f->last_day;
		return;
	}
	if (date_parse_n(s, len, &row->day, &why) != 0) {
		row_error(f, d, "dates are written YYYY-MM-DD", C_DATE, why);
		return;
	}
	if (len == 10) {
		memcpy(f->last_date, s, 10);
		f->last_day = row->day;
	}
}

static void
read_amounts(struct lfile *f, struct lrow *row, struct diag *d)
{
	const char *why;
	int64_t vat;

	if (money_parse_n(f->s[C_AMOUNT], f->n[C_AMOUNT], &row->amount,
	    &why) != 0)
		row_error(f, d, NULL, C_AMOUNT, why);
	if (f->n[C_VAT] > 0 && money_parse_n(f->s[C_VAT], f->n[C_VAT], &vat,
	    &why) != 0)
		row_error(f, d, NULL, C_VAT, why);
}

/* 1 when field c is the word w. */
static int
is_word(const struct lfile *f, enum col c, const char *w)
{
	size_t len = strlen(w);

	return f->n[c] == len && memcmp(f->s[c], w, len) == 0;
}

static void
read_words(struct lfile *f, struct lrow *row, struct diag *d)
{
	if (is_word(f, C_STATUS, "paid"))
		row->status = ST_PAID;
	else if (is_word(f, C_STATUS, "invoiced"))
		row->status = ST_INVOICED;
	else if (is_word(f, C_STATUS, "committed"))
		row->status = ST_COMMITTED;
	else
		row_error(f, d, "status is committed, invoiced or paid",
		    C_STATUS, NULL);
	if (is_word(f, C_TERRITORY, "france"))
		row->abroad = 0;
	else if (is_word(f, C_TERRITORY, "abroad"))
		row->abroad = 1;
	else
		row_error(f, d, "territory is france or abroad", C_TERRITORY,
		    NULL);
}

static void
read_code(struct cr_ledgers *lg, struct lfile *f, struct lrow *row,
    struct diag *d)
{
	const char *code = f->s[C_CODE];
	size_t len = f->n[C_CODE];
	struct srcpos at = csv_reader_pos(f->r);
	static const char hint[] = "correct the code, add the line to the "
	    "budget, or allow codes outside it with -u";

	if (len == 0) {
		diag_error(d, &at, NULL, "empty code");
		return;
	}
	if ((row->line = cr_budget_find(lg->b, code, len)) >= 0)
		return;
	if (!lg->p->allow_unknown) {
		diag_error(d, &at, hint, "code '%s' is not in the budget",
		    code);
		return;
	}
	diag_warning(d, &at, NULL, "code '%s' is not in the budget", code);
	row->line = (long)cr_budget_add_unknown(lg->b, code, len,
	    f->s[C_LABEL]);
}

/* sum += v, noting a result beyond MONEY_MAX. */
static void
acc(int64_t *sum, int64_t v, int *overflow)
{
	if (__builtin_add_overflow(*sum, v, sum) || *sum > MONEY_MAX ||
	    *sum < -MONEY_MAX)
		*overflow = 1;
}

static void
add_row(struct cr_ledgers *lg, const struct lrow *row)
{
	struct cr_line *l = &lg->b->lines[row->line];
	int64_t a = row->amount;

	lg->counted++;
	acc(&l->s.committed, a, &l->overflow);
	if (row->day >= lg->p->from)
		acc(&l->s.period, a, &l->overflow);
	cr_days_add(&lg->days, row->day, a, row->status == ST_PAID ? a : 0);
	if (row->status == ST_COMMITTED)
		return;
	acc(&l->s.invoiced, a, &l->overflow);
	if (row->status == ST_PAID)
		acc(&l->s.paid, a, &l->overflow);
	acc(row->abroad ? &l->s.done_abroad : &l->s.done_fr, a, &l->overflow);
	/* CGI art. 220 sexies: spending in France, from the provisional
	 * agrément request, on the lines the devis marks eligible */
	if (!row->abroad && l->tax_credit && row->day >= lg->p->credit_from)
		acc(&l->s.eligible, a, &l->overflow);
}

static void
read_row(struct cr_ledgers *lg, struct lfile *f, struct diag *d)
{
	struct lrow row = { 0, 0, ST_COMMITTED, 0, -1 };
	unsigned before = d->errors;
	int c;

	lg->rows++;
	for (c = 0; c < NCOLS; c++) {
		f->s[c] = csv_reader_field(f->r, f->col[c]);
		f->n[c] = csv_reader_field_len(f->r, f->col[c]);
	}
	read_date(f, &row, d);
	read_code(lg, f, &row, d);
	read_amounts(f, &row, d);
	read_words(f, &row, d);
	if (d->errors > before || row.line < 0)
		return;
	dupref_add(lg->dup, f->index, csv_reader_line(f->r),
	    f->s[C_PARTY], f->n[C_PARTY], f->s[C_REFERENCE],
	    f->n[C_REFERENCE], f->s[C_CODE], f->n[C_CODE]);
	if (row.day <= lg->p->to)
		add_row(lg, &row);
}

static void
find_columns(struct lfile *f)
{
	int c;

	for (c = 0; c < NCOLS; c++)
		f->col[c] = csv_reader_col(f->r, ledger_columns[c]);
}

void
cr_ledgers_read(struct cr_ledgers *lg, unsigned i, struct diag *d)
{
	struct lfile f;

	memset(&f, 0, sizeof f);
	f.index = i;
	if ((f.r = csv_reader_open(lg->files[i], ',', d)) == NULL) {
		lg->unreadable = 1;
		return;
	}
	if (csv_reader_header(f.r, ledger_columns) == 0) {
		find_columns(&f);
		while (csv_reader_next(f.r))
			read_row(lg, &f, d);
	}
	csv_reader_close(f.r);
}

void
cr_ledgers_finish(struct cr_ledgers *lg, struct diag *d)
{
	size_t i;

	dupref_finish(lg->dup, d);
	lg->dup = NULL;
	for (i = 0; i < lg->b->nlines; i++) {
		struct srcpos at = { lg->b->file, lg->b->lines[i].src_line, 0 };

		if (lg->b->lines[i].overflow)
			diag_error(d, &at, NULL, "the costs of line '%s' add "
			    "up beyond the largest amount",
			    lg->b->lines[i].code);
	}
}

void
cr_ledgers_free(struct cr_ledgers *lg)
{
	dupref_finish(lg->dup, NULL);
	lg->dup = NULL;
	cr_days_free(&lg->days);
}
