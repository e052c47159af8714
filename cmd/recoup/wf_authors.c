/*
 * wf_authors.c: the authors' proportional remuneration. CPI L132-25: it is
 * due per mode of exploitation and, where the public pays a price for the
 * work, proportional to that price; the percentages are contract terms.
 * Each author has shares, each for some modes (or every mode no other
 * share names), on a base (rnpp, box-office, gross) at a rate, or
 * collected by a society (collective: SACD); an advance (à-valoir) is
 * recouped on the shares before anything is paid.
 */
#include <stdlib.h>
#include <string.h>

#include "waterfall.h"
#include "wf_int.h"
#include "xalloc.h"
#include "ydoc.h"

static const char *const base_names[] = {
	"rnpp", "box-office", "gross", NULL
};

static void
load_modes(struct author_share *sh, struct ynode *seq)
{
	size_t i;
	enum mode m;

	if (ynode_len(seq) == 0)
		ynode_error(seq, "leave 'modes' out for every other mode",
		    "no mode");
	for (i = 0; i < ynode_len(seq); i++) {
		struct ynode *n = ynode_item(seq, i);

		if (wf_mode_parse(n, &m) < 0)
			continue;
		if (m == MODE_SUPPORT)
			ynode_error(n, "the 2010 protocol leaves the soutien "
			    "out of the producer's net receipts", "the CNC "
			    "support is not a receipt of the film");
		sh->modes[m] = 1;
	}
}

static void
load_share(struct author_share *sh, struct ynode *it)
{
	struct ynode *seq, *n;
	const char *s = NULL;
	int base = BASE_RNPP;

	sh->pos = ynode_pos(it);
	if (ynode_seq(it, "modes", 0, &seq) == 1)
		load_modes(sh, seq);
	(void)ynode_enum(it, "base", 0, base_names, &base);
	sh->base = (enum author_base)base;
	if (ynode_str(it, "collective", 0, &s) == 1)
		sh->collective = xstrdup(s);
	if ((n = ynode_get(it, "rate")) != NULL)
		(void)wf_rate_in_range(n, &sh->rate);
	else if (sh->collective == NULL)
		ynode_error(it, "or 'collective: SACD' when a society "
		    "collects it", "missing key 'rate'");
	if (sh->base == BASE_BOX_OFFICE && (seq == NULL ||
	    memchr(sh->modes + 1, 1, MODE_N - 1) != NULL))
		ynode_error(it, "CPI L132-25: the public price is the base "
		    "for theatrical receipts", "base 'box-office' is for mode "
		    "'theatrical' alone");
	ynode_check_unknown(it);
}

/* Gives each mode the share that names it, then the share without modes
 * the rest. */
static void
assign_modes(struct author *a, struct diag *diag)
{
	size_t i;
	int m, rest = -1;

	for (m = 0; m < MODE_N; m++)
		a->share_of_mode[m] = -1;
	for (i = 0; i < a->nshares; i++) {
		struct author_share *sh = &a->shares[i];

		if (memchr(sh->modes, 1, MODE_N) == NULL) {
			if (rest >= 0)
				diag_error(diag, &sh->pos, "name the modes "
				    "of all shares but one", "two shares "
				    "without modes");
			rest = (int)i;
			continue;
		}
		for (m = 0; m < MODE_N; m++)
			if (sh->modes[m] && a->share_of_mode[m] >= 0)
				diag_error(diag, &sh->pos, "one share a mode",
				    "mode '%s' has two shares",
				    wf_mode_name((enum mode)m));
			else if (sh->modes[m])
				a->share_of_mode[m] = (int)i;
	}
	for (m = 0; m < MODE_SUPPORT && rest >= 0; m++)
		if (a->share_of_mode[m] < 0) {
			a->share_of_mode[m] = rest;
			a->shares[rest].modes[m] = 1;
		}
}

static void
load_author(struct waterfall *w, struct author *a, struct ynode *it)
{
	struct ynode *n, *seq;
	const char *s = NULL;
	size_t i;

	a->pos = ynode_pos(it);
	a->party = -1;
	if ((n = ynode_get(it, "party")) != NULL)
		a->party = wf_ref_party(w, n);
	else
		ynode_error(it, NULL, "missing key 'party'");
	(void)ynode_str(it, "work", 0, &s);
	a->work = xstrdup(s != NULL ? s : "");
	if ((n = ynode_get(it, "advance")) != NULL)
		(void)wf_amount(n, &a->advance);
	if (ynode_seq(it, "shares", Y_REQUIRED, &seq) == 1) {
		a->shares = xcalloc(ynode_len(seq) + 1, sizeof *a->shares);
		for (i = 0; i < ynode_len(seq); i++)
			load_share(&a->shares[a->nshares++],
			    ynode_item(seq, i));
		assign_modes(a, ynode_diag(seq));
	}
	ynode_check_unknown(it);
}

void
wf_load_authors(struct waterfall *w, struct ynode *root)
{
	struct ynode *seq;
	size_t i;

	if (ynode_seq(root, "authors", 0, &seq) < 1)
		return;
	w->authors = xcalloc(ynode_len(seq) + 1, sizeof *w->authors);
	for (i = 0; i < ynode_len(seq); i++) {
		struct author *a = &w->authors[w->nauthors++];

		load_author(w, a, ynode_item(seq, i));
		if (a->party < 0)
			continue;
		if (w->parties[a->party].author >= 0)
			ynode_error(ynode_item(seq, i), "give one entry "
			    "several shares", "author '%s' is listed twice",
			    w->parties[a->party].id);
		w->parties[a->party].author = (int)(w->nauthors - 1);
	}
}
