/*
 * checks.h: the rules financiers apply to a devis and its financing
 * plan, each with its thresholds from share/budget/ (rules.h):
 *
 *   total          the financing adds up to the devis total
 *   aid-intensity  public aid (tax credit included) within its ceiling
 *   tax-credit     the tax credit in the plan is at most the estimate
 *   pay-cap        nobody's pay is over the CNC cap (15/8/5 %)
 *   annex3         eligibility to annex III of IDCC 3097 (low budget)
 *
 * A check that fails is a warning at the line that makes it fail;
 * --strict turns warnings into rejection.
 */
#ifndef BCNC_CHECKS_H
#define BCNC_CHECKS_H

#include "budget.h"
#include "financing.h"
#include "rules.h"

enum bcnc_verdict { BCNC_OK, BCNC_WARN, BCNC_INFO, BCNC_NA };
extern const char *const bcnc_verdict_names[];	/* ok, warning, ... */

enum bcnc_vtype { BCNC_V_NONE, BCNC_V_MONEY, BCNC_V_RATE };

struct bcnc_check {
	const char *name;
	enum bcnc_verdict verdict;
	enum bcnc_vtype type;		/* of value and limit */
	int64_t value, limit;
	char *note;			/* what was found, in a few words */
	const struct bcnc_rule *rule;	/* NULL for rules of practice */
};

#define BCNC_NCHECKS 5

struct bcnc_checks {
	struct bcnc_check v[BCNC_NCHECKS];
	int64_t tax_estimate;		/* -1 when not computed */
	rate_t tax_rate;
	unsigned warnings;
};

/* Runs every check on b (computed) and p (computed, or NULL). Each
 * failure is reported as a warning into d at its place. */
void bcnc_checks_run(struct bcnc_checks *c, const struct bcnc_budget *b,
    const struct bcnc_plan *p, const struct bcnc_rules *r, struct diag *d);
void bcnc_checks_free(struct bcnc_checks *c);

#endif
