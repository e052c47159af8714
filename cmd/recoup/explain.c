/*
 * explain.c: how a party's amounts were reached, period by period and
 * tier by tier: what reached the tier and from which streams, the rule
 * the tier applies (rate, cap, amounts to recoup, pari passu weights,
 * shares), the party's part and what it still has to recoup. For an
 * author, the base of each mode, the rate, and the advance recouped.
 */
#include <stdio.h>

#include "buf.h"
#include "date.h"
#include "render.h"
#include "run.h"
#include "waterfall.h"

struct ex {
	const struct run *r;
	const struct waterfall *w;
	int party;
	FILE *f;
};

static const char *
eur(char buf[MONEY_BUFSZ], int64_t cents)
{
	return money_format_fr(buf, cents, MONEY_FR_EURO);
}

/* w as a percentage of total to 0.01 %, for display only. */
static const char *
pct(char buf[RATE_BUFSZ], int64_t w, int64_t total)
{
	int64_t r = 0;

	(void)money_muldiv(w, RATE_ONE / 10000, total, ROUND_HALF_AWAY, &r);
	return rate_format_fr(buf, r * 10000);
}

static const char *
party_id(const struct ex *x, int p)
{
	return x->w->parties[p].id;
}

/* "Source a 1,00 € ; Source b 2,00 €" over the streams of v. */
static void
by_stream(const struct ex *x, const int64_t *v)
{
	char m[MONEY_BUFSZ];
	size_t s;
	int n = 0;

	for (s = 0; s < x->w->nstreams; s++)
		if (v[s] != 0)
			fprintf(x->f, "%s%s %s", n++ ? " ; " : " (",
			    x->w->streams[s].label, eur(m, v[s]));
	fputs(n ? ")\n" : "\n", x->f);
}

/* A weighted set: "a 50 %, groupe b 50 % (c 75 %, d 25 %)". */
static void
payee_set(const struct ex *x, const struct payee *p, size_t n)
{
	char buf[RATE_BUFSZ];
	int64_t total = 0;
	size_t i;

	for (i = 0; i < n; i++)
		total += p[i].weight;
	for (i = 0; i < n; i++) {
		fprintf(x->f, "%s%s %s", i ? ", " : "", p[i].party >= 0 ?
		    party_id(x, p[i].party) : x->w->groups[p[i].group].id,
		    pct(buf, p[i].weight, total));
		if (p[i].group < 0)
			continue;
		fputs(" (", x->f);
		payee_set(x, x->w->groups[p[i].group].members,
		    x->w->groups[p[i].group].nmembers);
		fputs(")", x->f);
	}
}

/* What reached tier i, summed over periods 0..p while it ran. */
static int64_t
reached_to_date(const struct ex *x, size_t i, size_t p)
{
	int64_t sum = 0;
	size_t q, s;

	for (q = 0; q <= p; q++)
		for (s = 0; s < x->w->nstreams && x->r->res[q].tiers[i].active;
		    s++)
			sum += x->r->res[q].tiers[i].reached[s];
	return sum;
}

static void
rule_rate(const struct ex *x, const struct tier *t, size_t i, size_t p)
{
	const struct tier_flow *f = &x->r->res[p].tiers[i];
	int64_t cum = reached_to_date(x, i, p), due = 0, before = 0;
	char a[RATE_BUFSZ], b[MONEY_BUFSZ], c[MONEY_BUFSZ], d[MONEY_BUFSZ];
	size_t j;

	rate_format_fr(a, t->rate);
	if (!f->active) {
		fprintf(x->f, "  couloir éteint : « %s » est entièrement "
		    "récupéré\n", x->w->tiers[t->until].name);
		return;
	}
	for (j = 0; j < t->nleaves; j++)
		before += f->cum[j] - f->paid[j];
	(void)money_apply_rate(cum, t->rate, x->w->rounding, &due);
	fprintf(x->f, "  règle : %s de ce qui parvient ; %s × %s cumulés = "
	    "%s dus à ce jour, dont %s déjà pris", a, a, eur(b, cum),
	    eur(c, due), eur(d, before));
	if (t->cap >= 0)
		fprintf(x->f, " ; plafond %s", eur(b, t->cap));
	fputs("\n", x->f);
	if (t->nleaves > 1 || t->payees[0].group >= 0) {
		fputs("  réparti : ", x->f);
		payee_set(x, t->payees, t->npayees);
		fputs("\n", x->f);
	}
}

