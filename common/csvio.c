/*
 * csvio.c: a pull reader over libcsv's push parser, and the writer.
 *
 * The reader parses the input a block at a time. libcsv calls back once per
 * field and once per record end; the callbacks append fields to a byte
 * arena and records to a queue, which csv_reader_next then hands out. A
 * record cut by the end of a block keeps its finished fields at the front
 * of the arena for the next block. libcsv runs with CSV_REPALL_NL so that
 * every line end is seen and blank lines still count for line numbers.
 *
 * Speed: a whole line without a quote, met between records, is split here
 * with memchr and handed to the same callbacks as libcsv would call, with
 * libcsv's own rules (spaces and tabs around an unquoted field trimmed, a
 * CR before the LF a record end of its own); every other line goes
 * through libcsv. A line cut by the block's end waits for the next block.
 */
#include <csv.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "csvio.h"
#include "date.h"
#include "money.h"
#include "utf8.h"
#include "xalloc.h"

#define BLOCK (256 * 1024)

struct field {
	size_t off, len;	/* in arena */
};

struct record {
	unsigned long line;
	size_t first, n;	/* in fields */
	size_t bad_field;	/* 1 + the field with invalid UTF-8, or 0 */
	unsigned long bad_line;	/* the line of that bad byte */
};

struct csv_reader {
	struct csv_parser p;
	FILE *f;
	int own_f;
	char *name;
	struct diag *diag;
	char *block;
	size_t blen, bpos;		/* bytes in block, and parsed */
	int row_state;			/* libcsv's pstate between records */
	int started, eof, failed;

	struct buf arena;		/* field bytes, each NUL-terminated */
	struct field *fields;
	size_t nfields, capfields;
	struct record *recs;
	size_t nrecs, caprecs, cur;	/* recs[cur - 1] is current */

	/* the record being parsed */
	size_t rec_first;		/* its first field */
	unsigned long rec_newlines;	/* line ends inside its fields */
	size_t rec_bad_field;
	unsigned long rec_bad_line;
	unsigned long next_line;	/* where the next record starts */
	int last_term;			/* the last record terminator seen */
	char stop_msg[160];		/* an error that ended reading, */
	unsigned long stop_line;	/* reported after the good records */

	char **header;
	size_t ncols;
	char sep;
	int line_ascii;		/* the fast path's line is plain ASCII */
};

static void
report(struct csv_reader *r, unsigned long line, const char *hint,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void
report(struct csv_reader *r, unsigned long line, const char *hint,
    const char *fmt, ...)
{
	struct srcpos at = { r->name, (unsigned)line, 0 };
	va_list ap;

	va_start(ap, fmt);
	err_vat(&at, NULL, hint, fmt, ap);
	va_end(ap);
	r->diag->errors++;
}

static unsigned long
count_newlines(const char *s, size_t len)
{
	unsigned long n = 0;
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] == '\n' || (s[i] == '\r' &&
		    (i + 1 == len || s[i + 1] != '\n')))
			n++;
	return n;
}

/* 1 when s[0..len) is ASCII without a line end: the common field, which
 * needs neither the UTF-8 check nor the line count. */
static int
plain(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80 || s[i] == '\n' ||
		    s[i] == '\r')
			return 0;
	return 1;
}

static void
on_field(void *s, size_t len, void *data)
{
	struct csv_reader *r = data;
	struct field *fl;
	size_t bad;

	if (!r->line_ascii && !plain(s, len)) {
		if (r->rec_bad_field == 0 && !utf8_valid(s, len, &bad)) {
			r->rec_bad_field = r->nfields - r->rec_first + 1;
			r->rec_bad_line = r->next_line + r->rec_newlines +
			    count_newlines(s, bad);
		}
		r->rec_newlines += count_newlines(s, len);
	}
	if (r->nfields == r->capfields)
		xgrow(&r->fields, &r->capfields, r->nfields + 1,
		    sizeof *r->fields);
	fl = &r->fields[r->nfields++];
	fl->off = r->arena.len;
	fl->len = len;
	if (r->arena.len + len + 1 >= r->arena.cap)
		xgrow(&r->arena.s, &r->arena.cap, r->arena.len + len + 2, 1);
	memcpy(r->arena.s + r->arena.len, s, len);
	r->arena.len += len;
	r->arena.s[r->arena.len++] = '\0';
	r->arena.s[r->arena.len] = '\0';
}

