/*
 * statement.c: the relevé de recettes of a financier, coproducer,
 * distributor or sales agent for the last period: the film's receipts by
 * source and territory (CCIA L213-30 asks for accounts per mode and per
 * foreign territory), the box-office split, the distribution deductions,
 * the producer's net receipts (RNPP), the whole waterfall so that the
 * recipient sees what reached each tier, and the recipient's own account.
 * Authors get their yearly statement instead (author_statement.c).
 */
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "document.h"
#include "html.h"
#include "render.h"
#include "run.h"
#include "statement.h"
#include "table.h"
#include "waterfall.h"

/* 1 when a tier pays party. */
static int
is_payee(const struct waterfall *w, int party)
{
	size_t i, j;

	for (i = 0; i < w->ntiers; i++)
		for (j = 0; j < w->tiers[i].nleaves; j++)
			if (w->tiers[i].leaves[j] == party)
				return 1;
	return 0;
}

int
rc_has_position(const struct waterfall *w, int party)
{
	return w->parties[party].author >= 0 || is_payee(w, party);
}

char *
stmt_money(char buf[MONEY_BUFSZ], int64_t cents)
{
	return money_format_fr(buf, cents, MONEY_FR_EURO);
}

void
stmt_header(struct stmt *st, const char *title, const char *span)
{
	const struct waterfall *w = st->r->w;
	const struct party *pa = &w->parties[st->party];
	char a[DATE_BUFSZ], b[DATE_BUFSZ], c[DATE_BUFSZ];

	rdoc_title(st->d, "%s", title);
	rdoc_subtitle(st->d, "%s", w->film);
	rdoc_field(st->d, "Destinataire", "%s", pa->name);
	rdoc_field(st->d, "Qualité", "%s", wf_role_label(pa->author >= 0 ?
	    ROLE_AUTHOR : pa->role));
	if (pa->address != NULL)
		rdoc_field(st->d, "Adresse", "%s", pa->address);
	rdoc_field(st->d, "Établi par", "%s, %s",
	    w->parties[w->producer].name, wf_role_label(ROLE_PRODUCER));
	rdoc_field(st->d, "Période", "%s (du %s au %s)", span,
	    date_format_fr(a, st->r->periods[st->p0].from),
	    date_format_fr(b, st->r->periods[st->p].to));
	rdoc_field(st->d, "Arrêté au", "%s", date_format_fr(c, st->r->as_of));
}

/* Columns "Période" and "Cumul" after the text ones. */
static struct table *
span_table(const char *first, const char *second)
{
	struct table *t = table_new();

	table_col(t, "item", first, COL_TEXT);
	if (second != NULL)
		table_col(t, "detail", second, COL_TEXT);
	table_col(t, "period", "Période", COL_MONEY);
	table_col(t, "to_date", "Cumul", COL_MONEY);
	return t;
}

static void
span_row(const struct stmt *st, struct table *t, int which, size_t s)
{
	table_money(t, rc_sum(st->r, st->p0, st->p, which, s));
	table_money(t, rc_sum(st->r, 0, st->p, which, s));
}

static void
receipts_section(struct stmt *st)
{
	const struct waterfall *w = st->r->w;
	struct table *t = span_table("Source", "Mode d'exploitation");
	int64_t per = 0, cum = 0;
	size_t s;

	for (s = 0; s < w->nstreams; s++) {
		table_row(t, 0);
		table_text(t, w->streams[s].label);
		table_text(t, wf_mode_label(w->streams[s].mode));
		span_row(st, t, C_GROSS, s);
		per += rc_sum(st->r, st->p0, st->p, C_GROSS, s);
		cum += rc_sum(st->r, 0, st->p, C_GROSS, s);
		if (rc_sum(st->r, 0, st->p, C_ADVANCE, s) == 0)
			continue;
		table_row(t, 0);
		table_textf(t, "%s, minimum garanti versé",
		    w->streams[s].label);
		table_text(t, wf_mode_label(w->streams[s].mode));
		span_row(st, t, C_ADVANCE, s);
		per += rc_sum(st->r, st->p0, st->p, C_ADVANCE, s);
		cum += rc_sum(st->r, 0, st->p, C_ADVANCE, s);
	}
	table_row(t, ROW_TOTAL);
	table_text(t, "Total des encaissements");
	table_empty(t);
	table_money(t, per);
	table_money(t, cum);
	rdoc_heading(st->d, "Recettes du film");
	rdoc_table(st->d, t);
}

