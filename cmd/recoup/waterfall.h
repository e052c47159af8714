/*
 * waterfall.h: a film's recoupment schedule as loaded from waterfall.yaml
 * (see waterfall(5)): the parties, the revenue streams and their modes of
 * exploitation, the distribution tiers (what distributors and the sales
 * agent keep before the producer's net receipts, the RNPP), the
 * producer's waterfall tiers, the authors' percentages, and the statement
 * schedule. Every name is resolved to an index and every value keeps its
 * place in the file, so that a check made late still says where.
 *
 * Amounts are cents, rates rate_t (RATE_ONE is 100 %), dates day numbers.
 */
#ifndef RECOUP_WATERFALL_H
#define RECOUP_WATERFALL_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "money.h"

struct ydoc;

/* Modes of exploitation: the French ones of the 2017 accords' models,
 * abroad as one, and the CNC support, which is not a receipt of the film
 * (2010 protocol). CPI L132-25 and L132-28 count authors' remuneration
 * and statements per mode. */
enum mode {
	MODE_THEATRICAL,	/* salles de cinéma en France */
	MODE_TELEVISION,
	MODE_VIDEO,		/* vidéo physique */
	MODE_VOD,		/* vidéo à la demande */
	MODE_INTERNATIONAL,	/* étranger, all modes */
	MODE_OTHER,		/* prizes, extracts, other receipts */
	MODE_SUPPORT,		/* soutien financier du CNC */
	MODE_N
};

enum role {
	ROLE_PRODUCER, ROLE_COPRODUCER, ROLE_DISTRIBUTOR, ROLE_SALES_AGENT,
	ROLE_INVESTOR, ROLE_SOFICA, ROLE_BROADCASTER, ROLE_AUTHOR, ROLE_TALENT,
	ROLE_OTHER, ROLE_N
};

enum section { SEC_DISTRIBUTION, SEC_WATERFALL };

enum tier_kind {
	TIER_COMMISSION,	/* a percentage of what reaches the tier */
	TIER_CORRIDOR,		/* the same, off the top, possibly until a
				   recoupment is complete */
	TIER_EXPENSES,		/* recoupable expenses, capped */
	TIER_MG,		/* a minimum guarantee: recoups the advances */
	TIER_RECOUP,		/* amounts to recoup (+ premium), pari passu */
	TIER_SPLIT		/* shares of everything that reaches the tier */
};

enum author_base {
	BASE_RNPP,		/* recettes nettes part producteur */
	BASE_BOX_OFFICE,	/* public price net of VAT and TSA */
	BASE_GROSS		/* the mode's gross receipts */
};

/* Box-office pseudo-parties: where the theatrical split sends money. */
enum bo_part { BO_VAT, BO_TSA, BO_SACEM, BO_EXHIBITORS, BO_N };

struct party {
	char *id, *name, *address;
	enum role role;
	int author;		/* index in authors, or -1 */
	struct srcpos pos;
};

/* A rate that holds from a day on, until the next step. */
struct rate_step {
	int32_t from;
	rate_t rate;
	struct srcpos pos;
};

struct theatrical {
	struct rate_step *rental;	/* taux de location, by date */
	size_t nrental;
	rate_t sacem;			/* 0: none */
	int increased_tsa;		/* films X / violence: majorated TSA */
	int32_t release;		/* first French release, or INT32_MIN */
};

struct stream {
	char *id, *label;
	enum mode mode;
	int is_theatrical;
	struct theatrical th;
	int mg_tier;		/* the distribution MG tier it feeds, or -1 */
	struct srcpos pos;
};

/* An entry of a weighted set (a split, a group, a commission's payee): a
 * party or a group, with its weight on the set's common denominator. */
struct payee {
	int party;		/* or -1 */
	int group;		/* or -1 */
	int64_t weight;
	struct srcpos pos;
};

struct group {
	char *id;
	struct payee *members;
	size_t nmembers;
	struct srcpos pos;
};

/* A payee of a recoup tier: its amount, premium and pari passu weight. */
struct recoupee {
	int party;
	int64_t amount;
	rate_t premium;
	int64_t target;		/* amount + premium, rounded */
	int64_t weight;
	struct srcpos pos;
};

/* Expenses actually incurred, each dated. */
struct incurred {
	int32_t date;
	int64_t amount;
	char *label;
	struct srcpos pos;
};

