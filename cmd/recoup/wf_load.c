/*
 * wf_load.c: waterfall.yaml into struct waterfall, top level: the film,
 * the parties, the streams with their theatrical terms, the pre-sales and
 * the statement schedule. Tiers, weights and authors have files of their
 * own (wf_tiers.c, wf_shares.c, wf_authors.c); wf_check.c cross-checks.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "date.h"
#include "waterfall.h"
#include "wf_int.h"
#include "xalloc.h"
#include "ydoc.h"

static const char *const mode_names[MODE_N + 1] = {
	"theatrical", "television", "video", "vod", "international", "other",
	"support", NULL
};

static const char *const mode_labels[MODE_N] = {
	"Salles de cinéma (France)", "Télévision", "Vidéo physique",
	"Vidéo à la demande", "Étranger", "Autres recettes",
	"Soutien financier (CNC)"
};

static const char *const role_names[ROLE_N + 1] = {
	"producer", "coproducer", "distributor", "sales-agent", "investor",
	"sofica", "broadcaster", "author", "talent", "other", NULL
};

static const char *const role_labels[ROLE_N] = {
	"producteur délégué", "coproducteur", "distributeur",
	"vendeur international", "investisseur", "SOFICA", "diffuseur",
	"auteur", "artiste", "ayant droit"
};

static const char *const bo_names[BO_N] = {
	"vat", "tsa", "sacem", "exhibitors"
};

static const char *const bo_labels[BO_N] = {
	"TVA (État)", "TSA (CNC)", "SACEM", "Part des exploitants"
};

const char *
wf_mode_name(enum mode m)
{
	return mode_names[m];
}

const char *
wf_mode_label(enum mode m)
{
	return mode_labels[m];
}

const char *
wf_role_label(enum role r)
{
	return role_labels[r];
}

const char *
wf_bo_label(enum bo_part p)
{
	return bo_labels[p];
}

const char *
wf_bo_name(enum bo_part p)
{
	return bo_names[p];
}

int
wf_mode_parse(struct ynode *n, enum mode *m)
{
	int i;

	if (ynode_as_enum(n, mode_names, &i) < 0)
		return -1;
	*m = (enum mode)i;
	return 0;
}

int
wf_party(const struct waterfall *w, const char *id)
{
	size_t i;

	for (i = 0; i < w->nparties; i++)
		if (strcmp(w->parties[i].id, id) == 0)
			return (int)i;
	return -1;
}

int
wf_stream(const struct waterfall *w, const char *id, size_t len)
{
	size_t i;

	for (i = 0; i < w->nstreams; i++)
		if (strlen(w->streams[i].id) == len &&
		    memcmp(w->streams[i].id, id, len) == 0)
			return (int)i;
	return -1;
}

int
wf_tier(const struct waterfall *w, const char *id)
{
	size_t i;

	for (i = 0; i < w->ntiers; i++)
		if (w->tiers[i].id != NULL && strcmp(w->tiers[i].id, id) == 0)
			return (int)i;
	return -1;
}

rate_t
wf_rate_on(const struct rate_step *steps, size_t n, int32_t day)
{
	rate_t r = -1;
	size_t i;

	for (i = 0; i < n && steps[i].from <= day; i++)
		r = steps[i].rate;
	return r;
}

/* "a, b, c": the ids of a list, for hints. */
char *
wf_list_ids(const char *prefix, const void *items, size_t n, size_t size)
{
	struct buf b = BUF_INIT;
	size_t i;

	buf_adds(&b, prefix);
	for (i = 0; i < n; i++)
		buf_addf(&b, "%s%s", i ? ", " : "",
		    *(char *const *)((const char *)items + i * size));
	return buf_take(&b);
}

/* A party or stream reference: its index, or -1 after a message. */
int
wf_ref_party(const struct waterfall *w, struct ynode *n)
{
	const char *id;
	char *hint;
	int i;

	if (ynode_as_str(n, &id) < 0)
		return -1;
	if ((i = wf_party(w, id)) >= 0)
		return i;
	hint = w->nparties == 0 ? NULL : wf_list_ids("parties: ", w->parties,
	    w->nparties, sizeof *w->parties);
	ynode_error(n, hint, "unknown party '%s'", id);
	free(hint);
	return -1;
}

