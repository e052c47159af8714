/*
 * dict.c: the dictionary of words that suggest breakdown elements.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "dict.h"
#include "text.h"
#include "xalloc.h"
#include "ydoc.h"

/* Checks each entry alone, so that a bad one is reported at its place,
 * and joins them into one pattern that matches whole words. */
static struct re *
compile_entries(struct ynode *seq)
{
	struct buf all = BUF_INIT;
	struct re_error e;
	struct srcpos at;
	struct re *re;
	const char *w;
	size_t i;
	int bad = 0;

	buf_adds(&all, "(?<![\\p{L}\\p{N}])(?:");
	for (i = 0; i < ynode_len(seq); i++) {
		if (ynode_as_str(ynode_item(seq, i), &w) != 0) {
			bad = 1;
			continue;
		}
		if ((re = re_compile(w, RE_CASELESS, &e)) == NULL) {
			at = ynode_pos(ynode_item(seq, i));
			re_report(ynode_diag(seq), &at, w, &e);
			bad = 1;
			continue;
		}
		re_free(re);
		buf_addf(&all, "%s(?:%s)", i > 0 ? "|" : "", w);
	}
	buf_adds(&all, ")(?![\\p{L}\\p{N}])");
	re = bad || i == 0 ? NULL : re_compile(all.s, RE_CASELESS, &e);
	buf_free(&all);
	return re;
}

static void
read_ignore(struct sb_dict *dict, struct ynode *seq)
{
	struct buf key = BUF_INIT;
	const char *w;
	size_t i;

	for (i = 0; i < ynode_len(seq); i++) {
		if (ynode_as_str(ynode_item(seq, i), &w) != 0)
			continue;
		buf_clear(&key);
		if (sb_fold(&key, w, strlen(w)) > 0)
			sb_map_put(&dict->ignore, key.s, key.len, NULL);
	}
	buf_free(&key);
}

static void
read_entry(struct sb_dict *dict, const struct sb_rules *r,
    struct ynode *key, struct ynode *val)
{
	const char *name = ynode_text(key, NULL);
	int code = sb_rules_tag_code(r, name, strlen(name));
	char *names, *hint;
	struct re *re;

	if (ynode_kind(val) != YNODE_SEQ) {
		hint = xasprintf("write a list: '%s: [word, word]'", name);
		ynode_error(val, hint, "expected a list of words for '%s'",
		    name);
		free(hint);
		return;
	}
	if (strcmp(name, "ignore") == 0) {
		read_ignore(dict, val);
		return;
	}
	if (code < 0) {
		names = sb_rules_tag_names(r);
		hint = xasprintf("the categories are %s", names);
		ynode_error(key, hint, "unknown breakdown category '%s'",
		    name);
		free(hint);
		free(names);
		return;
	}
	if ((re = compile_entries(val)) == NULL)
		return;
	dict->cats = xreallocarray(dict->cats, dict->ncats + 1,
	    sizeof *dict->cats);
	dict->cats[dict->ncats].code = code;
	dict->cats[dict->ncats++].re = re;
}

int
sb_dict_load(struct sb_dict *dict, const char *path,
    const struct sb_rules *r, struct diag *d)
{
	unsigned before = d->errors;
	struct ydoc *doc;
	struct ynode *root;
	size_t i;

	memset(dict, 0, sizeof *dict);
	if (access(path, R_OK) != 0)
		err_die_errno("%s", path);
	if ((doc = ydoc_load(path, d)) == NULL)
		return -1;
	root = ydoc_root(doc);
	if (ynode_kind(root) == YNODE_MAP)
		for (i = 0; i < ynode_len(root); i++)
			read_entry(dict, r, ynode_pair_key(root, i),
			    ynode_pair_value(root, i));
	else if (ynode_kind(root) != YNODE_NULL)
		ynode_error(root, NULL, "expected a map of categories");
	ydoc_free(doc);
	return d->errors != before ? -1 : 0;
}

void
sb_dict_free(struct sb_dict *dict)
{
	size_t i;

	for (i = 0; i < dict->ncats; i++)
		re_free(dict->cats[i].re);
	free(dict->cats);
	sb_map_free(&dict->ignore, NULL);
	memset(dict, 0, sizeof *dict);
}

static const char *
code_id(const struct sb_rules *r, int code)
{
	return code >= SB_PEOPLE ? r->people[code - SB_PEOPLE].id :
	    r->cats[code].id;
}

void
sb_dict_scan(const struct sb_dict *dict, const struct sb_rules *r,
    const char *s, size_t len, struct sb_scene *sc)
{
	struct buf item = BUF_INIT;
	size_t i, at, off, mlen, k;

	for (i = 0; i < dict->ncats; i++)
		for (at = 0; at < len && re_match(dict->cats[i].re, s, len,
		    at) == 1 && re_group(dict->cats[i].re, 0, &off, &mlen);
		    at = off + (mlen > 0 ? mlen : 1)) {
			buf_clear(&item);
			buf_addf(&item, "%s: %.*s", code_id(r,
			    dict->cats[i].code), (int)mlen, s + off);
			k = sb_list_add(&sc->suggestions, item.s, item.len);
			sc->suggestions.count[k] = (unsigned)dict->cats[i].code;
		}
	buf_free(&item);
}
