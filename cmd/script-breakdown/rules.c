/*
 * rules.c: reading the reference data of share/screenplay/ into struct
 * sb_rules. Every file is checked whole: unknown keys, bad patterns and
 * missing values are reported at their place before anything is used.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "data.h"
#include "rules.h"
#include "text.h"
#include "xalloc.h"
#include "ydoc.h"

static const char *const light_names[] = {
	"day", "night", "dawn", "dusk", "previous", NULL
};
static const char *const width_names[SB_NWIDTHS] = {
	"scene_heading", "action", "character", "parenthetical", "dialogue",
	"transition", "centered", "shot"
};
static const char *const people_ids[SB_NPEOPLE] = {
	"cast", "silent", "silhouettes", "figurants", "absent"
};

/* Opens a data file; a missing one is a system error (exit 2). */
static struct ydoc *
open_data(const char *path, struct diag *d)
{
	if (access(path, R_OK) != 0)
		err_die_errno("%s", path);
	return ydoc_load(path, d);
}

/* Compiles the pattern under key of item, reporting it at its place. */
static struct re *
item_pattern(struct ynode *item, const char *key)
{
	struct re_error e;
	struct srcpos at;
	struct ynode *n;
	const char *text;
	struct re *re;

	if (ynode_str(item, key, Y_REQUIRED, &text) != 1)
		return NULL;
	n = ynode_get(item, key);
	at = ynode_pos(n);
	if ((re = re_compile(text, RE_CASELESS, &e)) == NULL)
		re_report(ynode_diag(item), &at, text, &e);
	return re;
}

static char *
opt_str(struct ynode *map, const char *key, unsigned flags)
{
	const char *s = NULL;

	return ynode_str(map, key, flags, &s) == 1 ? xstrdup(s) : NULL;
}

/* Reads one item of headings, int_ext or times. */
static void
read_pattern(struct sb_pattern *p, struct ynode *item, const char *list)
{
	int light = 0;

	memset(p, 0, sizeof *p);
	if (strcmp(list, "headings") == 0)
		p->name = opt_str(item, "name", Y_REQUIRED);
	else
		p->value = opt_str(item, "value", Y_REQUIRED);
	if (strcmp(list, "times") == 0) {
		p->label = opt_str(item, "label", Y_REQUIRED);
		if (ynode_enum(item, "class", Y_REQUIRED, light_names,
		    &light) == 1)
			p->light = xstrdup(light_names[light]);
	}
	p->re = item_pattern(item, "pattern");
	if (p->re != NULL)
		p->pattern = opt_str(item, "pattern", 0);
	ynode_check_unknown(item);
}

/* Appends the items of list in doc's root to the array *v of *n. */
static void
read_patterns(struct ynode *root, const char *list, struct sb_pattern **v,
    size_t *n, unsigned flags)
{
	struct ynode *seq;
	size_t i, len;

	if (ynode_seq(root, list, flags, &seq) != 1)
		return;
	len = ynode_len(seq);
	*v = xreallocarray(*v, *n + len + 1, sizeof **v);
	for (i = 0; i < len; i++)
		read_pattern(&(*v)[(*n)++], ynode_item(seq, i), list);
}

static void
read_separators(struct sb_rules *r, struct ynode *root, unsigned flags)
{
	struct re_error e;
	struct srcpos at;
	const char *text;

	if (ynode_str(root, "separators", flags, &text) != 1)
		return;
	at = ynode_pos(ynode_get(root, "separators"));
	re_free(r->separators);
	if ((r->separators = re_compile(text, RE_CASELESS, &e)) == NULL)
		re_report(ynode_diag(root), &at, text, &e);
}

/* Reads a headings file: the user's (first, optional keys) or the
 * default one (all keys required). */
static void
load_headings(struct sb_rules *r, const char *path, int user,
    struct diag *d)
{
	unsigned flags = user ? 0 : Y_REQUIRED;
	struct ydoc *doc = open_data(path, d);
	struct ynode *root;
	const char *version;

	if (doc == NULL)
		return;
	root = ydoc_root(doc);
	ynode_str(root, "version", 0, &version);
	read_patterns(root, "headings", &r->headings, &r->nheadings, flags);
	read_patterns(root, "int_ext", &r->int_ext, &r->nint_ext, flags);
	read_patterns(root, "times", &r->times, &r->ntimes, flags);
	if (user || r->separators == NULL)
		read_separators(r, root, flags);
	else
		ynode_get(root, "separators");	/* the user's file wins */
	ynode_check_unknown(root);
	ydoc_free(doc);
}

