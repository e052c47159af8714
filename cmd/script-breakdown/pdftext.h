/*
 * pdftext.h: the reader of the text pdftotext -layout makes of a PDF
 * screenplay. Pages end with a form feed, so pages and their numbers are
 * the real ones; headings are found with the heading patterns, cues by
 * their indentation and capitals, dialogue by its indentation under a cue.
 */
#ifndef SB_PDFTEXT_H
#define SB_PDFTEXT_H

#include <stddef.h>

#include "builder.h"
#include "err.h"
#include "rules.h"

struct sb_pdftext;

struct sb_pdftext *sb_pdftext_new(struct sb_builder *b,
    const struct sb_rules *r, struct diag *d, const char *name);
void sb_pdftext_free(struct sb_pdftext *t);
/* The next line (an sb_line_fn). */
void sb_pdftext_line(void *pdftext, const char *text, size_t len,
    unsigned line, unsigned flags);
void sb_pdftext_finish(struct sb_pdftext *t);

#endif
