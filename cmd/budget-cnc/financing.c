/*
 * financing.c: reading financing.yaml and computing the plan de
 * financement against the devis.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "financing.h"
#include "xalloc.h"
#include "ydoc.h"

const char *const bcnc_family_names[] = {
	"producer", "public", "tv", "tv-coproduction", "distributor",
	"sales", "sofica", "foreign", "tax-credit", "other", NULL
};
const char *const bcnc_family_labels_fr[] = {
	"Apports des producteurs", "Aides publiques", "Préachats TV",
	"Coproductions TV", "Minimum garanti distributeur",
	"Minimum garanti ventes internationales", "SOFICA",
	"Apports étrangers", "Crédit d'impôt", "Autres", NULL
};
/* The last two are the same statuses written in French. */
const char *const bcnc_status_names[] = {
	"acquis", "en-cours", "espere", "en cours", "espéré", NULL
};
const char *const bcnc_status_labels_fr[] = {
	"acquis", "en cours", "espéré", NULL
};
const char *const bcnc_nature_names[] = {
	"cash", "kind", "deferred", NULL
};
const char *const bcnc_nature_labels_fr[] = {
	"numéraire", "en nature", "participation", NULL
};

static void
read_coproducer(struct bcnc_plan *p, struct ynode *map)
{
	struct bcnc_coproducer *c = &p->copro[p->ncopro];
	const char *name = NULL, *country = "FR";
	size_t i;

	(void)ynode_str(map, "name", Y_REQUIRED, &name);
	if (ynode_str(map, "country", 0, &country) == 1 &&
	    (strlen(country) != 2 || strspn(country,
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 2))
		ynode_error(ynode_get(map, "country"), "an ISO 3166 code, "
		    "such as FR or BE", "'%s' is not a country code",
		    country);
	(void)ynode_bool(map, "delegate", 0, &c->delegate);
	(void)ynode_check_unknown(map);
	if (name == NULL)
		return;
	for (i = 0; i < p->ncopro; i++)
		if (strcmp(p->copro[i].name, name) == 0)
			ynode_error(map, NULL, "coproducer '%s' is listed "
			    "twice", name);
	c->name = xstrdup(name);
	memcpy(c->country, country, 2);
	c->pos = ynode_pos(map);
	p->ncopro++;
}

/* The coproducers; exactly one is the delegate producer. */
static void
read_coproducers(struct bcnc_plan *p, struct ynode *root)
{
	struct ynode *seq = NULL;
	size_t i, ndelegates = 0;

	if (ynode_seq(root, "coproducers", Y_REQUIRED, &seq) != 1)
		return;
	p->copro = xcalloc(ynode_len(seq) + 1, sizeof *p->copro);
	for (i = 0; i < ynode_len(seq); i++)
		read_coproducer(p, ynode_item(seq, i));
	for (i = 0; i < p->ncopro; i++)
		if (p->copro[i].delegate) {
			p->delegate = i;
			ndelegates++;
		}
	if (ndelegates == 0 && p->ncopro == 1)
		p->copro[0].delegate = 1;
	else if (ndelegates != 1 && p->ncopro > 0)
		ynode_error(seq, "mark the producteur délégué with "
		    "'delegate: true'", "%zu coproducers are the delegate "
		    "producer, not one", ndelegates);
}

static size_t
find_coproducer(const struct bcnc_plan *p, struct ynode *n)
{
	struct buf names = BUF_INIT;
	const char *s;
	char *hint;
	size_t i;

	if (ynode_as_str(n, &s) < 0)
		return p->delegate;
	for (i = 0; i < p->ncopro; i++)
		if (strcmp(p->copro[i].name, s) == 0)
			return i;
	for (i = 0; i < p->ncopro; i++)
		buf_addf(&names, "%s'%s'", i ? ", " : "", p->copro[i].name);
	hint = xasprintf("coproducers: %s", buf_str(&names));
	ynode_error(n, hint, "unknown coproducer '%s'", s);
	free(hint);
	buf_free(&names);
	return p->delegate;
}

static void
read_amount(struct bcnc_plan *p, struct bcnc_source *s, struct ynode *map)
{
	struct ynode *n = ynode_get(map, "amount");
	size_t i;

	if (n == NULL) {
		ynode_error(map, "an amount, or 'balance' for the line that "
		    "takes what the others leave", "missing key 'amount'");
		return;
	}
	if (ynode_kind(n) == YNODE_SCALAR &&
	    strcmp(ynode_text(n, NULL), "balance") == 0) {
		for (i = 0; i < p->nsrc; i++)
			if (p->src[i].balance)
				ynode_error(n, NULL, "only one source can be "
				    "the balance (the other on line %u)",
				    p->src[i].pos.line);
		s->balance = 1;
	} else if (ynode_as_money(n, &s->amount) == 0 && s->amount < 0) {
		ynode_error(n, NULL, "amount '%s' is negative",
		    ynode_text(n, NULL));
	}
}

static void
read_source(struct bcnc_plan *p, struct ynode *map)
{
	struct bcnc_source *s = &p->src[p->nsrc];
	struct ynode *c;
	const char *label = "";
	int e;

	s->pos = ynode_pos(map);
	(void)ynode_str(map, "label", Y_REQUIRED, &label);
	s->label = xstrdup(label);
	if (ynode_enum(map, "family", Y_REQUIRED, bcnc_family_names, &e) == 1)
		s->family = (enum bcnc_family)e;
	if (ynode_enum(map, "status", Y_REQUIRED, bcnc_status_names, &e) == 1)
		s->status = (enum bcnc_status)(e == 3 ? 1 : e == 4 ? 2 : e);
	if (ynode_enum(map, "nature", 0, bcnc_nature_names, &e) == 1)
		s->nature = (enum bcnc_nature)e;
	s->coproducer = p->delegate;
	if ((c = ynode_get(map, "coproducer")) != NULL)
		s->coproducer = find_coproducer(p, c);
	read_amount(p, s, map);
	(void)ynode_get(map, "note");
	(void)ynode_check_unknown(map);
	p->nsrc++;
}

static struct bcnc_plan *
parse_doc(struct ydoc *doc, struct diag *d)
{
	struct bcnc_plan *p = xcalloc(1, sizeof *p);
	struct ynode *root = ydoc_root(doc), *seq = NULL;
	unsigned before = d->errors;
	size_t i;

	p->doc = doc;
	if (ynode_kind(root) != YNODE_MAP) {
		ynode_error(root, NULL, "a financing plan is a map with "
		    "'coproducers' and 'sources'");
		bcnc_plan_free(p);
		return NULL;
	}
	(void)ynode_str(root, "title", 0, &p->title);
	read_coproducers(p, root);
	if (ynode_seq(root, "sources", Y_REQUIRED, &seq) == 1) {
		p->pos = ynode_pos(seq);
		if (ynode_len(seq) == 0)
			ynode_error(seq, NULL, "the plan has no source");
		p->src = xcalloc(ynode_len(seq) + 1, sizeof *p->src);
		for (i = 0; i < ynode_len(seq); i++)
			read_source(p, ynode_item(seq, i));
	}
	(void)ynode_check_unknown(root);
	if (d->errors != before) {
		bcnc_plan_free(p);
		return NULL;
	}
	return p;
}

struct bcnc_plan *
bcnc_plan_parse(const char *name, const char *text, size_t len,
    struct diag *d)
{
	struct ydoc *doc = ydoc_load_mem(name, text, len, d);

	return doc != NULL ? parse_doc(doc, d) : NULL;
}

struct bcnc_plan *
bcnc_plan_load(const char *path, struct diag *d)
{
	struct ydoc *doc = ydoc_load(path, d);

	return doc != NULL ? parse_doc(doc, d) : NULL;
}

void
bcnc_plan_free(struct bcnc_plan *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->ncopro; i++)
		free(p->copro[i].name);
	for (i = 0; i < p->nsrc; i++)
		free(p->src[i].label);
	free(p->copro);
	free(p->src);
	ydoc_free(p->doc);
	free(p);
}

