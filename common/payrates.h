/*
 * payrates.h: the dated tables of French payroll contributions (cotisations
 * et contributions sociales) that payslip applies and budget-cnc budgets
 * from. A table holds contribution lines, each with its base, employee and
 * employer rates, whom it applies to (technicians, artists, cadres or not,
 * company size), the days it holds from and to, its source and a
 * confidence tag; dated parameters (the ceiling, the SMIC, switches for
 * uncertain rules); and the grids of the withholding tax's neutral rate.
 * The format is in payrates(5).
 *
 * Tables are layers: files loaded later take precedence, line by line and
 * day by day, so that a production can override an uncertain value with a
 * small file of its own. Rates are rate_t (RATE_ONE = 100 %); amounts are
 * cents; days are day numbers (date.h).
 */
#ifndef CINEPROD_PAYRATES_H
#define CINEPROD_PAYRATES_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "money.h"
#include "people.h"

/* The most lines that can apply on one day; tables hold fewer. */
#define PAYRATES_MAX_LINES 64

/* What a line's rates are applied to. */
enum payline_base {
	PAYBASE_SOCIAL,		/* gross after the artists' DFS (assiette) */
	PAYBASE_GROSS,		/* the real gross, before the DFS */
	PAYBASE_CSG,		/* the CSG/CRDS base */
	PAYBASE_PREVOYANCE	/* the employer's prévoyance amounts */
};

/* Where a line's employer rate comes from. */
enum payline_source {
	PAYRATE_TABLE,		/* the table's own rate */
	PAYRATE_AT,		/* the employer's work-accident rate */
	PAYRATE_MOBILITY	/* the versement mobilité rate of the place */
};

enum payline_status {
	PAYSTATUS_ANY,
	PAYSTATUS_CADRE,
	PAYSTATUS_NON_CADRE
};

/* A condition that may be unset: -1 any, 0 must be false, 1 must be true. */
typedef signed char paycond_t;

struct payline {
	const char *id;			/* "vieillesse-plafonnee" */
	const char *label;		/* as the payslip prints it, French */
	const char *group;		/* the payslip heading ("Retraite") */
	const char *source, *note;
	const char *confidence;		/* V, S, S-, D, K or U */
	int32_t from, to;		/* days it holds, both included */
	enum payline_base base;
	rate_t floor, cap;		/* band in ceilings; cap 0: none */
	rate_t employee, employer;	/* common rates (régime général) */
	enum payline_source employer_from;
	rate_t artist_factor;		/* RATE_ONE, or 70 % (taux réduits) */
	unsigned kinds;			/* 1 << enum person_kind */
	enum payline_status status;
	long min_headcount, max_headcount;	/* -1: no bound */
	rate_t min_smic, max_smic;	/* pay above / at most n SMIC; 0 none */
	paycond_t above_ceiling;	/* pay above one ceiling */
	paycond_t alsace_moselle;
	paycond_t short_cddu;		/* a CDDU of three months or less */
	const char *switch_id;		/* applies when that switch is "on" */
	int enabled;
	int deductible;			/* employee share lowers net taxable */
	int prevoyance;			/* employer share joins the CSG base */
	int taxable;			/* employer share is taxable income */
	struct srcpos pos;		/* where it was read */
};

/* Whom and when: what decides which lines apply and at which rate. */
struct payctx {
	int32_t day;			/* the rates in force on that day */
	enum person_kind kind;
	int cadre;
	long headcount;			/* the company's */
	int alsace_moselle;
	int short_cddu;			/* CDDU of three months or less */
	rate_t at_rate;			/* accidents du travail, notified */
	rate_t mobility_rate;		/* versement mobilité, 0 when none */
};

/* The bases of one pay period, in cents. */
struct paybases {
	int64_t gross;			/* real gross, before the DFS */
	int64_t social;			/* after the DFS (= gross without) */
	int64_t ceiling;		/* the period's ceiling (plafond) */
	int64_t smic;			/* SMIC for the hours paid; 0 unknown */
};

