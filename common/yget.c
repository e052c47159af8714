/*
 * yget.c: typed getters over the YAML tree. Each converts a scalar with
 * the toolchain's exact parsers (money, rates, dates) and reports what is
 * wrong at the node's place; each key asked for is remembered so that
 * ynode_check_unknown can name the keys nobody asked for.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "date.h"
#include "xalloc.h"
#include "ydoc.h"
#include "ydoc_int.h"

/* 1 when the keys are equal: the first byte, then strcmp (most keys a
 * getter asks for differ from the first letter). */
static int
same_key(const char *a, const char *b)
{
	return a[0] == b[0] && strcmp(a, b) == 0;
}

/* Remembers a key asked for and absent, in asking order, for the hints of
 * ynode_check_unknown (the keys asked for and present are the pairs
 * marked used, with their own asking order). */
static void
remember_asked(struct ynode *map, const char *key)
{
	struct yasked *grown;
	size_t i;

	for (i = 0; i < map->nasked; i++)
		if (same_key(map->asked[i].key, key))
			return;
	if (map->nasked == map->capasked) {
		map->capasked = map->capasked ? 2 * map->capasked : 8;
		grown = arena_alloc(&map->doc->arena, map->capasked *
		    sizeof *grown);
		if (map->nasked > 0)
			memcpy(grown, map->asked, map->nasked * sizeof *grown);
		map->asked = grown;
	}
	map->asked[map->nasked].key = key;
	map->asked[map->nasked++].order = ++map->asks;
}

struct ynode *
ynode_get(struct ynode *map, const char *key)
{
	size_t i;

	if (map->kind != YNODE_MAP) {
		if (map->kind != YNODE_NULL)
			ynode_error(map, NULL, "expected a map, found %s",
			    ydoc_kind_name(map->kind));
		return NULL;
	}
	for (i = 0; i < map->n; i++)
		if (same_key(map->pairs[i].key->text, key)) {
			if (!map->pairs[i].used) {
				map->pairs[i].used = 1;
				map->pairs[i].order = ++map->asks;
			}
			return map->pairs[i].val;
		}
	remember_asked(map, key);
	return NULL;
}

/* Finds key for a getter: the value node, or NULL with *rc set to 0
 * (absent) or -1 (reported). */
static struct ynode *
lookup(struct ynode *map, const char *key, unsigned flags, int *rc)
{
	struct ynode *v;
	unsigned before = map->doc->diag->errors;

	v = ynode_get(map, key);
	if (map->doc->diag->errors != before) {
		*rc = -1;
		return NULL;
	}
	if (v == NULL || v->kind == YNODE_NULL) {
		*rc = 0;
		if (flags & Y_REQUIRED) {
			ynode_error(v != NULL ? v : map, NULL,
			    v != NULL ? "no value for '%s'" :
			    "missing key '%s'", key);
			*rc = -1;
		}
		return NULL;
	}
	return v;
}

static int
need_scalar(struct ynode *n)
{
	if (n->kind == YNODE_SCALAR)
		return 0;
	ynode_error(n, NULL, n->kind == YNODE_NULL ? "missing value" :
	    "expected a value, found %s", ydoc_kind_name(n->kind));
	return -1;
}

int
ynode_as_str(struct ynode *n, const char **out)
{
	if (need_scalar(n) < 0)
		return -1;
	*out = n->text;
	return 0;
}

int
ynode_as_int(struct ynode *n, long long *out)
{
	const char *s;
	char *end;

	if (need_scalar(n) < 0)
		return -1;
	s = n->text;
	errno = 0;
	*out = strtoll(s, &end, 10);
	if (*s == '\0' || *end != '\0' || s[strspn(s, "+-0123456789")] != '\0'
	    || errno == ERANGE) {
		ynode_error(n, NULL, "'%s' is not a whole number", s);
		return -1;
	}
	return 0;
}

static int
bad_value(struct ynode *n, const char *what, const char *why)
{
	ynode_error(n, NULL, "'%s' is not %s: %s", n->text, what, why);
	return -1;
}

int
ynode_as_money(struct ynode *n, int64_t *cents)
{
	const char *why;

	if (need_scalar(n) < 0)
		return -1;
	if (money_parse_n(n->text, n->len, cents, &why) < 0)
		return bad_value(n, "an amount", why);
	return 0;
}

int
ynode_as_rate(struct ynode *n, rate_t *out)
{
	const char *why;

	if (need_scalar(n) < 0)
		return -1;
	if (rate_parse(n->text, out, &why) < 0)
		return bad_value(n, "a rate", why);
	return 0;
}

int
ynode_as_fixed(struct ynode *n, int digits, int64_t *out)
{
	const char *why;

	if (need_scalar(n) < 0)
		return -1;
	if (fixed_parse(n->text, digits, out, &why) < 0)
		return bad_value(n, "a number", why);
	return 0;
}

int
ynode_as_date(struct ynode *n, int32_t *day)
{
	const char *why;

	if (need_scalar(n) < 0)
		return -1;
	if (date_parse_n(n->text, n->len, day, &why) < 0)
		return bad_value(n, "a date", why);
	return 0;
}

int
ynode_as_bool(struct ynode *n, int *out)
{
	static const char *const yes[] = { "true", "yes", NULL };
	static const char *const no[] = { "false", "no", NULL };
	size_t i;

	if (need_scalar(n) < 0)
		return -1;
	for (i = 0; yes[i] != NULL; i++) {
		if (strcasecmp(n->text, yes[i]) == 0)
			return *out = 1, 0;
		if (strcasecmp(n->text, no[i]) == 0)
			return *out = 0, 0;
	}
	ynode_error(n, "write true or false", "'%s' is not true or false",
	    n->text);
	return -1;
}

