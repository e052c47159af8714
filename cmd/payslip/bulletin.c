/*
 * bulletin.c: the bulletin de salaire as text and as HTML. The mentions
 * follow C. trav. art. R3243-1 (employer, SIRET, APE, URSSAF, agreement,
 * employee, function and position, period, hours, every gross element,
 * contributions with both shares, net social, net taxable, withholding,
 * net paid, the employer's cost and reductions, the leave fund) plus the
 * mentions of entertainment payroll (Congés Spectacles and Audiens
 * numbers, numéro d'objet, annexe 8 or 10, cachets).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "bulletin.h"
#include "date.h"
#include "html.h"
#include "utf8.h"
#include "wording.h"

#define WIDTH 98
#define HALF 49
#define MAXLINES 12
#define LINESZ 200

struct lines {
	char s[MAXLINES][LINESZ];
	int n;
};

static void add(struct lines *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
add(struct lines *l, const char *fmt, ...)
{
	va_list ap;

	if (l->n == MAXLINES)
		return;
	va_start(ap, fmt);
	vsnprintf(l->s[l->n++], LINESZ, fmt, ap);
	va_end(ap);
}

static const char *
money(char buf[MONEY_BUFSZ], int64_t cents)
{
	return money_format_fr(buf, cents, 0);
}

static void
address_lines(struct lines *l, const struct address *a)
{
	if (a->street != NULL)
		add(l, "%s", a->street);
	if (a->street2 != NULL)
		add(l, "%s", a->street2);
	if (a->postcode != NULL && a->town != NULL)
		add(l, "%s %s", a->postcode, a->town);
}

static void
employer_lines(struct lines *l, const struct employer *e)
{
	const struct address *a = &e->address;

	if (e->legal_form != NULL)
		add(l, "%s (%s)", e->name, e->legal_form);
	else
		add(l, "%s", e->name);
	address_lines(l, a);
	add(l, "SIRET %s · APE %s", e->siret, e->ape);
	if (e->urssaf != NULL)
		add(l, "URSSAF %s", e->urssaf);
	if (e->conges_spectacles != NULL)
		add(l, "Congés Spectacles %s", e->conges_spectacles);
	if (e->audiens != NULL)
		add(l, "Audiens %s", e->audiens);
	if (e->numero_objet != NULL)
		add(l, "Numéro d'objet %s", e->numero_objet);
	if (e->health_service != NULL)
		add(l, "Santé au travail %s", e->health_service);
}

static void
contract_lines(struct lines *l, const struct slip *s)
{
	const struct contract *c = s->contract;
	char a[DATE_BUFSZ], b[DATE_BUFSZ], m[MONEY_BUFSZ], u[WORD_BUFSZ];

	add(l, "Emploi : %s", c->function);
	/* C. trav. art. R3243-1 3°: the position in the agreement's
	 * classification */
	if (s->function != NULL)
		add(l, "Classification : %s", s->function->name);
	add(l, "Statut : %s, %s", c->cadre ? "cadre" : "non-cadre",
	    s->person->kind == PERSON_ARTIST ? "artiste (annexe 10)" :
	    "technicien (annexe 8)");
	if (c->end == PEOPLE_OPEN_END)
		add(l, "Contrat : CDI depuis le %s", date_format_fr(a, c->start));
	else
		add(l, "Contrat : %s du %s au %s",
		    contract_nature_name(c->nature),
		    date_format_fr(a, c->start), date_format_fr(b, c->end));
	add(l, "Salaire convenu : %s € %s", money(m, c->rate),
	    word_basis(c->basis));
	if (s->hourly.num == 0)
		return;
	word_unit(u, hours_unit(s->hourly, RATE_ONE), 1);
	add(l, "%s : %s €", c->basis == PAY_CACHET ? "Salaire horaire de "
	    "référence des majorations" : "Salaire horaire de base", u);
}

static void
employee_lines(struct lines *l, const struct slip *s)
{
	const struct person *p = s->person;
	const struct address *a = &p->address;
	char n[WORD_BUFSZ], nir[WORD_BUFSZ];

	add(l, "%s", word_name(n, p));
	address_lines(l, a);
	add(l, "N° de sécurité sociale %s", p->nir[0] != '\0' ?
	    word_nir(nir, p->nir) : "en cours d'attribution");
	contract_lines(l, s);
}

/* --- text ----------------------------------------------------------- */