static void
on_record(int term, void *data)
{
	struct csv_reader *r = data;
	struct record *rec;
	size_t n = r->nfields - r->rec_first;
	int prev = r->last_term;

	r->last_term = term;
	if (n == 1 && r->fields[r->rec_first].len == 0) {
		/* a line of blanks: libcsv trimmed them to one empty field */
		r->nfields = r->rec_first;
		r->arena.len = r->fields[r->rec_first].off;
		n = 0;
	}
	if (n == 0) {
		/* a blank line, or the LF of a CRLF */
		if (!(term == '\n' && prev == '\r'))
			r->next_line += 1 + r->rec_newlines;
		r->rec_newlines = 0;
		r->rec_bad_field = 0;
		return;
	}
	xgrow(&r->recs, &r->caprecs, r->nrecs + 1, sizeof *r->recs);
	rec = &r->recs[r->nrecs++];
	rec->line = r->next_line;
	rec->first = r->rec_first;
	rec->n = n;
	rec->bad_field = r->rec_bad_field;
	rec->bad_line = r->rec_bad_line;
	r->next_line += r->rec_newlines + 1;
	r->rec_first = r->nfields;
	r->rec_newlines = 0;
	r->rec_bad_field = 0;
}

struct csv_reader *
csv_reader_new(FILE *f, const char *name, char sep, struct diag *diag)
{
	struct csv_reader *r = xcalloc(1, sizeof *r);

	if (csv_init(&r->p, CSV_STRICT | CSV_REPALL_NL | CSV_STRICT_FINI) != 0)
		err_die(EXIT_TROUBLE, "out of memory");
	csv_set_delim(&r->p, (unsigned char)sep);
	r->row_state = r->p.pstate;
	r->sep = sep;
	r->f = f;
	r->name = xstrdup(name);
	r->diag = diag;
	r->block = xmalloc(BLOCK);
	r->next_line = 1;
	return r;
}

struct csv_reader *
csv_reader_open(const char *path, char sep, struct diag *diag)
{
	struct csv_reader *r;
	FILE *f;

	if (strcmp(path, "-") == 0)
		return csv_reader_new(stdin, "<stdin>", sep, diag);
	if ((f = fopen(path, "r")) == NULL) {
		err_warn_errno("%s", path);
		diag->errors++;
		return NULL;
	}
	r = csv_reader_new(f, path, sep, diag);
	r->own_f = 1;
	return r;
}

void
csv_reader_close(struct csv_reader *r)
{
	size_t i;

	if (r == NULL)
		return;
	csv_free(&r->p);
	if (r->own_f)
		fclose(r->f);
	for (i = 0; i < r->ncols; i++)
		free(r->header[i]);
	free(r->header);
	free(r->name);
	free(r->block);
	buf_free(&r->arena);
	free(r->fields);
	free(r->recs);
	free(r);
}

/* Drops the records handed out; keeps the one being parsed. */
static void
compact(struct csv_reader *r)
{
	size_t keep = r->nfields - r->rec_first, base, i;

	base = keep ? r->fields[r->rec_first].off : r->arena.len;
	if (base > 0)
		memmove(r->arena.s, r->arena.s + base, r->arena.len - base);
	r->arena.len -= base;
	for (i = 0; i < keep; i++) {
		r->fields[i] = r->fields[r->rec_first + i];
		r->fields[i].off -= base;
	}
	r->nfields = keep;
	r->rec_first = 0;
	r->nrecs = r->cur = 0;
}

static const char *
parse_error(struct csv_reader *r)
{
	return r->eof && r->p.quoted ? "unterminated quoted field" :
	    "malformed quoting (a quote inside an unquoted field, or text "
	    "after a closing quote)";
}

