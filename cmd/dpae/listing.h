/*
 * listing.h: the declarations of a batch as a table (the CSV listing of
 * dpae(1)), with what each declares and its acknowledgement when the log
 * has one.
 */
#ifndef DPAE_LISTING_H
#define DPAE_LISTING_H

#include "ack.h"
#include "decl.h"
#include "table.h"

/* One row for each declaration that can be declared; the NIR and the
 * birth date are left empty unless show_personal is set. log may be
 * NULL. The caller frees the table. */
struct table *dpae_listing(const struct dpae_batch *b,
    const struct dpae_acklog *log, int show_personal);

#endif
