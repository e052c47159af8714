/*
 * render.c: the choice of report, and the scene list: streamed as CSV or
 * TSV (breakdown(5)), or kept for an aligned table or HTML.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "csvio.h"
#include "html.h"
#include "render.h"
#include "xalloc.h"

static const char *const report_names[SB_NREPORTS] = {
	"scenes", "sets", "characters", "elements", "summary", "sheets"
};

enum sb_report
sb_report_parse(const char *name)
{
	int i;

	for (i = 0; i < SB_NREPORTS; i++)
		if (strcmp(name, report_names[i]) == 0)
			return (enum sb_report)i;
	return SB_NREPORTS;
}

const char *
sb_report_name(enum sb_report r)
{
	return r < SB_NREPORTS ? report_names[r] : "?";
}

/* Writes v in decimal at p; returns the end. */
static char *
decimal(char *p, unsigned long v)
{
	char tmp[24];
	size_t n = 0;

	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	while (n > 0)
		*p++ = tmp[--n];
	return p;
}

const char *
sb_eighths_text(char buf[32], unsigned long eighths)
{
	unsigned long pages = eighths / 8, rest = eighths % 8;
	char *p = buf;

	if (pages > 0 || rest == 0)
		p = decimal(p, pages);
	if (pages > 0 && rest > 0)
		*p++ = ' ';
	if (rest > 0) {
		*p++ = (char)('0' + rest);
		*p++ = '/';
		*p++ = '8';
	}
	*p = '\0';
	return buf;
}

/* A count as a CSV field, without printf. */
static void
csv_count(struct csv_writer *w, unsigned long v)
{
	char buf[24];

	csv_putn(w, buf, (size_t)(decimal(buf, v) - buf));
}

void
sb_table_write(const struct table *t, const struct sb_render_opts *o,
    const struct sb_doc *d, const char *what, FILE *f)
{
	char *title;

	if (o->format != FMT_HTML) {
		table_write(t, o->format, f);
		return;
	}
	title = xasprintf("%s — %s", what, d->title != NULL ? d->title :
	    o->source);
	html_begin(f, title, NULL);
	fputs("<h1>", f);
	html_text(f, title);
	fputs("</h1>\n", f);
	table_write(t, FMT_HTML, f);
	html_end(f);
	free(title);
}

struct sb_sink *
sb_render_new(const struct sb_rules *r, const struct sb_render_opts *o,
    FILE *f)
{
	switch (o->report) {
	case SB_R_SCENES:
		return sb_scenes_sink(r, o, f);
	case SB_R_SHEETS:
		return sb_sheets_sink(r, o, f);
	default:
		return sb_reports_sink(r, o, f);
	}
}

void
sb_render_free(struct sb_sink *s)
{
	if (s == NULL)
		return;
	if (s->free != NULL)
		s->free(s->ctx);
	free(s);
}

/* --- the scene list ----------------------------------------------------- */

struct scenes {
	const struct sb_rules *r;
	struct sb_render_opts o;
	FILE *f;
	struct csv_writer w;	/* CSV and TSV: streamed */
	struct table *t;	/* table and HTML: kept */
	struct buf tmp;		/* a list being joined */
};

/* The breakdown's first columns, fixed by breakdown(5) and read by
 * budget-cnc; the element categories and the rest follow. */
static const char *const head[] = {
	"scene", "heading", "int_ext", "set", "subset", "time", "page",
	"eighths", "length", "cast", "silent", "extras", "light",
	"silhouettes", "figurants", "synopsis"
};
static const char *const tail[] = { "suggestions", "line" };

/* A list in one cell, items separated by ';' (cineprod(7)), joined in
 * tmp. */
static void
csv_list(struct csv_writer *w, const struct sb_list *l, struct buf *tmp)
{
	size_t i;

	buf_clear(tmp);
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_addc(tmp, ';');
		buf_adds(tmp, l->v[i]);
	}
	csv_putn(w, buf_str(tmp), tmp->len);
}

static void
csv_header(struct scenes *s)
{
	size_t i;

	for (i = 0; i < sizeof head / sizeof *head; i++)
		csv_put(&s->w, head[i]);
	for (i = 0; i < s->r->ncats; i++)
		csv_put(&s->w, s->r->cats[i].id);
	for (i = 0; i < sizeof tail / sizeof *tail; i++)
		csv_put(&s->w, tail[i]);
	csv_endrow(&s->w);
}

