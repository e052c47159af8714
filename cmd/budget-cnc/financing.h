/*
 * financing.h: the plan de financement (financing.yaml, financing(5)):
 * the coproducers and the sources of money, each with its family,
 * status, nature and the coproducer who brings it; computed against the
 * devis total into shares, totals per family, status and nature, part
 * française / part étrangère and what is left to finance.
 */
#ifndef BCNC_FINANCING_H
#define BCNC_FINANCING_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "money.h"

enum bcnc_family {
	BCNC_F_PRODUCER, BCNC_F_PUBLIC, BCNC_F_TV, BCNC_F_TV_COPRODUCTION,
	BCNC_F_DISTRIBUTOR, BCNC_F_SALES, BCNC_F_SOFICA, BCNC_F_FOREIGN,
	BCNC_F_TAX_CREDIT, BCNC_F_OTHER, BCNC_NFAMILIES
};
enum bcnc_status { BCNC_ACQUIS, BCNC_EN_COURS, BCNC_ESPERE, BCNC_NSTATUS };
enum bcnc_nature { BCNC_CASH, BCNC_IN_KIND, BCNC_DEFERRED, BCNC_NNATURES };

extern const char *const bcnc_family_names[];	/* producer, public, ... */
extern const char *const bcnc_family_labels_fr[];
extern const char *const bcnc_status_names[];	/* acquis, en-cours, ... */
extern const char *const bcnc_status_labels_fr[];
extern const char *const bcnc_nature_names[];	/* cash, kind, deferred */
extern const char *const bcnc_nature_labels_fr[];

struct bcnc_coproducer {
	char *name;
	char country[3];	/* ISO 3166 alpha-2: FR, BE, ... */
	int delegate;		/* the producteur délégué */
	struct srcpos pos;
};

struct bcnc_source {
	char *label;
	enum bcnc_family family;
	enum bcnc_status status;
	enum bcnc_nature nature;
	size_t coproducer;	/* index in coproducers */
	int balance;		/* the amount is what the others leave */
	int64_t amount;		/* cents */
	rate_t share;		/* of the financing total, to 0.01 % */
	struct srcpos pos;
};

struct bcnc_plan {
	struct ydoc *doc;
	const char *title;
	struct bcnc_coproducer *copro;
	size_t ncopro;
	struct bcnc_source *src;
	size_t nsrc;
	size_t delegate;
	struct srcpos pos;		/* the sources list */
	/* results */
	int64_t devis_total, total, gap;	/* gap: reste à financer */
	int64_t family[BCNC_NFAMILIES];
	int64_t status[BCNC_NSTATUS];
	int64_t nature[BCNC_NNATURES];
	int64_t french, foreign;	/* part française / étrangère */
	int64_t public_aid;		/* families public and tax-credit */
	int64_t public_aid_french;	/* the same brought by French
					   coproducers */
	int64_t subsidies;		/* family public */
	int64_t tax_credit;		/* family tax-credit */
	const struct bcnc_source *tax_credit_src;
	int overdrawn;			/* the balance line went below 0 */
};

/* Loads path ("-": standard input); problems are reported into d and
 * NULL returned. */
struct bcnc_plan *bcnc_plan_load(const char *path, struct diag *d);
struct bcnc_plan *bcnc_plan_parse(const char *name, const char *text,
    size_t len, struct diag *d);
void bcnc_plan_free(struct bcnc_plan *p);

/* Computes the plan against the devis total (cents): the balance line,
 * the shares (adding up to 100 % to the hundredth of a percent), the
 * totals and the gap. -1 when a total is beyond the largest amount. */
int bcnc_plan_compute(struct bcnc_plan *p, int64_t devis_total);

#endif
