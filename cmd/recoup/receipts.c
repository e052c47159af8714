/*
 * receipts.c: receipts.csv (see receipts(5)) streamed once, every row
 * checked, and summed by month and stream, so that memory depends on the
 * number of months and streams, not on the number of rows. Theatrical
 * rows are split into the box-office parts here, row by row (theatrical.c),
 * with the rates in force on the row's date; international rows are also
 * summed by territory for the statements (CCIA L213-30: accounts per
 * foreign territory).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "date.h"
#include "run.h"
#include "waterfall.h"
#include "xalloc.h"

enum kind { K_RECEIPT, K_ADVANCE };

struct row {
	int32_t date;
	int32_t month;		/* month key */
	int stream;
	char terr[3];
	enum kind kind;
	int64_t amount;
	int64_t admissions;	/* may be negative: a correction */
	int64_t price;		/* average price */
	int has_amount, has_admissions, has_price;
};

/* Lookup tables while reading. */
struct index {
	int c_date, c_stream, c_terr, c_amount, c_kind, c_adm, c_price;
	int *shash;		/* stream name hash -> stream + 1 */
	size_t smask;
	int32_t *mkey;		/* month key hash -> slot + 1 in rc->month */
	int *mslot;
	size_t mmask, mcount;
	int32_t last_key;
	int last_slot;
	int *thash;		/* (month, stream, territory) -> terr + 1 */
	size_t tmask;
	int64_t *advances;	/* [ntiers] advances paid per MG tier */
	int overflow;		/* reported once */
};

int32_t
rc_month_key(int32_t day)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	return (int32_t)(y * 12 + m - 1);
}

