/*
 * rules.h: the dated rules the checks apply, read from share/budget/
 * (see the comments in those files for each value's source): the CNC
 * pay cap, the tax credit, public-aid intensity and the IDCC 3097 annex
 * III criteria. Each file holds periods; the one in force on the
 * budget's date applies.
 */
#ifndef BCNC_RULES_H
#define BCNC_RULES_H

#include <stdint.h>

#include "err.h"
#include "money.h"
#include "template.h"

#define BCNC_BRACKETS_MAX 8
#define BCNC_RATES_MAX 8
#define BCNC_PM_MAX 16
#define BCNC_POSTS_MAX 16

/* Where a rule comes from; found is 0 when no period is in force. */
struct bcnc_rule {
	int found;
	char *file;		/* the file as found */
	const char *rel;	/* "budget/x.yaml", in the data folder */
	char *source;
	char *confidence;	/* V, P or U */
	char *name;		/* the rule's or its scheme's name */
	int32_t from;
};

struct bcnc_paycap {
	struct bcnc_rule r;
	unsigned works, genres;		/* bit masks of enum values */
	unsigned chapters;		/* bit n: chapter n */
	size_t n;
	int64_t upto[BCNC_BRACKETS_MAX];	/* cumulative cost, cents */
	rate_t rate[BCNC_BRACKETS_MAX];
};

struct bcnc_taxcredit {
	struct bcnc_rule r;		/* found: a scheme for the work */
	rate_t base_cap;
	int64_t ceiling;		/* per work, 0: none */
	int deduct_subsidies;
	size_t nrates, npm;
	struct {
		int genre;		/* -1: any */
		int french;		/* -1: any, 1: French, 0: not */
		rate_t rate;
	} rates[BCNC_RATES_MAX];
	struct {
		int genre;
		int64_t below;		/* cost per minute, 0: any */
		int64_t ceiling;	/* per minute */
	} pm[BCNC_PM_MAX];
};

struct bcnc_aid {
	struct bcnc_rule r;		/* found: a scheme for the work */
	int over_french_share;		/* base: participation française */
	rate_t dflt, difficult;
	rate_t difficult_tc;		/* -1: same as difficult */
	int64_t low_max;		/* 0: none */
	int64_t low_per_hour;		/* 0: none */
};

struct bcnc_annex3 {
	struct bcnc_rule r;
	unsigned works;
	int64_t threshold[BCNC_NGENRES];	/* -1: the genre is out */
	int ex_imprevus, ex_ff;
	size_t nposts;
	char posts[BCNC_POSTS_MAX][3];
	rate_t ratio_min;
	int64_t small_max;
	rate_t small_ratio_min;
};

struct bcnc_rules {
	struct bcnc_paycap paycap;
	struct bcnc_taxcredit tax;
	struct bcnc_aid aid;
	struct bcnc_annex3 annex3;
	long eighths_per_day;
};

/* Loads the rules in force on date for work from the data folder
 * datadir (NULL: the default). Problems with the files are reported
 * into d; returns -1 then. */
int bcnc_rules_load(struct bcnc_rules *r, const char *datadir, int32_t date,
    enum bcnc_work work, struct diag *d);
void bcnc_rules_free(struct bcnc_rules *r);

/* The pay cap for a production cost, in cents. */
int64_t bcnc_paycap_threshold(const struct bcnc_paycap *p, int64_t cost);

#endif