static char *
join_names(const char *const *names, size_t n)
{
	struct buf b = BUF_INIT;
	size_t i;

	for (i = 0; i < n; i++)
		buf_addf(&b, "%s%s", i ? ", " : "", names[i]);
	return buf_take(&b);
}

int
ynode_as_enum(struct ynode *n, const char *const *names, int *out)
{
	size_t i;
	char *list, *hint;

	if (need_scalar(n) < 0)
		return -1;
	for (i = 0; names[i] != NULL; i++)
		if (strcmp(n->text, names[i]) == 0) {
			*out = (int)i;
			return 0;
		}
	list = join_names(names, i);
	hint = xasprintf("one of: %s", list);
	ynode_error(n, hint, "unknown value '%s'", n->text);
	free(hint);
	free(list);
	return -1;
}

/* The shape every typed getter shares: look up, then convert. */
#define GETTER(name, type, conv)					\
int									\
name(struct ynode *map, const char *key, unsigned flags, type *out)	\
{									\
	int rc;								\
	struct ynode *v = lookup(map, key, flags, &rc);			\
									\
	if (v == NULL)							\
		return rc;						\
	return conv(v, out) < 0 ? -1 : 1;				\
}

GETTER(ynode_str, const char *, ynode_as_str)
GETTER(ynode_int, long long, ynode_as_int)
GETTER(ynode_money, int64_t, ynode_as_money)
GETTER(ynode_rate, rate_t, ynode_as_rate)
GETTER(ynode_date, int32_t, ynode_as_date)
GETTER(ynode_bool, int, ynode_as_bool)

int
ynode_fixed(struct ynode *map, const char *key, unsigned flags, int digits,
    int64_t *out)
{
	int rc;
	struct ynode *v = lookup(map, key, flags, &rc);

	if (v == NULL)
		return rc;
	return ynode_as_fixed(v, digits, out) < 0 ? -1 : 1;
}

int
ynode_enum(struct ynode *map, const char *key, unsigned flags,
    const char *const *names, int *out)
{
	int rc;
	struct ynode *v = lookup(map, key, flags, &rc);

	if (v == NULL)
		return rc;
	return ynode_as_enum(v, names, out) < 0 ? -1 : 1;
}

static int
container(struct ynode *map, const char *key, unsigned flags,
    enum ynode_kind kind, struct ynode **out)
{
	int rc;
	struct ynode *v = lookup(map, key, flags, &rc);

	*out = NULL;
	if (v == NULL)
		return rc;
	if (v->kind != kind) {
		ynode_error(v, NULL, "'%s' should be %s, not %s", key,
		    ydoc_kind_name(kind), ydoc_kind_name(v->kind));
		return -1;
	}
	*out = v;
	return 1;
}

int
ynode_seq(struct ynode *map, const char *key, unsigned flags,
    struct ynode **out)
{
	return container(map, key, flags, YNODE_SEQ, out);
}

int
ynode_map(struct ynode *map, const char *key, unsigned flags,
    struct ynode **out)
{
	return container(map, key, flags, YNODE_MAP, out);
}

/* Levenshtein distance, for "did you mean" (keys are short). */
static size_t
edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, *row, prev, tmp, d;

	if (la > 64 || lb > 64)
		return 99;
	row = xcalloc(lb + 1, sizeof *row);
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = row[j];
			d = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < d)
				d = row[j] + 1;
			if (row[j - 1] + 1 < d)
				d = row[j - 1] + 1;
			row[j] = d;
			prev = tmp;
		}
	}
	d = row[lb];
	free(row);
	return d;
}

/* The keys known in map, in the order getters asked for them: those
 * present (its used pairs; a pair marked used through ynode_pair_value
 * comes last) and those absent. The caller frees the array. */
static const char **
known_keys(const struct ynode *map, size_t *n)
{
	unsigned max = map->asks + 1;
	const char **k;
	size_t i, o;

	/* place each key at its asking order; unordered ones after */
	k = xcalloc(max + map->n + 1, sizeof *k);
	for (i = 0, o = max; i < map->n; i++)
		if (map->pairs[i].used)
			k[map->pairs[i].order ? map->pairs[i].order : o++] =
			    map->pairs[i].key->text;
	for (i = 0; i < map->nasked; i++)
		k[map->asked[i].order] = map->asked[i].key;
	for (i = 0, *n = 0; i < o; i++)
		if (k[i] != NULL)
			k[(*n)++] = k[i];
	return k;
}

static char *
unknown_hint(const struct ynode *map, const char *key)
{
	size_t i, n, best = 0, bestd = 99, d;
	const char **known = known_keys(map, &n);
	char *list, *hint = NULL;

	for (i = 0; i < n; i++) {
		d = edit_distance(key, known[i]);
		if (d < bestd) {
			bestd = d;
			best = i;
		}
	}
	if (n > 0 && bestd <= 2 && bestd < strlen(key)) {
		hint = xasprintf("did you mean '%s'?", known[best]);
	} else if (n > 0) {
		list = join_names(known, n);
		hint = xasprintf("known keys: %s", list);
		free(list);
	}
	free(known);
	return hint;
}

int
ynode_check_unknown(struct ynode *map)
{
	size_t i;
	int n = 0;
	char *hint;

	if (map == NULL || map->kind != YNODE_MAP)
		return 0;
	for (i = 0; i < map->n; i++) {
		if (map->pairs[i].used)
			continue;
		hint = unknown_hint(map, map->pairs[i].key->text);
		ynode_error(map->pairs[i].key, hint, "unknown key '%s'",
		    map->pairs[i].key->text);
		free(hint);
		n++;
	}
	return n;
}