/* Ends reading on an error, reported once the records before it are. */
static void
stop(struct csv_reader *r, unsigned long line, const char *msg)
{
	snprintf(r->stop_msg, sizeof r->stop_msg, "%s", msg);
	r->stop_line = line;
	r->failed = r->eof = 1;
}

/* Gives len bytes at s to libcsv; 0, or -1 after stopping on an error. */
static int
feed(struct csv_reader *r, const char *s, size_t len)
{
	if (csv_parse(&r->p, s, len, on_field, on_record, r) == len)
		return 0;
	stop(r, r->next_line + r->rec_newlines, parse_error(r));
	return -1;
}

/* A space that libcsv trims around unquoted fields. */
static int
is_space(const struct csv_reader *r, char c)
{
	return (c == ' ' || c == '\t') && c != r->sep;
}

#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

/* 1 when one of the eight bytes of w is c (exact: no false alarm). */
static int
has_byte(uint64_t w, unsigned char c)
{
	uint64_t x = w ^ (ONES * c);

	return ((x - ONES) & ~x & HIGHS) != 0;
}

/* Looks at the line s[0..len) eight bytes at a time: sets *ascii, and
 * returns 1 when it has a quote or a CR. */
static int
scan_line(const char *s, size_t len, int *ascii)
{
	uint64_t w, bits = 0;
	int special = 0;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		bits |= w;
		special |= has_byte(w, '"') | has_byte(w, '\r');
	}
	for (; i < len; i++) {
		bits |= (unsigned char)s[i];
		special |= s[i] == '"' || s[i] == '\r';
	}
	*ascii = (bits & HIGHS) == 0;
	return special;
}

/* Splits the line s[0..len), which ends with LF, as libcsv would; 0 when
 * the line is not one this fast path takes (a quote, a lone CR). */
static int
split_line(struct csv_reader *r, const char *s, size_t len)
{
	const char *q = s, *e = s + len - 1, *cr = NULL, *d, *t;
	int ascii;

	if (scan_line(s, len, &ascii)) {
		if (memchr(s, '"', len) != NULL)
			return 0;
		if ((cr = memchr(s, '\r', len - 1)) != NULL) {
			if (cr != e - 1)
				return 0;
			e = cr;
		}
	}
	r->line_ascii = ascii;
	while (q < e && is_space(r, *q))
		q++;
	while (q < e) {
		d = memchr(q, r->sep, (size_t)(e - q));
		for (t = d != NULL ? d : e; t > q && is_space(r, t[-1]); t--)
			;
		on_field((void *)(uintptr_t)q, (size_t)(t - q), r);
		if (d == NULL)
			break;
		for (q = d + 1; q < e && is_space(r, *q); q++)
			;
		if (q == e)	/* a separator, then the line's end */
			on_field((void *)(uintptr_t)q, 0, r);
	}
	r->line_ascii = 0;
	on_record(cr != NULL ? '\r' : '\n', r);
	if (cr != NULL)
		on_record('\n', r);
	return 1;
}

/* Parses the complete lines of the block; a line cut by its end stays for
 * the next block, unless it fills the block. */
static void
parse_lines(struct csv_reader *r)
{
	while (r->bpos < r->blen && !r->failed) {
		const char *p = r->block + r->bpos, *nl;
		size_t left = r->blen - r->bpos, len;

		if ((nl = memchr(p, '\n', left)) == NULL) {
			if (r->bpos == 0 && feed(r, p, left) == 0)
				r->bpos = r->blen;
			return;
		}
		len = (size_t)(nl - p) + 1;
		if (r->p.pstate != r->row_state || !split_line(r, p, len))
			if (feed(r, p, len) != 0)
				return;
		r->bpos += len;
	}
}

