/*
 * payrates_int.h: the insides of a set of contribution tables, shared by
 * payrates.c (loading) and paycalc.c (selecting and computing). Not for
 * use outside those two files.
 */
#ifndef CINEPROD_PAYRATES_INT_H
#define CINEPROD_PAYRATES_INT_H

#include "payrates.h"
#include "ydoc.h"

enum param_kind {
	PARAM_AMOUNT,
	PARAM_RATE,
	PARAM_TEXT
};

struct param {
	const char *id;
	int32_t from, to;
	enum param_kind kind;
	int64_t amount;
	rate_t rate;
	const char *text;
	int prio;			/* its layer's precedence */
	struct srcpos pos;
};

struct grid {
	int32_t from, to;
	struct paybracket *brackets;
	size_t n;
	int prio;
};

/* A line of a layer, and its place among the lines of every layer. */
struct entry {
	struct payline line;
	int prio;
	size_t rank;			/* order of its id in the tables */
};

struct layer {
	struct ydoc *doc;
	int32_t from, to;		/* the table's period */
	int year;			/* a shared year's table; 0 for others */
	int prio;
};

struct payrates {
	struct layer *layers;
	size_t nlayers;
	struct entry *entries;
	size_t nentries;
	struct param *params;
	size_t nparams;
	struct grid *grids;
	size_t ngrids;
	size_t nranks;			/* distinct line ids */
	int next_user_prio;
};

#endif