/* Sum of a stream's receipts in a territory over periods from..to. */
static int64_t
terr_sum(const struct stmt *st, const struct terr_sum *ts, size_t from,
    size_t to)
{
	const struct receipts *rc = st->r->rc;
	int64_t sum = 0;
	size_t i;

	for (i = 0; i < rc->nterr; i++)
		if (rc->terr[i].stream == ts->stream &&
		    strcmp(rc->terr[i].code, ts->code) == 0 &&
		    rc->terr[i].month >= st->r->periods[from].first_month &&
		    rc->terr[i].month <= st->r->periods[to].last_month)
			sum += rc->terr[i].amount;
	return sum;
}

/* Receipts abroad by territory, each (stream, territory) once. */
static void
territory_section(struct stmt *st)
{
	const struct receipts *rc = st->r->rc;
	struct table *t = span_table("Territoire", "Source");
	size_t i, j;

	for (i = 0; i < rc->nterr; i++) {
		for (j = 0; j < i; j++)
			if (rc->terr[j].stream == rc->terr[i].stream &&
			    strcmp(rc->terr[j].code, rc->terr[i].code) == 0)
				break;
		if (j < i || rc->terr[i].month >
		    st->r->periods[st->p].last_month)
			continue;
		table_row(t, 0);
		table_text(t, rc->terr[i].code);
		table_text(t, st->r->w->streams[rc->terr[i].stream].label);
		table_money(t, terr_sum(st, &rc->terr[i], st->p0, st->p));
		table_money(t, terr_sum(st, &rc->terr[i], 0, st->p));
	}
	if (table_nrows(t) == 0) {
		table_free(t);
		return;
	}
	rdoc_heading(st->d, "Recettes à l'étranger par territoire");
	rdoc_table(st->d, t);
}

static void
box_office_section(struct stmt *st)
{
	const struct waterfall *w = st->r->w;
	struct table *t = span_table("Poste", "Source");
	size_t s;
	int b;

	for (s = 0; s < w->nstreams; s++) {
		if (!w->streams[s].is_theatrical)
			continue;
		for (b = 0; b < BO_N; b++) {
			table_row(t, 0);
			table_text(t, wf_bo_label(b));
			table_text(t, w->streams[s].label);
			span_row(st, t, C_VAT + b, s);
		}
		table_row(t, ROW_TOTAL);
		table_text(t, "Recettes brutes distributeur (RBD)");
		table_text(t, w->streams[s].label);
		span_row(st, t, C_ENTERED, s);
	}
	if (table_nrows(t) == 0) {
		table_free(t);
		return;
	}
	rdoc_heading(st->d, "Partage des recettes en salles");
	rdoc_para(st->d, "Le prix payé par le public comprend la TVA et la "
	    "TSA ; le taux de location s'applique à la recette nette de ces "
	    "taxes (CCIA L115-2, L213-4).");
	rdoc_table(st->d, t);
}

static struct table *
tier_table(void)
{
	struct table *t = table_new();

	table_col(t, "rank", "Rang", COL_INT);
	table_col(t, "tier", "Poste", COL_TEXT);
	table_col(t, "party", "Bénéficiaire", COL_TEXT);
	table_col(t, "reached", "Parvenu", COL_MONEY);
	table_col(t, "period", "Période", COL_MONEY);
	table_col(t, "to_date", "Cumul", COL_MONEY);
	table_col(t, "target", "À récupérer", COL_MONEY);
	table_col(t, "remaining", "Reste", COL_MONEY);
	return t;
}

/* What reached tier i and what leaf j received over the statement's
 * span; the cumulative figures and targets at its end. */