char *
wf_stream_ids(const struct waterfall *w)
{
	return wf_list_ids("streams: ", w->streams, w->nstreams,
	    sizeof *w->streams);
}

int
wf_ref_stream(const struct waterfall *w, struct ynode *n)
{
	const char *id;
	char *hint;
	int i;

	if (ynode_as_str(n, &id) < 0)
		return -1;
	if ((i = wf_stream(w, id, strlen(id))) >= 0)
		return i;
	hint = w->nstreams == 0 ? NULL : wf_stream_ids(w);
	ynode_error(n, hint, "unknown stream '%s'", id);
	free(hint);
	return -1;
}

/* A rate between 0 and 100 %. */
int
wf_rate_in_range(struct ynode *n, rate_t *r)
{
	if (ynode_as_rate(n, r) < 0)
		return -1;
	if (*r < 0 || *r > RATE_ONE) {
		char buf[RATE_BUFSZ];

		ynode_error(n, "a percentage is between 0 % and 100 %",
		    *r < 0 ? "percentage %s is negative" :
		    "percentage %s is over 100 %%", rate_format(buf, *r));
		return -1;
	}
	return 0;
}

/* An amount of at least 0. */
int
wf_amount(struct ynode *n, int64_t *cents)
{
	if (ynode_as_money(n, cents) < 0)
		return -1;
	if (*cents < 0) {
		ynode_error(n, NULL, "amount '%s' is negative",
		    ynode_text(n, NULL));
		return -1;
	}
	return 0;
}

static int
is_reserved(const char *id)
{
	size_t i;

	for (i = 0; i < BO_N; i++)
		if (strcmp(id, bo_names[i]) == 0)
			return 1;
	return strcmp(id, "retained") == 0;
}

static void
load_party(struct waterfall *w, struct ynode *key, struct ynode *v)
{
	struct party *p = &w->parties[w->nparties++];
	const char *s = NULL;
	int role = ROLE_OTHER;

	p->id = xstrdup(ynode_text(key, NULL));
	p->pos = ynode_pos(key);
	p->author = -1;
	if (is_reserved(p->id))
		ynode_error(key, "vat, tsa, sacem, exhibitors and retained "
		    "name the box-office split and the undistributed balance",
		    "party id '%s' is reserved", p->id);
	if (ynode_kind(v) != YNODE_MAP) {
		ynode_error(v, "give at least its name: 'name: ...'",
		    "party '%s' should be a map", p->id);
		p->name = xstrdup(p->id);
		return;
	}
	if (ynode_str(v, "name", Y_REQUIRED, &s) < 1)
		s = p->id;
	p->name = xstrdup(s);
	s = NULL;
	(void)ynode_str(v, "address", 0, &s);
	p->address = s != NULL ? xstrdup(s) : NULL;
	(void)ynode_enum(v, "role", 0, role_names, &role);
	p->role = (enum role)role;
	ynode_check_unknown(v);
}

static void
load_parties(struct waterfall *w, struct ynode *root)
{
	struct ynode *m;
	size_t i;

	if (ynode_map(root, "parties", Y_REQUIRED, &m) < 1)
		return;
	w->parties = xcalloc(ynode_len(m) + 1, sizeof *w->parties);
	for (i = 0; i < ynode_len(m); i++)
		load_party(w, ynode_pair_key(m, i), ynode_pair_value(m, i));
	if (w->nparties == 0)
		ynode_error(m, NULL, "no party");
}

/* rental_rate: 47%, or a list of {from, rate} in date order. */
static void
load_rental(struct stream *s, struct ynode *v)
{
	struct theatrical *th = &s->th;
	size_t i;

	if (ynode_kind(v) != YNODE_SEQ) {
		th->rental = xcalloc(1, sizeof *th->rental);
		th->nrental = 1;
		th->rental[0].from = INT32_MIN;
		th->rental[0].pos = ynode_pos(v);
		(void)wf_rate_in_range(v, &th->rental[0].rate);
		return;
	}
	th->rental = xcalloc(ynode_len(v) + 1, sizeof *th->rental);
	for (i = 0; i < ynode_len(v); i++) {
		struct ynode *it = ynode_item(v, i);
		struct rate_step *st = &th->rental[th->nrental++];
		struct ynode *r;

		st->pos = ynode_pos(it);
		if (ynode_date(it, "from", Y_REQUIRED, &st->from) == 1 &&
		    i > 0 && st->from <= st[-1].from)
			ynode_error(it, NULL, "rental rates are not in date "
			    "order");
		if ((r = ynode_get(it, "rate")) == NULL)
			ynode_error(it, NULL, "missing key 'rate'");
		else
			(void)wf_rate_in_range(r, &st->rate);
		ynode_check_unknown(it);
	}
	if (th->nrental == 0)
		ynode_error(v, NULL, "no rental rate");
}

