/*
 * legal.c: the dated rates and caps of share/recoup/fr-rates.yaml (VAT and
 * TSA on cinema tickets, the legal range of the rental rate, the RNPP
 * commission caps). Each value must carry its source and confidence tag,
 * so that a figure never enters the tool without saying where it is from.
 */
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "waterfall.h"
#include "wf_int.h"
#include "xalloc.h"
#include "ydoc.h"

#define RATES_FILE "recoup/fr-rates.yaml"

static const char *const confidence_names[] = {
	"V", "S", "K", "U", NULL
};

/* source and confidence, required beside every value. */
static void
need_source(struct ynode *m, const char *source, const char *conf)
{
	const char *s;
	int c;

	(void)ynode_str(m, source, Y_REQUIRED, &s);
	(void)ynode_enum(m, conf, Y_REQUIRED, confidence_names, &c);
}

static void
load_steps(struct ynode *m, const char *key, struct rate_step **out,
    size_t *n)
{
	struct ynode *seq;
	size_t i;

	if (ynode_seq(m, key, Y_REQUIRED, &seq) < 1)
		return;
	*out = xcalloc(ynode_len(seq) + 1, sizeof **out);
	for (i = 0; i < ynode_len(seq); i++) {
		struct ynode *it = ynode_item(seq, i);
		struct rate_step *st = &(*out)[(*n)++];

		st->pos = ynode_pos(it);
		(void)ynode_date(it, "from", Y_REQUIRED, &st->from);
		(void)ynode_rate(it, "rate", Y_REQUIRED, &st->rate);
		need_source(it, "source", "confidence");
		if (i > 0 && st->from <= st[-1].from)
			ynode_error(it, NULL, "not in date order");
		ynode_check_unknown(it);
	}
}

static void
load_tsa(struct legal *l, struct ynode *root)
{
	static const char *const bases[] = {
		"price-paid", "price-excl-vat", NULL
	};
	struct ynode *m;
	int base = 0;

	if (ynode_map(root, "tsa", Y_REQUIRED, &m) < 1)
		return;
	(void)ynode_enum(m, "base", Y_REQUIRED, bases, &base);
	l->tsa_on_price_excl_vat = base;
	need_source(m, "base_source", "base_confidence");
	load_steps(m, "normal", &l->tsa, &l->ntsa);
	load_steps(m, "increased", &l->tsa_increased, &l->ntsa_increased);
	ynode_check_unknown(m);
}

static void
load_rental(struct legal *l, struct ynode *root)
{
	struct ynode *m;
	long long years = 2;

	if (ynode_map(root, "rental_rate", Y_REQUIRED, &m) < 1)
		return;
	(void)ynode_rate(m, "min", Y_REQUIRED, &l->rental_min);
	(void)ynode_rate(m, "max", Y_REQUIRED, &l->rental_max);
	(void)ynode_rate(m, "min_late", Y_REQUIRED, &l->rental_min_late);
	(void)ynode_int(m, "late_after_years", Y_REQUIRED, &years);
	l->rental_late_years = (int)years;
	need_source(m, "source", "confidence");
	ynode_check_unknown(m);
}

static void
load_caps(struct legal *l, struct ynode *root)
{
	struct ynode *m;
	int32_t from;

	if (ynode_map(root, "rnpp_commission_cap", Y_REQUIRED, &m) < 1)
		return;
	(void)ynode_date(m, "from", Y_REQUIRED, &from);
	(void)ynode_rate(m, "without_mg", Y_REQUIRED, &l->rnpp_cap);
	(void)ynode_rate(m, "with_mg", Y_REQUIRED, &l->rnpp_cap_mg);
	need_source(m, "source", "confidence");
	ynode_check_unknown(m);
}

int
rc_legal_load(struct legal *l, const char *datadir, struct diag *diag)
{
	struct ydoc *doc;
	struct ynode *root;
	unsigned before = diag->errors;

	l->path = data_path(datadir, RATES_FILE);
	if ((doc = ydoc_load(l->path, diag)) == NULL)
		return -1;
	root = ydoc_root(doc);
	if (ynode_kind(root) != YNODE_MAP)
		ynode_error(root, NULL, "expected a map of rates");
	else {
		load_steps(root, "vat", &l->vat, &l->nvat);
		load_tsa(l, root);
		load_rental(l, root);
		load_caps(l, root);
		ynode_check_unknown(root);
	}
	l->doc = doc;
	return diag->errors == before ? 0 : -1;
}

void
rc_legal_free(struct legal *l)
{
	free(l->vat);
	free(l->tsa);
	free(l->tsa_increased);
	free(l->path);
	ydoc_free(l->doc);
}
