/*
 * fdx.h: the Final Draft reader (.fdx, XML, read with expat). The whole
 * file is read first, because its TagData (what each tagged word is: a
 * prop, a costume...) comes after the script; then the paragraphs are
 * replayed into the builder, with their scene properties and tags.
 */
#ifndef SB_FDX_H
#define SB_FDX_H

#include <stddef.h>

#include "builder.h"
#include "err.h"
#include "rules.h"

struct sb_fdx;

struct sb_fdx *sb_fdx_new(const struct sb_rules *r, struct diag *d,
    const char *name);
void sb_fdx_free(struct sb_fdx *x);
/* The next bytes of the file (an sb_chunk_fn); last is set at the end.
 * XML errors are reported into the diag; returns -1 to stop then. */
int sb_fdx_chunk(void *fdx, const char *data, size_t len, int last);
/* Hands the script read to the builder. */
void sb_fdx_replay(struct sb_fdx *x, struct sb_builder *b);

#endif