/* Parses the next block into the queue; 0 at the end of input. */
static int
fill(struct csv_reader *r)
{
	size_t n, keep;

	if (r->eof)
		return 0;
	compact(r);
	keep = r->blen - r->bpos;
	memmove(r->block, r->block + r->bpos, keep);
	r->blen = keep;
	r->bpos = 0;
	n = fread(r->block + keep, 1, BLOCK - keep, r->f);
	if (n == 0) {
		if (ferror(r->f)) {
			char msg[160];

			snprintf(msg, sizeof msg, "read error: %s",
			    strerror(errno));
			stop(r, r->next_line, msg);
			return 0;
		}
		if (keep > 0 && feed(r, r->block, keep) != 0)
			return r->nrecs > 0;
		r->blen = 0;
		r->eof = 1;
		if (csv_fini(&r->p, on_field, on_record, r) != 0)
			stop(r, r->next_line, parse_error(r));
		return r->nrecs > 0;
	}
	r->blen = keep + n;
	if (!r->started) {
		r->bpos = utf8_bom_len(r->block, r->blen);
		r->started = 1;
	}
	parse_lines(r);
	return 1;
}

int
csv_reader_next(struct csv_reader *r)
{
	for (;;) {
		while (r->cur < r->nrecs) {
			struct record *rec = &r->recs[r->cur++];

			if (rec->bad_field > 0) {
				report(r, rec->bad_line, "save the file as "
				    "UTF-8", "invalid UTF-8 in field %zu",
				    rec->bad_field);
				continue;
			}
			if (r->ncols > 0 && rec->n != r->ncols) {
				report(r, rec->line, NULL,
				    "expected %zu fields, found %zu", r->ncols,
				    rec->n);
				continue;
			}
			return 1;
		}
		if (r->eof || !fill(r)) {
			if (r->cur < r->nrecs)
				continue;
			if (r->stop_msg[0] != '\0') {
				report(r, r->stop_line, NULL, "%s",
				    r->stop_msg);
				r->stop_msg[0] = '\0';
			}
			return 0;
		}
	}
}

static const struct record *
current(const struct csv_reader *r)
{
	return r->cur > 0 ? &r->recs[r->cur - 1] : NULL;
}

const char *
csv_reader_field(const struct csv_reader *r, int col)
{
	const struct record *rec = current(r);

	if (rec == NULL || col < 0 || (size_t)col >= rec->n)
		return "";
	return r->arena.s + r->fields[rec->first + (size_t)col].off;
}

size_t
csv_reader_field_len(const struct csv_reader *r, int col)
{
	const struct record *rec = current(r);

	if (rec == NULL || col < 0 || (size_t)col >= rec->n)
		return 0;
	return r->fields[rec->first + (size_t)col].len;
}

size_t
csv_reader_nfields(const struct csv_reader *r)
{
	const struct record *rec = current(r);

	return rec != NULL ? rec->n : 0;
}

unsigned long
csv_reader_line(const struct csv_reader *r)
{
	const struct record *rec = current(r);

	return rec != NULL ? rec->line : 0;
}

const char *
csv_reader_name(const struct csv_reader *r)
{
	return r->name;
}

struct srcpos
csv_reader_pos(const struct csv_reader *r)
{
	struct srcpos at = { r->name, (unsigned)csv_reader_line(r), 0 };

	return at;
}

int
csv_reader_failed(const struct csv_reader *r)
{
	return r->failed;
}

static int
missing_columns(struct csv_reader *r, const char *const *required)
{
	struct buf found = BUF_INIT;
	char *hint;
	size_t i;
	int missing = 0;

	for (i = 0; i < r->ncols; i++)
		buf_addf(&found, "%s%s", i ? ", " : "", r->header[i]);
	hint = xasprintf("the header has: %s", buf_str(&found));
	for (; required != NULL && *required != NULL; required++)
		if (csv_reader_col(r, *required) < 0) {
			report(r, 1, hint, "missing column '%s'", *required);
			missing++;
		}
	free(hint);
	buf_free(&found);
	return missing;
}