static void
load_theatrical(struct stream *s, struct ynode *m)
{
	static const char *const tsa_names[] = { "normal", "increased", NULL };
	struct ynode *v;
	int tsa = 0;

	s->th.release = INT32_MIN;
	if ((v = ynode_get(m, "rental_rate")) == NULL)
		ynode_error(m, "the share of the net box office that goes to "
		    "the distributor (CCIA L213-4 to L213-6)",
		    "missing key 'rental_rate'");
	else
		load_rental(s, v);
	if ((v = ynode_get(m, "sacem")) != NULL)
		(void)wf_rate_in_range(v, &s->th.sacem);
	(void)ynode_enum(m, "tsa", 0, tsa_names, &tsa);
	s->th.increased_tsa = tsa;
	(void)ynode_date(m, "release", 0, &s->th.release);
	ynode_check_unknown(m);
}

static void
load_stream(struct waterfall *w, struct ynode *key, struct ynode *v)
{
	struct stream *s = &w->streams[w->nstreams++];
	struct ynode *n, *th = NULL;
	const char *label = NULL;

	s->id = xstrdup(ynode_text(key, NULL));
	s->pos = ynode_pos(key);
	s->mg_tier = -1;
	s->mode = MODE_OTHER;
	if (ynode_kind(v) != YNODE_MAP) {
		ynode_error(v, "give its label and mode",
		    "stream '%s' should be a map", s->id);
		s->label = xstrdup(s->id);
		return;
	}
	(void)ynode_str(v, "label", 0, &label);
	s->label = xstrdup(label != NULL ? label : s->id);
	if ((n = ynode_get(v, "mode")) == NULL)
		ynode_error(v, "one of: theatrical, television, video, vod, "
		    "international, other, support", "missing key 'mode'");
	else
		(void)wf_mode_parse(n, &s->mode);
	(void)ynode_map(v, "theatrical", 0, &th);
	if (s->mode == MODE_THEATRICAL && th == NULL)
		ynode_error(v, "add 'theatrical: {rental_rate: ...}'",
		    "theatrical stream '%s' has no theatrical terms", s->id);
	else if (s->mode != MODE_THEATRICAL && th != NULL)
		ynode_error(th, NULL, "theatrical terms on stream '%s' whose "
		    "mode is '%s'", s->id, mode_names[s->mode]);
	if (th != NULL) {
		s->is_theatrical = 1;
		load_theatrical(s, th);
	}
	ynode_check_unknown(v);
}

static void
load_streams(struct waterfall *w, struct ynode *root)
{
	struct ynode *m;
	size_t i;

	if (ynode_map(root, "streams", Y_REQUIRED, &m) < 1)
		return;
	w->streams = xcalloc(ynode_len(m) + 1, sizeof *w->streams);
	for (i = 0; i < ynode_len(m); i++)
		load_stream(w, ynode_pair_key(m, i), ynode_pair_value(m, i));
	if (w->nstreams == 0)
		ynode_error(m, NULL, "no stream");
}

static void
load_presale(struct waterfall *w, struct ynode *it)
{
	struct presale *p = &w->presales[w->npresales++];
	struct ynode *n;
	const char *label = NULL;

	p->pos = ynode_pos(it);
	p->party = p->stream = -1;
	if ((n = ynode_get(it, "party")) != NULL)
		p->party = wf_ref_party(w, n);
	else
		ynode_error(it, NULL, "missing key 'party'");
	if ((n = ynode_get(it, "stream")) != NULL)
		p->stream = wf_ref_stream(w, n);
	else
		ynode_error(it, "the stream of the mode it was sold for",
		    "missing key 'stream'");
	(void)ynode_date(it, "date", Y_REQUIRED, &p->date);
	if ((n = ynode_get(it, "amount")) != NULL)
		(void)wf_amount(n, &p->amount);
	else
		ynode_error(it, NULL, "missing key 'amount'");
	(void)ynode_str(it, "label", 0, &label);
	p->label = xstrdup(label != NULL ? label : "");
	ynode_check_unknown(it);
}