static int
read_profile(struct sb_profile *p, const char *name, struct ynode *n)
{
	struct ynode *w;
	long long v;
	int i;

	p->name = xstrdup(name);
	p->label = opt_str(n, "label", Y_REQUIRED);
	if (ynode_int(n, "lines_per_page", Y_REQUIRED, &v) == 1)
		p->lines_per_page = v >= 10 && v <= 200 ? (unsigned)v : 0;
	if (ynode_int(n, "dual_percent", Y_REQUIRED, &v) == 1)
		p->dual_percent = v >= 10 && v <= 100 ? (unsigned)v : 0;
	if (ynode_map(n, "widths", Y_REQUIRED, &w) != 1)
		return -1;
	for (i = 0; i < SB_NWIDTHS; i++)
		if (ynode_int(w, width_names[i], Y_REQUIRED, &v) == 1)
			p->width[i] = v >= 4 && v <= 400 ? (unsigned)v : 0;
	ynode_check_unknown(w);
	ynode_check_unknown(n);
	if (p->lines_per_page == 0 || p->dual_percent == 0)
		ynode_error(n, NULL, "profile '%s': lines_per_page must be "
		    "10 to 200 and dual_percent 10 to 100", name);
	for (i = 0; i < SB_NWIDTHS; i++)
		if (p->width[i] == 0)
			ynode_error(w, NULL, "profile '%s': width '%s' must be "
			    "4 to 400", name, width_names[i]);
	return 0;
}

/* Lists the profile names of map into a new string. */
static char *
profile_names(struct ynode *map)
{
	struct buf b = BUF_INIT;
	size_t i;

	for (i = 0; i < ynode_len(map); i++)
		buf_addf(&b, "%s%s", i ? ", " : "",
		    ynode_text(ynode_pair_key(map, i), NULL));
	return buf_take(&b);
}

static int
load_profiles(struct sb_rules *r, const char *path, const char *want,
    struct diag *d)
{
	struct ydoc *doc = open_data(path, d);
	struct ynode *root, *map, *p;
	const char *def = NULL;
	char *names, *hint;
	int rc = 0;

	if (doc == NULL)
		return 0;
	root = ydoc_root(doc);
	ynode_str(root, "version", 0, &def);
	if (ynode_fixed(root, "pages_per_day", Y_REQUIRED, 2,
	    &r->pages_per_day) == 1 && (r->pages_per_day <= 0 ||
	    r->pages_per_day > 10000))
		ynode_error(ynode_get(root, "pages_per_day"), NULL,
		    "pages_per_day must be more than 0 and at most 100");
	ynode_str(root, "default", Y_REQUIRED, &def);
	if (ynode_map(root, "profiles", Y_REQUIRED, &map) == 1) {
		if (want == NULL)
			want = def != NULL ? def : "";
		if ((p = ynode_get(map, want)) != NULL)
			read_profile(&r->profile, want, p);
		else {
			names = profile_names(map);
			hint = xasprintf("the profiles of %s are %s", path,
			    names);
			err_at(NULL, hint, "unknown page profile '%s'", want);
			free(hint);
			free(names);
			rc = -2;
		}
	}
	ydoc_free(doc);
	return rc;
}

/* Adds the folded words of seq under key to map with value code;
 * a word already there keeps its first code. */
static void
add_words(struct sb_map *map, struct ynode *parent, const char *key,
    long code, unsigned flags)
{
	struct buf b = BUF_INIT;
	struct ynode *seq;
	const char *w;
	size_t i;
	int created;

	if (ynode_seq(parent, key, flags, &seq) != 1)
		return;
	for (i = 0; i < ynode_len(seq); i++) {
		if (ynode_as_str(ynode_item(seq, i), &w) != 0)
			continue;
		buf_clear(&b);
		sb_fold(&b, w, strlen(w));
		if (b.len > 0) {
			struct sb_mapent *e = sb_map_put(map, b.s, b.len,
			    &created);

			if (created)
				e->val = code;
		}
	}
	buf_free(&b);
}