int
csv_reader_header(struct csv_reader *r, const char *const *required)
{
	size_t i, j;
	unsigned long line;

	if (!csv_reader_next(r)) {
		if (!r->failed)
			report(r, 1, NULL, "empty file: no header row");
		return -1;
	}
	line = csv_reader_line(r);
	r->ncols = csv_reader_nfields(r);
	r->header = xcalloc(r->ncols, sizeof *r->header);
	for (i = 0; i < r->ncols; i++) {
		r->header[i] = xstrdup(csv_reader_field(r, (int)i));
		for (j = 0; j < i; j++)
			if (strcmp(r->header[i], r->header[j]) == 0)
				report(r, line, NULL,
				    "column '%s' appears twice", r->header[i]);
	}
	return missing_columns(r, required) > 0 ? -1 : 0;
}

int
csv_reader_col(const struct csv_reader *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->ncols; i++)
		if (strcmp(r->header[i], name) == 0)
			return (int)i;
	return -1;
}

size_t
csv_reader_ncols(const struct csv_reader *r)
{
	return r->ncols;
}

const char *
csv_reader_colname(const struct csv_reader *r, int col)
{
	return col >= 0 && (size_t)col < r->ncols ? r->header[col] : "";
}

/* --- writer --------------------------------------------------------------- */

void
csv_writer_init(struct csv_writer *w, FILE *f, enum csv_style style)
{
	w->f = f;
	w->style = style;
	w->started = 0;
}

static int
needs_quotes(const char *s, size_t len)
{
	size_t i;

	if (len > 0 && (s[0] == ' ' || s[0] == '\t' || s[len - 1] == ' ' ||
	    s[len - 1] == '\t'))
		return 1;
	for (i = 0; i < len; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
			return 1;
	return 0;
}

/* Writes s with each character of special replaced by its escape. */
static void
put_escaped(FILE *f, const char *s, size_t len, const char *special,
    const char *const *escape)
{
	size_t i, start = 0;
	const char *hit;

	for (i = 0; i < len; i++) {
		if (s[i] == '\0' || (hit = strchr(special, s[i])) == NULL)
			continue;
		fwrite(s + start, 1, i - start, f);
		fputs(escape[hit - special], f);
		start = i + 1;
	}
	fwrite(s + start, 1, len - start, f);
}

void
csv_putn(struct csv_writer *w, const char *s, size_t len)
{
	static const char *const tsv_escape[] = { "\\t", "\\n", "\\r",
	    "\\\\" };
	static const char *const quote_escape[] = { "\"\"" };

	if (w->started)
		putc(w->style == CSV_STYLE_TSV ? '\t' : ',', w->f);
	w->started = 1;
	if (w->style == CSV_STYLE_TSV) {
		put_escaped(w->f, s, len, "\t\n\r\\", tsv_escape);
	} else if (!needs_quotes(s, len)) {
		fwrite(s, 1, len, w->f);
	} else {
		putc('"', w->f);
		put_escaped(w->f, s, len, "\"", quote_escape);
		putc('"', w->f);
	}
}

void
csv_put(struct csv_writer *w, const char *s)
{
	csv_putn(w, s != NULL ? s : "", s != NULL ? strlen(s) : 0);
}

void
csv_putf(struct csv_writer *w, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n >= 0) {
		xgrow(&b.s, &b.cap, (size_t)n + 1, 1);
		va_start(ap, fmt);
		vsnprintf(b.s, (size_t)n + 1, fmt, ap);
		va_end(ap);
		b.len = (size_t)n;
	}
	csv_putn(w, buf_str(&b), b.len);
	buf_free(&b);
}

void
csv_put_money(struct csv_writer *w, int64_t cents)
{
	char b[MONEY_BUFSZ];

	csv_put(w, money_format(b, cents));
}

void
csv_put_int(struct csv_writer *w, long long v)
{
	char b[32];

	csv_put(w, fixed_format(b, sizeof b, v, 0, 0));
}

void
csv_put_date(struct csv_writer *w, int32_t day)
{
	char b[DATE_BUFSZ];

	csv_put(w, date_format(b, day));
}

void
csv_endrow(struct csv_writer *w)
{
	putc('\n', w->f);
	w->started = 0;
}

void
csv_row(struct csv_writer *w, const char *const *fields, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		csv_put(w, fields[i]);
	csv_endrow(w);
}