static void
tier_row(const struct stmt *st, struct table *t, size_t i, size_t j)
{
	const struct waterfall *w = st->r->w;
	const struct tier_flow *end = &st->r->res[st->p].tiers[i];
	int64_t reached = 0, paid = 0;
	size_t p, s;

	for (p = st->p0; p <= st->p; p++) {
		for (s = 0; s < w->nstreams; s++)
			reached += st->r->res[p].tiers[i].reached[s];
		paid += st->r->res[p].tiers[i].paid[j];
	}
	table_row(t, 0);
	table_int(t, w->tiers[i].rank);
	table_textf(t, "%s (%s)", w->tiers[i].name,
	    wf_kind_label(w->tiers[i].kind));
	table_text(t, w->parties[w->tiers[i].leaves[j]].name);
	table_money(t, reached);
	table_money(t, paid);
	table_money(t, end->cum[j]);
	if (end->target[j] < 0) {
		table_empty(t);
		table_empty(t);
		return;
	}
	table_money(t, end->target[j]);
	table_money(t, end->target[j] > end->cum[j] ?
	    end->target[j] - end->cum[j] : 0);
}

static void
tiers_section(struct stmt *st, enum section sec, const char *heading)
{
	const struct waterfall *w = st->r->w;
	struct table *t = tier_table();
	size_t i, j;

	for (i = 0; i < w->ntiers; i++)
		for (j = 0; w->tiers[i].section == sec &&
		    j < w->tiers[i].nleaves; j++)
			tier_row(st, t, i, j);
	if (table_nrows(t) == 0) {
		table_free(t);
		return;
	}
	rdoc_heading(st->d, "%s", heading);
	rdoc_table(st->d, t);
}

static void
rnpp_section(struct stmt *st)
{
	const struct waterfall *w = st->r->w;
	struct table *t = span_table("Source", NULL);
	int64_t per = 0, cum = 0;
	size_t s;

	for (s = 0; s < w->nstreams; s++) {
		if (w->streams[s].mode == MODE_SUPPORT)
			continue;
		table_row(t, 0);
		table_text(t, w->streams[s].label);
		span_row(st, t, V_RNPP, s);
		per += rc_sum(st->r, st->p0, st->p, V_RNPP, s);
		cum += rc_sum(st->r, 0, st->p, V_RNPP, s);
	}
	table_row(t, ROW_TOTAL);
	table_text(t, "Total RNPP");
	table_money(t, per);
	table_money(t, cum);
	rdoc_heading(st->d, "Recettes nettes part producteur (RNPP)");
	rdoc_para(st->d, "Encaissements nets des commissions et frais de "
	    "distribution ; préventes et minima garantis inclus, soutien du "
	    "CNC exclu (protocole du 16 décembre 2010). Commission en salles "
	    "retenue au plus à %s des RBD, %s avec minimum garanti.",
	    rate_format_fr((char[RATE_BUFSZ]){ 0 }, w->legal.rnpp_cap),
	    rate_format_fr((char[RATE_BUFSZ]){ 0 }, w->legal.rnpp_cap_mg));
	rdoc_table(st->d, t);
}

/* The recipient's own lines, with its total. */
static void
account_section(struct stmt *st)
{
	const struct waterfall *w = st->r->w;
	struct table *t = tier_table();
	int64_t per = 0, cum = 0;
	size_t i, j, p;
	char a[MONEY_BUFSZ], b[MONEY_BUFSZ], c[DATE_BUFSZ];

	for (i = 0; i < w->ntiers; i++)
		for (j = 0; j < w->tiers[i].nleaves; j++) {
			if (w->tiers[i].leaves[j] != st->party)
				continue;
			tier_row(st, t, i, j);
			for (p = st->p0; p <= st->p; p++)
				per += st->r->res[p].tiers[i].paid[j];
			cum += st->r->res[st->p].tiers[i].cum[j];
		}
	rdoc_heading(st->d, "Votre compte");
	rdoc_table(st->d, t);
	rdoc_para(st->d, "Montant qui vous revient pour la période : %s. "
	    "Cumul au %s : %s.", stmt_money(a, per),
	    date_format_fr(c, st->r->as_of), stmt_money(b, cum));
}

static void
retained_section(struct stmt *st)
{
	const struct waterfall *w = st->r->w;
	const struct period_result *res = &st->r->res[st->p];
	int64_t per = 0, cum = 0, deficit = 0;
	size_t s;
	char a[MONEY_BUFSZ], b[MONEY_BUFSZ], c[MONEY_BUFSZ];

	for (s = 0; s < w->nstreams; s++) {
		per += rc_sum(st->r, st->p0, st->p, V_RETAINED, s);
		cum += rc_sum(st->r, 0, st->p, V_RETAINED, s);
		deficit += res->deficit[s];
	}
	if (per == 0 && cum == 0)
		return;
	rdoc_para(st->d, "Solde non réparti : %s pour la période, %s en "
	    "cumul%s%s%s.", stmt_money(a, per), stmt_money(b, cum),
	    deficit != 0 ? ", dont un déficit reporté de " : "",
	    deficit != 0 ? stmt_money(c, deficit) : "",
	    deficit != 0 ? " à imputer sur les recettes à venir" : "");
}

