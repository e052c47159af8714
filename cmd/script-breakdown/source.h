/*
 * source.h: reading a screenplay file in fixed-size chunks, as lines or as
 * raw bytes, so that memory does not grow with the file. The line reader
 * drops a UTF-8 byte-order mark and the CR of CRLF, numbers lines from 1,
 * reports invalid UTF-8 at its line and column, and stops at a NUL byte
 * (a binary file, or UTF-16 text).
 */
#ifndef SB_SOURCE_H
#define SB_SOURCE_H

#include <stddef.h>

#include "err.h"

struct sb_source;

/* What the reader saw of a line, on its way. */
enum {
	SB_LINE_HIGH = 1,	/* a byte above 0x7F */
	SB_LINE_OPEN = 2	/* a '/' or a '[' (a boneyard or a note may
				   open) */
};

/* Called for each line: text (no newline, NUL-terminated), its length,
 * its number and SB_LINE_ flags. Lines with invalid UTF-8 are reported
 * and still passed. */
typedef void sb_line_fn(void *ctx, const char *text, size_t len,
    unsigned line, unsigned flags);
/* Called for each chunk of raw bytes; returns 0 to go on, -1 to stop. */
typedef int sb_chunk_fn(void *ctx, const char *data, size_t len, int last);

/* Opens path ("-" or NULL: standard input), named name in messages
 * ("<stdin>" for standard input). NULL after a message when it cannot be
 * opened. */
struct sb_source *sb_source_open(const char *path, struct diag *d);
void sb_source_close(struct sb_source *s);
const char *sb_source_name(const struct sb_source *s);

/* The first bytes of the input (up to size), read ahead without being
 * consumed, for format detection; returns how many there are. */
size_t sb_source_peek(struct sb_source *s, const char **data, size_t size);

/* Reads the whole input as lines. Returns 0, or -1 when reading stopped
 * on a read error (reported) or on a binary file (reported into diag). */
int sb_source_lines(struct sb_source *s, sb_line_fn *fn, void *ctx);
/* Reads the whole input as raw chunks; the same return values. */
int sb_source_chunks(struct sb_source *s, sb_chunk_fn *fn, void *ctx);

#endif
