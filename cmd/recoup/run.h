/*
 * run.h: a waterfall run over receipts. The receipts are streamed once and
 * summed by month and stream (receipts.c); the months are gathered into
 * statement periods (periods.c); each period's money then flows down the
 * tiers (engine.c) and the authors' remuneration follows (authors.c). The
 * result keeps, for every period, what reached each tier, what each party
 * received in the period and to date, and what each still has to recoup.
 *
 * Invariant, checked after every period (rc_run_balance): the receipts of the
 * period equal the box-office parts, plus what the tiers paid, plus what
 * was retained (undistributed, or a deficit carried to the next period).
 */
#ifndef RECOUP_RUN_H
#define RECOUP_RUN_H

#include <stddef.h>
#include <stdint.h>

#include "waterfall.h"

/* What one month's receipts add up to, per stream. */
enum comp {
	C_GROSS,	/* as received: box office incl. taxes for theatrical */
	C_ENTERED,	/* what enters the distribution tiers (RBD) */
	C_ADVANCE,	/* minimum guarantees paid by distributors */
	C_VAT, C_TSA, C_SACEM, C_EXHIBITORS,	/* box-office parts */
	C_BOX_NET,	/* public price net of VAT and TSA */
	C_ADMISSIONS,	/* a count, not cents */
	C_PRESALE,	/* financing that counts as RNPP */
	NCOMP
};

/* Receipts of one stream and territory in one month. */
struct terr_sum {
	int32_t month;		/* year * 12 + month - 1 */
	int stream;
	char code[3];		/* ISO 3166-1 alpha-2 */
	int64_t amount;
};

struct receipts {
	size_t nstreams;
	int32_t *month;		/* [nmonths], sorted */
	int64_t **v;		/* [nmonths][nstreams * NCOMP] */
	size_t nmonths, capmonths;
	struct terr_sum *terr;
	size_t nterr, capterr;
	int32_t as_of;		/* rows dated later are not counted */
	int32_t first, last;	/* dates of the receipts counted */
	unsigned long rows, after;	/* rows read; rows after as_of */
	void *index;		/* lookup tables while reading */
};

struct period {
	int32_t from, to;	/* inclusive */
	int months;		/* 1, 3, 6 or 12: its kind */
	int32_t first_month, last_month;	/* month keys */
};

/* One tier in one period. Arrays by leaf follow tier->leaves. */
struct tier_flow {
	int64_t *reached;	/* [nstreams] what reached the tier */
	int64_t *paid;		/* [nleaves] in the period */
	int64_t *paid_s;	/* [nleaves * nstreams] the same by stream */
	int64_t *cum;		/* [nleaves] paid to date */
	int64_t *target;	/* [nleaves] to recoup to date; -1: no cap */
	int active;		/* 0 for a corridor that has run its course */
};

struct author_flow {
	int64_t base[MODE_N], base_cum[MODE_N];
	int64_t rem[MODE_N], rem_cum[MODE_N];	/* remuneration */
	int64_t recouped_cum;	/* of the advance, to date */
	int64_t due_cum;	/* remuneration beyond the advance */
	int64_t paid, paid_cum;	/* payable in the period, to date */
};

struct period_result {
	int64_t *in[NCOMP];	/* [nstreams] the period's inputs */
	int64_t *rnpp;		/* [nstreams] */
	int64_t *retained;	/* [nstreams] in the period */
	int64_t *deficit;	/* [nstreams] carried forward, <= 0 */
	struct tier_flow *tiers;	/* [ntiers] */
	struct author_flow *authors;	/* [nauthors] */
};

struct run {
	const struct waterfall *w;
	int32_t as_of;
	struct period *periods;
	struct period_result *res;
	size_t nperiods;
	const struct receipts *rc;
};

/* A box office (price paid by the public, VAT included) split into its
 * parts: VAT, TSA, SACEM, the exhibitors' share, and the distributor's
 * gross receipts (RBD); net is the box office net of VAT and TSA. */
struct bo_split {
	int64_t part[BO_N];
	int64_t net, rbd;
};

/* Splits box for a row dated day under th and the rates of l, rounding
 * each part with mode; the parts add up to box. -1 with *why set when no
 * rate holds on day. */
int rc_theatrical_split(const struct legal *l, const struct theatrical *th,
    int32_t day, int64_t box, enum round_mode mode, struct bo_split *out,
    const char **why);

/* What a per-stream figure of a period result can be: an input (enum
 * comp), the RNPP, or what was retained. */
enum { V_RNPP = NCOMP, V_RETAINED };

/* The figure `which` of stream s in res. */
int64_t rc_value(const struct period_result *res, int which, size_t s);
/* The same summed over periods from..to (inclusive). */
int64_t rc_sum(const struct run *r, size_t from, size_t to, int which,
    size_t s);

/* Opens the receipts of w for streaming; as_of: rows dated later are
 * checked but not counted (INT32_MAX: none). */
void rc_receipts_init(struct receipts *rc, const struct waterfall *w,
    int32_t as_of);
/* Reads path ("-" for stdin), checking every row; errors go to diag.
 * Returns 0, or -1 when the file could not be read or a row was rejected. */
int rc_receipts_read(struct receipts *rc, const struct waterfall *w,
    const char *path, struct diag *diag);
/* The same from an open reader (the caller closes it). */
struct csv_reader;
int rc_receipts_read_csv(struct receipts *rc, const struct waterfall *w,
    struct csv_reader *r, struct diag *diag);
void rc_receipts_free(struct receipts *rc);
/* Month key of a day: year * 12 + month - 1. */
int32_t rc_month_key(int32_t day);

/* The statement periods from the schedule of w (or every `months` months
 * when months is not 0) up to as_of; as_of INT32_MAX means the end of
 * the period holding the last dated item. Sets r->periods, r->as_of. */
void rc_periods_build(struct run *r, const struct receipts *rc, int months,
    int32_t as_of);
/* "2027-Q1", "2027-H2", "2027", "2027-03": the period's machine name;
 * fr: "1er trimestre 2027"... */
char *rc_period_name(const struct period *p, char *buf, size_t size);
char *rc_period_name_fr(const struct period *p, char *buf, size_t size);
/* The period holding day, or -1. */
int rc_period_of(const struct run *r, int32_t day);

/* Runs the waterfall over the periods. 0, or -1 after a message when an
 * amount leaves the range of cents. */
int rc_engine_run(struct run *r);
/* The authors' remuneration, once rc_engine_run is done. */
void rc_authors_run(struct run *r);
/* 1 when every period balances to the cent (see above). */
int rc_run_balance(const struct run *r, size_t p, int64_t *receipts,
    int64_t *paid, int64_t *retained);
void rc_run_free(struct run *r);

#endif
