/*
 * names.c: cue names, and characters and extras found in the action.
 */
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "text.h"
#include "xalloc.h"

size_t
sb_cue_name(struct buf *out, const char *s, size_t len)
{
	const char *paren = memchr(s, '(', len);
	size_t start = out->len, i;
	int space = 0;

	if (paren != NULL)
		len = (size_t)(paren - s);
	len = sb_trim(&s, len);
	if (len > 0 && s[0] == '@') {
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == '^' || s[len - 1] == ' ' ||
	    s[len - 1] == '\t'))
		len--;
	len = sb_trim(&s, len);
	for (i = 0; i < len; i++) {
		if (s[i] == ' ' || s[i] == '\t') {
			space = 1;
			continue;
		}
		if (space)
			buf_addc(out, ' ');
		space = 0;
		if (i + 2 < len && memcmp(s + i, "\xe2\x80\x99", 3) == 0) {
			buf_addc(out, '\'');	/* ’ */
			i += 2;
		} else
			buf_addc(out, s[i]);
	}
	return out->len - start;
}

static void free_winfo(void *p);

void
sb_known_free(struct sb_known *k)
{
	sb_map_free(&k->map, free);
	sb_map_free(&k->firsts, NULL);
	sb_map_free(&k->words, free_winfo);
	sb_map_free(&k->raw, NULL);
	sb_map_free(&k->codes, NULL);
}

void
sb_names_know(const struct sb_rules *r, struct sb_known *known,
    const char *name, size_t len)
{
	char key[256];
	struct sb_mapent *e;
	const char *sp;
	size_t n;

	(void)r;
	if (sb_map_get(&known->raw, name, len) != NULL)
		return;		/* the same cue again: no folding */
	sb_map_put(&known->raw, name, len, NULL);
	n = sb_fold_n(key, sizeof key, name, len);
	if (n == 0 || n == sizeof key || sb_map_get(&known->map, key, n))
		return;
	e = sb_map_put(&known->map, key, n, NULL);
	e->ptr = xstrndup(name, len);
	if ((sp = memchr(key, ' ', n)) != NULL)
		sb_map_put(&known->firsts, key, (size_t)(sp - key), NULL);
	known->gen++;
}

/* A word of the line. */
struct word {
	size_t off, len;
	unsigned caps : 1;	/* letters, none lower-case */
	unsigned upper : 1;	/* starts with a capital */
	unsigned digits : 1;	/* only digits */
	unsigned quoted : 1;	/* inside quotation marks */
	unsigned joined : 1;	/* only spaces since the previous word */
	unsigned letters;
	size_t info;		/* its entry in known->words, + 1; 0 unknown */
};

#define MAXWORDS 64

static int
quote_mark(uint32_t cp)
{
	return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0xAB ||
	    cp == 0xBB;
}

/* Apostrophes and hyphens join the letters around them: "l'eau",
 * "Mary-Jane". */
static int
inner_mark(uint32_t cp)
{
	return cp == '\'' || cp == '-' || cp == 0x2019;
}

static int
word_follows(const char *s, size_t len)
{
	uint32_t cp;

	return len > 0 && (sb_cp_next(s, len, &cp),
	    sb_cp_class(cp) != SB_CP_OTHER);
}

/* Reads the word starting at s[i] into *w (its length and letters);
 * returns the index after it. */
static size_t
scan_word(const char *s, size_t len, size_t i, struct word *w)
{
	unsigned letters = 0, caps = 1, digits = 1;
	enum sb_cpclass c;
	unsigned char b;
	uint32_t cp;
	size_t k, start = i;

	while (i < len) {
		b = (unsigned char)s[i];
		if (b < 0x80) {
			c = (enum sb_cpclass)sb_ascii_class[b];
			k = 1;
			cp = b;
		} else {
			k = sb_cp_next(s + i, len - i, &cp);
			c = sb_cp_class(cp);
		}
		if (c == SB_CP_OTHER) {
			if (!inner_mark(cp) || !word_follows(s + i + k,
			    len - i - k))
				break;
		} else {
			caps &= c != SB_CP_LOWER;
			digits &= c == SB_CP_DIGIT;
			letters += c != SB_CP_DIGIT;
		}
		i += k;
	}
	w->off = start;
	w->len = i - start;
	w->letters = letters;
	w->caps = caps && letters > 0;
	w->digits = digits;
	return i;
}

