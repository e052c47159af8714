/*
 * utf8.h: UTF-8 validation, decoding and display width, and the text
 * folding that administrative formats ask for (upper case without accents).
 */
#ifndef CINEPROD_UTF8_H
#define CINEPROD_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* 1 when s[0..len) is valid UTF-8 (no overlongs, surrogates or code
 * points above U+10FFFF); otherwise 0 and *bad (if not NULL) is the offset
 * of the first bad byte. */
int utf8_valid(const char *s, size_t len, size_t *bad);
/* Decodes one code point at s (at most len bytes) into *cp; returns its
 * length in bytes, or 0 when the bytes are not valid UTF-8. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Encodes cp into out (4 bytes of room); returns the length. */
size_t utf8_encode(uint32_t cp, char out[4]);
/* Columns a terminal uses to show s: one per code point, none for
 * combining marks and zero-width characters, two for East Asian wide ones. */
size_t utf8_width(const char *s, size_t len);
/* Byte length of the longest prefix of s that fits in width columns. */
size_t utf8_prefix_for_width(const char *s, size_t len, size_t width);
/* Upper-case ASCII without accents: "Éloïse d'Anglès" -> "ELOISE D'ANGLES".
 * Letters of Latin-1 and Latin Extended-A lose their accents (œ -> OE,
 * ß -> SS); other characters that have no such form become '?'. Returns
 * a new string the caller frees. */
char *utf8_fold_upper_ascii(const char *s);
/* Skips a UTF-8 byte-order mark at the start of s; returns its length (3)
 * or 0. */
size_t utf8_bom_len(const char *s, size_t len);

#endif
