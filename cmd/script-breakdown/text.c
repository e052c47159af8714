/*
 * text.c: code point classes, folded keys, word counts and word wrap.
 */
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "utf8.h"
#include "xalloc.h"

/* Base letters of U+00C0..U+00FF and U+0100..U+017F ('*' marks the ones
 * folded to two letters, '-' the ones that are not letters), read from
 * the Unicode canonical decompositions (NFD). */
static const char latin1[] =
    "AAAAAA*CEEEEIIIIDNOOOOO-OUUUUY**AAAAAA*CEEEEIIIIDNOOOOO-OUUUUY*Y";
static const char latin_a[] =
    "AAAAAACCCCCCCCDDDDEEEEEEEEEEGGGGGGGGHHHHIIIIIIIIII**JJKKKLLLLLLLLLL"
    "NNNNNNNNNOOOOOO**RRRRRRSSSSSSSSTTTTTTUUUUUUUUUUUUWWYYYZZZZZZS";

const unsigned char sb_ascii_class[128] = {
	['0'] = SB_CP_DIGIT, ['1'] = SB_CP_DIGIT, ['2'] = SB_CP_DIGIT,
	['3'] = SB_CP_DIGIT, ['4'] = SB_CP_DIGIT, ['5'] = SB_CP_DIGIT,
	['6'] = SB_CP_DIGIT, ['7'] = SB_CP_DIGIT, ['8'] = SB_CP_DIGIT,
	['9'] = SB_CP_DIGIT,
	['A'] = SB_CP_UPPER, ['B'] = SB_CP_UPPER, ['C'] = SB_CP_UPPER,
	['D'] = SB_CP_UPPER, ['E'] = SB_CP_UPPER, ['F'] = SB_CP_UPPER,
	['G'] = SB_CP_UPPER, ['H'] = SB_CP_UPPER, ['I'] = SB_CP_UPPER,
	['J'] = SB_CP_UPPER, ['K'] = SB_CP_UPPER, ['L'] = SB_CP_UPPER,
	['M'] = SB_CP_UPPER, ['N'] = SB_CP_UPPER, ['O'] = SB_CP_UPPER,
	['P'] = SB_CP_UPPER, ['Q'] = SB_CP_UPPER, ['R'] = SB_CP_UPPER,
	['S'] = SB_CP_UPPER, ['T'] = SB_CP_UPPER, ['U'] = SB_CP_UPPER,
	['V'] = SB_CP_UPPER, ['W'] = SB_CP_UPPER, ['X'] = SB_CP_UPPER,
	['Y'] = SB_CP_UPPER, ['Z'] = SB_CP_UPPER,
	['a'] = SB_CP_LOWER, ['b'] = SB_CP_LOWER, ['c'] = SB_CP_LOWER,
	['d'] = SB_CP_LOWER, ['e'] = SB_CP_LOWER, ['f'] = SB_CP_LOWER,
	['g'] = SB_CP_LOWER, ['h'] = SB_CP_LOWER, ['i'] = SB_CP_LOWER,
	['j'] = SB_CP_LOWER, ['k'] = SB_CP_LOWER, ['l'] = SB_CP_LOWER,
	['m'] = SB_CP_LOWER, ['n'] = SB_CP_LOWER, ['o'] = SB_CP_LOWER,
	['p'] = SB_CP_LOWER, ['q'] = SB_CP_LOWER, ['r'] = SB_CP_LOWER,
	['s'] = SB_CP_LOWER, ['t'] = SB_CP_LOWER, ['u'] = SB_CP_LOWER,
	['v'] = SB_CP_LOWER, ['w'] = SB_CP_LOWER, ['x'] = SB_CP_LOWER,
	['y'] = SB_CP_LOWER, ['z'] = SB_CP_LOWER,
};

static const char *
fold_pair(uint32_t cp)
{
	switch (cp) {
	case 0xC6: case 0xE6: return "AE";
	case 0xDE: case 0xFE: return "TH";
	case 0xDF: return "SS";
	case 0x132: case 0x133: return "IJ";
	case 0x152: case 0x153: return "OE";
	default: return "";
	}
}

