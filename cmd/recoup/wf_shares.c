/*
 * wf_shares.c: weighted sets. A split, a group and a pari passu tier give
 * each payee a weight, written either as a share ("40%", "2/3"), in which
 * case the shares must add up to exactly 100 %, or as an amount ("20000"),
 * in which case the payees share pro rata of the amounts. Weights are
 * brought to a common denominator so that money_split can share any sum
 * exactly, with "1/3 + 2/3" adding up to 100 % without rounding.
 *
 * Groups name parties or other groups; a group that reaches itself is a
 * cycle and is rejected.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "waterfall.h"
#include "wf_int.h"
#include "xalloc.h"
#include "ydoc.h"

/* Beyond this, shares are too fine to bring to one denominator. */
#define DEN_MAX INT64_C(1000000000000000)

__extension__ typedef __int128 i128;

enum { W_AMOUNT, W_SHARE };

struct wval {
	int kind;
	int64_t num, den;
};

static int64_t
gcd64(int64_t a, int64_t b)
{
	while (b != 0) {
		int64_t t = a % b;

		a = b;
		b = t;
	}
	return a;
}

/* "a/b" with a and b whole numbers, 0 < a <= b. */
static int
parse_fraction(struct ynode *n, const char *s, struct wval *v)
{
	char *end;
	long long a, b;

	a = strtoll(s, &end, 10);
	while (*end == ' ')
		end++;
	if (*end != '/' || end == s) {
		ynode_error(n, "write a share as 40% or 2/3",
		    "'%s' is not a fraction", s);
		return -1;
	}
	b = strtoll(end + 1, &end, 10);
	if (*end != '\0' || a <= 0 || b <= 0 || b > 1000000000) {
		ynode_error(n, "write a share as 40% or 2/3",
		    "'%s' is not a fraction", s);
		return -1;
	}
	if (a > b) {
		ynode_error(n, "a share is at most 100 %",
		    "share %s is over 100 %%", s);
		return -1;
	}
	v->kind = W_SHARE;
	v->num = a / gcd64(a, b);
	v->den = b / gcd64(a, b);
	return 0;
}

static int
parse_weight(struct ynode *n, struct wval *v)
{
	const char *s;
	size_t len;

	if (ynode_as_str(n, &s) < 0)
		return -1;
	len = strlen(s);
	if (strchr(s, '/') != NULL)
		return parse_fraction(n, s, v);
	if (len > 0 && s[len - 1] == '%') {
		if (wf_rate_in_range(n, &v->num) < 0)
			return -1;
		v->kind = W_SHARE;
		v->den = RATE_ONE;
	} else {
		if (wf_amount(n, &v->num) < 0)
			return -1;
		v->kind = W_AMOUNT;
		v->den = 1;
	}
	if (v->num == 0) {
		ynode_error(n, "leave the payee out instead",
		    "a weight of 0 gives nothing");
		return -1;
	}
	return 0;
}

/* The common denominator of the shares, or -1 after a message. */
static int64_t
common_den(const struct wval *v, size_t n, struct ynode *where)
{
	int64_t l = 1;
	size_t i;

	for (i = 0; i < n; i++) {
		i128 m = (i128)l / gcd64(l, v[i].den) * v[i].den;

		if (m > DEN_MAX) {
			ynode_error(where, "write them as percentages or "
			    "simpler fractions", "shares too fine to add up "
			    "exactly");
			return -1;
		}
		l = (int64_t)m;
	}
	return l;
}

static int
shares_to_weights(const struct wval *v, size_t n, struct ynode *where,
    int64_t *out)
{
	int64_t l = common_den(v, n, where);
	i128 sum = 0;
	size_t i;

	if (l < 0)
		return -1;
	for (i = 0; i < n; i++) {
		out[i] = v[i].num * (l / v[i].den);
		sum += out[i];
	}
	if (sum != l) {
		char buf[RATE_BUFSZ];
		rate_t r = (rate_t)(sum * RATE_ONE / l);

		ynode_error(where, "shares must add up to exactly 100 %; "
		    "weights written as amounts share pro rata",
		    "shares add up to %s%s, not 100 %%",
		    sum * RATE_ONE % l != 0 ? "about " : "",
		    rate_format(buf, r));
		return -1;
	}
	return 0;
}

int
wf_weights(struct ynode *const *vals, size_t n, struct ynode *where,
    int64_t *out)
{
	struct wval *v = xcalloc(n + 1, sizeof *v);
	size_t i;
	int rc = 0;

	for (i = 0; i < n && rc == 0; i++) {
		rc = parse_weight(vals[i], &v[i]);
		if (rc == 0 && i > 0 && v[i].kind != v[0].kind) {
			ynode_error(vals[i], "write every weight as a share "
			    "(40%, 2/3) or every one as an amount",
			    "a set mixes amounts and shares");
			rc = -1;
		}
	}
	if (rc == 0 && n > 0 && v[0].kind == W_SHARE)
		rc = shares_to_weights(v, n, where, out);
	else if (rc == 0)
		for (i = 0; i < n; i++)
			out[i] = v[i].num;
	free(v);
	return rc;
}

int
wf_group(const struct waterfall *w, const char *id)
{
	size_t i;

	for (i = 0; i < w->ngroups; i++)
		if (strcmp(w->groups[i].id, id) == 0)
			return (int)i;
	return -1;
}

