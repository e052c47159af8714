/*
 * text.c: folding a text for the declaration, one code point at a time,
 * so that a character the format refuses is named as the user wrote it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "utf8.h"
#include "xalloc.h"

/* Appends what the code point s[0..n) becomes in ISO-8859-1 as written;
 * 0 when it has no such form. Typographic apostrophes and no-break spaces
 * become their plain forms, the ligatures œ and Œ two letters. */
static int
fold_latin1(struct buf *b, const char *s, size_t n, uint32_t cp)
{
	if (cp == 0x2018 || cp == 0x2019)
		buf_addc(b, '\'');
	else if (cp == 0xa0 || cp == 0x202f)
		buf_addc(b, ' ');
	else if (cp == 0x153)
		buf_adds(b, "oe");
	else if (cp == 0x152)
		buf_adds(b, "OE");
	else if (cp < 0x100)
		buf_add(b, s, n);
	else
		return 0;
	return 1;
}

static int
fold_upper(struct buf *b, const char *s, size_t n)
{
	char one[5], *f;
	int ok;

	memcpy(one, s, n);
	one[n] = '\0';
	f = utf8_fold_upper_ascii(one);
	/* the folding writes '?' for what has no unaccented form, and
	 * nothing for signs such as the multiplication sign */
	ok = *f != '\0' && (strchr(f, '?') == NULL || *one == '?');
	buf_adds(b, f);
	free(f);
	return ok;
}

/* 1 when every character of s[0..n) is one the rule allows. */
static int
allowed(const struct dpae_textrule *r, const char *s, size_t n)
{
	size_t i = 0, k;
	uint32_t cp;

	while (i < n) {
		if ((k = utf8_decode(s + i, n - i, &cp)) == 0)
			return 0;
		if (r->char_re == NULL || re_match(r->char_re, s + i, k, 0) != 1)
			return 0;
		i += k;
	}
	return 1;
}

/* Characters counted in a folded text (all below U+0100). */
static size_t
count_chars(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			n++;
	return n;
}

/* n is 0 for bytes that are not UTF-8. */
static void
bad_char(const struct dpae_textrule *r, const char *s, size_t n, char *why,
    char *hint)
{
	if (n == 0)
		snprintf(why, DPAE_WHY_SIZE, "not valid UTF-8");
	else if ((unsigned char)*s < 0x20)
		snprintf(why, DPAE_WHY_SIZE, "a control character cannot be "
		    "written in the declaration");
	else
		snprintf(why, DPAE_WHY_SIZE, "'%.*s' cannot be written in the "
		    "declaration", (int)n, s);
	snprintf(hint, DPAE_WHY_SIZE, "the format allows %s%s",
	    r->chars != NULL ? r->chars : "?",
	    r->fold == DPAE_FOLD_UPPER_ASCII ?
	    " (after upper-casing without accents)" : "");
}

/* Folds s[0..len) into b; -1 after setting why at the first refused
 * character. */
static int
fold_all(const struct dpae_textrule *r, const char *s, size_t len,
    struct buf *b, char *why, char *hint)
{
	size_t i = 0, n, mark;
	uint32_t cp;
	int ok;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
			bad_char(r, s + i, 0, why, hint);
			return -1;
		}
		mark = b->len;
		if (cp >= 0x300 && cp <= 0x36f) {
			/* a combining accent (text typed decomposed): the
			 * letter before it stays, without the accent */
			i += n;
			continue;
		}
		ok = r->fold == DPAE_FOLD_LATIN1 ? fold_latin1(b, s + i, n, cp) :
		    fold_upper(b, s + i, n);
		if (!ok || !allowed(r, b->s + mark, b->len - mark)) {
			bad_char(r, s + i, n, why, hint);
			return -1;
		}
		i += n;
	}
	return 0;
}

int
dpae_text_fold(const struct dpae_textrule *r, const char *s, char **out,
    char *why, char *hint)
{
	struct buf b = BUF_INIT;
	size_t len = strlen(s), chars;

	*out = NULL;
	while (len > 0 && s[len - 1] == ' ')
		len--;
	while (len > 0 && *s == ' ')
		s++, len--;
	if (fold_all(r, s, len, &b, why, hint) < 0) {
		buf_free(&b);
		return -1;
	}
	chars = count_chars(buf_str(&b), b.len);
	/* a code with a pattern is described by it, even when too long */
	if (r->pattern != NULL &&
	    re_match(r->pattern, buf_str(&b), b.len, 0) != 1) {
		snprintf(why, DPAE_WHY_SIZE, "not in the form the declaration "
		    "takes");
		snprintf(hint, DPAE_WHY_SIZE, "%s", r->hint != NULL ? r->hint :
		    "see the format profile");
	} else if (chars > r->max) {
		snprintf(why, DPAE_WHY_SIZE, "%zu characters, the declaration "
		    "takes at most %zu", chars, r->max);
		snprintf(hint, DPAE_WHY_SIZE, "abbreviate it");
	} else {
		*out = buf_take(&b);
		return 0;
	}
	buf_free(&b);
	return -1;
}

void
dpae_latin1(struct buf *b, const char *s)
{
	size_t len = strlen(s), i = 0, n;
	uint32_t cp;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0)
			cp = '?', n = 1;
		buf_addc(b, cp < 0x100 ? (char)(unsigned char)cp : '?');
		i += n;
	}
}
