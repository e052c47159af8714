/*
 * table.c: typed report tables and their writers.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "csvio.h"
#include "date.h"
#include "err.h"
#include "html.h"
#include "table.h"
#include "utf8.h"
#include "xalloc.h"

struct column {
	char *name, *label;
	enum table_type type;
};

struct cell {
	int set;
	char *s;	/* COL_TEXT */
	int64_t v;	/* other types */
};

struct row {
	unsigned flags;
	struct cell *cells;
	size_t n;
};

struct table {
	struct column *cols;
	size_t ncols, capcols;
	struct row *rows;
	size_t nrows, caprows;
};

struct table *
table_new(void)
{
	return xcalloc(1, sizeof(struct table));
}

void
table_free(struct table *t)
{
	size_t i, j;

	if (t == NULL)
		return;
	for (i = 0; i < t->nrows; i++) {
		for (j = 0; j < t->rows[i].n; j++)
			free(t->rows[i].cells[j].s);
		free(t->rows[i].cells);
	}
	for (i = 0; i < t->ncols; i++) {
		free(t->cols[i].name);
		free(t->cols[i].label);
	}
	free(t->rows);
	free(t->cols);
	free(t);
}

int
table_col(struct table *t, const char *name, const char *label,
    enum table_type type)
{
	struct column *c;

	xgrow(&t->cols, &t->capcols, t->ncols + 1, sizeof *t->cols);
	c = &t->cols[t->ncols];
	c->name = xstrdup(name);
	c->label = xstrdup(label != NULL ? label : name);
	c->type = type;
	return (int)t->ncols++;
}

void
table_row(struct table *t, unsigned flags)
{
	struct row *r;

	xgrow(&t->rows, &t->caprows, t->nrows + 1, sizeof *t->rows);
	r = &t->rows[t->nrows++];
	r->flags = flags;
	r->cells = xcalloc(t->ncols, sizeof *r->cells);
	r->n = 0;
}

static struct cell *
next_cell(struct table *t)
{
	struct row *r;

	if (t->nrows == 0)
		table_row(t, 0);
	r = &t->rows[t->nrows - 1];
	if (r->n >= t->ncols)
		err_die(EXIT_TROUBLE, "internal error: too many cells in a "
		    "table row");
	return &r->cells[r->n++];
}

void
table_text(struct table *t, const char *s)
{
	struct cell *c = next_cell(t);

	c->set = s != NULL;
	c->s = s != NULL ? xstrdup(s) : NULL;
}

void
table_textf(struct table *t, const char *fmt, ...)
{
	struct cell *c = next_cell(t);
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	c->s = xmalloc((size_t)(n < 0 ? 0 : n) + 1);
	c->s[0] = '\0';
	va_start(ap, fmt);
	vsnprintf(c->s, (size_t)(n < 0 ? 0 : n) + 1, fmt, ap);
	va_end(ap);
	c->set = 1;
}

static void
put_value(struct table *t, int64_t v)
{
	struct cell *c = next_cell(t);

	c->set = 1;
	c->v = v;
}

void
table_money(struct table *t, int64_t cents)
{
	put_value(t, cents);
}

void
table_int(struct table *t, long long v)
{
	put_value(t, v);
}

void
table_date(struct table *t, int32_t day)
{
	put_value(t, day);
}

void
table_rate(struct table *t, rate_t r)
{
	put_value(t, r);
}

void
table_fixed2(struct table *t, int64_t hundredths)
{
	put_value(t, hundredths);
}

void
table_empty(struct table *t)
{
	next_cell(t)->set = 0;
}

size_t
table_nrows(const struct table *t)
{
	return t->nrows;
}

/* The cell as text: machine form when machine is set, else French. */
static const char *
cell_text(const struct cell *c, enum table_type type, int machine,
    char *buf, size_t size)
{
	if (!c->set)
		return "";
	switch (type) {
	case COL_TEXT:
		return c->s;
	case COL_MONEY:
		return machine ? money_format(buf, c->v) :
		    money_format_fr(buf, c->v, 0);
	case COL_INT:
		snprintf(buf, size, "%lld", (long long)c->v);
		return buf;
	case COL_DATE:
		return date_format(buf, (int32_t)c->v);
	case COL_RATE:
		return machine ? rate_format(buf, c->v) : rate_format_fr(buf,
		    c->v);
	case COL_FIXED2:
		fixed_format(buf, size, c->v, 2, 2);
		if (!machine && strchr(buf, '.') != NULL)
			*strchr(buf, '.') = ',';
		return buf;
	}
	return "";
}

static void
write_csv(const struct table *t, enum csv_style style, FILE *f)
{
	struct csv_writer w;
	char buf[MONEY_BUFSZ];
	size_t i, j;

	csv_writer_init(&w, f, style);
	for (j = 0; j < t->ncols; j++)
		csv_put(&w, t->cols[j].name);
	csv_endrow(&w);
	for (i = 0; i < t->nrows; i++) {
		for (j = 0; j < t->ncols; j++)
			csv_put(&w, j < t->rows[i].n ?
			    cell_text(&t->rows[i].cells[j], t->cols[j].type, 1,
			    buf, sizeof buf) : "");
		csv_endrow(&w);
	}
}

static void
pad(FILE *f, size_t n)
{
	while (n-- > 0)
		putc(' ', f);
}

static void
write_cell(FILE *f, const char *s, size_t width, int right, int last)
{
	size_t w = utf8_width(s, strlen(s));

	if (right)
		pad(f, width - w);
	fputs(s, f);
	if (!right && !last)
		pad(f, width - w);
}