/* 1 when the character before s[i] belongs to a word (a letter, a
 * digit, or an apostrophe or hyphen inside one): s[i] does not start a
 * word then. */
static int
inside_word(const char *s, size_t i)
{
	size_t k = i;
	uint32_t cp;

	if (i == 0)
		return 0;
	if ((unsigned char)s[i - 1] < 0x80)
		return sb_ascii_class[(unsigned char)s[i - 1]] != SB_CP_OTHER ||
		    s[i - 1] == '\'' || s[i - 1] == '-';
	while (k > 0 && ((unsigned char)s[k - 1] & 0xC0) == 0x80)
		k--;
	if (k == 0)
		return 0;
	k--;
	sb_cp_next(s + k, i - k, &cp);
	return sb_cp_class(cp) != SB_CP_OTHER || cp == 0x2019;
}

/* Only spaces between s[from] and s[to]. */
static int
spaces_only(const char *s, size_t from, size_t to)
{
	for (; from < to; from++)
		if (s[from] != ' ')
			return 0;
	return 1;
}

/* 1 when none of the 8 bytes of w may matter to split_words: no
 * capital A-Z, no digit, no '"', nothing above 0x7F. Bit Twiddling
 * Hacks (Sean Eron Anderson, "Determine if a word has a byte between m
 * and n", valid for bytes below 128). */
static int
quiet(uint64_t w)
{
	const uint64_t ones = UINT64_C(0x0101010101010101), high = ones * 128;
	uint64_t low7 = w & ones * 127, q = w ^ ones * '"';

	if (w & high)
		return 0;
	if (((ones * (127 + 91) - low7) & ~w & (low7 + ones * (127 - 64))) &
	    high)		/* 64 < byte < 91: A-Z */
		return 0;
	if (((ones * (127 + 58) - low7) & ~w & (low7 + ones * (127 - 47))) &
	    high)		/* 47 < byte < 58: 0-9 */
		return 0;
	return ((q - ones) & ~q & high) == 0;	/* no '"' */
}

/* Fills w with the words of s from *at that may name someone: those
 * that start with a capital or a digit; returns how many (at most
 * MAXWORDS) and moves *at past them. Words joined to the previous one by
 * spaces only are marked so. The other bytes are only looked at for
 * quotation marks: most action is lower case, and it goes by fast. */
static size_t
split_words(const char *s, size_t len, size_t *at, struct word *w,
    int *quoted)
{
	size_t n = 0, i = *at, k, end = 0;
	struct word skip;
	enum sb_cpclass c;
	unsigned char b;
	uint32_t cp;

	while (i < len && n < MAXWORDS) {
		if (i + 8 <= len) {
			uint64_t blk;

			memcpy(&blk, s + i, 8);
			if (quiet(blk)) {
				i += 8;
				continue;
			}
		}
		b = (unsigned char)s[i];
		if (b < 0x80) {
			if (b == '"')
				*quoted = !*quoted;
			if (!(sb_ascii_class[b] & 1)) {	/* not A-Z 0-9 */
				i++;
				continue;
			}
			c = (enum sb_cpclass)sb_ascii_class[b];
		} else if (b < 0xC0) {
			i++;
			continue;
		} else {
			k = sb_cp_next(s + i, len - i, &cp);
			c = sb_cp_class(cp);
			if (quote_mark(cp))
				*quoted = !*quoted;
			if (c != SB_CP_UPPER) {
				i += k;
				continue;
			}
		}
		if (inside_word(s, i)) {
			i = scan_word(s, len, i, &skip);
			continue;
		}
		w[n].joined = n > 0 && spaces_only(s, end, i);
		w[n].info = 0;
		i = end = scan_word(s, len, i, &w[n]);
		w[n].quoted = *quoted != 0;
		w[n].upper = c == SB_CP_UPPER;
		n++;
	}
	*at = i;
	return n;
}

#define KEYMAX 256

/* What the lists of names.yaml (and the dictionary's ignore) say of a
 * word: kept per word as written, with its folded form, so that the
 * words that come back again and again are folded once; and what the
 * known characters say of it, checked again only when they change. */
enum { W_NOT = 1, W_ARTICLE = 2, W_GROUP = 4, W_SHIFT = 8 };