/* "parties: a, b; groups: c", for hints; the caller frees it. */
static char *
payee_names(const struct waterfall *w)
{
	char *parties, *groups, *both;

	if (w->nparties == 0)
		return NULL;
	parties = wf_list_ids("parties: ", w->parties, w->nparties,
	    sizeof *w->parties);
	if (w->ngroups == 0)
		return parties;
	groups = wf_list_ids("; groups: ", w->groups, w->ngroups,
	    sizeof *w->groups);
	both = xasprintf("%s%s", parties, groups);
	free(parties);
	free(groups);
	return both;
}

/* Resolves the name at n to a party or a group. */
static int
resolve_payee(const struct waterfall *w, struct ynode *n, struct payee *p)
{
	const char *id;
	char *hint;

	p->pos = ynode_pos(n);
	p->party = p->group = -1;
	if (ynode_as_str(n, &id) < 0)
		return -1;
	if ((p->party = wf_party(w, id)) >= 0 ||
	    (p->group = wf_group(w, id)) >= 0)
		return 0;
	hint = payee_names(w);
	ynode_error(n, hint, "unknown party '%s'", id);
	free(hint);
	return -1;
}

int
wf_payee_one(struct waterfall *w, struct ynode *n, struct payee *p)
{
	p->weight = 1;
	return resolve_payee(w, n, p);
}

struct payee *
wf_payee_set(struct waterfall *w, struct ynode *map, size_t *n)
{
	size_t len = ynode_len(map), i;
	struct ynode **vals = xcalloc(len + 1, sizeof *vals);
	int64_t *wt = xcalloc(len + 1, sizeof *wt);
	struct payee *p = xcalloc(len + 1, sizeof *p);
	int bad = 0;

	for (i = 0; i < len; i++) {
		vals[i] = ynode_pair_value(map, i);
		bad |= resolve_payee(w, ynode_pair_key(map, i), &p[i]) < 0;
	}
	if (len == 0)
		ynode_error(map, NULL, "no payee");
	else if (wf_weights(vals, len, map, wt) < 0)
		bad = 1;
	for (i = 0; i < len; i++)
		p[i].weight = wt[i];
	free(vals);
	free(wt);
	if (bad || len == 0) {
		free(p);
		return NULL;
	}
	*n = len;
	return p;
}

/* Depth-first search for a group that reaches itself. state: 0 unseen, 1
 * on the path, 2 done; stack holds the path. Returns the group that closes
 * a cycle, or -1. */
static int
find_cycle(const struct waterfall *w, size_t g, unsigned char *state,
    size_t *stack, size_t *depth)
{
	size_t i;
	int c;

	state[g] = 1;
	stack[(*depth)++] = g;
	for (i = 0; i < w->groups[g].nmembers; i++) {
		int m = w->groups[g].members[i].group;

		if (m < 0 || state[m] == 2)
			continue;
		if (state[m] == 1)
			return m;
		if ((c = find_cycle(w, (size_t)m, state, stack, depth)) >= 0)
			return c;
	}
	state[g] = 2;
	(*depth)--;
	return -1;
}

static void
report_cycle(const struct waterfall *w, const size_t *stack, size_t depth,
    int closing, struct diag *diag)
{
	struct buf path = BUF_INIT;
	size_t i = 0;

	while (stack[i] != (size_t)closing)
		i++;
	for (; i < depth; i++)
		buf_addf(&path, "%s -> ", w->groups[stack[i]].id);
	buf_adds(&path, w->groups[closing].id);
	diag_error(diag, &w->groups[closing].pos, "a group may name parties "
	    "and other groups, but not itself", "cycle in groups: %s",
	    buf_str(&path));
	buf_free(&path);
}

static void
check_cycles(struct waterfall *w, struct diag *diag)
{
	unsigned char *state = xcalloc(w->ngroups + 1, 1);
	size_t *stack = xcalloc(w->ngroups + 1, sizeof *stack);
	size_t g, depth;
	int c;

	for (g = 0; g < w->ngroups; g++) {
		depth = 0;
		if (state[g] == 0 &&
		    (c = find_cycle(w, g, state, stack, &depth)) >= 0) {
			report_cycle(w, stack, depth, c, diag);
			break;
		}
	}
	free(stack);
	free(state);
}

void
wf_load_groups(struct waterfall *w, struct ynode *root)
{
	struct ynode *m;
	size_t i, n = 0;

	if (ynode_map(root, "groups", 0, &m) < 1)
		return;
	w->groups = xcalloc(ynode_len(m) + 1, sizeof *w->groups);
	for (i = 0; i < ynode_len(m); i++) {
		struct ynode *key = ynode_pair_key(m, i);
		struct group *g = &w->groups[w->ngroups++];

		g->id = xstrdup(ynode_text(key, NULL));
		g->pos = ynode_pos(key);
		if (wf_party(w, g->id) >= 0)
			ynode_error(key, "give the group another name",
			    "group '%s' has the id of a party", g->id);
	}
	for (i = 0; i < ynode_len(m); i++) {
		struct ynode *v = ynode_pair_value(m, i);

		if (ynode_kind(v) != YNODE_MAP) {
			ynode_error(v, "name its members with their weights",
			    "group '%s' should be a map", w->groups[i].id);
			continue;
		}
		w->groups[i].members = wf_payee_set(w, v,
		    &w->groups[i].nmembers);
		n += w->groups[i].members != NULL;
	}
	if (n == w->ngroups)
		check_cycles(w, ynode_diag(m));
}