static void
write_rule(FILE *f, const size_t *width, size_t n)
{
	size_t j, k;

	for (j = 0; j < n; j++) {
		if (j > 0)
			fputs("  ", f);
		for (k = 0; k < width[j]; k++)
			putc('-', f);
	}
	putc('\n', f);
}

static void
write_line(const struct table *t, const struct row *r, const size_t *width,
    FILE *f)
{
	char buf[MONEY_BUFSZ];
	size_t j;

	for (j = 0; j < t->ncols; j++) {
		const char *s = j < r->n ? cell_text(&r->cells[j],
		    t->cols[j].type, 0, buf, sizeof buf) : "";

		if (j > 0)
			fputs("  ", f);
		write_cell(f, s, width[j], t->cols[j].type != COL_TEXT,
		    j + 1 == t->ncols);
	}
	putc('\n', f);
}

static void
write_aligned(const struct table *t, FILE *f)
{
	size_t *width = xcalloc(t->ncols + 1, sizeof *width);
	char buf[MONEY_BUFSZ];
	size_t i, j, w;

	for (j = 0; j < t->ncols; j++)
		width[j] = utf8_width(t->cols[j].label,
		    strlen(t->cols[j].label));
	for (i = 0; i < t->nrows; i++)
		for (j = 0; j < t->rows[i].n; j++) {
			const char *s = cell_text(&t->rows[i].cells[j],
			    t->cols[j].type, 0, buf, sizeof buf);

			if ((w = utf8_width(s, strlen(s))) > width[j])
				width[j] = w;
		}
	for (j = 0; j < t->ncols; j++) {
		if (j > 0)
			fputs("  ", f);
		write_cell(f, t->cols[j].label, width[j],
		    t->cols[j].type != COL_TEXT, j + 1 == t->ncols);
	}
	putc('\n', f);
	write_rule(f, width, t->ncols);
	for (i = 0; i < t->nrows; i++) {
		if ((t->rows[i].flags & ROW_TOTAL) && i > 0 &&
		    !(t->rows[i - 1].flags & ROW_TOTAL))
			write_rule(f, width, t->ncols);
		write_line(t, &t->rows[i], width, f);
	}
	free(width);
}

static void
write_html(const struct table *t, FILE *f)
{
	char buf[MONEY_BUFSZ];
	size_t i, j;

	fputs("<table>\n<thead><tr>", f);
	for (j = 0; j < t->ncols; j++) {
		fputs(t->cols[j].type != COL_TEXT ? "<th class=\"num\">" :
		    "<th>", f);
		html_text(f, t->cols[j].label);
		fputs("</th>", f);
	}
	fputs("</tr></thead>\n<tbody>\n", f);
	for (i = 0; i < t->nrows; i++) {
		const struct row *r = &t->rows[i];

		fputs(r->flags & ROW_TOTAL ? "<tr class=\"total\">" :
		    r->flags & ROW_HEADING ? "<tr class=\"heading\">" :
		    "<tr>", f);
		for (j = 0; j < t->ncols; j++) {
			fputs(t->cols[j].type != COL_TEXT ?
			    "<td class=\"num\">" : "<td>", f);
			if (j < r->n)
				html_text(f, cell_text(&r->cells[j],
				    t->cols[j].type, 0, buf, sizeof buf));
			fputs("</td>", f);
		}
		fputs("</tr>\n", f);
	}
	fputs("</tbody>\n</table>\n", f);
}

void
table_write(const struct table *t, enum format fmt, FILE *f)
{
	switch (format_resolve(fmt, f)) {
	case FMT_CSV:
		write_csv(t, CSV_STYLE_CSV, f);
		break;
	case FMT_TSV:
		write_csv(t, CSV_STYLE_TSV, f);
		break;
	case FMT_HTML:
		write_html(t, f);
		break;
	default:
		write_aligned(t, f);
		break;
	}
}

static const char *const format_names[FMT_NFORMATS] = {
	[FMT_AUTO] = "auto", [FMT_TABLE] = "table", [FMT_CSV] = "csv",
	[FMT_TSV] = "tsv", [FMT_HTML] = "html", [FMT_TEXT] = "text",
	[FMT_XLSX] = "xlsx", [FMT_SVG] = "svg", [FMT_ICS] = "ics",
	[FMT_XML] = "xml",
};

enum format
format_parse(const char *name)
{
	int i;

	for (i = 0; i < FMT_NFORMATS; i++)
		if (strcmp(name, format_names[i]) == 0)
			return (enum format)i;
	return FMT_NFORMATS;
}

const char *
format_name(enum format fmt)
{
	return fmt < FMT_NFORMATS ? format_names[fmt] : "?";
}

enum format
format_resolve(enum format fmt, FILE *f)
{
	if (fmt != FMT_AUTO)
		return fmt;
	return isatty(fileno(f)) ? FMT_TABLE : FMT_CSV;
}

enum format
format_option(const char *arg, unsigned offered)
{
	enum format fmt = format_parse(arg);
	struct buf list = BUF_INIT;
	int i;

	if (fmt != FMT_NFORMATS && (offered & (1u << fmt)))
		return fmt;
	for (i = 0; i < FMT_NFORMATS; i++)
		if (offered & (1u << i))
			buf_addf(&list, "%s%s", list.len ? ", " : "",
			    format_names[i]);
	err_warn("unknown format '%s'", arg);
	fprintf(stderr, "  hint: formats: %s\n", buf_str(&list));
	buf_free(&list);
	exit(EXIT_TROUBLE);
}
