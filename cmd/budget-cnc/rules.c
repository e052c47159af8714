/*
 * rules.c: reading the dated rule files of share/budget/. A file is a
 * list of periods in date order; the last one starting on or before the
 * budget's date is in force. Files with several schemes (tax credit, aid
 * intensity) hold one per kind of work.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "rules.h"
#include "xalloc.h"
#include "ydoc.h"

/* Bit mask of the names listed under key. */
static void
read_mask(struct ynode *map, const char *key, const char *const *names,
    unsigned *mask)
{
	struct ynode *seq;
	size_t i;
	int e;

	*mask = 0;
	if (ynode_seq(map, key, Y_REQUIRED, &seq) != 1)
		return;
	for (i = 0; i < ynode_len(seq); i++)
		if (ynode_as_enum(ynode_item(seq, i), names, &e) == 0)
			*mask |= 1u << e;
}

static void
rule_text(struct ynode *map, const char *key, char **out)
{
	const char *s = "";

	(void)ynode_str(map, key, Y_REQUIRED, &s);
	free(*out);
	*out = xstrdup(s);
}

/* The period in force on date, or NULL. */
static struct ynode *
period_for(struct ynode *root, int32_t date, struct bcnc_rule *r)
{
	struct ynode *periods, *item, *best = NULL;
	int32_t from, prev = INT32_MIN;
	size_t i;

	if (ynode_seq(root, "periods", Y_REQUIRED, &periods) != 1)
		return NULL;
	for (i = 0; i < ynode_len(periods); i++) {
		item = ynode_item(periods, i);
		if (ynode_date(item, "from", Y_REQUIRED, &from) != 1)
			continue;
		if (from <= prev)
			ynode_error(item, NULL, "periods are not in date "
			    "order");
		prev = from;
		if (from <= date) {
			best = item;
			r->from = from;
		}
	}
	if (best != NULL) {
		r->found = 1;
		rule_text(best, "source", &r->source);
		rule_text(best, "confidence", &r->confidence);
	}
	return best;
}

/* The first scheme listed for work, or NULL. */
static struct ynode *
scheme_for(struct ynode *period, enum bcnc_work work, struct bcnc_rule *r)
{
	struct ynode *schemes, *s;
	unsigned works;
	size_t i;

	if (ynode_seq(period, "schemes", Y_REQUIRED, &schemes) != 1)
		return NULL;
	for (i = 0; i < ynode_len(schemes); i++) {
		s = ynode_item(schemes, i);
		read_mask(s, "works", bcnc_work_names, &works);
		if (works & (1u << work)) {
			rule_text(s, "name", &r->name);
			return s;
		}
	}
	r->found = 0;
	return NULL;
}

/* --- the rules ------------------------------------------------------- */

static void
read_paycap(struct ynode *p, struct bcnc_paycap *pc)
{
	struct ynode *seq, *item;
	long long ch;
	size_t i;

	read_mask(p, "works", bcnc_work_names, &pc->works);
	read_mask(p, "genres", bcnc_genre_names, &pc->genres);
	if (ynode_seq(p, "chapters", Y_REQUIRED, &seq) == 1)
		for (i = 0; i < ynode_len(seq); i++)
			if (ynode_as_int(ynode_item(seq, i), &ch) == 0 &&
			    ch >= 1 && ch <= 9)
				pc->chapters |= 1u << ch;
	if (ynode_seq(p, "brackets", Y_REQUIRED, &seq) != 1)
		return;
	for (i = 0; i < ynode_len(seq) && i < BCNC_BRACKETS_MAX; i++) {
		item = ynode_item(seq, i);
		(void)ynode_money(item, "upto", Y_REQUIRED, &pc->upto[i]);
		(void)ynode_rate(item, "rate", Y_REQUIRED, &pc->rate[i]);
		(void)ynode_check_unknown(item);
		if (i > 0 && pc->upto[i] <= pc->upto[i - 1])
			ynode_error(item, NULL, "brackets are not in order");
	}
	pc->n = i;
}