/* s padded to width columns, left or right aligned. */
static void
cell(FILE *f, const char *s, size_t width, int right)
{
	size_t w = utf8_width(s, strlen(s));

	if (right)
		for (; w < width; w++)
			putc(' ', f);
	fputs(s, f);
	if (!right)
		for (; w < width; w++)
			putc(' ', f);
}

static void
rule(FILE *f, char c)
{
	int i;

	for (i = 0; i < WIDTH; i++)
		putc(c, f);
	putc('\n', f);
}

static void
text_head(FILE *f, const struct slip *s, const struct employer *e)
{
	struct lines left = { .n = 0 }, right = { .n = 0 };
	char mo[64], a[DATE_BUFSZ], b[DATE_BUFSZ], t[LINESZ];
	int i;

	slip_month_fr(mo, sizeof mo, s);
	snprintf(t, sizeof t, "BULLETIN DE SALAIRE · %s", mo);
	cell(f, t, WIDTH - 20, 0);
	snprintf(t, sizeof t, "N° %s", s->ref);
	cell(f, t, 20, 1);
	fprintf(f, "\nPériode du %s au %s, payée le %s\n",
	    date_format_fr(a, s->start), date_format_fr(b, s->end),
	    date_format_fr(b, s->end));
	rule(f, '=');
	employer_lines(&left, e);
	employee_lines(&right, s);
	cell(f, "EMPLOYEUR", HALF, 0);
	fputs("SALARIÉ\n", f);
	for (i = 0; i < left.n || i < right.n; i++) {
		cell(f, i < left.n ? left.s[i] : "", HALF, 0);
		fprintf(f, "%s\n", i < right.n ? right.s[i] : "");
	}
	fprintf(f, "IDCC %d : %s\n", e->idcc, s->grid->title);
	if (e->title != NULL)
		fprintf(f, "Production : %s\n", e->title);
	rule(f, '-');
}

static void
text_row(FILE *f, const char *label, const char *a, const char *b,
    const char *c, const char *d, const char *g)
{
	cell(f, label, 49, 0);
	cell(f, a, 10, 1);
	cell(f, b, 9, 1);
	cell(f, c, 10, 1);
	cell(f, d, 9, 1);
	cell(f, g, 11, 1);
	putc('\n', f);
}

static void
text_elements(FILE *f, const struct slip *s)
{
	char l[WORD_BUFSZ], q[WORD_BUFSZ], u[WORD_BUFSZ], m[MONEY_BUFSZ];
	size_t i;

	text_row(f, "ÉLÉMENTS DE SALAIRE", "", "Nombre", "", "Taux", "Montant");
	for (i = 0; i < s->pay->nel; i++) {
		const struct element *el = &s->pay->el[i];

		text_row(f, word_element(l, el, s->day_hours), "",
		    word_quantity(q, el), "", word_element_unit(u, el),
		    money(m, el->amount));
	}
	text_row(f, "SALAIRE BRUT", "", "", "", "", money(m, s->gross));
	if (s->dfs > 0) {
		char r[RATE_BUFSZ];

		text_row(f, "Déduction forfaitaire spécifique", "", "", "",
		    rate_format_fr(r, s->dfs_rate), money(m, -s->dfs));
		text_row(f, "Base des cotisations (brut abattu)", "", "", "",
		    "", money(m, s->social));
	}
	rule(f, '-');
}

static void
text_line(FILE *f, const struct payamount *a)
{
	char b[MONEY_BUFSZ], r1[RATE_BUFSZ], m1[MONEY_BUFSZ], r2[RATE_BUFSZ],
	    m2[MONEY_BUFSZ], label[LINESZ];

	snprintf(label, sizeof label, "  %s", a->line->label);
	if (utf8_width(label, strlen(label)) > 49) {
		fprintf(f, "%s\n", label);
		label[0] = '\0';
	}
	text_row(f, label, money(b, a->base),
	    a->employee_rate ? rate_format_fr(r1, a->employee_rate) : "",
	    a->employee_rate ? money(m1, a->employee) : "",
	    a->employer_rate ? rate_format_fr(r2, a->employer_rate) : "",
	    a->employer_rate ? money(m2, a->employer) : "");
}