struct tier {
	char *id, *name;
	struct srcpos pos;
	enum section section;
	int rank;		/* from 1 within its section */
	enum tier_kind kind;
	unsigned char *streams;	/* [nstreams]: 1 when the tier draws on it */
	rate_t rate;		/* commission, corridor */
	rate_t rnpp_rate;	/* the rate deducted in the RNPP view */
	int64_t cap;		/* -1 for none; expenses cap; MG amount */
	int until;		/* corridor: tier index, or -1 */
	char *until_id;		/* as written, until resolved */
	struct srcpos until_pos;
	struct payee *payees;	/* commission, corridor, expenses, MG: one;
				   split: the shares */
	size_t npayees;
	struct recoupee *rec;
	size_t nrec;
	struct incurred *incurred;	/* expenses; none: the cap is spent */
	size_t nincurred;
	int *leaves;		/* the distinct parties the tier pays */
	size_t nleaves;
};

/* Financing that counts as RNPP (pre-sales: 2010 protocol). */
struct presale {
	int party, stream;
	int32_t date;
	int64_t amount;
	char *label;
	struct srcpos pos;
};

struct author_share {
	unsigned char modes[MODE_N];
	enum author_base base;
	rate_t rate;
	char *collective;	/* the society that collects it, or NULL */
	struct srcpos pos;
};

struct author {
	int party;
	char *work;		/* "scénario", "réalisation" */
	int64_t advance;	/* à-valoir, recouped on the shares */
	struct author_share *shares;
	size_t nshares;
	int share_of_mode[MODE_N];	/* index in shares, or -1 */
	struct srcpos pos;
};

/* Statements fall due every `months` months from `from` (aligned on the
 * calendar: quarters, half-years, years). */
struct schedule_step {
	int32_t from;
	int months;
	struct srcpos pos;
};

/* Dated reference values from share/recoup/ (legal.c). */
struct legal {
	struct rate_step *vat, *tsa, *tsa_increased;
	size_t nvat, ntsa, ntsa_increased;
	int tsa_on_price_excl_vat;	/* TSA base: 0 the price paid */
	rate_t rental_min, rental_max, rental_min_late;
	int rental_late_years;
	rate_t rnpp_cap, rnpp_cap_mg;	/* commission caps for the RNPP */
	char *path;
	struct ydoc *doc;		/* kept: positions name its file */
};

struct waterfall {
	const char *path;
	struct ydoc *doc;	/* kept: positions name its file */
	char *film;
	int producer;		/* the délégué producer, a party */
	enum round_mode rounding;
	struct party *parties;
	size_t nparties;
	struct stream *streams;
	size_t nstreams;
	struct group *groups;
	size_t ngroups;
	struct tier *tiers;	/* distribution tiers first */
	size_t ntiers, ndist;
	struct presale *presales;
	size_t npresales;
	struct author *authors;
	size_t nauthors;
	struct schedule_step *schedule;
	size_t nschedule;
	struct legal legal;
};

/* Loads and checks path against the reference data in datadir (NULL: the
 * default folder). Errors are reported and counted in diag; returns NULL
 * when the file was rejected. wf_free frees it. */
struct waterfall *wf_load(const char *path, const char *datadir,
    struct diag *diag);
/* The same from a loaded document, which the waterfall takes over (it is
 * freed with it, or at once when rejected). */
struct waterfall *wf_load_doc(struct ydoc *doc, const char *path,
    const char *datadir, struct diag *diag);
void wf_free(struct waterfall *w);

/* Index of the party, stream or tier with id, or -1. */
int wf_party(const struct waterfall *w, const char *id);
int wf_stream(const struct waterfall *w, const char *id, size_t len);
int wf_tier(const struct waterfall *w, const char *id);

/* "streams: a, b, c", for hints; the caller frees it. */
char *wf_stream_ids(const struct waterfall *w);
/* "étranger", "salles"...: names in files; labels in documents. */
const char *wf_mode_name(enum mode m);
const char *wf_mode_label(enum mode m);
const char *wf_role_label(enum role r);
const char *wf_kind_label(enum tier_kind k);
const char *wf_bo_label(enum bo_part p);
/* "vat", "tsa", "sacem", "exhibitors": the parts' names in CSV. */
const char *wf_bo_name(enum bo_part p);
/* The rate of steps in force on day (steps sorted by date), or -1 when
 * none holds yet. */
rate_t wf_rate_on(const struct rate_step *steps, size_t n, int32_t day);

#endif
