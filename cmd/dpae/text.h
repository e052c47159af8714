/*
 * text.h: the texts of a declaration as the format wants them: folded
 * (upper case without accents, or as written in ISO-8859-1), limited to
 * the characters and the length the profile allows.
 */
#ifndef DPAE_TEXT_H
#define DPAE_TEXT_H

#include <stddef.h>

#include "buf.h"
#include "profile.h"

#define DPAE_WHY_SIZE 160

/* Folds s (UTF-8) by rule r into a new UTF-8 string *out, spaces at both
 * ends trimmed. Returns 0; or -1 with *out NULL, why set to what is wrong
 * ("'Ø' cannot be written in the declaration") and hint to what to do
 * (both DPAE_WHY_SIZE bytes). */
int dpae_text_fold(const struct dpae_textrule *r, const char *s, char **out,
    char *why, char *hint);
/* Appends s (UTF-8) to b in ISO-8859-1; code points above U+00FF, which
 * dpae_text_fold never lets through, become '?'. */
void dpae_latin1(struct buf *b, const char *s);

#endif
