/*
 * document.c: the printable devis and plan de financement, in French,
 * on A4 pages in the toolchain's document frame (html.h).
 */
#include <stdlib.h>

#include "date.h"
#include "html.h"
#include "render.h"
#include "xalloc.h"

static const char css[] =
    "table.meta { width: auto; margin-bottom: 4mm; }\n"
    "table.meta th { width: 40mm; }\n";

static void
meta_row(FILE *f, const char *name, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	fputs("<tr><th>", f);
	html_text(f, name);
	fputs("</th><td>", f);
	html_text(f, value);
	fputs("</td></tr>\n", f);
}

/* Title block: the film, the producer, the version and the work. */
static void
meta(FILE *f, const struct bcnc_budget *b, const char *what)
{
	char date[DATE_BUFSZ], *work;

	fputs("<h1>", f);
	html_text(f, what);
	fputs(" — ", f);
	html_text(f, b->title);
	fputs("</h1>\n<table class=\"meta\">\n", f);
	meta_row(f, "Production", b->production);
	meta_row(f, "Version", b->version);
	meta_row(f, "Date", date_format_fr(date, b->date));
	meta_row(f, "Modèle", b->tmpl->label);
	work = b->minutes > 0 ? xasprintf("%s, %s, %ld minutes%s",
	    bcnc_work_labels_fr[b->work], bcnc_genre_labels_fr[b->genre],
	    b->minutes, b->french ? ", version originale française" : "") :
	    xasprintf("%s, %s%s", bcnc_work_labels_fr[b->work],
	    bcnc_genre_labels_fr[b->genre], b->french ?
	    ", version originale française" : "");
	meta_row(f, "Œuvre", work);
	free(work);
	fputs("</table>\n", f);
}

static void
section(FILE *f, const char *title, struct table *t)
{
	fputs("<div class=\"page\">\n<h2>", f);
	html_text(f, title);
	fputs("</h2>\n", f);
	table_write(t, FMT_HTML, f);
	fputs("</div>\n", f);
	table_free(t);
}

void
bcnc_html_devis(const struct bcnc_budget *b, const struct bcnc_plan *p,
    FILE *f)
{
	char *title = xasprintf("Devis — %s", b->title);
	struct table *t = bcnc_summary_table(b);

	html_begin(f, title, css);
	fputs("<div class=\"page\">\n", f);
	meta(f, b, "Devis de production");
	fputs("<h2>Récapitulatif</h2>\n", f);
	table_write(t, FMT_HTML, f);
	table_free(t);
	fputs("</div>\n", f);
	section(f, "Devis détaillé", bcnc_devis_table(b));
	if (p != NULL)
		section(f, "Plan de financement", bcnc_plan_table(p, 0));
	html_end(f);
	free(title);
}

void
bcnc_html_plan(const struct bcnc_budget *b, const struct bcnc_plan *p,
    FILE *f)
{
	char *title = xasprintf("Plan de financement — %s", b->title);
	struct table *t = bcnc_plan_table(p, 0);

	html_begin(f, title, css);
	meta(f, b, "Plan de financement");
	table_write(t, FMT_HTML, f);
	table_free(t);
	html_end(f);
	free(title);
}

void
bcnc_html_report(const char *title, const struct table *t, FILE *f)
{
	html_begin(f, title, css);
	fputs("<h1>", f);
	html_text(f, title);
	fputs("</h1>\n", f);
	table_write(t, FMT_HTML, f);
	html_end(f);
}