const char *
rc_rounding_fr(enum round_mode mode)
{
	static const char *const modes[] = {
		[ROUND_HALF_AWAY] = "au plus proche, le demi-centime à "
		    "l'unité supérieure",
		[ROUND_HALF_EVEN] = "au plus proche, le demi-centime au "
		    "centime pair",
		[ROUND_DOWN] = "par troncature",
		[ROUND_UP] = "par excès",
		[ROUND_FLOOR] = "vers le bas",
		[ROUND_CEIL] = "vers le haut"
	};

	return modes[mode];
}

void
stmt_rounding_note(struct stmt *st)
{
	rdoc_para(st->d, "Montants en euros, arrondis au centime %s ; les "
	    "pourcentages s'appliquent aux montants cumulés ; les partages "
	    "pari passu et les répartitions tombent juste au centime (méthode "
	    "du plus fort reste).", rc_rounding_fr(st->r->w->rounding));
}

static void
financier_statement(struct stmt *st)
{
	char span[64];

	stmt_header(st, "Relevé de recettes", rc_period_name_fr(
	    &st->r->periods[st->p], span, sizeof span));
	receipts_section(st);
	territory_section(st);
	box_office_section(st);
	tiers_section(st, SEC_DISTRIBUTION, "Retenues de distribution");
	rnpp_section(st);
	tiers_section(st, SEC_WATERFALL, "Cascade de remontée des recettes");
	account_section(st);
	retained_section(st);
	stmt_rounding_note(st);
}

/* The first period of the calendar year that holds period p. */
static size_t
year_start(const struct run *r, size_t p)
{
	int y, m, d;
	int32_t jan1;

	date_to_ymd(r->periods[p].to, &y, &m, &d);
	(void)date_from_ymd(y, 1, 1, &jan1);
	while (p > 0 && r->periods[p - 1].from >= jan1)
		p--;
	return p;
}

/* The statement of party: as author (the year) or as payee (the last
 * period). */
static struct document *
build(const struct run *r, int party, int as_author)
{
	struct stmt st = { r, 0, 0, party, NULL };
	const struct party *pa = &r->w->parties[party];

	st.d = rdoc_new(pa->name);
	if (r->nperiods == 0) {
		rdoc_title(st.d, "Relevé de recettes");
		rdoc_subtitle(st.d, "%s", r->w->film);
		rdoc_field(st.d, "Destinataire", "%s", pa->name);
		rdoc_para(st.d, "Aucune recette à ce jour.");
		return st.d;
	}
	st.p = st.p0 = r->nperiods - 1;
	if (as_author) {
		st.p0 = year_start(r, st.p);
		stmt_author(&st);
	} else
		financier_statement(&st);
	return st.d;
}

static void
write_one(const struct run *r, int party, int as_author, enum format fmt,
    FILE *f, size_t *n)
{
	struct document *d = build(r, party, as_author);

	if (fmt == FMT_HTML)
		rdoc_write_html_body(d, f);
	else {
		if (*n > 0)
			fputs("\f\n", f);
		rdoc_write_text(d, f);
	}
	(*n)++;
	rdoc_free(d);
}

/* An author who is also paid by a tier (a director's corridor, say) gets
 * both statements. */
void
rc_statement(const struct run *r, int party, enum format fmt, FILE *f)
{
	const struct waterfall *w = r->w;
	size_t i, n = 0;

	if (fmt == FMT_HTML)
		html_begin(f, w->film, rdoc_css);
	for (i = 0; i < w->nparties; i++) {
		if (party >= 0 && (int)i != party)
			continue;
		if (w->parties[i].author >= 0)
			write_one(r, (int)i, 1, fmt, f, &n);
		if (is_payee(w, (int)i))
			write_one(r, (int)i, 0, fmt, f, &n);
	}
	if (fmt == FMT_HTML)
		html_end(f);
}