static void
read_tc_rates(struct ynode *s, struct bcnc_taxcredit *tc)
{
	struct ynode *seq, *item;
	const char *lang;
	size_t i;

	if (ynode_seq(s, "rates", Y_REQUIRED, &seq) != 1)
		return;
	for (i = 0; i < ynode_len(seq) && i < BCNC_RATES_MAX; i++) {
		item = ynode_item(seq, i);
		tc->rates[i].genre = -1;
		tc->rates[i].french = -1;
		if (ynode_str(item, "language", 0, &lang) == 1)
			tc->rates[i].french = strcmp(lang, "fr") == 0;
		(void)ynode_enum(item, "genre", 0, bcnc_genre_names,
		    &tc->rates[i].genre);
		(void)ynode_rate(item, "rate", Y_REQUIRED, &tc->rates[i].rate);
		(void)ynode_check_unknown(item);
	}
	tc->nrates = i;
}

static void
read_tc_pm(struct ynode *s, struct bcnc_taxcredit *tc)
{
	struct ynode *seq, *item;
	size_t i;

	if (ynode_seq(s, "per_minute", 0, &seq) != 1)
		return;
	for (i = 0; i < ynode_len(seq) && i < BCNC_PM_MAX; i++) {
		item = ynode_item(seq, i);
		tc->pm[i].genre = -1;
		(void)ynode_enum(item, "genre", 0, bcnc_genre_names,
		    &tc->pm[i].genre);
		(void)ynode_money(item, "cost_per_minute_below", 0,
		    &tc->pm[i].below);
		(void)ynode_money(item, "ceiling", Y_REQUIRED,
		    &tc->pm[i].ceiling);
		(void)ynode_check_unknown(item);
	}
	tc->npm = i;
}

static void
read_taxcredit(struct ynode *p, enum bcnc_work work,
    struct bcnc_taxcredit *tc)
{
	struct ynode *s = scheme_for(p, work, &tc->r);

	if (s == NULL)
		return;
	(void)ynode_rate(s, "base_cap", Y_REQUIRED, &tc->base_cap);
	(void)ynode_money(s, "ceiling", 0, &tc->ceiling);
	(void)ynode_bool(s, "deduct_subsidies", 0, &tc->deduct_subsidies);
	read_tc_rates(s, tc);
	read_tc_pm(s, tc);
	(void)ynode_check_unknown(s);
}

static void
read_aid(struct ynode *p, enum bcnc_work work, struct bcnc_aid *a)
{
	static const char *const bases[] = { "cost", "french_share", NULL };
	struct ynode *s = scheme_for(p, work, &a->r);

	if (s == NULL)
		return;
	(void)ynode_enum(s, "base", Y_REQUIRED, bases, &a->over_french_share);
	(void)ynode_rate(s, "default", Y_REQUIRED, &a->dflt);
	(void)ynode_rate(s, "difficult", Y_REQUIRED, &a->difficult);
	a->difficult_tc = -1;
	(void)ynode_rate(s, "difficult_with_tax_credit", 0,
	    &a->difficult_tc);
	(void)ynode_money(s, "low_budget_max", 0, &a->low_max);
	(void)ynode_money(s, "low_budget_per_hour", 0, &a->low_per_hour);
	(void)ynode_check_unknown(s);
}

static void
read_annex3_lists(struct ynode *p, struct bcnc_annex3 *a)
{
	static const char *const ex[] = { "imprevus", "frais_financiers",
		NULL };
	struct ynode *seq;
	const char *s;
	size_t i;
	int e;

	if (ynode_seq(p, "excludes", Y_REQUIRED, &seq) == 1)
		for (i = 0; i < ynode_len(seq); i++)
			if (ynode_as_enum(ynode_item(seq, i), ex, &e) == 0)
				*(e == 0 ? &a->ex_imprevus : &a->ex_ff) = 1;
	if (ynode_seq(p, "posts", Y_REQUIRED, &seq) != 1)
		return;
	for (i = 0; i < ynode_len(seq) && i < BCNC_POSTS_MAX; i++)
		if (ynode_as_str(ynode_item(seq, i), &s) == 0)
			snprintf(a->posts[i], 3, "%s", s);
	a->nposts = i;
}

static void
read_annex3(struct ynode *p, struct bcnc_annex3 *a)
{
	struct ynode *th;
	int g;

	read_mask(p, "works", bcnc_work_names, &a->works);
	for (g = 0; g < BCNC_NGENRES; g++)
		a->threshold[g] = -1;
	if (ynode_map(p, "thresholds", Y_REQUIRED, &th) == 1) {
		for (g = 0; g < BCNC_NGENRES; g++)
			(void)ynode_money(th, bcnc_genre_names[g], 0,
			    &a->threshold[g]);
		(void)ynode_check_unknown(th);
	}
	read_annex3_lists(p, a);
	(void)ynode_rate(p, "ratio_min", Y_REQUIRED, &a->ratio_min);
	(void)ynode_money(p, "small_max", 0, &a->small_max);
	(void)ynode_rate(p, "small_ratio_min", 0, &a->small_ratio_min);
}

