/*
 * text.h: the small pieces of text handling the screenplay readers need:
 * the case of a code point (a character cue is a line without lower-case
 * letters), the folded key under which names, sets and tag categories are
 * compared (upper case, no accents, punctuation as single spaces), word
 * counts and the greedy word wrap that pagination measures lines with.
 */
#ifndef SB_TEXT_H
#define SB_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* UPPER and DIGIT are the odd ones: a word that may name someone
 * ("MATHILDE", "8 VOYAGEURS") starts with one. */
enum sb_cpclass {
	SB_CP_OTHER = 0,	/* punctuation, space, symbols */
	SB_CP_UPPER = 1,
	SB_CP_LOWER = 2,
	SB_CP_DIGIT = 3,
	SB_CP_LETTER = 4	/* a letter without case (CJK, ...) */
};

/* The classes of the ASCII characters (SB_CP_OTHER is 0). */
extern const unsigned char sb_ascii_class[128];

/* The class of code point cp (Latin, Latin-1, Latin Extended-A, Greek and
 * Cyrillic have case; other letters above U+00FF are caseless). */
enum sb_cpclass sb_cp_class(uint32_t cp);

/* Decodes the code point at s[0..len) into *cp and returns its length;
 * invalid bytes count as one byte U+FFFD. len must be > 0. */
size_t sb_cp_next(const char *s, size_t len, uint32_t *cp);

/* 1 when s[0..len) holds a letter and no lower-case letter. */
int sb_is_caps(const char *s, size_t len);

/* Appends to out the folded key of s[0..len): letters upper-cased without
 * accents (é -> E, œ -> OE), digits kept, every other run of characters
 * one space, no space at either end. "Mary-Jane O’Brien" -> "MARY JANE O
 * BRIEN". Returns the length appended. */
size_t sb_fold(struct buf *out, const char *s, size_t len);

/* The same into out, at most cap bytes; returns the length, or cap when
 * the key does not fit. */
size_t sb_fold_n(char *out, size_t cap, const char *s, size_t len);

/* Zeroes the bytes of b after its text when b has grown since the last
 * call (*zeroed keeps the capacity zeroed): the JIT of PCRE2 may read a
 * vector past the end of a subject, and valgrind would count bytes never
 * written as uninitialised. */
void sb_zero_slack(struct buf *b, size_t *zeroed);

/* Trims spaces and tabs at both ends: adjusts *s and returns the length. */
size_t sb_trim(const char **s, size_t len);

/* Number of code points in s[0..len). */
size_t sb_cp_count(const char *s, size_t len);

/* Lines that s[0..len) takes when wrapped at max characters a line, the
 * way afterwriting's liner does: break at the last space within max + 1
 * characters and drop it, or cut max - 1 characters when there is none.
 * An empty text takes one line. afterwriting-labs@f1912c08
 * js/utils/liner.js split_text [V]. */
unsigned sb_wrap_count(const char *s, size_t len, unsigned max);

/* Words (runs of letters or digits, with inner ' and -) in s[0..len). */
unsigned sb_word_count(const char *s, size_t len);

#endif