static void
text_contributions(FILE *f, const struct slip *s)
{
	const char *group = NULL;
	char b[MONEY_BUFSZ], r[RATE_BUFSZ], m[MONEY_BUFSZ], m2[MONEY_BUFSZ];
	size_t i;

	text_row(f, "COTISATIONS ET CONTRIBUTIONS", "Base", "Taux", "Salarié",
	    "Taux", "Employeur");
	for (i = 0; i < s->nlines; i++) {
		const struct payamount *a = &s->lines[i];

		if (group == NULL || strcmp(group, a->line->group) != 0) {
			group = a->line->group;
			fprintf(f, "%s\n", group);
		}
		text_line(f, a);
	}
	if (s->reduction != 0)
		text_row(f, "Réduction générale des cotisations",
		    money(b, s->social), "", "", rate_format_fr(r,
		    -s->reduction_rate), money(m, -s->reduction));
	text_row(f, "TOTAL DES COTISATIONS", "", "", money(m, s->employee), "",
	    money(m2, s->employer));
	rule(f, '-');
}

static void
text_nets(FILE *f, const struct slip *s)
{
	char m[MONEY_BUFSZ], b[MONEY_BUFSZ], r[RATE_BUFSZ], t[LINESZ];

	text_row(f, "Montant net social", "", "", "", "",
	    money(m, s->net_social));
	text_row(f, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "", "", "", "",
	    money(m, s->net_before_tax));
	text_row(f, "  dont net imposable", "", "", "", "",
	    money(m, s->net_taxable));
	snprintf(t, sizeof t, "Impôt sur le revenu prélevé à la source");
	text_row(f, t, money(b, s->pas_base), rate_format_fr(r, s->pas_rate),
	    "", "", money(m, -s->withholding));
	if (s->pas_neutral)
		fprintf(f, "  taux non personnalisé%s\n", s->pas_abatement > 0 ?
		    ", base diminuée de l'abattement des contrats courts" : "");
	else
		fputs("  taux personnalisé transmis par l'administration "
		    "fiscale\n", f);
	rule(f, '=');
	text_row(f, "NET PAYÉ", "", "", "", "", money(m, s->net_paid));
	rule(f, '=');
	text_row(f, "Coût total pour l'employeur", "", "", "", "",
	    money(m, s->cost));
	if (s->reduction != 0)
		text_row(f, "  dont allègement de cotisations", "", "", "", "",
		    money(m, -s->reduction));
}

static void
text_footer(FILE *f, const struct slip *s)
{
	char h[WORD_BUFSZ], n[WORD_BUFSZ], c[MONEY_BUFSZ], w[WORD_BUFSZ];
	const struct monthpay *mp = s->pay;

	fprintf(f, "\nPlafond de la sécurité sociale de la période : %s € "
	    "(%s)\n", money(c, s->ceiling), word_ceiling(w, s));
	if (s->contract->basis == PAY_CACHET)
		fprintf(f, "Cachets : %d · jours travaillés : %d\n",
		    mp->cachets, mp->days);
	else
		fprintf(f, "Heures travaillées : %s (dont de nuit : %s) · "
		    "jours payés : %d\n", word_hours(h, mp->worked, 1),
		    word_hours(n, mp->night, 1), mp->days);
	fputs("Congés payés : versés par la caisse des Congés Spectacles "
	    "(Audiens), à qui l'employeur cotise.\n", f);
	fputs("Dans votre intérêt et pour vous aider à faire valoir vos "
	    "droits, conservez ce\nbulletin de paie sans limitation de "
	    "durée.\n", f);
}

void
bulletin_text(FILE *f, const struct slip *s, const struct employer *e,
    int first)
{
	if (!first)
		putc('\f', f);
	text_head(f, s, e);
	text_elements(f, s);
	text_contributions(f, s);
	text_nets(f, s);
	text_footer(f, s);
}

/* --- HTML ----------------------------------------------------------- */

static const char css[] =
    ".bulletin h1 { display: flex; justify-content: space-between; }\n"
    ".parties { display: flex; gap: 6mm; margin-bottom: 3mm; }\n"
    ".parties div { flex: 1; border: 0.2mm solid #888; padding: 2mm; }\n"
    ".parties h2 { margin: 0 0 1mm; font-size: 9pt; }\n"
    "td.group { font-weight: bold; background: #f4f4f4; }\n"
    "tr.net td { font-weight: bold; font-size: 11pt; background: #ddd; }\n";

static void
html_lines(FILE *f, const char *title, const struct lines *l)
{
	int i;

	fputs("<div><h2>", f);
	html_text(f, title);
	fputs("</h2>\n", f);
	for (i = 0; i < l->n; i++) {
		html_text(f, l->s[i]);
		fputs("<br>\n", f);
	}
	fputs("</div>\n", f);
}

