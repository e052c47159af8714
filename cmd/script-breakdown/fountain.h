/*
 * fountain.h: the Fountain 1.1 reader. Lines come in one at a time (from
 * sb_source_lines); boneyard and notes are taken out first, the title
 * page is read, and each line is classified with the rules of the syntax
 * page and of the reference parser (nyousefi/Fountain@c09b65e
 * FastFountainParser.m [V]), one line of lookahead deciding characters and
 * transitions. Elements go to the builder.
 */
#ifndef SB_FOUNTAIN_H
#define SB_FOUNTAIN_H

#include <stddef.h>

#include "builder.h"
#include "err.h"
#include "rules.h"

struct sb_fountain;

struct sb_fountain *sb_fountain_new(struct sb_builder *b,
    const struct sb_rules *r, struct diag *d, const char *name);
/* The next line of the file (no newline), numbered line. */
void sb_fountain_line(void *fountain, const char *text, size_t len,
    unsigned line, unsigned flags);
/* The end of the file: the last line is classified, an unterminated
 * boneyard or note is reported. */
void sb_fountain_finish(struct sb_fountain *f);
void sb_fountain_free(struct sb_fountain *f);

#endif
