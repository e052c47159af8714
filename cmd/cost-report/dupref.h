/*
 * dupref.h: finds ledger rows that repeat a document (same party,
 * reference and code) in bounded memory: fingerprints are buffered, sorted
 * and spilled to a temporary file in runs that are merged at the end, so
 * that memory stays flat whatever the ledgers' length.
 */
#ifndef DUPREF_H
#define DUPREF_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"

struct dupref;

/* files[i] names the ledger of index i in messages; borrowed. cap is the
 * most fingerprints held in memory (0: the default, 2^20: 16 MiB and as
 * much to sort them). */
struct dupref *dupref_new(const char *const *files, size_t cap);
/* Notes the row at files[file]:line with these fields. An empty reference
 * is not checked. */
void dupref_add(struct dupref *dr, unsigned file, unsigned long line,
    const char *party, size_t plen, const char *ref, size_t rlen,
    const char *code, size_t clen);
/* Warns into d about every row that repeats an earlier one, in file and
 * line order, then frees dr. With d NULL (on the way out after an error)
 * it only frees. */
void dupref_finish(struct dupref *dr, struct diag *d);

#endif