struct winfo {
	char *fold;		/* the folded word */
	size_t len;		/* its length */
	const char *known;	/* the character it names alone, or NULL */
	int first;		/* it starts a name of several words */
	unsigned gen;		/* the known names these say of */
};

static void
free_winfo(void *p)
{
	struct winfo *w = p;

	if (w != NULL)
		free(w->fold);
	free(w);
}

struct scan {
	const struct sb_rules *r;
	const struct sb_map *ignore;
	struct sb_known *known;
	const char *s;
	struct word *w;
	size_t n;
	struct sb_scene *sc;
};

static int
listed(const struct sb_map *m, const char *key, size_t len)
{
	return m != NULL && sb_map_get(m, key, len) != NULL;
}

/* The entry of word i: ptr its struct winfo, val its flags and, from
 * bit W_SHIFT, the number it stands for ("8", "HUIT"). */
static const struct sb_mapent *
winfo(struct scan *x, size_t i)
{
	const char *s = x->s + x->w[i].off;
	size_t len = x->w[i].len, n;
	struct sb_mapent *e;
	char key[KEYMAX];
	struct winfo *wi;
	long v = 0;
	int created;

	if (x->w[i].info > 0)		/* looked up before on this line */
		return &x->known->words.ent[x->w[i].info - 1];
	e = sb_map_put(&x->known->words, s, len, &created);
	x->w[i].info = (size_t)(e - x->known->words.ent) + 1;
	if (!created)
		return e;
	n = sb_fold_n(key, sizeof key, s, len);
	if (n == sizeof key)
		n = 0;
	wi = xcalloc(1, sizeof *wi);
	wi->fold = xstrndup(key, n);
	wi->len = n;
	wi->gen = (unsigned)-1;
	e->ptr = wi;
	if (listed(&x->r->not_characters, key, n) ||
	    listed(x->ignore, key, n))
		v |= W_NOT;
	if (listed(&x->r->articles, key, n))
		v |= W_ARTICLE;
	if (listed(&x->r->groups, key, n))
		v |= W_GROUP;
	if (x->w[i].digits && len < 6)
		v |= (long)atoi(s) << W_SHIFT;
	else if (n > 0 && sb_map_get(&x->r->numbers, key, n) != NULL)
		v |= sb_map_get(&x->r->numbers, key, n)->val << W_SHIFT;
	e->val = v;
	return e;
}

static int
flag(struct scan *x, size_t i, long f)
{
	return (winfo(x, i)->val & f) != 0;
}

static unsigned
number(struct scan *x, size_t i)
{
	return (unsigned)(winfo(x, i)->val >> W_SHIFT);
}

/* A run of capitals w[a..b): a group of extras or a character. */
static void
take_run(struct scan *x, size_t a, size_t b)
{
	const struct word *w = x->w;
	size_t start = w[a].off, end = w[b - 1].off + w[b - 1].len, at;
	unsigned count = number(x, a);

	if (a > 0 && w[a - 1].digits && w[a].joined) {
		count = number(x, a - 1);
		start = w[a - 1].off;
	}
	if (count > 0 || flag(x, a, W_GROUP)) {
		if (x->sc != NULL && !x->sc->tagged_figurants) {
			at = sb_list_add(&x->sc->figurants, x->s + start,
			    end - start);
			x->sc->figurants.count[at] = count;
		}
		return;
	}
	sb_names_know(x->r, x->known, x->s + start, end - start);
	if (x->sc != NULL)
		sb_list_add(&x->sc->mentioned, x->s + start, end - start);
}

/* The last character before word i that is not a space, or 0. */
static char
before(const struct scan *x, size_t i)
{
	size_t k = x->w[i].off;

	while (k > 0 && x->s[k - 1] == ' ')
		k--;
	return k > 0 ? x->s[k - 1] : 0;
}

/* 1 when the word before word i is one of the rules' mentions ("le
 * post-it de Yann", "chez Yann"): the name is then spoken of, not seen. */
static int
mentioned_only(const struct scan *x, size_t i)
{
	size_t end = x->w[i].off, start, n;
	char key[KEYMAX];

	while (end > 0 && (x->s[end - 1] == ' ' || x->s[end - 1] == '\''))
		end--;
	for (start = end; start > 0 && (unsigned char)x->s[start - 1] < 0x80 &&
	    sb_ascii_class[(unsigned char)x->s[start - 1]] != SB_CP_OTHER;
	    start--)
		;
	if (start == end || end - start > 8)
		return 0;
	n = sb_fold_n(key, sizeof key, x->s + start, end - start);
	return n > 0 && listed(&x->r->mentions, key, n);
}

