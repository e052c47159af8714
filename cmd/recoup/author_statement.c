/*
 * author_statement.c: the yearly statement the producer owes each author
 * (CPI L132-28: at least once a year, the receipts per mode of
 * exploitation): for each mode the base of the author's percentage over
 * the year and to date, the rate, the remuneration, then the advance
 * (à-valoir) recouped and what is due. For films whose exploitation
 * accounts go to the authors under CCIA L213-33, this statement goes with
 * them.
 */
#include <stdio.h>

#include "date.h"
#include "document.h"
#include "run.h"
#include "statement.h"
#include "table.h"
#include "waterfall.h"

static const char *const base_labels[] = {
	"RNPP", "prix public hors TVA et TSA", "recettes brutes"
};

static struct table *
mode_table(void)
{
	struct table *t = table_new();

	table_col(t, "mode", "Mode d'exploitation", COL_TEXT);
	table_col(t, "base", "Assiette", COL_TEXT);
	table_col(t, "year", "Recettes de l'année", COL_MONEY);
	table_col(t, "to_date", "Cumul", COL_MONEY);
	table_col(t, "rate", "Taux", COL_TEXT);
	table_col(t, "rem_year", "Rémunération de l'année", COL_MONEY);
	table_col(t, "rem_to_date", "Cumul", COL_MONEY);
	return t;
}

/* Sums of the author's base and remuneration for mode m over the year. */
static void
year_sums(const struct stmt *st, size_t a, int m, int64_t *base,
    int64_t *rem)
{
	size_t p;

	*base = *rem = 0;
	for (p = st->p0; p <= st->p; p++) {
		*base += st->r->res[p].authors[a].base[m];
		*rem += st->r->res[p].authors[a].rem[m];
	}
}

static void
mode_row(const struct stmt *st, struct table *t, size_t a, int m)
{
	const struct author *au = &st->r->w->authors[a];
	const struct author_flow *end = &st->r->res[st->p].authors[a];
	int k = au->share_of_mode[m];
	const struct author_share *sh = k >= 0 ? &au->shares[k] : NULL;
	int64_t base, rem;
	char buf[RATE_BUFSZ];

	year_sums(st, a, m, &base, &rem);
	table_row(t, 0);
	table_text(t, wf_mode_label((enum mode)m));
	table_text(t, base_labels[sh != NULL ? sh->base : BASE_RNPP]);
	table_money(t, base);
	table_money(t, end->base_cum[m]);
	if (sh == NULL)
		table_text(t, "non prévu");
	else if (sh->collective != NULL)
		table_textf(t, "gestion collective (%s)", sh->collective);
	else
		table_text(t, rate_format_fr(buf, sh->rate));
	table_money(t, rem);
	table_money(t, end->rem_cum[m]);
}

static void
modes_section(struct stmt *st, size_t a)
{
	const struct waterfall *w = st->r->w;
	struct table *t = mode_table();
	unsigned char used[MODE_N] = { 0 };
	size_t s;
	int m;

	for (s = 0; s < w->nstreams; s++)
		used[w->streams[s].mode] = 1;
	for (m = 0; m < MODE_SUPPORT; m++)
		if (used[m])
			mode_row(st, t, a, m);
	rdoc_heading(st->d, "Recettes et rémunération par mode "
	    "d'exploitation");
	rdoc_table(st->d, t);
}

static void
totals_section(struct stmt *st, size_t a)
{
	const struct author *au = &st->r->w->authors[a];
	const struct author_flow *end = &st->r->res[st->p].authors[a];
	int64_t total = end->recouped_cum + end->due_cum, year = 0;
	char b[MONEY_BUFSZ];
	size_t p;

	for (p = st->p0; p <= st->p; p++)
		year += st->r->res[p].authors[a].paid;
	rdoc_heading(st->d, "Compte de l'auteur");
	rdoc_field(st->d, "Rémunération proportionnelle cumulée", "%s",
	    stmt_money(b, total));
	rdoc_field(st->d, "À-valoir (minimum garanti) versé", "%s",
	    stmt_money(b, au->advance));
	rdoc_field(st->d, "À-valoir imputé à ce jour", "%s",
	    stmt_money(b, end->recouped_cum));
	rdoc_field(st->d, "À-valoir restant à imputer", "%s",
	    stmt_money(b, au->advance - end->recouped_cum));
	rdoc_field(st->d, "Montant dû au titre de l'année", "%s",
	    stmt_money(b, year));
	rdoc_field(st->d, "Total dû depuis l'origine", "%s",
	    stmt_money(b, end->paid_cum));
	if (end->paid_cum > end->due_cum)
		rdoc_field(st->d, "Trop-perçu à imputer sur les rémunérations "
		    "à venir", "%s", stmt_money(b, end->paid_cum -
		    end->due_cum));
}

/* The RNPP by source, for transparency. */
static void
sources_section(struct stmt *st)
{
	const struct waterfall *w = st->r->w;
	struct table *t = table_new();
	size_t s;

	table_col(t, "source", "Source", COL_TEXT);
	table_col(t, "mode", "Mode d'exploitation", COL_TEXT);
	table_col(t, "gross", "Recettes brutes de l'année", COL_MONEY);
	table_col(t, "rnpp", "RNPP de l'année", COL_MONEY);
	table_col(t, "rnpp_cum", "RNPP cumulées", COL_MONEY);
	for (s = 0; s < w->nstreams; s++) {
		if (w->streams[s].mode == MODE_SUPPORT)
			continue;
		table_row(t, 0);
		table_text(t, w->streams[s].label);
		table_text(t, wf_mode_label(w->streams[s].mode));
		table_money(t, rc_sum(st->r, st->p0, st->p, C_GROSS, s) +
		    rc_sum(st->r, st->p0, st->p, C_ADVANCE, s));
		table_money(t, rc_sum(st->r, st->p0, st->p, V_RNPP, s));
		table_money(t, rc_sum(st->r, 0, st->p, V_RNPP, s));
	}
	rdoc_heading(st->d, "Détail des recettes par source");
	rdoc_para(st->d, "RNPP : encaissements nets des commissions et frais "
	    "de distribution, préventes et minima garantis inclus "
	    "(protocole du 16 décembre 2010).");
	rdoc_table(st->d, t);
}

void
stmt_author(struct stmt *st)
{
	const struct waterfall *w = st->r->w;
	size_t a = (size_t)w->parties[st->party].author;
	char span[32];
	int y, m, d;

	date_to_ymd(st->r->periods[st->p].to, &y, &m, &d);
	snprintf(span, sizeof span, "année %d", y);
	stmt_header(st, "Relevé annuel de rémunération d'auteur", span);
	if (w->authors[a].work[0] != '\0')
		rdoc_field(st->d, "Contribution", "%s", w->authors[a].work);
	rdoc_para(st->d, "Relevé établi en application de l'article L132-28 "
	    "du code de la propriété intellectuelle.");
	modes_section(st, a);
	totals_section(st, a);
	sources_section(st);
	stmt_rounding_note(st);
}
