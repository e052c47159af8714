/*
 * tags.c: breakdown tags written in notes, and tagged elements.
 */
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "tags.h"
#include "text.h"
#include "xalloc.h"

/* Length of the category words before ':' at the start of s (one to
 * three words of letters, '/', '-', '&' or '\''), with ':' followed by a
 * space or the end; 0 when s does not start so. */
static size_t
category_prefix(const char *s, size_t len)
{
	const char *colon = memchr(s, ':', len);
	size_t n, i, words = 1;
	uint32_t cp;

	if (colon == NULL || colon == s)
		return 0;
	n = (size_t)(colon - s);
	if (n + 1 < len && s[n + 1] != ' ' && s[n + 1] != '\t')
		return 0;
	for (i = 0; i < n;) {
		i += sb_cp_next(s + i, n - i, &cp);
		if (cp == ' ')
			words += i < n && s[i] != ' ';
		else if (sb_cp_class(cp) == SB_CP_OTHER && cp != '/' &&
		    cp != '-' && cp != '&' && cp != '\'' && cp != 0x2019)
			return 0;
	}
	return words <= 3 ? n : 0;
}

/* The number an item starts with ("8 voyageurs", "deux policiers"), 0
 * when none. */
static unsigned
item_count(const struct sb_rules *r, const char *s, size_t len)
{
	char key[64];
	struct sb_mapent *e;
	size_t n = 0, k;

	while (n < len && s[n] >= '0' && s[n] <= '9')
		n++;
	if (n > 0 && n < 6)
		return (unsigned)atoi(s);
	while (n < len && s[n] != ' ')
		n++;
	k = sb_fold_n(key, sizeof key, s, n);
	if (k > 0 && k < sizeof key && (e = sb_map_get(&r->numbers, key, k)))
		return (unsigned)e->val;
	return 0;
}

static void
add_person(const struct sb_rules *r, struct sb_scene *sc,
    struct sb_known *known, int kind, const char *item, size_t len,
    const struct srcpos *at, struct diag *d)
{
	unsigned count = item_count(r, item, len);
	size_t i;

	switch (kind) {
	case SB_P_CAST:
	case SB_P_SILENT:
		sb_names_know(r, known, item, len);
		sb_list_add(&sc->mentioned, item, len);
		break;
	case SB_P_ABSENT:
		sb_list_add(&sc->absent, item, len);
		break;
	case SB_P_SILHOUETTES:
		i = sb_list_add(&sc->silhouettes, item, len);
		sc->silhouettes.count[i] = count > 0 ? count : 1;
		break;
	case SB_P_FIGURANTS:
		if (!sc->tagged_figurants)
			sb_list_free(&sc->figurants);
		sc->tagged_figurants = 1;
		i = sb_list_add(&sc->figurants, item, len);
		sc->figurants.count[i] = count;
		if (count == 0)
			diag_warning(d, at, "write the number first, as in "
			    "'figurants: 8 voyageurs'", "no number of "
			    "figurants in '%.*s'", (int)len, item);
		break;
	}
}

void
sb_tags_add(const struct sb_rules *r, struct sb_scene *sc,
    struct sb_known *known, int code, const char *item, size_t len,
    const struct srcpos *at, struct diag *d)
{
	len = sb_trim(&item, len);
	if (len == 0 || code < 0)
		return;
	if (sc == NULL) {
		diag_warning(d, at, "put tags after the scene heading they "
		    "belong to", "tag '%.*s' before the first scene",
		    (int)len, item);
		return;
	}
	if (code >= SB_PEOPLE)
		add_person(r, sc, known, code - SB_PEOPLE, item, len, at, d);
	else if ((size_t)code < r->ncats)
		sb_list_add(&sc->elems[code], item, len);
}

/* The code of the category words s[0..len), remembered as written. */
static int
tag_code(const struct sb_rules *r, struct sb_known *known, const char *s,
    size_t len)
{
	struct sb_mapent *e;
	int created;

	e = sb_map_put(&known->codes, s, len, &created);
	if (created)
		e->val = sb_rules_tag_code(r, s, len);
	return (int)e->val;
}

/* The code of the category words s[0..len), warned when unknown and a
 * single word (a typo, "acessoires"); unknown words ("Note to self") make
 * a writer's note. */
static int
category_code(const struct sb_rules *r, struct sb_known *known,
    const char *s, size_t len, const struct srcpos *at, struct diag *d)
{
	int code = tag_code(r, known, s, len);
	char *names, *hint;

	if (code < 0 && memchr(s, ' ', len) == NULL) {
		names = sb_rules_tag_names(r);
		hint = xasprintf("the categories are %s", names);
		diag_warning(d, at, hint, "unknown breakdown category "
		    "'%.*s'", (int)len, s);
		free(hint);
		free(names);
	}
	return code;
}

/* Splits the items of one category: production notes by ';' only. */
static int
item_end(const struct sb_rules *r, int code, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] == ';' || (s[i] == ',' && !(code >= 0 &&
		    (size_t)code < r->ncats &&
		    strcmp(r->cats[code].id, "notes") == 0)))
			return (int)i;
	return (int)len;
}

int
sb_tags_note(const struct sb_rules *r, struct sb_scene *sc,
    struct sb_known *known, const char *text, size_t len,
    const struct srcpos *at, struct diag *d)
{
	size_t n, cut;
	int code;

	len = sb_trim(&text, len);
	if ((n = category_prefix(text, len)) == 0 ||
	    (tag_code(r, known, text, n) < 0 && memchr(text, ' ', n)))
		return 0;	/* a writer's note */
	code = category_code(r, known, text, n, at, d);
	text += n + 1;
	len -= n + 1;
	while (len > 0) {
		len = sb_trim(&text, len);
		cut = (size_t)item_end(r, code, text, len);
		if ((n = category_prefix(text, cut)) > 0) {
			code = category_code(r, known, text, n, at, d);
			text += n + 1;
			len -= n + 1;
			continue;
		}
		sb_tags_add(r, sc, known, code, text, cut, at, d);
		text += cut;
		len -= cut;
		if (len > 0) {
			text++;
			len--;
		}
	}
	return 1;
}