/* Whether a run of capitals may start at word i: a word that is not in
 * the lists of words that are not characters, or an article before one
 * ("LA VOISINE", "THE LIBRARIAN"). Capitals after a colon are the text
 * of a sign or a card ("la banderole : LIGNES EN GRÈVE"), not a name. */
static int
run_starts(struct scan *x, size_t i)
{
	const struct word *w = x->w;

	if (!w[i].caps || w[i].quoted)
		return 0;
	if (!flag(x, i, W_NOT) || flag(x, i, W_GROUP) || number(x, i) > 0)
		return 1;
	return i + 1 < x->n && w[i + 1].caps && w[i + 1].joined &&
	    !w[i + 1].quoted && flag(x, i, W_ARTICLE) &&
	    !flag(x, i + 1, W_NOT);
}

/* Runs of words in capitals, skipping quoted ones and words that are
 * not characters; a run needs a word of two letters or more. */
static void
caps_runs(struct scan *x)
{
	const struct word *w = x->w;
	size_t i = 0, a, j;
	int big;

	while (i < x->n) {
		if (w[i].caps && before(x, i) == ':') {	/* a sign: all of it */
			for (i++; i < x->n && w[i].caps && w[i].joined; i++)
				;
			continue;
		}
		if (!run_starts(x, i)) {
			i++;
			continue;
		}
		a = i;
		big = 0;
		for (j = i; j < x->n && w[j].caps && !w[j].quoted &&
		    (j == a || w[j].joined); j++)
			big |= w[j].letters >= 2;
		while (j > a + 1 && flag(x, j - 1, W_NOT))
			j--;
		if (big)
			take_run(x, a, j);
		i = j > i ? j : i + 1;
	}
}

/* What the known characters say of word i, brought up to date. */
static struct winfo *
known_info(struct scan *x, size_t i)
{
	struct winfo *wi = winfo(x, i)->ptr;
	size_t n = wi->len;
	struct sb_mapent *e;

	if (wi->gen != x->known->gen) {
		e = sb_map_get(&x->known->map, wi->fold, n);
		wi->known = e != NULL ? e->ptr : NULL;
		wi->first = sb_map_get(&x->known->firsts, wi->fold, n) != NULL;
		wi->gen = x->known->gen;
	}
	return wi;
}

/* The longest known name starting at word i (up to four words joined by
 * spaces); its display name, or NULL. */
static const char *
known_at(struct scan *x, size_t i)
{
	struct winfo *wi = known_info(x, i);
	char key[KEYMAX];
	struct sb_mapent *e;
	const char *found = wi->known, *f;
	size_t k, len, add;

	if (!wi->first)		/* a name of one word, or none */
		return found;
	len = wi->len;
	memcpy(key, wi->fold, len);
	for (k = i + 1; k < x->n && k < i + 4 && x->w[k].joined; k++) {
		struct winfo *next = winfo(x, k)->ptr;

		f = next->fold;
		add = next->len;
		if (len + add + 2 > sizeof key)
			break;
		key[len++] = ' ';
		memcpy(key + len, f, add);
		len += add;
		if ((e = sb_map_get(&x->known->map, key, len)) != NULL)
			found = e->ptr;
	}
	return found;
}

void
sb_names_scan(const struct sb_rules *r, const struct sb_map *ignore,
    struct sb_known *known, const char *s, size_t len, struct sb_scene *sc)
{
	struct word w[MAXWORDS];
	struct scan x = { r, ignore, known, s, w, 0, sc };
	size_t at = 0, i;
	const char *name;
	int quoted = 0, all_caps = sb_is_caps(s, len);

	while (at < len) {
		x.n = split_words(s, len, &at, w, &quoted);
		if (!all_caps)
			caps_runs(&x);
		for (i = 0; sc != NULL && i < x.n; i++)
			if (!w[i].quoted && w[i].upper && !mentioned_only(&x, i) &&
			    (name = known_at(&x, i)) != NULL)
				sb_list_add(&sc->mentioned, name,
				    strlen(name));
	}
}
