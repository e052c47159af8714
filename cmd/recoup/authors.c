/*
 * authors.c: the authors' proportional remuneration, period by period.
 * For each mode of exploitation the base (RNPP, public price net of taxes,
 * or gross receipts) is summed to date and the author's rate applied to
 * the sum, so that a yearly statement (CPI L132-28) agrees with the
 * quarterly ones. The advance (à-valoir) is recouped on all the modes
 * together; what exceeds it is due. A base that falls (refunds) never
 * makes the author pay back: what was paid stays paid and the excess is
 * offset against later remuneration.
 */
#include <string.h>

#include "run.h"
#include "waterfall.h"

static int64_t
stream_base(const struct period_result *res, size_t s, enum author_base b)
{
	switch (b) {
	case BASE_RNPP:
		return res->rnpp[s];
	case BASE_BOX_OFFICE:
		return res->in[C_BOX_NET][s];
	case BASE_GROSS:
		return res->in[C_ENTERED][s];
	}
	return 0;
}

/* The rate of the share for mode m, or 0 (no share, or collective). */
static const struct author_share *
share_of(const struct author *a, int m)
{
	int k = a->share_of_mode[m];

	return k >= 0 ? &a->shares[k] : NULL;
}

static void
author_period(const struct waterfall *w, const struct author *a,
    const struct period_result *res, const struct author_flow *prev,
    struct author_flow *f, enum round_mode mode)
{
	const struct author_share *sh;
	int64_t total = 0;
	size_t s;
	int m;

	for (m = 0; m < MODE_N; m++) {
		sh = share_of(a, m);
		for (s = 0; s < w->nstreams; s++)
			if (w->streams[s].mode == (enum mode)m)
				f->base[m] += stream_base(res, s,
				    sh != NULL ? sh->base : BASE_RNPP);
		f->base_cum[m] = (prev ? prev->base_cum[m] : 0) + f->base[m];
		if (sh != NULL && sh->collective == NULL &&
		    f->base_cum[m] > 0)
			(void)money_apply_rate(f->base_cum[m], sh->rate, mode,
			    &f->rem_cum[m]);
		f->rem[m] = f->rem_cum[m] - (prev ? prev->rem_cum[m] : 0);
		total += f->rem_cum[m];
	}
	f->recouped_cum = total < a->advance ? total : a->advance;
	f->due_cum = total - f->recouped_cum;
	f->paid_cum = prev != NULL && prev->paid_cum > f->due_cum ?
	    prev->paid_cum : f->due_cum;
	f->paid = f->paid_cum - (prev ? prev->paid_cum : 0);
}

void
rc_authors_run(struct run *r)
{
	const struct waterfall *w = r->w;
	size_t p, a;

	for (p = 0; p < r->nperiods; p++)
		for (a = 0; a < w->nauthors; a++)
			author_period(w, &w->authors[a], &r->res[p],
			    p > 0 ? &r->res[p - 1].authors[a] : NULL,
			    &r->res[p].authors[a], w->rounding);
}