static uint32_t
hash_bytes(const char *s, size_t len)
{
	uint32_t h = 2166136261u;	/* FNV-1a */

	while (len-- > 0)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static void
index_streams(struct index *ix, const struct waterfall *w)
{
	size_t i, cap = 16;

	while (cap < 4 * w->nstreams)
		cap *= 2;
	ix->shash = xcalloc(cap, sizeof *ix->shash);
	ix->smask = cap - 1;
	for (i = 0; i < w->nstreams; i++) {
		const char *id = w->streams[i].id;
		size_t h = hash_bytes(id, strlen(id)) & ix->smask;

		while (ix->shash[h] != 0)
			h = (h + 1) & ix->smask;
		ix->shash[h] = (int)i + 1;
	}
}

static int
find_stream(const struct index *ix, const struct waterfall *w,
    const char *s, size_t len)
{
	size_t h = hash_bytes(s, len) & ix->smask;

	for (; ix->shash[h] != 0; h = (h + 1) & ix->smask) {
		const char *id = w->streams[ix->shash[h] - 1].id;

		/* the field may hold NUL bytes: compare lengths first */
		if (strlen(id) == len && memcmp(id, s, len) == 0)
			return ix->shash[h] - 1;
	}
	return -1;
}

static void
month_rehash(struct index *ix, const struct receipts *rc)
{
	size_t cap = (ix->mmask + 1) * 2, i, h;

	free(ix->mkey);
	free(ix->mslot);
	ix->mkey = xcalloc(cap, sizeof *ix->mkey);
	ix->mslot = xcalloc(cap, sizeof *ix->mslot);
	ix->mmask = cap - 1;
	for (i = 0; i < rc->nmonths; i++) {
		h = ((uint32_t)rc->month[i] * 2654435761u) & ix->mmask;
		while (ix->mslot[h] != 0)
			h = (h + 1) & ix->mmask;
		ix->mkey[h] = rc->month[i];
		ix->mslot[h] = (int)i + 1;
	}
}

/* The month's sums, created on first use. */
static int64_t *
month_sums(struct receipts *rc, struct index *ix, int32_t key)
{
	size_t h;

	if (key == ix->last_key && ix->last_slot >= 0)
		return rc->v[ix->last_slot];
	h = ((uint32_t)key * 2654435761u) & ix->mmask;
	for (; ix->mslot[h] != 0; h = (h + 1) & ix->mmask)
		if (ix->mkey[h] == key)
			break;
	if (ix->mslot[h] == 0) {
		xgrow(&rc->month, &rc->capmonths, rc->nmonths + 1,
		    sizeof *rc->month);
		rc->v = xreallocarray(rc->v, rc->capmonths, sizeof *rc->v);
		rc->month[rc->nmonths] = key;
		rc->v[rc->nmonths] = xcalloc(rc->nstreams * NCOMP + 1,
		    sizeof **rc->v);
		ix->mkey[h] = key;
		ix->mslot[h] = (int)++rc->nmonths;
		if (2 * rc->nmonths > ix->mmask)
			month_rehash(ix, rc);
		return month_sums(rc, ix, key);
	}
	ix->last_key = key;
	ix->last_slot = ix->mslot[h] - 1;
	return rc->v[ix->last_slot];
}

static void
terr_rehash(struct index *ix, const struct receipts *rc)
{
	size_t cap = (ix->tmask + 1) * 2, i, h;

	free(ix->thash);
	ix->thash = xcalloc(cap, sizeof *ix->thash);
	ix->tmask = cap - 1;
	for (i = 0; i < rc->nterr; i++) {
		const struct terr_sum *t = &rc->terr[i];

		h = hash_bytes((const char *)&t->month, sizeof t->month) ^
		    (uint32_t)t->stream * 40503u ^ hash_bytes(t->code, 2);
		h &= ix->tmask;
		while (ix->thash[h] != 0)
			h = (h + 1) & ix->tmask;
		ix->thash[h] = (int)i + 1;
	}
}

static struct terr_sum *
terr_cell(struct receipts *rc, struct index *ix, int32_t month, int stream,
    const char *code)
{
	size_t h = hash_bytes((const char *)&month, sizeof month) ^
	    (uint32_t)stream * 40503u ^ hash_bytes(code, 2);
	struct terr_sum *t;

	for (h &= ix->tmask; ix->thash[h] != 0; h = (h + 1) & ix->tmask) {
		t = &rc->terr[ix->thash[h] - 1];
		if (t->month == month && t->stream == stream &&
		    memcmp(t->code, code, 2) == 0)
			return t;
	}
	xgrow(&rc->terr, &rc->capterr, rc->nterr + 1, sizeof *rc->terr);
	t = &rc->terr[rc->nterr];
	t->month = month;
	t->stream = stream;
	memcpy(t->code, code, 3);
	t->amount = 0;
	ix->thash[h] = (int)++rc->nterr;
	if (2 * rc->nterr > ix->tmask) {
		terr_rehash(ix, rc);
		return &rc->terr[rc->nterr - 1];
	}
	return t;
}

void
rc_receipts_init(struct receipts *rc, const struct waterfall *w, int32_t as_of)
{
	struct index *ix = xcalloc(1, sizeof *ix);

	memset(rc, 0, sizeof *rc);
	rc->nstreams = w->nstreams;
	rc->first = INT32_MAX;
	rc->last = INT32_MIN;
	rc->index = ix;
	index_streams(ix, w);
	ix->mmask = 63;
	ix->mkey = xcalloc(64, sizeof *ix->mkey);
	ix->mslot = xcalloc(64, sizeof *ix->mslot);
	ix->last_slot = -1;
	ix->tmask = 255;
	ix->thash = xcalloc(256, sizeof *ix->thash);
	ix->advances = xcalloc(w->ntiers + 1, sizeof *ix->advances);
	rc->as_of = as_of;
}

static void
index_free(struct index *ix)
{
	if (ix == NULL)
		return;
	free(ix->shash);
	free(ix->mkey);
	free(ix->mslot);
	free(ix->thash);
	free(ix->advances);
	free(ix);
}

void
rc_receipts_free(struct receipts *rc)
{
	size_t i;

	for (i = 0; i < rc->nmonths; i++)
		free(rc->v[i]);
	free(rc->v);
	free(rc->month);
	free(rc->terr);
	index_free(rc->index);
	rc->index = NULL;
}

static const char *const required_cols[] = {
	"date", "stream", "territory", "amount", NULL
};

static void
find_columns(struct index *ix, const struct csv_reader *r)
{
	ix->c_date = csv_reader_col(r, "date");
	ix->c_stream = csv_reader_col(r, "stream");
	ix->c_terr = csv_reader_col(r, "territory");
	ix->c_amount = csv_reader_col(r, "amount");
	ix->c_kind = csv_reader_col(r, "kind");
	ix->c_adm = csv_reader_col(r, "admissions");
	ix->c_price = csv_reader_col(r, "average_price");
}

/* A whole number, possibly negative; -1 when s is not one. */
static int
parse_count(const char *s, size_t len, int64_t *out)
{
	size_t i = 0;
	int64_t v = 0;
	int neg = 0;

	if (len > 0 && s[0] == '-')
		neg = 1, i = 1;
	if (i == len || len - i > 15)
		return -1;
	for (; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = neg ? -v : v;
	return 0;
}

static void
bad(struct diag *d, const struct csv_reader *r, const char *hint,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void
bad(struct diag *d, const struct csv_reader *r, const char *hint,
    const char *fmt, ...)
{
	struct srcpos at = csv_reader_pos(r);
	va_list ap;

	va_start(ap, fmt);
	err_vat(&at, NULL, hint, fmt, ap);
	va_end(ap);
	d->errors++;
}

static int
parse_date_stream(struct row *row, const struct csv_reader *r,
    const struct index *ix, const struct waterfall *w, struct diag *d)
{
	const char *s = csv_reader_field(r, ix->c_date), *why;
	size_t len = csv_reader_field_len(r, ix->c_stream);
	int ok = 0;

	if (date_parse_n(s, csv_reader_field_len(r, ix->c_date), &row->date,
	    &why) < 0)
		bad(d, r, NULL, "'%s' is not a date: %s", s, why), ok = -1;
	else	/* strict YYYY-MM-DD: the month key from the digits */
		row->month = ((s[0] - '0') * 1000 + (s[1] - '0') * 100 +
		    (s[2] - '0') * 10 + (s[3] - '0')) * 12 +
		    (s[5] - '0') * 10 + (s[6] - '0') - 1;
	s = csv_reader_field(r, ix->c_stream);
	if ((row->stream = find_stream(ix, w, s, len)) < 0) {
		char *hint = wf_stream_ids(w);

		bad(d, r, hint, "unknown stream '%.*s'", (int)len, s);
		free(hint);
		ok = -1;
	}
	s = csv_reader_field(r, ix->c_terr);
	if (csv_reader_field_len(r, ix->c_terr) != 2 || s[0] < 'A' ||
	    s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z')
		bad(d, r, "an ISO 3166-1 code: FR, BE, DE...", "'%s' is not a "
		    "territory code", s), ok = -1;
	else
		memcpy(row->terr, s, 3);
	return ok;
}

static int
parse_kind(struct row *row, const struct csv_reader *r,
    const struct index *ix, struct diag *d)
{
	const char *s = csv_reader_field(r, ix->c_kind);

	row->kind = K_RECEIPT;
	if (*s == '\0' || strcmp(s, "receipt") == 0)
		return 0;
	if (strcmp(s, "advance") == 0) {
		row->kind = K_ADVANCE;
		return 0;
	}
	bad(d, r, "one of: receipt, advance", "unknown kind '%s'", s);
	return -1;
}

/* amount, admissions, average_price. */
static int
parse_amounts(struct row *row, const struct csv_reader *r,
    const struct index *ix, struct diag *d)
{
	const char *s = csv_reader_field(r, ix->c_amount), *why;
	size_t len = csv_reader_field_len(r, ix->c_amount);
	int ok = 0;

	row->has_amount = len > 0;
	if (len > 0 && money_parse_n(s, len, &row->amount, &why) < 0)
		bad(d, r, NULL, "'%s' is not an amount: %s", s, why), ok = -1;
	s = csv_reader_field(r, ix->c_adm);
	len = csv_reader_field_len(r, ix->c_adm);
	row->has_admissions = len > 0;
	if (len > 0 && parse_count(s, len, &row->admissions) < 0)
		bad(d, r, NULL, "admissions '%s' is not a whole number",
		    s), ok = -1;
	s = csv_reader_field(r, ix->c_price);
	len = csv_reader_field_len(r, ix->c_price);
	row->has_price = len > 0;
	if (len > 0 && money_parse_n(s, len, &row->price, &why) < 0)
		bad(d, r, NULL, "'%s' is not an amount: %s", s, why), ok = -1;
	return ok;
}

/* With admissions and an average price, the amount is their product,
 * give or take half a cent an admission (the average price is rounded to
 * the cent); without an amount, it is the product. */
static int
check_product(struct row *row, const struct csv_reader *r, struct diag *d)
{
	int64_t product, diff, adm = row->admissions < 0 ? -row->admissions :
	    row->admissions;
	char a[MONEY_BUFSZ], b[MONEY_BUFSZ];

	if (__builtin_mul_overflow(row->admissions, row->price, &product) ||
	    product > MONEY_MAX || product < -MONEY_MAX) {
		bad(d, r, NULL, "admissions times average price is out of "
		    "range");
		return -1;
	}
	if (!row->has_amount) {
		row->amount = product;
		row->has_amount = 1;
	}
	diff = row->amount > product ? row->amount - product :
	    product - row->amount;
	if (diff <= adm / 2)
		return 0;
	bad(d, r, "amount is the box office, admissions times the average "
	    "price", "amount %s does not match admissions times average price "
	    "(%s)", money_format(a, row->amount), money_format(b, product));
	return -1;
}

/* Admissions and average price belong to theatrical receipts. */
static int
check_box_office(struct row *row, const struct csv_reader *r,
    const struct waterfall *w, struct diag *d)
{
	const struct stream *st = &w->streams[row->stream];

	if ((row->has_admissions || row->has_price) &&
	    (!st->is_theatrical || row->kind == K_ADVANCE)) {
		bad(d, r, "admissions and average_price are for theatrical "
		    "receipts", "admissions on stream '%s'%s", st->id,
		    row->kind == K_ADVANCE ? ", for an advance" : "");
		return -1;
	}
	if (row->has_admissions && row->has_price &&
	    check_product(row, r, d) < 0)
		return -1;
	if (!row->has_amount) {
		bad(d, r, "give the amount, or for theatrical receipts the "
		    "admissions and average price", "no amount");
		return -1;
	}
	return 0;
}

static int
parse_row(struct row *row, const struct csv_reader *r,
    const struct index *ix, const struct waterfall *w, struct diag *d)
{
	int ok = 0;

	ok |= parse_date_stream(row, r, ix, w, d);
	ok |= parse_kind(row, r, ix, d);
	ok |= parse_amounts(row, r, ix, d);
	if (ok == 0)
		ok = check_box_office(row, r, w, d);
	if (ok == 0 && row->kind == K_ADVANCE &&
	    w->streams[row->stream].mg_tier < 0) {
		bad(d, r, "an advance recoups through an 'mg' tier of the "
		    "distribution tiers", "advance on stream '%s', which has "
		    "no minimum guarantee", w->streams[row->stream].id);
		ok = -1;
	}
	return ok;
}

static int
add(int64_t *sum, int64_t v, struct index *ix, const struct csv_reader *r,
    struct diag *d)
{
	if (!__builtin_add_overflow(*sum, v, sum) && *sum <= MONEY_MAX &&
	    *sum >= -MONEY_MAX)
		return 0;
	if (!ix->overflow++)
		bad(d, r, NULL, "receipts add up beyond "
		    "999 999 999 999 999.99");
	return -1;
}

static void
add_theatrical(int64_t *v, const struct row *row, const struct bo_split *bo,
    struct index *ix, const struct csv_reader *r, struct diag *d)
{
	int i;

	for (i = 0; i < BO_N; i++)
		(void)add(&v[C_VAT + i], bo->part[i], ix, r, d);
	(void)add(&v[C_ENTERED], bo->rbd, ix, r, d);
	(void)add(&v[C_BOX_NET], bo->net, ix, r, d);
	if (row->has_admissions)
		(void)add(&v[C_ADMISSIONS], row->admissions, ix, r, d);
}

static void
add_row(struct receipts *rc, const struct waterfall *w, struct index *ix,
    const struct row *row, const struct csv_reader *r, struct diag *d)
{
	const struct stream *st = &w->streams[row->stream];
	int32_t key = row->month;
	struct bo_split bo;
	const char *why;
	int64_t *v;

	if (row->kind == K_ADVANCE)
		(void)add(&ix->advances[st->mg_tier], row->amount, ix, r, d);
	else if (st->is_theatrical && rc_theatrical_split(&w->legal, &st->th,
	    row->date, row->amount, w->rounding, &bo, &why) < 0) {
		bad(d, r, "see share/recoup/fr-rates.yaml and the stream's "
		    "theatrical terms", "%s", why);
		return;
	}
	if (row->date > rc->as_of) {
		rc->after++;
		return;
	}
	v = month_sums(rc, ix, key) + row->stream * NCOMP;
	if (row->kind == K_ADVANCE) {
		(void)add(&v[C_ADVANCE], row->amount, ix, r, d);
		return;
	}
	(void)add(&v[C_GROSS], row->amount, ix, r, d);
	if (st->is_theatrical)
		add_theatrical(v, row, &bo, ix, r, d);
	else
		(void)add(&v[C_ENTERED], row->amount, ix, r, d);
	if (st->mode == MODE_INTERNATIONAL)
		(void)add(&terr_cell(rc, ix, key, row->stream,
		    row->terr)->amount, row->amount, ix, r, d);
}

/* Advances paid against a minimum guarantee cannot exceed it. */
static void
check_advances(const struct index *ix, const struct waterfall *w,
    struct diag *d)
{
	char a[MONEY_BUFSZ], b[MONEY_BUFSZ];
	size_t i;

	for (i = 0; i < w->ntiers; i++)
		if (w->tiers[i].kind == TIER_MG &&
		    ix->advances[i] > w->tiers[i].cap)
			diag_error(d, &w->tiers[i].pos, "record as advances "
			    "only what the distributor paid against it",
			    "advances paid total %s, over the minimum "
			    "guarantee of %s", money_format(a,
			    ix->advances[i]), money_format(b,
			    w->tiers[i].cap));
}

struct month_pair {
	int32_t key;
	int64_t *v;
};

static int
cmp_month(const void *a, const void *b)
{
	int32_t x = ((const struct month_pair *)a)->key;
	int32_t y = ((const struct month_pair *)b)->key;

	return (x > y) - (x < y);
}

/* Sorts the months, and their sums with them. */
static void
sort_months(struct receipts *rc)
{
	struct month_pair *p = xcalloc(rc->nmonths + 1, sizeof *p);
	size_t i;

	for (i = 0; i < rc->nmonths; i++) {
		p[i].key = rc->month[i];
		p[i].v = rc->v[i];
	}
	qsort(p, rc->nmonths, sizeof *p, cmp_month);
	for (i = 0; i < rc->nmonths; i++) {
		rc->month[i] = p[i].key;
		rc->v[i] = p[i].v;
	}
	free(p);
}

static int
cmp_terr(const void *a, const void *b)
{
	const struct terr_sum *x = a, *y = b;
	int c = x->stream - y->stream;

	if (c == 0)
		c = strcmp(x->code, y->code);
	if (c == 0)
		c = (x->month > y->month) - (x->month < y->month);
	return c;
}

static void
read_rows(struct receipts *rc, const struct waterfall *w,
    struct csv_reader *r, struct diag *d)
{
	struct index *ix = rc->index;
	struct row row;

	while (csv_reader_next(r)) {
		rc->rows++;
		if (parse_row(&row, r, ix, w, d) < 0)
			continue;
		add_row(rc, w, ix, &row, r, d);
		if (row.date <= rc->as_of && row.date < rc->first)
			rc->first = row.date;
		if (row.date <= rc->as_of && row.date > rc->last)
			rc->last = row.date;
	}
}

int
rc_receipts_read_csv(struct receipts *rc, const struct waterfall *w,
    struct csv_reader *r, struct diag *diag)
{
	unsigned before = diag->errors;

	if (csv_reader_header(r, required_cols) == 0) {
		find_columns(rc->index, r);
		read_rows(rc, w, r, diag);
		check_advances(rc->index, w, diag);
	}
	sort_months(rc);
	if (rc->nterr > 0)
		qsort(rc->terr, rc->nterr, sizeof *rc->terr, cmp_terr);
	return diag->errors == before ? 0 : -1;
}

int
rc_receipts_read(struct receipts *rc, const struct waterfall *w,
    const char *path, struct diag *diag)
{
	struct csv_reader *r;
	int status;

	if ((r = csv_reader_open(path, ',', diag)) == NULL)
		return -1;
	status = rc_receipts_read_csv(rc, w, r, diag);
	csv_reader_close(r);
	return status;
}