/* A row of cells, aligned as align says: 'l' text, 'r' a number. */
static void
html_row(FILE *f, const char *cls, const char *align, ...)
{
	va_list ap;
	const char *a;

	fprintf(f, "<tr%s%s%s>", cls ? " class=\"" : "", cls ? cls : "",
	    cls ? "\"" : "");
	va_start(ap, align);
	for (a = align; *a != '\0'; a++) {
		fputs(*a == 'r' ? "<td class=\"num\">" : "<td>", f);
		html_text(f, va_arg(ap, const char *));
		fputs("</td>", f);
	}
	va_end(ap);
	fputs("</tr>\n", f);
}

static const char *
hmoney(char buf[MONEY_BUFSZ], int64_t cents)
{
	return money_format_fr(buf, cents, MONEY_FR_NBSP);
}

static void
html_head(FILE *f, const struct slip *s, const struct employer *e)
{
	struct lines left = { .n = 0 }, right = { .n = 0 };
	char mo[64], a[DATE_BUFSZ], b[DATE_BUFSZ];

	slip_month_fr(mo, sizeof mo, s);
	fputs("<h1><span>Bulletin de salaire · ", f);
	html_text(f, mo);
	fputs("</span><span>N° ", f);
	html_text(f, s->ref);
	fprintf(f, "</span></h1>\n<p>Période du %s au %s, payée le %s.",
	    date_format_fr(a, s->start), date_format_fr(b, s->end),
	    date_format_fr(b, s->end));
	fputs(" Convention collective : ", f);
	html_text(f, s->grid->title);
	fprintf(f, " (IDCC %d).", e->idcc);
	if (e->title != NULL) {
		fputs(" Production : ", f);
		html_text(f, e->title);
		fputs(".", f);
	}
	fputs("</p>\n<div class=\"parties\">\n", f);
	employer_lines(&left, e);
	employee_lines(&right, s);
	html_lines(f, "Employeur", &left);
	html_lines(f, "Salarié", &right);
	fputs("</div>\n", f);
}

static void
html_elements(FILE *f, const struct slip *s)
{
	char l[WORD_BUFSZ], q[WORD_BUFSZ], u[WORD_BUFSZ], m[MONEY_BUFSZ];
	char r[RATE_BUFSZ];
	size_t i;

	fputs("<table>\n<tr><th>Éléments de salaire</th><th class=\"num\">"
	    "Nombre</th><th class=\"num\">Taux</th><th class=\"num\">"
	    "Montant</th></tr>\n", f);
	for (i = 0; i < s->pay->nel; i++) {
		const struct element *el = &s->pay->el[i];

		html_row(f, NULL, "lrrr", word_element(l, el, s->day_hours),
		    word_quantity(q, el), word_element_unit(u, el),
		    hmoney(m, el->amount));
	}
	html_row(f, "total", "lrrr", "Salaire brut", "", "",
	    hmoney(m, s->gross));
	if (s->dfs > 0) {
		html_row(f, NULL, "lrrr", "Déduction forfaitaire spécifique",
		    "", rate_format_fr(r, s->dfs_rate), hmoney(m, -s->dfs));
		html_row(f, NULL, "lrrr", "Base des cotisations (brut abattu)",
		    "", "", hmoney(m, s->social));
	}
	fputs("</table>\n", f);
}

static void
html_line(FILE *f, const struct payamount *a)
{
	char b[MONEY_BUFSZ], r1[RATE_BUFSZ], m1[MONEY_BUFSZ], r2[RATE_BUFSZ],
	    m2[MONEY_BUFSZ];

	html_row(f, NULL, "lrrrrr", a->line->label, hmoney(b, a->base),
	    a->employee_rate ? rate_format_fr(r1, a->employee_rate) : "",
	    a->employee_rate ? hmoney(m1, a->employee) : "",
	    a->employer_rate ? rate_format_fr(r2, a->employer_rate) : "",
	    a->employer_rate ? hmoney(m2, a->employer) : "");
}

