/*
 * utf8.c: UTF-8 per RFC 3629 (the well-formed byte sequences of its
 * table, section 4), and terminal widths in the manner of wcwidth().
 */
#include <string.h>

#include "buf.h"
#include "utf8.h"

size_t
utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n, i;
	uint32_t c, min;

	if (len == 0)
		return 0;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	} else if ((u[0] & 0xe0) == 0xc0) {
		n = 2, c = u[0] & 0x1f, min = 0x80;
	} else if ((u[0] & 0xf0) == 0xe0) {
		n = 3, c = u[0] & 0x0f, min = 0x800;
	} else if ((u[0] & 0xf8) == 0xf0) {
		n = 4, c = u[0] & 0x07, min = 0x10000;
	} else
		return 0;
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (u[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

int
utf8_valid(const char *s, size_t len, size_t *bad)
{
	size_t i = 0, n;
	uint32_t cp;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
			if (bad != NULL)
				*bad = i;
			return 0;
		}
		i += n;
	}
	return 1;
}

size_t
utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	} else if (cp < 0x800) {
		out[0] = (char)(0xc0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	} else if (cp < 0x10000) {
		out[0] = (char)(0xe0 | cp >> 12);
		out[1] = (char)(0x80 | (cp >> 6 & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | cp >> 18);
	out[1] = (char)(0x80 | (cp >> 12 & 0x3f));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

static int
cp_width(uint32_t cp)
{
	if (cp == 0 || (cp >= 0x300 && cp <= 0x36f) ||
	    (cp >= 0x200b && cp <= 0x200f) || cp == 0xfeff ||
	    (cp >= 0xfe00 && cp <= 0xfe0f))
		return 0;
	if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) ||
	    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
	    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) ||
	    (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd))
		return 2;
	return 1;
}

size_t
utf8_prefix_for_width(const char *s, size_t len, size_t width)
{
	size_t i = 0, w = 0, n;
	uint32_t cp;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
			cp = '?';
			n = 1;
		}
		if (w + (size_t)cp_width(cp) > width)
			break;
		w += (size_t)cp_width(cp);
		i += n;
	}
	return i;
}

size_t
utf8_width(const char *s, size_t len)
{
	size_t i = 0, w = 0, n;
	uint32_t cp;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			w++, i++;
			continue;
		}
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
			w++, i++;	/* shown as a replacement character */
			continue;
		}
		w += (size_t)cp_width(cp);
		i += n;
	}
	return w;
}

/* Adds to b the upper-case ASCII letters of a letter of U+00C0..U+017F;
 * returns 0 when cp has none. */
static int
add_latin_base(struct buf *b, uint32_t cp)
{
	static const char *const latin1[] = {	/* U+00C0 .. U+00FF */
		"A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E",
		"I", "I", "I", "I", "D", "N", "O", "O", "O", "O", "O", "",
		"O", "U", "U", "U", "U", "Y", "TH", "SS",
		"A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E",
		"I", "I", "I", "I", "D", "N", "O", "O", "O", "O", "O", "",
		"O", "U", "U", "U", "U", "Y", "TH", "Y"
	};
	static const char ext_a[] =	/* U+0100 .. U+017F */
	    "AAAAAACCCCCCCCDDDDEEEEEEEEEEGGGGGGGGHHHHIIIIIIIIIIIIJJKKKLLLLLLL"
	    "LLLNNNNNNNNNOOOOOOOORRRRRRSSSSSSSSTTTTTTUUUUUUUUUUUUWWYYYZZZZZZS";

	if (cp >= 0xc0 && cp <= 0xff && *latin1[cp - 0xc0] != '\0')
		buf_adds(b, latin1[cp - 0xc0]);
	else if (cp == 0x152 || cp == 0x153)
		buf_adds(b, "OE");
	else if (cp == 0x132 || cp == 0x133)
		buf_adds(b, "IJ");
	else if (cp >= 0x100 && cp <= 0x17f)
		buf_addc(b, ext_a[cp - 0x100]);
	else
		return 0;
	return 1;
}

char *
utf8_fold_upper_ascii(const char *s)
{
	struct buf b = BUF_INIT;
	size_t len = strlen(s), i = 0, n;
	uint32_t cp;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0)
			cp = '?', n = 1;
		i += n;
		if (cp < 0x80) {
			buf_addc(&b, cp >= 'a' && cp <= 'z' ? (char)(cp - 32) :
			    (char)cp);
		} else if (cp == 0x2019 || cp == 0x2018) {
			buf_addc(&b, '\'');	/* typographic apostrophe */
		} else if (cp == 0xa0 || cp == 0x202f) {
			buf_addc(&b, ' ');
		} else if (!add_latin_base(&b, cp))
			buf_addc(&b, '?');
	}
	return buf_take(&b);
}

size_t
utf8_bom_len(const char *s, size_t len)
{
	return len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
}
