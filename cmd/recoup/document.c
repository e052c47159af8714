/*
 * document.c: a statement as a list of blocks (titles, fields, paragraphs,
 * tables), written either as plain text or as printable HTML in the shared
 * A4 frame (html.h), so that both say exactly the same thing.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "document.h"
#include "html.h"
#include "utf8.h"
#include "xalloc.h"

enum block_kind { B_TITLE, B_SUBTITLE, B_HEADING, B_FIELD, B_PARA, B_TABLE };

struct block {
	enum block_kind kind;
	char *text, *value;
	struct table *t;
};

struct document {
	char *title;
	struct block *b;
	size_t n, cap;
};

struct document *
rdoc_new(const char *title)
{
	struct document *d = xcalloc(1, sizeof *d);

	d->title = xstrdup(title);
	return d;
}

void
rdoc_free(struct document *d)
{
	size_t i;

	if (d == NULL)
		return;
	for (i = 0; i < d->n; i++) {
		free(d->b[i].text);
		free(d->b[i].value);
		table_free(d->b[i].t);
	}
	free(d->b);
	free(d->title);
	free(d);
}

/* Appends a block holding text (taken over, may be NULL). */
static struct block *
push(struct document *d, enum block_kind kind, char *text)
{
	struct block *bl;

	xgrow(&d->b, &d->cap, d->n + 1, sizeof *d->b);
	bl = &d->b[d->n++];
	memset(bl, 0, sizeof *bl);
	bl->kind = kind;
	bl->text = text;
	return bl;
}

static char *
format(const char *fmt, va_list ap)
{
	va_list aq;
	char *s;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		err_die(EXIT_TROUBLE, "cannot format '%s'", fmt);
	s = xmalloc((size_t)n + 1);
	(void)vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

#define ADDER(name, kind)						\
void									\
name(struct document *d, const char *fmt, ...)				\
{									\
	va_list ap;							\
									\
	va_start(ap, fmt);						\
	(void)push(d, kind, format(fmt, ap));				\
	va_end(ap);							\
}

ADDER(rdoc_title, B_TITLE)
ADDER(rdoc_subtitle, B_SUBTITLE)
ADDER(rdoc_heading, B_HEADING)
ADDER(rdoc_para, B_PARA)

void
rdoc_field(struct document *d, const char *label, const char *fmt, ...)
{
	va_list ap;
	struct block *bl;

	va_start(ap, fmt);
	bl = push(d, B_FIELD, xstrdup(label));
	bl->value = format(fmt, ap);
	va_end(ap);
}

void
rdoc_table(struct document *d, struct table *t)
{
	push(d, B_TABLE, NULL)->t = t;
}

/* Field labels line up on the widest of a run of fields. */
static size_t
field_width(const struct document *d, size_t i)
{
	size_t w = 0, l;

	for (; i < d->n && d->b[i].kind == B_FIELD; i++)
		if ((l = utf8_width(d->b[i].text, strlen(d->b[i].text))) > w)
			w = l;
	return w;
}

static void
underline(FILE *f, const char *s, char c)
{
	size_t n = utf8_width(s, strlen(s));

	while (n-- > 0)
		putc(c, f);
	putc('\n', f);
}

/* The length of the word at s: up to a space where a line may break,
 * which is not one inside an amount ("1 234,56 €"). */
static size_t
word_len(const char *s)
{
	size_t i = 0;

	for (;;) {
		while (s[i] != '\0' && s[i] != ' ')
			i++;
		if (s[i] == '\0' || i == 0 || !isdigit((unsigned char)s[i - 1]) ||
		    !(isdigit((unsigned char)s[i + 1]) ||
		    strncmp(s + i + 1, "€", strlen("€")) == 0))
			return i;
		i++;
	}
}

/* s wrapped at `width` columns, breaking at spaces. */
static void
wrap(FILE *f, const char *s, size_t width)
{
	size_t col = 0, len, w;

	while (*s != '\0') {
		len = word_len(s);
		w = utf8_width(s, len);
		if (col > 0 && col + 1 + w > width) {
			putc('\n', f);
			col = 0;
		} else if (col > 0) {
			putc(' ', f);
			col++;
		}
		fwrite(s, 1, len, f);
		col += w;
		s += len;
		while (*s == ' ')
			s++;
	}
	putc('\n', f);
}

void
rdoc_write_text(const struct document *d, FILE *f)
{
	size_t i, w = 0, l;

	for (i = 0; i < d->n; i++) {
		const struct block *b = &d->b[i];

		if (b->kind != B_FIELD)
			w = 0;
		if (b->kind == B_TABLE && i > 0 && d->b[i - 1].kind == B_PARA)
			putc('\n', f);
		switch (b->kind) {
		case B_TITLE:
			fprintf(f, "%s\n", b->text);
			underline(f, b->text, '=');
			break;
		case B_SUBTITLE:
			fprintf(f, "%s\n\n", b->text);
			break;
		case B_HEADING:
			fprintf(f, "\n%s\n", b->text);
			underline(f, b->text, '-');
			break;
		case B_FIELD:
			if (w == 0)
				w = field_width(d, i);
			l = utf8_width(b->text, strlen(b->text));
			fprintf(f, "%s%*s : %s\n", b->text, (int)(w - l), "",
			    b->value);
			break;
		case B_PARA:
			putc('\n', f);
			wrap(f, b->text, 78);
			break;
		case B_TABLE:
			table_write(b->t, FMT_TABLE, f);
			break;
		}
	}
}

static void
html_fields(const struct document *d, size_t *i, FILE *f)
{
	fputs("<table class=\"fields\">\n", f);
	for (; *i < d->n && d->b[*i].kind == B_FIELD; (*i)++) {
		fputs("<tr><th>", f);
		html_text(f, d->b[*i].text);
		fputs("</th><td>", f);
		html_text(f, d->b[*i].value);
		fputs("</td></tr>\n", f);
	}
	fputs("</table>\n", f);
	(*i)--;
}

static void
html_block(const struct document *d, size_t *i, FILE *f)
{
	const struct block *b = &d->b[*i];
	static const char *const tags[] = {
		[B_TITLE] = "h1", [B_SUBTITLE] = "p class=\"subtitle\"",
		[B_HEADING] = "h2", [B_PARA] = "p"
	};
	static const char *const ends[] = {
		[B_TITLE] = "h1", [B_SUBTITLE] = "p", [B_HEADING] = "h2",
		[B_PARA] = "p"
	};

	if (b->kind == B_FIELD) {
		html_fields(d, i, f);
		return;
	}
	if (b->kind == B_TABLE) {
		table_write(b->t, FMT_HTML, f);
		return;
	}
	fprintf(f, "<%s>", tags[b->kind]);
	html_text(f, b->text);
	fprintf(f, "</%s>\n", ends[b->kind]);
}

void
rdoc_write_html_body(const struct document *d, FILE *f)
{
	size_t i;

	fputs("<div class=\"page\">\n", f);
	for (i = 0; i < d->n; i++)
		html_block(d, &i, f);
	fputs("</div>\n", f);
}

const char rdoc_css[] =
    "table.fields { width: auto; margin-bottom: 3mm; }\n"
    "table.fields th, table.fields td { border: none;"
    " padding: 0.3mm 3mm 0.3mm 0; background: none; }\n"
    "p.subtitle { font-size: 10pt; margin: 0 0 4mm; }\n";