enum sb_cpclass
sb_cp_class(uint32_t cp)
{
	if (cp < 0x80)
		return (enum sb_cpclass)sb_ascii_class[cp];
	if (cp < 0xC0)
		return cp == 0xAA || cp == 0xBA || cp == 0xB5 ?
		    SB_CP_LOWER : SB_CP_OTHER;
	if (cp < 0x100)
		return cp == 0xD7 || cp == 0xF7 ? SB_CP_OTHER :
		    cp < 0xDF ? SB_CP_UPPER : SB_CP_LOWER;
	if (cp < 0x180) {
		/* pairs upper/lower, with the runs U+0139-0148 and
		 * U+0179-017E shifted by one, and ĸ, ŉ, ſ lower alone */
		if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
			return SB_CP_LOWER;
		if ((cp >= 0x139 && cp <= 0x148) || cp >= 0x179)
			return cp & 1 ? SB_CP_UPPER : SB_CP_LOWER;
		return cp & 1 ? SB_CP_LOWER : SB_CP_UPPER;
	}
	if (cp >= 0x391 && cp <= 0x3A9)
		return SB_CP_UPPER;
	if (cp >= 0x3B1 && cp <= 0x3C9)
		return SB_CP_LOWER;
	if (cp >= 0x400 && cp <= 0x42F)
		return SB_CP_UPPER;
	if (cp >= 0x430 && cp <= 0x45F)
		return SB_CP_LOWER;
	if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F)
	    || (cp >= 0xFF00 && cp <= 0xFF20) || cp == 0xFEFF)
		return SB_CP_OTHER;
	return SB_CP_LETTER;
}

size_t
sb_cp_next(const char *s, size_t len, uint32_t *cp)
{
	size_t n;

	if ((unsigned char)s[0] < 0x80) {
		*cp = (unsigned char)s[0];
		return 1;
	}
	n = utf8_decode(s, len, cp);
	if (n == 0) {
		*cp = 0xFFFD;
		return 1;
	}
	return n;
}

int
sb_is_caps(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t cp;
	int letter = 0;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			switch (sb_ascii_class[(unsigned char)s[i++]]) {
			case SB_CP_LOWER:
				return 0;
			case SB_CP_UPPER:
				letter = 1;
				break;
			default:
				break;
			}
			continue;
		}
		i += sb_cp_next(s + i, len - i, &cp);
		switch (sb_cp_class(cp)) {
		case SB_CP_LOWER:
			return 0;
		case SB_CP_UPPER:
		case SB_CP_LETTER:
			letter = 1;
			break;
		default:
			break;
		}
	}
	return letter;
}

/* The folded form of one letter or digit into out (at most 4 bytes);
 * returns its length. */
static size_t
fold_cp(char out[4], uint32_t cp, const char *raw, size_t rawlen)
{
	const char *pair;
	char c = 0;

	if (cp < 0x80)
		c = (char)(cp >= 'a' && cp <= 'z' ? cp - 32 : cp);
	else if (cp >= 0xC0 && cp < 0x100)
		c = latin1[cp - 0xC0];
	else if (cp >= 0x100 && cp < 0x180)
		c = latin_a[cp - 0x100];
	if (c == '*') {
		pair = fold_pair(cp);
		memcpy(out, pair, strlen(pair));
		return strlen(pair);
	}
	if (c != 0) {
		out[0] = c;
		return 1;
	}
	if (cp >= 0x3B1 && cp <= 0x3C9 && cp != 0x3C2)
		cp -= 0x20;
	else if (cp >= 0x430 && cp <= 0x44F)
		cp -= 0x20;
	else if (cp >= 0x450 && cp <= 0x45F)
		cp -= 0x50;
	else {
		memcpy(out, raw, rawlen);
		return rawlen;
	}
	return utf8_encode(cp, out);
}

size_t
sb_fold_n(char *out, size_t cap, const char *s, size_t len)
{
	size_t i = 0, n = 0, k, w;
	int space = 0;
	uint32_t cp;
	char one[4];

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {	/* ASCII: no decoding */
			unsigned char b = (unsigned char)s[i++];

			if (sb_ascii_class[b] == SB_CP_OTHER) {
				space = n > 0;
				continue;
			}
			if (n + space + 1 > cap)
				return cap;
			if (space)
				out[n++] = ' ';
			space = 0;
			out[n++] = (char)(b >= 'a' && b <= 'z' ? b - 32 : b);
			continue;
		}
		k = sb_cp_next(s + i, len - i, &cp);
		i += k;
		if (sb_cp_class(cp) == SB_CP_OTHER) {
			space = n > 0;
			continue;
		}
		w = fold_cp(one, cp, s + i - k, k);
		if (n + space + w > cap)
			return cap;
		if (space)
			out[n++] = ' ';
		space = 0;
		memcpy(out + n, one, w);
		n += w;
	}
	return n;
}

