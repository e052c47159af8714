/*
 * sheet.c: the feuilles de dépouillement, one A4 page per scene, in
 * French, as an HTML document to print: the scene's identity (séquence,
 * décor, sous-décor, effet, page, longueur, résumé), then a box per kind
 * of people and per element category, edged with the category's colour,
 * and the dictionary's suggestions apart, to confirm.
 * Fields: screenplay.md §4.3 (LIEU, DÉCOR, EFFET, SÉQ, NBRE DE PAGES,
 * RÔLES, SILHOUETTES, FIGURATION, ...).
 */
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "render.h"
#include "xalloc.h"

struct sheets {
	const struct sb_rules *r;
	struct sb_render_opts o;
	FILE *f;
	unsigned scenes;
	char *title;
};

static const char css[] =
    ".sheet { page-break-after: always; }\n"
    ".sheet:last-of-type { page-break-after: auto; }\n"
    ".head td { border: none; padding: 0; }\n"
    ".head .seq { text-align: right; font-size: 16pt; font-weight: bold; }\n"
    ".info th { width: 22mm; }\n"
    ".boxes { display: flex; flex-wrap: wrap; gap: 2mm; margin-top: 3mm; }\n"
    ".box { flex: 1 1 85mm; border: 0.2mm solid #888;"
    " border-left: 2mm solid var(--c); padding: 1mm 2mm;"
    " min-height: 14mm; break-inside: avoid; }\n"
    ".box h3 { font-size: 8.5pt; margin: 0 0 1mm; }\n"
    ".box ul { margin: 0; padding-left: 4mm; }\n"
    ".box.empty { color: #999; }\n"
    ".suggest { border-style: dashed; }\n";

static void
sheets_start(void *ctx, const struct sb_doc *d)
{
	struct sheets *sh = ctx;
	char *title;

	sh->title = xstrdup(d->title != NULL ? d->title : sh->o.source);
	title = xasprintf("Feuilles de dépouillement — %s", sh->title);
	html_begin(sh->f, title, css);
	free(title);
}

static void
row(FILE *f, const char *label, const char *value)
{
	fputs("<tr><th>", f);
	html_text(f, label);
	fputs("</th><td>", f);
	html_text(f, value);
	fputs("</td></tr>\n", f);
}

/* A box of items. With r, the items are the dictionary's suggestions
 * ("vehicles: bus", their category's code in count[]), each shown under
 * its category's French label ("Véhicules : bus"). */
static void
box(FILE *f, const char *label, const char *color, const struct sb_list *l,
    const char *extra_class, const struct sb_rules *r)
{
	unsigned code;
	size_t i;

	fprintf(f, "<div class=\"box%s%s\" style=\"--c: ", l->n == 0 ?
	    " empty" : "", extra_class);
	html_text(f, color);
	fputs("\"><h3>", f);
	html_text(f, label);
	fputs("</h3>", f);
	if (l->n > 0) {
		fputs("<ul>", f);
		for (i = 0; i < l->n; i++) {
			fputs("<li>", f);
			if (r == NULL) {
				html_text(f, l->v[i]);
			} else {
				code = l->count[i];
				html_text(f, code < SB_PEOPLE ?
				    r->cats[code].label :
				    r->people[code - SB_PEOPLE].label);
				fputs("&nbsp;: ", f);
				html_text(f, strchr(l->v[i], ':') + 2);
			}
			fputs("</li>", f);
		}
		fputs("</ul>", f);
	}
	fputs("</div>\n", f);
}

static void
identity(struct sheets *sh, const struct sb_scene *s)
{
	FILE *f = sh->f;
	char len[32], page[32], *effect;

	fputs("<table class=\"head\"><tr><td><h1>Feuille de dépouillement"
	    "</h1>", f);
	html_text(f, sh->title);
	fputs("</td><td class=\"seq\">Séq. ", f);
	html_text(f, s->number);
	fputs("</td></tr></table>\n<table class=\"info\">\n", f);
	row(f, "Décor", s->set);
	row(f, "Sous-décor", s->subset);
	effect = xasprintf("%s%s%s", *s->int_ext ? s->int_ext : "?",
	    " / ", *s->time_label ? s->time_label : "?");
	row(f, "Effet", effect);
	free(effect);
	snprintf(page, sizeof page, "%ld", s->page);
	row(f, "Page", page);
	row(f, "Longueur", sb_eighths_text(len, s->eighths));
	row(f, "Résumé", s->synopsis != NULL ? s->synopsis : "");
	row(f, "En-tête", s->heading);
	fputs("</table>\n", f);
}

static void
sheets_scene(void *ctx, const struct sb_scene *s)
{
	struct sheets *sh = ctx;
	const struct sb_rules *r = sh->r;
	char label[64];
	size_t i;

	sh->scenes++;
	fputs("<div class=\"sheet\">\n", sh->f);
	identity(sh, s);
	fputs("<div class=\"boxes\">\n", sh->f);
	box(sh->f, r->people[SB_P_CAST].label, r->people[SB_P_CAST].color,
	    &s->cast, "", NULL);
	box(sh->f, r->people[SB_P_SILENT].label,
	    r->people[SB_P_SILENT].color, &s->silent, "", NULL);
	box(sh->f, r->people[SB_P_SILHOUETTES].label,
	    r->people[SB_P_SILHOUETTES].color, &s->silhouettes, "", NULL);
	snprintf(label, sizeof label, "%s (%u)",
	    r->people[SB_P_FIGURANTS].label, s->extras);
	box(sh->f, label, r->people[SB_P_FIGURANTS].color, &s->figurants, "",
	    NULL);
	for (i = 0; i < r->ncats; i++)
		box(sh->f, r->cats[i].label, r->cats[i].color, &s->elems[i],
		    "", NULL);
	box(sh->f, "Suggestions du dictionnaire, à confirmer", "#BDBDBD",
	    &s->suggestions, " suggest", r);
	fputs("</div>\n<p class=\"small\">", sh->f);
	html_text(sh->f, sh->o.source);
	fprintf(sh->f, ", ligne %u</p>\n</div>\n", s->pos.line);
}

static void
sheets_finish(void *ctx, const struct sb_doc *d)
{
	struct sheets *sh = ctx;

	(void)d;
	if (sh->scenes == 0)
		fputs("<p>Aucune séquence.</p>\n", sh->f);
	html_end(sh->f);
}

static void
sheets_free(void *ctx)
{
	struct sheets *sh = ctx;

	free(sh->title);
	free(sh);
}

struct sb_sink *
sb_sheets_sink(const struct sb_rules *r, const struct sb_render_opts *o,
    FILE *f)
{
	struct sb_sink *sink = xcalloc(1, sizeof *sink);
	struct sheets *sh = xcalloc(1, sizeof *sh);

	sh->r = r;
	sh->o = *o;
	sh->f = f;
	sink->start = sheets_start;
	sink->scene = sheets_scene;
	sink->finish = sheets_finish;
	sink->free = sheets_free;
	sink->ctx = sh;
	return sink;
}
