/*
 * budget.h: a budget (budget.yaml) and the devis computed from it.
 *
 * Loading reads the file, its template and the line specifications;
 * globals may then be added from a breakdown (-b) or the command line
 * (-g); computing resolves the globals, prices every line (quantity x
 * persons x rate, rounded half away from zero to the cent), adds the
 * employer charges of chapter 4, and sums posts, chapters, frais
 * généraux, imprévus and the totals, each as Total / dont France / dont
 * étranger.
 */
#ifndef BCNC_BUDGET_H
#define BCNC_BUDGET_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "expr.h"
#include "money.h"
#include "template.h"

enum bcnc_unit {
	BCNC_FLAT, BCNC_HOUR, BCNC_DAY, BCNC_WEEK, BCNC_MONTH, BCNC_CACHET,
	BCNC_NUNITS
};
extern const char *const bcnc_unit_names[];	/* flat, hour, ... */
extern const char *const bcnc_unit_labels_fr[];	/* forfait, heure, ... */

/* Where a global's definition comes from; a later origin replaces an
 * earlier one of the same name. */
enum bcnc_origin { BCNC_FROM_FILE, BCNC_FROM_BREAKDOWN, BCNC_FROM_OPTION };

struct bcnc_global {
	char *name;
	char *text;		/* the expression */
	struct srcpos pos;
	enum bcnc_origin origin;
	int state;		/* 0 new, 1 being evaluated, 2 done, 3 failed */
	struct bcnc_q value;
};

/* France/abroad split of a line as written. */
enum bcnc_split { BCNC_ALL_FRANCE, BCNC_ABROAD_SHARE, BCNC_ABROAD_AMOUNT };

/* What the employer's contribution rates depend on: from production.yaml
 * (crew(5)) or written in budget.yaml. */
struct bcnc_employer {
	int has_at_rate;
	rate_t at_rate;			/* accidents du travail */
	rate_t mobility_rate;		/* versement mobilité, 0: none */
	long headcount;
	int alsace_moselle;
	struct srcpos pos;
};

struct bcnc_line {
	char code[6];
	const struct bcnc_tline *t;
	char *label;
	enum bcnc_kind kind;
	enum bcnc_unit unit;
	char *qty_text;		/* the quantity expression as written */
	int64_t qty;		/* hundredths */
	long persons;
	int64_t rate;		/* cents per unit and person */
	enum bcnc_split split;
	rate_t abroad_share;	/* BCNC_ABROAD_SHARE */
	int64_t abroad_given;	/* BCNC_ABROAD_AMOUNT, cents */
	int tax_credit;
	char **names;		/* the persons paid, when named */
	size_t nnames;
	int cadre;		/* salaries: the person is a cadre */
	int bad;		/* had a problem: left out of the sums */
	int computed;		/* chapter 4 charges: made by budget-cnc */
	int64_t base[2];	/* computed: salaries charged, non-cadres
				   and cadres */
	rate_t charge_rate[2];	/* computed: the employer rates applied */
	/* results */
	int64_t amount, france, abroad;
	int64_t tc_amount;	/* the part that counts for the tax credit */
	struct srcpos pos, qty_pos, split_pos;
};

struct bcnc_sum {
	int64_t total, france, abroad;
};

struct bcnc_budget {
	struct ydoc *doc;
	char *path;
	const char *title, *production, *version;
	int32_t date;			/* rules in force on this day */
	struct bcnc_template *tmpl;
	enum bcnc_work work;
	enum bcnc_genre genre;
	int french;			/* French-language original version */
	long minutes;			/* running time, 0 when not given */
	int difficult;			/* œuvre difficile (RGA) */
	int annex3;			/* the producer asks for annex III */
	struct srcpos annex3_pos, work_pos;
	struct bcnc_employer employer;
	rate_t fg_rate, imp_rate;
	long eighths_per_day;		/* 0: the data's default */
	struct bcnc_global *globals;
	size_t nglobals, capglobals;
	struct bcnc_line *lines;	/* sorted by code once computed */
	size_t nlines, caplines;
	/* results */
	struct bcnc_sum *post;		/* per template post */
	struct bcnc_sum chapter[9];
	struct bcnc_sum sub;		/* chapters 1 to 9 */
	struct bcnc_sum ff;		/* frais financiers (financial posts) */
	struct bcnc_sum base;		/* base of FG and IMP: sub - ff */
	struct bcnc_sum fg, imp, total;
	struct bcnc_sum hors_imp, hors_ff;
	int64_t eligible_france;	/* French spending flagged tax_credit */
};

/* Loads path ("-": standard input) and its template. Problems are
 * reported and counted in d; the lines that have one are marked bad, so
 * that computing can still report the problems of the others. NULL when
 * the file or its template cannot be read as such. datadir: the data
 * folder option or NULL. */
struct bcnc_budget *bcnc_budget_load(const char *path, const char *datadir,
    struct diag *d);
/* The same from text in memory (tests, fuzzing), with a template
 * already loaded (the budget takes it). */
struct bcnc_budget *bcnc_budget_parse(const char *name, const char *text,
    size_t len, struct bcnc_template *tmpl, struct diag *d);
void bcnc_budget_free(struct bcnc_budget *b);

/* Adds or replaces the global name (its text an expression). */
void bcnc_budget_set_global(struct bcnc_budget *b, const char *name,
    const char *text, enum bcnc_origin origin, const struct srcpos *pos);

/* Resolves the globals and prices the lines, adds the charges of chapter
 * 4 when charges is not NULL (charges.h), then sums. Returns 0, or -1
 * after reporting into d. */
struct bcnc_charges;
int bcnc_budget_compute(struct bcnc_budget *b,
    const struct bcnc_charges *charges, struct diag *d);

/* part / whole as a rate to the hundredth of a percent, half away from
 * zero, for display (checks compare amounts); 0 when whole is 0. */
rate_t bcnc_ratio(int64_t part, int64_t whole);

/* The value of a resolved global, or NULL. */
const struct bcnc_global *bcnc_budget_global(const struct bcnc_budget *b,
    const char *name);

#endif