static void
rule_recoup(const struct ex *x, const struct tier *t)
{
	char a[MONEY_BUFSZ], b[RATE_BUFSZ], c[MONEY_BUFSZ];
	int64_t total = 0;
	size_t j;

	fputs("  à récupérer :", x->f);
	for (j = 0; j < t->nrec; j++) {
		fprintf(x->f, "%s %s %s", j ? "," : "",
		    party_id(x, t->rec[j].party), eur(a, t->rec[j].amount));
		if (t->rec[j].premium > 0)
			fprintf(x->f, " + prime %s = %s",
			    rate_format_fr(b, t->rec[j].premium),
			    eur(c, t->rec[j].target));
		total += t->rec[j].weight;
	}
	fputs("\n", x->f);
	if (t->nrec < 2)
		return;
	fputs("  pari passu, au prorata :", x->f);
	for (j = 0; j < t->nrec; j++)
		fprintf(x->f, "%s %s %s", j ? "," : "",
		    party_id(x, t->rec[j].party),
		    pct(b, t->rec[j].weight, total));
	fputs(" ; ce qu'un payé ne peut prendre va aux autres\n", x->f);
}

static void
rule(const struct ex *x, size_t i, size_t p, size_t j)
{
	const struct tier *t = &x->w->tiers[i];
	const struct tier_flow *f = &x->r->res[p].tiers[i];
	char a[MONEY_BUFSZ], b[MONEY_BUFSZ];

	switch (t->kind) {
	case TIER_COMMISSION:
	case TIER_CORRIDOR:
		rule_rate(x, t, i, p);
		break;
	case TIER_EXPENSES:
		fprintf(x->f, "  règle : frais récupérables, plafond %s ; "
		    "à récupérer au %s : %s\n", eur(a, t->cap),
		    date_format_fr((char[DATE_BUFSZ]){ 0 },
		    x->r->periods[p].to), eur(b, f->target[j]));
		break;
	case TIER_MG:
		fprintf(x->f, "  règle : minimum garanti %s ; avances versées "
		    "à récupérer à ce jour : %s\n", eur(a, t->cap),
		    eur(b, f->target[j]));
		break;
	case TIER_RECOUP:
		rule_recoup(x, t);
		break;
	case TIER_SPLIT:
		fputs("  partage de tout ce qui parvient : ", x->f);
		payee_set(x, t->payees, t->npayees);
		fputs("\n", x->f);
		break;
	}
}

/* What reached tier i in period p. */
static int64_t
reached(const struct ex *x, size_t i, size_t p)
{
	int64_t sum = 0;
	size_t s;

	for (s = 0; s < x->w->nstreams; s++)
		sum += x->r->res[p].tiers[i].reached[s];
	return sum;
}

static void
tier_lines(const struct ex *x, size_t i, size_t p, size_t j)
{
	const struct tier *t = &x->w->tiers[i];
	const struct tier_flow *f = &x->r->res[p].tiers[i];
	char a[MONEY_BUFSZ], b[MONEY_BUFSZ];

	fprintf(x->f, "%s, rang %d : %s (%s)\n", t->section ==
	    SEC_DISTRIBUTION ? "distribution" : "cascade", t->rank, t->name,
	    wf_kind_label(t->kind));
	fprintf(x->f, "  parvenu au rang : %s", eur(a, reached(x, i, p)));
	by_stream(x, f->reached);
	rule(x, i, p, j);
	fprintf(x->f, "  part de %s : %s", party_id(x, x->party),
	    eur(a, f->paid[j]));
	by_stream(x, f->paid_s + j * x->w->nstreams);
	fprintf(x->f, "  reçu à ce jour : %s", eur(a, f->cum[j]));
	if (f->target[j] >= 0)
		fprintf(x->f, " ; reste à récupérer : %s", eur(b,
		    f->target[j] > f->cum[j] ? f->target[j] - f->cum[j] : 0));
	fputs("\n", x->f);
}

static const char *const base_names[] = {
	"RNPP", "prix public hors TVA et TSA", "recettes brutes"
};

