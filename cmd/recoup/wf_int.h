/*
 * wf_int.h: what the files loading waterfall.yaml share among themselves
 * (wf_load.c, wf_tiers.c, wf_shares.c, wf_authors.c, wf_check.c,
 * periods.c, legal.c). Not for the engine or the renderers.
 */
#ifndef RECOUP_WF_INT_H
#define RECOUP_WF_INT_H

#include "waterfall.h"
#include "ydoc.h"

/* Parses a mode name at n. */
int wf_mode_parse(struct ynode *n, enum mode *m);
/* prefix then the ids of n items of size bytes whose first member is the
 * char *id; the caller frees it. */
char *wf_list_ids(const char *prefix, const void *items, size_t n,
    size_t size);
/* Index of the group with id, or -1. */
int wf_group(const struct waterfall *w, const char *id);
/* The party or stream named at n: its index, or -1 after a message. */
int wf_ref_party(const struct waterfall *w, struct ynode *n);
int wf_ref_stream(const struct waterfall *w, struct ynode *n);
/* A rate from 0 to 100 % at n; -1 after a message. */
int wf_rate_in_range(struct ynode *n, rate_t *r);
/* An amount of 0 or more at n; -1 after a message. */
int wf_amount(struct ynode *n, int64_t *cents);

/* The weights of n value nodes: all shares (40%, 2/3) adding up to
 * 100 %, or all amounts (pro rata). out[i] gets each on a common
 * denominator. where is the set, for messages. -1 after a message. */
int wf_weights(struct ynode *const *vals, size_t n, struct ynode *where,
    int64_t *out);
/* A payee set (split, group) from map: names of parties or groups with
 * their weights. Returns the array (n entries in *n) or NULL. */
struct payee *wf_payee_set(struct waterfall *w, struct ynode *map,
    size_t *n);
/* The one payee at n (a party or a group name), weight 1. */
int wf_payee_one(struct waterfall *w, struct ynode *n, struct payee *p);

void wf_load_schedule(struct waterfall *w, struct ynode *root);
void wf_load_groups(struct waterfall *w, struct ynode *root);
void wf_load_tiers(struct waterfall *w, struct ynode *root);
void wf_load_authors(struct waterfall *w, struct ynode *root);
/* Cross-checks once everything is loaded: group cycles, corridors'
 * 'until', minimum guarantees per stream, the RNPP caps, the leaves. */
void wf_check(struct waterfall *w, struct diag *diag);

/* Reads share/recoup/fr-rates.yaml from datadir (NULL: the default). */
int rc_legal_load(struct legal *l, const char *datadir, struct diag *diag);
void rc_legal_free(struct legal *l);

#endif
