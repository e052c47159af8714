/*
 * recoup_fixture.h: runs a waterfall given as YAML text over receipts
 * given as CSV text through the real loader, reader and engine, for the
 * recoup unit tests, and reads the results back by tier and party.
 */
#ifndef CINEPROD_RECOUP_FIXTURE_H
#define CINEPROD_RECOUP_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "../../cmd/recoup/run.h"
#include "../../cmd/recoup/waterfall.h"
#include "csvio.h"
#include "ydoc.h"

struct fx {
	struct diag diag;
	struct waterfall *w;
	struct receipts rc;
	struct run r;
	int loaded;
};

/* Loads yaml and csv and runs every period (months: 0 for the file's
 * schedule; as_of INT32_MAX for none). 0 on success, -1 when the input
 * was rejected (errors in x->diag). */
static __attribute__((unused)) int
fx_run(struct fx *x, const char *yaml, const char *csv, int months,
    int32_t as_of)
{
	struct ydoc *doc;
	struct csv_reader *r;
	FILE *f;
	int rc;

	memset(x, 0, sizeof *x);
	doc = ydoc_load_mem("test.yaml", yaml, strlen(yaml), &x->diag);
	if (doc == NULL)
		return -1;
	if ((x->w = wf_load_doc(doc, "test.yaml", NULL, &x->diag)) == NULL)
		return -1;
	rc_receipts_init(&x->rc, x->w, as_of);
	x->loaded = 1;
	f = fmemopen((void *)csv, strlen(csv), "r");
	r = csv_reader_new(f, "test.csv", ',', &x->diag);
	rc = rc_receipts_read_csv(&x->rc, x->w, r, &x->diag);
	csv_reader_close(r);
	fclose(f);
	if (rc < 0)
		return -1;
	x->r.w = x->w;
	x->r.rc = &x->rc;
	rc_periods_build(&x->r, &x->rc, months, as_of);
	if (rc_engine_run(&x->r) < 0)
		return -1;
	rc_authors_run(&x->r);
	return 0;
}

static __attribute__((unused)) void
fx_free(struct fx *x)
{
	rc_run_free(&x->r);
	if (x->loaded)
		rc_receipts_free(&x->rc);
	wf_free(x->w);
}

/* Index of the tier named name (its name or id), or -1. */
static __attribute__((unused)) int
fx_tier(const struct fx *x, const char *name)
{
	size_t i;

	for (i = 0; i < x->w->ntiers; i++)
		if (strcmp(x->w->tiers[i].name, name) == 0 ||
		    (x->w->tiers[i].id != NULL &&
		    strcmp(x->w->tiers[i].id, name) == 0))
			return (int)i;
	return -1;
}

/* Leaf of party in tier t, or -1. */
static __attribute__((unused)) int
fx_leaf(const struct fx *x, int t, const char *party)
{
	int p = wf_party(x->w, party);
	size_t j;

	for (j = 0; t >= 0 && j < x->w->tiers[t].nleaves; j++)
		if (x->w->tiers[t].leaves[j] == p)
			return (int)j;
	return -1;
}

/* What party received from tier to date after period p (-1: the last). */
static __attribute__((unused)) int64_t
fx_cum_at(const struct fx *x, const char *tier, const char *party, int p)
{
	int t = fx_tier(x, tier), j = fx_leaf(x, t, party);

	if (p < 0)
		p = (int)x->r.nperiods - 1;
	if (t < 0 || j < 0 || p < 0)
		return -999999;
	return x->r.res[p].tiers[t].cum[j];
}

static __attribute__((unused)) int64_t
fx_cum(const struct fx *x, const char *tier, const char *party)
{
	return fx_cum_at(x, tier, party, -1);
}

/* RNPP of stream to date. */
static __attribute__((unused)) int64_t
fx_rnpp(const struct fx *x, const char *stream)
{
	int s = wf_stream(x->w, stream, strlen(stream));

	return rc_sum(&x->r, 0, x->r.nperiods - 1, V_RNPP, (size_t)s);
}

/* Sum of comp c of stream to date. */
static __attribute__((unused)) int64_t
fx_in(const struct fx *x, int c, const char *stream)
{
	int s = wf_stream(x->w, stream, strlen(stream));

	return rc_sum(&x->r, 0, x->r.nperiods - 1, c, (size_t)s);
}

/* The last period's author flow of party. */
static __attribute__((unused)) const struct author_flow *
fx_author(const struct fx *x, const char *party)
{
	int p = wf_party(x->w, party);

	return &x->r.res[x->r.nperiods - 1].authors[x->w->parties[p].author];
}

#endif