/* The balance line takes what the devis total leaves; below zero it
 * stays at zero and the plan is overdrawn (the total check fires). */
static int
fill_balance(struct bcnc_plan *p)
{
	int64_t others = 0;
	size_t i;

	for (i = 0; i < p->nsrc; i++)
		if (!p->src[i].balance &&
		    money_add(others, p->src[i].amount, &others) < 0)
			return -1;
	for (i = 0; i < p->nsrc; i++)
		if (p->src[i].balance) {
			p->src[i].amount = p->devis_total - others;
			if (p->src[i].amount < 0) {
				p->src[i].amount = 0;
				p->overdrawn = 1;
			}
		}
	return 0;
}

/* Shares of the total in hundredths of a percent, split by largest
 * remainder so that they add up to 100,00 %. */
static void
fill_shares(struct bcnc_plan *p)
{
	int64_t *w, *bp;
	size_t i;

	if (p->nsrc == 0 || p->total <= 0)
		return;
	w = xcalloc(p->nsrc, sizeof *w);
	bp = xcalloc(p->nsrc, sizeof *bp);
	for (i = 0; i < p->nsrc; i++)
		w[i] = p->src[i].amount;
	if (money_split(10000, w, p->nsrc, bp) == 0)
		for (i = 0; i < p->nsrc; i++)
			p->src[i].share = bp[i] * (RATE_ONE / 10000);
	free(w);
	free(bp);
}

int
bcnc_plan_compute(struct bcnc_plan *p, int64_t devis_total)
{
	int rc = 0;
	size_t i;

	p->devis_total = devis_total;
	if (fill_balance(p) < 0)
		return -1;
	for (i = 0; i < p->nsrc; i++) {
		const struct bcnc_source *s = &p->src[i];
		int64_t a = s->amount;

		rc |= money_add(p->total, a, &p->total);
		p->family[s->family] += a;
		p->status[s->status] += a;
		p->nature[s->nature] += a;
		if (strcmp(p->copro[s->coproducer].country, "FR") == 0) {
			p->french += a;
			if (s->family == BCNC_F_PUBLIC ||
			    s->family == BCNC_F_TAX_CREDIT)
				p->public_aid_french += a;
		} else {
			p->foreign += a;
		}
		if (s->family == BCNC_F_PUBLIC)
			p->subsidies += a;
		if (s->family == BCNC_F_TAX_CREDIT) {
			p->tax_credit += a;
			if (p->tax_credit_src == NULL)
				p->tax_credit_src = s;
		}
	}
	p->public_aid = p->subsidies + p->tax_credit;
	rc |= money_sub(devis_total, p->total, &p->gap);
	fill_shares(p);
	return rc;
}