/* One computed line. */
struct payamount {
	const struct payline *line;
	int64_t base;			/* cents */
	rate_t employee_rate, employer_rate;
	int64_t employee, employer;	/* cents, half away from zero */
};

/* One bracket of a withholding grid: from this monthly base upward. */
struct paybracket {
	int64_t from;			/* cents */
	rate_t rate;
};

struct payrates;

struct payrates *payrates_new(void);
void payrates_free(struct payrates *pr);
/* Adds the table in path as a new layer, above those loaded before.
 * Problems are reported and counted in d; returns 0, or -1 when the file
 * could not be read or was rejected (the layer is then not added). */
int payrates_load(struct payrates *pr, const char *path, struct diag *d);
/* The same from len bytes of text, named name in messages. */
int payrates_load_mem(struct payrates *pr, const char *name, const char *text,
    size_t len, struct diag *d);
/* Loads payroll/contributions-YEAR.yaml from the data folder (data.h; dir
 * may be NULL) unless it was loaded already; the year's table goes under
 * every layer loaded with payrates_load. -1 after a message when there is
 * no table for that year. */
int payrates_load_year(struct payrates *pr, const char *dir, int year,
    struct diag *d);
/* 1 when a loaded table's period covers day. */
int payrates_covers(const struct payrates *pr, int32_t day);

/* The lines that apply to ctx on ctx->day, in table order; returns how
 * many were stored in out (at most max). Lines belong to pr. */
size_t payrates_select(const struct payrates *pr, const struct payctx *ctx,
    const struct payline **out, size_t max);
/* The line's rates for ctx: the artists' factor applied, the employer's
 * work-accident or mobility rate taken from ctx. */
void payline_rates(const struct payline *l, const struct payctx *ctx,
    rate_t *employee, rate_t *employer);
/* 1 when l applies to ctx (kind, status, company, date, switches), not
 * counting the conditions on pay (SMIC range, above the ceiling). */
int payline_applies(const struct payrates *pr, const struct payline *l,
    const struct payctx *ctx);
/* The sum of the employer rates that apply to ctx on pay below one
 * ceiling and above the SMIC conditions' thresholds: the lines whose band
 * starts at zero, without the CSG and prévoyance bases, the lines for pay
 * above the ceiling, or those for pay under a SMIC threshold. A quick
 * budget rate (taux de charges); payrates_compute is exact. */
rate_t payrates_employer_rate(const struct payrates *pr,
    const struct payctx *ctx);
/* Computes every line that applies to ctx on the bases b, in table order;
 * returns how many were stored in out (at most max). Each base and amount
 * is rounded half away from zero to the cent. */
size_t payrates_compute(const struct payrates *pr, const struct payctx *ctx,
    const struct paybases *b, struct payamount *out, size_t max);

/* Dated parameters: 0 and the value when id holds on day, -1 otherwise. */
int payrates_amount(const struct payrates *pr, const char *id, int32_t day,
    int64_t *cents);
int payrates_rate(const struct payrates *pr, const char *id, int32_t day,
    rate_t *rate);
/* A text parameter (a switch): its value, or NULL. */
const char *payrates_text(const struct payrates *pr, const char *id,
    int32_t day);

/* The neutral withholding rate (taux neutre, CGI art. 204 H III) for a
 * monthly taxable base on day; -1 when no grid covers day. */
int payrates_neutral_rate(const struct payrates *pr, int32_t day,
    int64_t monthly_base, rate_t *rate);

/* The employer reduction (réduction générale 2025, RGDU 2026) for pay on
 * ctx->day: the coefficient, rounded half away to four decimals, for pay
 * (cents) against smic (the SMIC for the hours paid). 0 with *coef = 0
 * when pay is above the threshold; -1 when the table has no formula. */
int payrates_reduction(const struct payrates *pr, const struct payctx *ctx,
    int64_t pay, int64_t smic, int caisse_cp, rate_t *coef);

#endif