static void
csv_scene(struct scenes *s, const struct sb_scene *sc)
{
	char len[32];
	size_t i;

	csv_put(&s->w, sc->number);
	csv_put(&s->w, sc->heading);
	csv_put(&s->w, sc->int_ext);
	csv_put(&s->w, sc->set);
	csv_put(&s->w, sc->subset);
	csv_put(&s->w, sc->time);
	csv_count(&s->w, (unsigned long)sc->page);
	csv_count(&s->w, sc->eighths);
	csv_put(&s->w, sb_eighths_text(len, sc->eighths));
	csv_list(&s->w, &sc->cast, &s->tmp);
	csv_list(&s->w, &sc->silent, &s->tmp);
	csv_count(&s->w, sc->extras);
	csv_put(&s->w, sc->light);
	csv_list(&s->w, &sc->silhouettes, &s->tmp);
	csv_list(&s->w, &sc->figurants, &s->tmp);
	csv_put(&s->w, sc->synopsis != NULL ? sc->synopsis : "");
	for (i = 0; i < s->r->ncats; i++)
		csv_list(&s->w, &sc->elems[i], &s->tmp);
	csv_list(&s->w, &sc->suggestions, &s->tmp);
	csv_count(&s->w, sc->pos.line);
	csv_endrow(&s->w);
}

static void
table_list(struct table *t, const struct sb_list *l)
{
	char *s = sb_list_join(l, ", ");

	table_text(t, s);
	free(s);
}

static void
table_scene(struct scenes *s, const struct sb_scene *sc)
{
	char len[32];

	table_row(s->t, 0);
	table_text(s->t, sc->number);
	table_text(s->t, sc->int_ext);
	table_text(s->t, sc->set);
	table_text(s->t, sc->subset);
	table_text(s->t, sc->time_label);
	table_int(s->t, sc->page);
	table_text(s->t, sb_eighths_text(len, sc->eighths));
	table_list(s->t, &sc->cast);
	table_list(s->t, &sc->silent);
	table_int(s->t, sc->extras);
}

static void
scenes_scene(void *ctx, const struct sb_scene *sc)
{
	struct scenes *s = ctx;

	if (s->t != NULL)
		table_scene(s, sc);
	else
		csv_scene(s, sc);
}

static void
scenes_finish(void *ctx, const struct sb_doc *d)
{
	struct scenes *s = ctx;

	if (s->t != NULL)
		sb_table_write(s->t, &s->o, d, "Dépouillement", s->f);
}

static void
scenes_free(void *ctx)
{
	struct scenes *s = ctx;

	table_free(s->t);
	buf_free(&s->tmp);
	free(s);
}

/* The columns of the scene list as a table: a stripboard's. */
static struct table *
scenes_table(void)
{
	struct table *t = table_new();

	table_col(t, "scene", "Séq.", COL_TEXT);
	table_col(t, "int_ext", "Int/Ext", COL_TEXT);
	table_col(t, "set", "Décor", COL_TEXT);
	table_col(t, "subset", "Sous-décor", COL_TEXT);
	table_col(t, "time", "Effet", COL_TEXT);
	table_col(t, "page", "Page", COL_INT);
	table_col(t, "length", "Long.", COL_TEXT);
	table_col(t, "cast", "Rôles", COL_TEXT);
	table_col(t, "silent", "Muets", COL_TEXT);
	table_col(t, "extras", "Fig.", COL_INT);
	return t;
}

struct sb_sink *
sb_scenes_sink(const struct sb_rules *r, const struct sb_render_opts *o,
    FILE *f)
{
	struct sb_sink *sink = xcalloc(1, sizeof *sink);
	struct scenes *s = xcalloc(1, sizeof *s);

	s->r = r;
	s->o = *o;
	s->f = f;
	if (o->format == FMT_CSV || o->format == FMT_TSV) {
		csv_writer_init(&s->w, f, o->format == FMT_TSV ?
		    CSV_STYLE_TSV : CSV_STYLE_CSV);
		csv_header(s);
	} else
		s->t = scenes_table();
	sink->scene = scenes_scene;
	sink->finish = scenes_finish;
	sink->free = scenes_free;
	sink->ctx = s;
	return sink;
}