static void
author_lines(const struct ex *x, size_t p)
{
	size_t a = (size_t)x->w->parties[x->party].author;
	const struct author *au = &x->w->authors[a];
	const struct author_flow *f = &x->r->res[p].authors[a];
	char b[MONEY_BUFSZ], c[MONEY_BUFSZ], d[MONEY_BUFSZ], e[MONEY_BUFSZ];
	char g[MONEY_BUFSZ], r[RATE_BUFSZ];
	int m, k;

	for (m = 0; m < MODE_SUPPORT; m++) {
		if (f->base[m] == 0 && f->rem[m] == 0)
			continue;
		k = au->share_of_mode[m];
		fprintf(x->f, "%s : %s %s (cumul %s)", wf_mode_label(m),
		    base_names[k >= 0 ? au->shares[k].base : BASE_RNPP],
		    eur(b, f->base[m]), eur(c, f->base_cum[m]));
		if (k < 0)
			fputs(" ; pas de pourcentage prévu\n", x->f);
		else if (au->shares[k].collective != NULL)
			fprintf(x->f, " ; gestion collective (%s)\n",
			    au->shares[k].collective);
		else
			fprintf(x->f, " ; %s × %s = %s cumulés\n",
			    rate_format_fr(r, au->shares[k].rate),
			    eur(b, f->base_cum[m]), eur(d, f->rem_cum[m]));
	}
	fprintf(x->f, "  rémunération cumulée %s ; à-valoir %s dont %s "
	    "imputés ; dû à ce jour %s, dont %s pour la période\n",
	    eur(b, f->recouped_cum + f->due_cum), eur(c, au->advance),
	    eur(d, f->recouped_cum), eur(e, f->paid_cum), eur(g, f->paid));
}

static int
author_moved(const struct ex *x, size_t p)
{
	const struct author_flow *f;
	int m;

	if (x->w->parties[x->party].author < 0)
		return 0;
	f = &x->r->res[p].authors[x->w->parties[x->party].author];
	for (m = 0; m < MODE_N; m++)
		if (f->base[m] != 0)
			return 1;
	return f->paid != 0;
}

/* 1 when leaf j of tier i has something to show in period p. */
static int
tier_moved(const struct ex *x, size_t i, size_t p, size_t j)
{
	return x->w->tiers[i].leaves[j] == x->party &&
	    (reached(x, i, p) != 0 || x->r->res[p].tiers[i].paid[j] != 0);
}

static void
explain_period(const struct ex *x, size_t p)
{
	char name[64], a[DATE_BUFSZ], b[DATE_BUFSZ];
	size_t i, j;
	int any = author_moved(x, p);

	for (i = 0; i < x->w->ntiers; i++)
		for (j = 0; j < x->w->tiers[i].nleaves; j++)
			any |= tier_moved(x, i, p, j);
	if (!any)
		return;
	fprintf(x->f, "\n== %s (du %s au %s)\n", rc_period_name_fr(
	    &x->r->periods[p], name, sizeof name), date_format_fr(a,
	    x->r->periods[p].from), date_format_fr(b, x->r->periods[p].to));
	for (i = 0; i < x->w->ntiers; i++)
		for (j = 0; j < x->w->tiers[i].nleaves; j++)
			if (tier_moved(x, i, p, j))
				tier_lines(x, i, p, j);
	if (author_moved(x, p))
		author_lines(x, p);
}

/* What the party received to date from the tiers. */
static int64_t
received(const struct ex *x)
{
	const struct tier_flow *f;
	int64_t sum = 0;
	size_t i, j;

	if (x->r->nperiods == 0)
		return 0;
	for (i = 0; i < x->w->ntiers; i++)
		for (j = 0; j < x->w->tiers[i].nleaves; j++) {
			f = &x->r->res[x->r->nperiods - 1].tiers[i];
			if (x->w->tiers[i].leaves[j] == x->party)
				sum += f->cum[j];
		}
	return sum;
}

void
rc_explain(const struct run *r, int party, FILE *f)
{
	struct ex x = { r, r->w, party, f };
	char a[DATE_BUFSZ], b[MONEY_BUFSZ];
	size_t p;

	fprintf(f, "%s (%s) : comment ses montants sont obtenus\n",
	    r->w->parties[party].name, r->w->parties[party].id);
	fprintf(f, "Arrêté au %s ; montants arrondis au centime %s ; "
	    "pourcentages appliqués aux cumuls.\n", r->nperiods > 0 ?
	    date_format_fr(a, r->as_of) : "-", rc_rounding_fr(r->w->rounding));
	for (p = 0; p < r->nperiods; p++)
		explain_period(&x, p);
	fprintf(f, "\nTotal reçu des rangs : %s\n", eur(b, received(&x)));
	if (r->w->parties[party].author >= 0 && r->nperiods > 0)
		fprintf(f, "Total dû au titre des droits d'auteur : %s\n",
		    eur(b, r->res[r->nperiods - 1].authors[
		    r->w->parties[party].author].paid_cum));
}