static void
html_contributions(FILE *f, const struct slip *s)
{
	const char *group = NULL;
	char b[MONEY_BUFSZ], r[RATE_BUFSZ], m[MONEY_BUFSZ], m2[MONEY_BUFSZ];
	size_t i;

	fputs("<h2>Cotisations et contributions sociales</h2>\n<table>\n"
	    "<tr><th></th><th class=\"num\">Base</th><th class=\"num\">"
	    "Taux</th><th class=\"num\">Part salariale</th><th class="
	    "\"num\">Taux</th><th class=\"num\">Part patronale</th></tr>\n",
	    f);
	for (i = 0; i < s->nlines; i++) {
		const struct payamount *a = &s->lines[i];

		if (group == NULL || strcmp(group, a->line->group) != 0) {
			group = a->line->group;
			fputs("<tr class=\"heading\"><td colspan=\"6\">", f);
			html_text(f, group);
			fputs("</td></tr>\n", f);
		}
		html_line(f, a);
	}
	if (s->reduction != 0)
		html_row(f, NULL, "lrrrrr", "Réduction générale des cotisations",
		    hmoney(b, s->social), "", "", rate_format_fr(r,
		    -s->reduction_rate), hmoney(m, -s->reduction));
	html_row(f, "total", "lrrrrr", "Total des cotisations et "
	    "contributions", "", "", hmoney(m, s->employee), "",
	    hmoney(m2, s->employer));
	fputs("</table>\n", f);
}

static void
html_nets(FILE *f, const struct slip *s)
{
	char m[MONEY_BUFSZ], b[MONEY_BUFSZ], r[RATE_BUFSZ];

	fputs("<h2>Net</h2>\n<table>\n", f);
	html_row(f, NULL, "lrrr", "Montant net social", "", "",
	    hmoney(m, s->net_social));
	html_row(f, "total", "lrrr", "Net à payer avant impôt sur le revenu",
	    "", "", hmoney(m, s->net_before_tax));
	html_row(f, NULL, "lrrr", "dont net imposable", "", "",
	    hmoney(m, s->net_taxable));
	html_row(f, NULL, "lrrr", s->pas_neutral ? "Impôt sur le revenu "
	    "prélevé à la source (taux non personnalisé)" : "Impôt sur le "
	    "revenu prélevé à la source (taux personnalisé)",
	    hmoney(b, s->pas_base), rate_format_fr(r, s->pas_rate),
	    hmoney(m, -s->withholding));
	html_row(f, "net", "lrrr", "Net payé", "", "", hmoney(m, s->net_paid));
	html_row(f, NULL, "lrrr", "Coût total pour l'employeur", "", "",
	    hmoney(m, s->cost));
	if (s->reduction != 0)
		html_row(f, NULL, "lrrr", "dont allègement de cotisations", "",
		    "", hmoney(m, -s->reduction));
	fputs("</table>\n", f);
}

static void
html_footer(FILE *f, const struct slip *s)
{
	char h[WORD_BUFSZ], n[WORD_BUFSZ], c[MONEY_BUFSZ], w[WORD_BUFSZ];
	const struct monthpay *mp = s->pay;

	fprintf(f, "<p class=\"small\">Plafond de la sécurité sociale de la "
	    "période : %s € (", hmoney(c, s->ceiling));
	html_text(f, word_ceiling(w, s));
	fputs(").<br>\n", f);
	if (s->contract->basis == PAY_CACHET)
		fprintf(f, "Cachets : %d · jours travaillés : %d.<br>\n",
		    mp->cachets, mp->days);
	else
		fprintf(f, "Heures travaillées : %s (dont de nuit : %s) · jours "
		    "payés : %d.<br>\n", word_hours(h, mp->worked, 1),
		    word_hours(n, mp->night, 1), mp->days);
	if (s->pas_abatement > 0)
		fputs("Base du prélèvement diminuée de l'abattement des "
		    "contrats courts.<br>\n", f);
	fputs("Congés payés : versés par la caisse des Congés Spectacles "
	    "(Audiens), à qui l'employeur cotise.<br>\nDans votre intérêt et "
	    "pour vous aider à faire valoir vos droits, conservez ce bulletin "
	    "de paie sans limitation de durée.</p>\n", f);
}

void
bulletin_html(FILE *f, const struct slip *s, const struct employer *e)
{
	fputs("<div class=\"page bulletin\">\n", f);
	html_head(f, s, e);
	html_elements(f, s);
	html_contributions(f, s);
	html_nets(f, s);
	html_footer(f, s);
	fputs("</div>\n", f);
}

/* The stylesheet bulletins add to the shared one. */
const char *
bulletin_css(void)
{
	return css;
}