/* --- files ----------------------------------------------------------- */

enum which { PAYCAP, TAXCREDIT, AID, ANNEX3 };

static struct bcnc_rule *
rule_of(struct bcnc_rules *r, enum which w)
{
	switch (w) {
	case PAYCAP:	return &r->paycap.r;
	case TAXCREDIT:	return &r->tax.r;
	case AID:	return &r->aid.r;
	default:	return &r->annex3.r;
	}
}

static void
read_rule(struct bcnc_rules *r, enum which w, struct ynode *p,
    enum bcnc_work work)
{
	switch (w) {
	case PAYCAP:	read_paycap(p, &r->paycap); break;
	case TAXCREDIT:	read_taxcredit(p, work, &r->tax); break;
	case AID:	read_aid(p, work, &r->aid); break;
	default:	read_annex3(p, &r->annex3); break;
	}
}

static void
load_one(struct bcnc_rules *r, enum which w, const char *datadir,
    int32_t date, enum bcnc_work work, struct diag *d)
{
	static const char *const files[] = {
		"budget/pay-cap.yaml", "budget/tax-credit.yaml",
		"budget/aid-intensity.yaml", "budget/annex3.yaml"
	};
	struct bcnc_rule *rule = rule_of(r, w);
	struct ydoc *doc;
	struct ynode *p;

	rule->rel = files[w];
	rule->file = data_path(datadir, files[w]);
	if ((doc = ydoc_load(rule->file, d)) == NULL)
		return;
	rule_text(ydoc_root(doc), "name", &rule->name);
	if ((p = period_for(ydoc_root(doc), date, rule)) != NULL) {
		read_rule(r, w, p, work);
		(void)ynode_check_unknown(p);
	}
	(void)ynode_check_unknown(ydoc_root(doc));
	ydoc_free(doc);
}

static void
load_practice(struct bcnc_rules *r, const char *datadir, struct diag *d)
{
	char *path = data_path(datadir, "budget/practice.yaml");
	struct ydoc *doc = ydoc_load(path, d);
	struct ynode *root;
	long long epd = 24;

	if (doc != NULL) {
		root = ydoc_root(doc);
		if (ynode_int(root, "eighths_per_day", Y_REQUIRED, &epd) == 1
		    && (epd < 1 || epd > 1000))
			ynode_error(ynode_get(root, "eighths_per_day"), NULL,
			    "'%lld' eighths a day is not a shooting pace",
			    epd);
		(void)ynode_get(root, "source");
		(void)ynode_get(root, "confidence");
		(void)ynode_check_unknown(root);
		ydoc_free(doc);
	}
	r->eighths_per_day = (long)epd;
	free(path);
}

int
bcnc_rules_load(struct bcnc_rules *r, const char *datadir, int32_t date,
    enum bcnc_work work, struct diag *d)
{
	unsigned before = d->errors;
	int w;

	memset(r, 0, sizeof *r);
	for (w = PAYCAP; w <= ANNEX3; w++)
		load_one(r, (enum which)w, datadir, date, work, d);
	load_practice(r, datadir, d);
	return d->errors == before ? 0 : -1;
}

static void
rule_free(struct bcnc_rule *r)
{
	free(r->file);
	free(r->source);
	free(r->confidence);
	free(r->name);
}

void
bcnc_rules_free(struct bcnc_rules *r)
{
	rule_free(&r->paycap.r);
	rule_free(&r->tax.r);
	rule_free(&r->aid.r);
	rule_free(&r->annex3.r);
}

/* CNC maîtrise des coûts: 15 % up to 4 M€, 8 % from 4 to 7 M€, 5 % from
 * 7 to 10 M€ (brackets from the data), each bracket rounded half away
 * from zero to the cent. */
int64_t
bcnc_paycap_threshold(const struct bcnc_paycap *p, int64_t cost)
{
	int64_t sum = 0, lo = 0, part, in;
	size_t i;

	for (i = 0; i < p->n && cost > lo; i++) {
		in = (cost < p->upto[i] ? cost : p->upto[i]) - lo;
		(void)money_apply_rate(in, p->rate[i], ROUND_HALF_AWAY, &part);
		sum += part;
		lo = p->upto[i];
	}
	return sum;
}
