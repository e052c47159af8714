/*
 * document.c: the printable French documents (A4 landscape): the cost
 * report (rapport de coûts) and the budget exécuté, each a table with a
 * heading that says what was counted and notes that define the columns.
 */
#include "date.h"
#include "document.h"
#include "html.h"
#include "ledger.h"

static const char landscape[] =
    "@page { size: A4 landscape; margin: 12mm; }\n"
    "p.meta { margin: 0 0 3mm; }\n";

static void
title_line(FILE *f, const struct cr_doc *doc, const char *what)
{
	if (doc->film != NULL && *doc->film != '\0') {
		html_text(f, doc->film);
		fputs(" — ", f);
	}
	fputs(what, f);
}

static void
meta(FILE *f, const struct cr_doc *doc)
{
	char a[DATE_BUFSZ], b[DATE_BUFSZ];

	fputs("<p class=\"meta\">Devis : ", f);
	html_text(f, doc->budget_file);
	fprintf(f, " ; écritures lues : %lu, retenues : %lu", doc->rows,
	    doc->counted);
	if (doc->to != CR_NO_DAY_MAX)
		fprintf(f, " ; arrêté au %s", date_format_fr(a, doc->to));
	if (doc->from != CR_NO_DAY_MIN)
		fprintf(f, " ; période du %s au %s",
		    date_format_fr(a, doc->from), doc->to != CR_NO_DAY_MAX ?
		    date_format_fr(b, doc->to) : "dernier mouvement");
	fputs(".</p>\n", f);
}

static void
cost_notes(FILE *f)
{
	fputs("<p class=\"small\">Engagé : toutes les écritures (engagées, "
	    "facturées, payées), hors TVA. Facturé : écritures facturées ou "
	    "payées. Reste à engager : devis moins engagé, jamais négatif, "
	    "sauf estimation du directeur de production. Coût final estimé : "
	    "engagé plus reste à engager. Écart : devis moins coût final "
	    "estimé (positif : économie ; négatif : dépassement).</p>\n", f);
}

static void
executed_notes(FILE *f, const struct cr_doc *doc)
{
	char a[MONEY_BUFSZ], d[DATE_BUFSZ];
	const struct cr_totals *t = doc->total;

	fputs("<p class=\"small\">Réalisé : écritures facturées ou payées, "
	    "hors TVA, réparties entre la France et l'étranger selon le lieu "
	    "où tombent leurs taxes et charges (RGA, annexe III-1.1). ", f);
	fprintf(f, "Engagements non encore facturés : %s. ",
	    money_format_fr(a, t->committed - t->invoiced,
	    MONEY_FR_EURO | MONEY_FR_NBSP));
	fputs("Éligible CI : dépenses réalisées en France sur les lignes "
	    "que le devis marque éligibles au crédit d'impôt (CGI art. 220 "
	    "sexies)", f);
	if (doc->credit_from != CR_NO_DAY_MIN)
		fprintf(f, ", à partir du %s",
		    date_format_fr(d, doc->credit_from));
	fprintf(f, " : %s.</p>\n", money_format_fr(a, t->eligible,
	    MONEY_FR_EURO | MONEY_FR_NBSP));
}

void
cr_html_write(FILE *f, const struct table *t, const struct cr_doc *doc)
{
	const char *what = doc->executed ? "Budget exécuté" :
	    "Rapport de coûts";

	html_begin(f, doc->film != NULL && *doc->film != '\0' ? doc->film :
	    what, landscape);
	fputs("<h1>", f);
	title_line(f, doc, what);
	fputs("</h1>\n", f);
	meta(f, doc);
	table_write(t, FMT_HTML, f);
	if (doc->executed)
		executed_notes(f, doc);
	else
		cost_notes(f);
	html_end(f);
}