static void
load_presales(struct waterfall *w, struct ynode *root)
{
	struct ynode *s;
	size_t i;

	if (ynode_seq(root, "presales", 0, &s) < 1)
		return;
	w->presales = xcalloc(ynode_len(s) + 1, sizeof *w->presales);
	for (i = 0; i < ynode_len(s); i++)
		load_presale(w, ynode_item(s, i));
}

static void
load_top(struct waterfall *w, struct ynode *root)
{
	static const char *const rounding[] = {
		"half-away", "half-even", "down", "up", "floor", "ceil", NULL
	};
	const char *s = NULL;
	struct ynode *n;
	int r = 0;

	if (ynode_str(root, "film", Y_REQUIRED, &s) == 1)
		w->film = xstrdup(s);
	(void)ynode_enum(root, "rounding", 0, rounding, &r);
	if (round_mode_parse(rounding[r], &w->rounding) < 0)
		w->rounding = ROUND_HALF_AWAY;
	load_parties(w, root);
	w->producer = -1;
	if ((n = ynode_get(root, "producer")) == NULL)
		ynode_error(root, "the party who is the délégué producer",
		    "missing key 'producer'");
	else if (w->nparties > 0)
		w->producer = wf_ref_party(w, n);
	load_streams(w, root);
	wf_load_schedule(w, root);
	wf_load_groups(w, root);
	load_presales(w, root);
	wf_load_tiers(w, root);
	wf_load_authors(w, root);
	ynode_check_unknown(root);
}

struct waterfall *
wf_load_doc(struct ydoc *doc, const char *path, const char *datadir,
    struct diag *diag)
{
	struct waterfall *w = xcalloc(1, sizeof *w);
	struct ynode *root = ydoc_root(doc);
	unsigned before = diag->errors;

	w->path = path;
	w->doc = doc;
	if (ynode_kind(root) != YNODE_MAP)
		ynode_error(root, "see waterfall(5)", "expected a map with "
		    "film, parties, streams and tiers");
	else if (rc_legal_load(&w->legal, datadir, diag) == 0) {
		load_top(w, root);
		if (diag->errors == before)
			wf_check(w, diag);
	}
	if (diag->errors != before) {
		wf_free(w);
		return NULL;
	}
	return w;
}

struct waterfall *
wf_load(const char *path, const char *datadir, struct diag *diag)
{
	struct ydoc *doc;

	if ((doc = ydoc_load(path, diag)) == NULL)
		return NULL;
	return wf_load_doc(doc, path, datadir, diag);
}

static void
free_tier(struct tier *t)
{
	size_t i;

	free(t->id);
	free(t->name);
	free(t->until_id);
	free(t->streams);
	free(t->payees);
	free(t->rec);
	for (i = 0; i < t->nincurred; i++)
		free(t->incurred[i].label);
	free(t->incurred);
	free(t->leaves);
}

static void
free_model(struct waterfall *w)
{
	size_t i, j;

	for (i = 0; i < w->nparties; i++) {
		free(w->parties[i].id);
		free(w->parties[i].name);
		free(w->parties[i].address);
	}
	for (i = 0; i < w->nstreams; i++) {
		free(w->streams[i].id);
		free(w->streams[i].label);
		free(w->streams[i].th.rental);
	}
	for (i = 0; i < w->ngroups; i++) {
		free(w->groups[i].id);
		free(w->groups[i].members);
	}
	for (i = 0; i < w->ntiers; i++)
		free_tier(&w->tiers[i]);
	for (i = 0; i < w->npresales; i++)
		free(w->presales[i].label);
	for (i = 0; i < w->nauthors; i++) {
		for (j = 0; j < w->authors[i].nshares; j++)
			free(w->authors[i].shares[j].collective);
		free(w->authors[i].shares);
		free(w->authors[i].work);
	}
}

void
wf_free(struct waterfall *w)
{
	if (w == NULL)
		return;
	free_model(w);
	free(w->film);
	free(w->parties);
	free(w->streams);
	free(w->groups);
	free(w->tiers);
	free(w->presales);
	free(w->authors);
	free(w->schedule);
	rc_legal_free(&w->legal);
	ydoc_free(w->doc);
	free(w);
}