static void
read_cat(struct sb_rules *r, struct sb_cat *c, struct ynode *n, long code)
{
	c->label = opt_str(n, "label", Y_REQUIRED);
	c->color = opt_str(n, "color", Y_REQUIRED);
	add_words(&r->tagwords, n, "tags", code, Y_REQUIRED);
	add_words(&r->fdxnames, n, "fdx", code, 0);
	ynode_check_unknown(n);
}

static void
read_categories(struct sb_rules *r, struct ynode *seq)
{
	struct ynode *item;
	size_t i;

	for (i = 0; i < ynode_len(seq); i++) {
		item = ynode_item(seq, i);
		if (r->ncats == SB_MAXCAT) {
			ynode_error(item, NULL, "more than %d categories",
			    SB_MAXCAT);
			return;
		}
		r->cats[r->ncats].id = opt_str(item, "id", Y_REQUIRED);
		read_cat(r, &r->cats[r->ncats], item, (long)r->ncats);
		r->ncats++;
	}
}

static void
load_categories(struct sb_rules *r, const char *path, struct diag *d)
{
	struct ydoc *doc = open_data(path, d);
	struct ynode *root, *people, *n, *seq;
	const char *version;
	int i;

	if (doc == NULL)
		return;
	root = ydoc_root(doc);
	ynode_str(root, "version", 0, &version);
	if (ynode_map(root, "people", Y_REQUIRED, &people) == 1) {
		for (i = 0; i < SB_NPEOPLE; i++) {
			r->people[i].id = xstrdup(people_ids[i]);
			if (ynode_map(people, people_ids[i], Y_REQUIRED, &n) ==
			    1)
				read_cat(r, &r->people[i], n, SB_PEOPLE + i);
		}
		ynode_check_unknown(people);
	}
	if (ynode_seq(root, "categories", Y_REQUIRED, &seq) == 1)
		read_categories(r, seq);
	add_words(&r->fdxnames, root, "fdx_ignored", SB_IGNORED, 0);
	ynode_check_unknown(root);
	ydoc_free(doc);
}

static void
read_numbers(struct sb_rules *r, struct ynode *map)
{
	struct buf b = BUF_INIT;
	long long v;
	size_t i;

	for (i = 0; i < ynode_len(map); i++) {
		const char *k = ynode_text(ynode_pair_key(map, i), NULL);

		if (ynode_as_int(ynode_pair_value(map, i), &v) != 0)
			continue;
		buf_clear(&b);
		sb_fold(&b, k, strlen(k));
		if (b.len > 0)
			sb_map_put(&r->numbers, b.s, b.len, NULL)->val =
			    (long)v;
	}
	buf_free(&b);
}

static void
load_names(struct sb_rules *r, const char *path, struct diag *d)
{
	struct ydoc *doc = open_data(path, d);
	struct ynode *root, *numbers;
	const char *version;

	if (doc == NULL)
		return;
	root = ydoc_root(doc);
	ynode_str(root, "version", 0, &version);
	add_words(&r->not_characters, root, "not_characters", 1, Y_REQUIRED);
	add_words(&r->groups, root, "groups", 1, Y_REQUIRED);
	add_words(&r->articles, root, "articles", 1, Y_REQUIRED);
	add_words(&r->mentions, root, "mentions", 1, Y_REQUIRED);
	if (ynode_map(root, "numbers", Y_REQUIRED, &numbers) == 1)
		read_numbers(r, numbers);
	ynode_check_unknown(root);
	ydoc_free(doc);
}

/* One pattern that matches where any heading pattern does, so that most
 * lines are turned down with one match instead of one a pattern. The
 * patterns' own groups keep their names ((?J): names may repeat). */
static void
join_headings(struct sb_rules *r)
{
	struct buf all = BUF_INIT;
	struct re_error e;
	size_t i;

	memset(r->heading_start, 1, sizeof r->heading_start);
	buf_adds(&all, "(?J)^(?:");
	for (i = 0; i < r->nheadings; i++) {
		if (r->headings[i].re == NULL)
			goto out;
		buf_addf(&all, "%s(?:%s)", i > 0 ? "|" : "",
		    r->headings[i].pattern);
	}
	buf_addc(&all, ')');
	if (r->nheadings > 0)
		r->heading_any = re_compile(all.s, RE_CASELESS, &e);
	if (r->heading_any != NULL)
		sb_heading_starts(all.s, r->heading_start);
out:
	buf_free(&all);
}

/* The times of day in one pattern, each in a group named sb_t0, sb_t1...
 * so that one match says which time it is. */
