/*
 * plan_render.c: the plan de financement and the checks as tables.
 */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "render.h"
#include "xalloc.h"

/* --- the plan -------------------------------------------------------- */

static struct table *
plan_machine(const struct bcnc_plan *p)
{
	struct table *t = table_new();
	size_t i;

	table_col(t, "label", NULL, COL_TEXT);
	table_col(t, "family", NULL, COL_TEXT);
	table_col(t, "status", NULL, COL_TEXT);
	table_col(t, "nature", NULL, COL_TEXT);
	table_col(t, "coproducer", NULL, COL_TEXT);
	table_col(t, "country", NULL, COL_TEXT);
	table_col(t, "amount", NULL, COL_MONEY);
	table_col(t, "share", NULL, COL_RATE);
	for (i = 0; i < p->nsrc; i++) {
		const struct bcnc_source *s = &p->src[i];

		table_row(t, 0);
		table_text(t, s->label);
		table_text(t, bcnc_family_names[s->family]);
		table_text(t, bcnc_status_names[s->status]);
		table_text(t, bcnc_nature_names[s->nature]);
		table_text(t, p->copro[s->coproducer].name);
		table_text(t, p->copro[s->coproducer].country);
		table_money(t, s->amount);
		table_rate(t, s->share);
	}
	return t;
}

/* A total row: label, amount and share (NULL share: none). */
static void
plan_total(struct table *t, unsigned flags, const char *label,
    int64_t amount, const rate_t *share)
{
	table_row(t, flags);
	table_text(t, label);
	table_empty(t);
	table_empty(t);
	table_empty(t);
	table_money(t, amount);
	if (share != NULL)
		table_rate(t, *share);
}

static void
plan_family(struct table *t, const struct bcnc_plan *p, int f)
{
	rate_t share = 0;
	size_t i;
	char *label;

	table_row(t, ROW_HEADING);
	table_text(t, bcnc_family_labels_fr[f]);
	for (i = 0; i < p->nsrc; i++) {
		const struct bcnc_source *s = &p->src[i];

		if ((int)s->family != f)
			continue;
		table_row(t, 0);
		table_text(t, s->label);
		table_text(t, p->copro[s->coproducer].name);
		table_text(t, bcnc_status_labels_fr[s->status]);
		table_text(t, bcnc_nature_labels_fr[s->nature]);
		table_money(t, s->amount);
		table_rate(t, s->share);
		share += s->share;
	}
	label = xasprintf("Total %s", bcnc_family_labels_fr[f]);
	plan_total(t, ROW_TOTAL, label, p->family[f], &share);
	free(label);
}

/* Totals by status, nature and nationality, with their shares. */
static void
plan_groups(struct table *t, const struct bcnc_plan *p)
{
	rate_t st[BCNC_NSTATUS] = { 0 }, na[BCNC_NNATURES] = { 0 }, fr = 0,
	    fo = 0;
	size_t i;
	int k;

	for (i = 0; i < p->nsrc; i++) {
		st[p->src[i].status] += p->src[i].share;
		na[p->src[i].nature] += p->src[i].share;
		if (strcmp(p->copro[p->src[i].coproducer].country, "FR") == 0)
			fr += p->src[i].share;
		else
			fo += p->src[i].share;
	}
	for (k = 0; k < BCNC_NSTATUS; k++) {
		char *l = xasprintf("dont %s", bcnc_status_labels_fr[k]);

		plan_total(t, 0, l, p->status[k], &st[k]);
		free(l);
	}
	for (k = 0; k < BCNC_NNATURES; k++) {
		char *l = xasprintf("dont %s", bcnc_nature_labels_fr[k]);

		plan_total(t, 0, l, p->nature[k], &na[k]);
		free(l);
	}
	plan_total(t, ROW_TOTAL, "Part française", p->french, &fr);
	plan_total(t, ROW_TOTAL, "Part étrangère", p->foreign, &fo);
}

static struct table *
plan_human(const struct bcnc_plan *p)
{
	struct table *t = table_new();
	rate_t all = p->total > 0 ? RATE_ONE : 0;
	int f;

	table_col(t, "label", "Source", COL_TEXT);
	table_col(t, "coproducer", "Coproducteur", COL_TEXT);
	table_col(t, "status", "Statut", COL_TEXT);
	table_col(t, "nature", "Nature", COL_TEXT);
	table_col(t, "amount", "Montant", COL_MONEY);
	table_col(t, "share", "%", COL_RATE);
	for (f = 0; f < BCNC_NFAMILIES; f++)
		if (p->family[f] != 0)
			plan_family(t, p, f);
	plan_total(t, ROW_TOTAL, "TOTAL DU FINANCEMENT", p->total, &all);
	plan_total(t, 0, "Coût du devis", p->devis_total, NULL);
	plan_total(t, ROW_TOTAL, p->gap >= 0 ? "Reste à financer" :
	    "Surfinancement", p->gap >= 0 ? p->gap : -p->gap, NULL);
	plan_groups(t, p);
	return t;
}

struct table *
bcnc_plan_table(const struct bcnc_plan *p, int machine)
{
	return machine ? plan_machine(p) : plan_human(p);
}

/* --- the checks ------------------------------------------------------ */

static void
check_value(struct table *t, enum bcnc_vtype type, int64_t v, int machine)
{
	char buf[MONEY_BUFSZ];

	if (type == BCNC_V_MONEY)
		table_text(t, machine ? money_format(buf, v) :
		    money_format_fr(buf, v, 0));
	else if (type == BCNC_V_RATE)
		table_text(t, machine ? rate_format(buf, v) :
		    rate_format_fr(buf, v));
	else
		table_empty(t);
}

/* The rule a check applied: its scheme, file, date and confidence; the
 * balance of the plan is a rule of practice. */
static void
check_rule(struct table *t, const struct bcnc_check *k)
{
	const struct bcnc_rule *r = k->rule;
	char from[DATE_BUFSZ];

	if (r == NULL) {
		table_text(t, strcmp(k->name, "total") != 0 ||
		    k->verdict == BCNC_NA ? "" :
		    "practice: the financing covers the devis");
		return;
	}
	table_textf(t, "%s, %s from %s (%s)", r->name, r->rel,
	    date_format(from, r->from), r->confidence);
}

struct table *
bcnc_checks_table(const struct bcnc_checks *c, int machine)
{
	struct table *t = table_new();
	size_t i;

	table_col(t, "check", NULL, COL_TEXT);
	table_col(t, "result", NULL, COL_TEXT);
	table_col(t, "value", NULL, COL_TEXT);
	table_col(t, "limit", NULL, COL_TEXT);
	table_col(t, "note", NULL, COL_TEXT);
	table_col(t, "rule", NULL, COL_TEXT);
	for (i = 0; i < BCNC_NCHECKS; i++) {
		const struct bcnc_check *k = &c->v[i];

		table_row(t, k->verdict == BCNC_WARN ? ROW_TOTAL : 0);
		table_text(t, k->name);
		table_text(t, bcnc_verdict_names[k->verdict]);
		check_value(t, k->type, k->value, machine);
		check_value(t, k->type, k->limit, machine);
		table_text(t, k->note);
		check_rule(t, k);
	}
	return t;
}