size_t
sb_fold(struct buf *out, const char *s, size_t len)
{
	char stack[256], *tmp = stack;
	size_t n = sb_fold_n(stack, sizeof stack, s, len);

	if (n == sizeof stack) {
		tmp = xmalloc(len * 2 + 1);
		n = sb_fold_n(tmp, len * 2 + 1, s, len);
	}
	buf_add(out, tmp, n);
	if (tmp != stack)
		free(tmp);
	return n;
}

void
sb_zero_slack(struct buf *b, size_t *zeroed)
{
	if (b->s == NULL || b->cap == *zeroed)
		return;
	memset(b->s + b->len, 0, b->cap - b->len);
	*zeroed = b->cap;
}

size_t
sb_trim(const char **s, size_t len)
{
	while (len > 0 && (**s == ' ' || **s == '\t')) {
		(*s)++;
		len--;
	}
	while (len > 0 && ((*s)[len - 1] == ' ' || (*s)[len - 1] == '\t'))
		len--;
	return len;
}

static unsigned continuations(uint64_t w);

size_t
sb_cp_count(const char *s, size_t len)
{
	size_t i = 0, n = 0;
	uint64_t w;

	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		n += 8 - continuations(w);
	}
	for (; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Continuation bytes (10xxxxxx) among the 8 bytes of w. */
static unsigned
continuations(uint64_t w)
{
	uint64_t m = (w & ~(w << 1) & UINT64_C(0x8080808080808080)) >> 7;

	return (unsigned)((m * UINT64_C(0x0101010101010101)) >> 56);
}

/* Moves *i forward over *n characters of s[0..len) (a character is a
 * lead byte and its continuation bytes), eight bytes at a time while it
 * can; *n keeps what could not be skipped before the end. */
static void
skip_chars(const char *s, size_t len, size_t *i, unsigned *n)
{
	uint64_t w;
	unsigned chars;

	while (*i < len && ((unsigned char)s[*i] & 0xC0) == 0x80)
		(*i)++;		/* the rest of a character counted */
	while (*n > 8 && *i + 8 <= len) {
		memcpy(&w, s + *i, 8);
		chars = 8 - continuations(w);
		if (chars >= *n)
			break;
		*n -= chars;
		*i += 8;
		while (*i < len && ((unsigned char)s[*i] & 0xC0) == 0x80)
			(*i)++;
	}
	while (*n > 0 && *i < len) {
		(*i)++;
		while (*i < len && ((unsigned char)s[*i] & 0xC0) == 0x80)
			(*i)++;
		(*n)--;
	}
}

/* The wrap of afterwriting's liner over UTF-8 text: each line takes up
 * to max characters, cut at the last space within max + 1 (dropped),
 * else after max - 1 characters. */
static unsigned
wrap_utf8(const char *s, size_t len, unsigned max)
{
	unsigned lines = 0, n;
	size_t at = 0, i, k;

	for (;;) {
		lines++;
		i = at;
		n = max + 1;
		skip_chars(s, len, &i, &n);
		if (n > 0)		/* max characters or fewer left */
			return lines;
		for (k = i; k-- > at && s[k] != ' ';)
			;
		if (k != (size_t)-1 && k >= at)
			at = k + 1;
		else {
			n = max - 1;
			skip_chars(s, len, &at, &n);
		}
	}
}

/* The same for ASCII text. */
static unsigned
wrap_ascii(const char *s, size_t len, unsigned max)
{
	unsigned lines = 0;
	size_t at = 0, k, cut;

	for (;;) {
		lines++;
		if (len - at <= max)
			return lines;
		for (k = at + max + 1; k-- > at && s[k] != ' ';)
			;
		if (k == (size_t)-1 || k < at)
			cut = at + max - 1;
		else
			cut = k + 1;
		at = cut;
	}
}

unsigned
sb_wrap_count(const char *s, size_t len, unsigned max)
{
	size_t i;

	if (max < 2)
		max = 2;
	if (len <= max)		/* never more characters than bytes */
		return 1;
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return wrap_utf8(s, len, max);
	return wrap_ascii(s, len, max);
}

static int
word_char(uint32_t cp)
{
	if (cp < 0x80)
		return sb_ascii_class[cp] != SB_CP_OTHER;
	return sb_cp_class(cp) != SB_CP_OTHER;
}

unsigned
sb_word_count(const char *s, size_t len)
{
	size_t i = 0;
	unsigned words = 0;
	int in = 0;
	uint32_t cp;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80)
			cp = (unsigned char)s[i++];
		else
			i += sb_cp_next(s + i, len - i, &cp);
		if (word_char(cp)) {
			words += !in;
			in = 1;
		} else if (!(in && (cp == '\'' || cp == '-' || cp == 0x2019)))
			in = 0;
	}
	return words;
}