static void
join_times(struct sb_rules *r)
{
	struct buf all = BUF_INIT;
	struct re_error e;
	size_t i;

	buf_adds(&all, "^(?:");
	for (i = 0; i < r->ntimes; i++) {
		if (r->times[i].re == NULL)
			goto out;
		buf_addf(&all, "%s(?<sb_t%zu>%s)", i > 0 ? "|" : "", i,
		    r->times[i].pattern);
	}
	buf_addc(&all, ')');
	if (r->ntimes > 0)
		r->time_any = re_compile(all.s, RE_CASELESS, &e);
	if (r->time_any != NULL) {	/* branch k's group comes after the
					   groups of the branches before */
		r->time_group = xcalloc(r->ntimes, sizeof *r->time_group);
		for (i = 0; i < r->ntimes; i++)
			r->time_group[i] = i == 0 ? 1 : r->time_group[i - 1] +
			    1 + re_ngroups(r->times[i - 1].re);
	}
out:
	buf_free(&all);
}

int
sb_rules_load(struct sb_rules *r, const char *datadir,
    const char *user_headings, const char *profile, struct diag *d)
{
	unsigned before = d->errors;
	char *path;
	int rc;

	memset(r, 0, sizeof *r);
	if (user_headings != NULL)
		load_headings(r, user_headings, 1, d);
	path = data_path(datadir, "screenplay/headings.yaml");
	load_headings(r, path, 0, d);
	free(path);
	join_headings(r);
	join_times(r);
	path = data_path(datadir, "screenplay/profiles.yaml");
	rc = load_profiles(r, path, profile, d);
	free(path);
	path = data_path(datadir, "screenplay/categories.yaml");
	load_categories(r, path, d);
	free(path);
	path = data_path(datadir, "screenplay/names.yaml");
	load_names(r, path, d);
	free(path);
	if (rc != 0)
		return rc;
	return d->errors != before ? -1 : 0;
}

static void
free_patterns(struct sb_pattern *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].value);
		free(v[i].label);
		free(v[i].light);
		free(v[i].pattern);
		re_free(v[i].re);
	}
	free(v);
}

static void
free_cat(struct sb_cat *c)
{
	free(c->id);
	free(c->label);
	free(c->color);
}

void
sb_rules_free(struct sb_rules *r)
{
	size_t i;

	free_patterns(r->headings, r->nheadings);
	free_patterns(r->int_ext, r->nint_ext);
	free_patterns(r->times, r->ntimes);
	re_free(r->separators);
	re_free(r->heading_any);
	re_free(r->time_any);
	free(r->time_group);
	for (i = 0; i < SB_NPEOPLE; i++)
		free_cat(&r->people[i]);
	for (i = 0; i < r->ncats; i++)
		free_cat(&r->cats[i]);
	sb_map_free(&r->tagwords, NULL);
	sb_map_free(&r->fdxnames, NULL);
	sb_map_free(&r->not_characters, NULL);
	sb_map_free(&r->groups, NULL);
	sb_map_free(&r->articles, NULL);
	sb_map_free(&r->mentions, NULL);
	sb_map_free(&r->numbers, NULL);
	free(r->profile.name);
	free(r->profile.label);
	memset(r, 0, sizeof *r);
}

static int
lookup_code(const struct sb_map *m, const char *word, size_t len)
{
	char key[256];
	struct sb_mapent *e;
	size_t n = sb_fold_n(key, sizeof key, word, len);

	if (n > 0 && n < sizeof key && (e = sb_map_get(m, key, n)) != NULL)
		return (int)e->val;
	return -1;
}

int
sb_rules_tag_code(const struct sb_rules *r, const char *word, size_t len)
{
	return lookup_code(&r->tagwords, word, len);
}

int
sb_rules_fdx_code(const struct sb_rules *r, const char *name, size_t len)
{
	return lookup_code(&r->fdxnames, name, len);
}

char *
sb_rules_tag_names(const struct sb_rules *r)
{
	struct buf b = BUF_INIT;
	size_t i;

	for (i = 0; i < r->ncats; i++)
		buf_addf(&b, "%s%s", i ? ", " : "", r->cats[i].id);
	for (i = 0; i < SB_NPEOPLE; i++)
		buf_addf(&b, ", %s", r->people[i].id);
	return buf_take(&b);
}
