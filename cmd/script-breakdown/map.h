/*
 * map.h: a string-keyed table that remembers insertion order, for the
 * names, sets and elements a breakdown counts. Keys are copied; each
 * entry carries a number and a pointer for the caller's data.
 */
#ifndef SB_MAP_H
#define SB_MAP_H

#include <stddef.h>
#include <stdint.h>

struct sb_mapent {
	char *key;
	size_t len;
	unsigned hash;
	long val;
	void *ptr;
};

struct sb_map {
	struct sb_mapent *ent;	/* in insertion order */
	size_t n, cap;
	size_t *slot;		/* open addressing: entry index + 1, 0 empty */
	size_t nslots;
};

#define SB_MAP_INIT { NULL, 0, 0, NULL, 0 }

/* A set of keys kept only as 64-bit hashes, with a number each: 16 bytes
 * a key, for what grows with the script (scene numbers). Two keys with the
 * same 64-bit FNV-1a hash count as one (odds about n^2 / 2^65). */
struct sb_hslot {
	uint64_t hash;		/* 0: empty */
	unsigned val;
};

struct sb_hset {
	struct sb_hslot *slot;
	size_t n, cap;		/* cap: a power of two, or 0 */
};

/* The number kept for key, added (0) when absent; *created says which.
 * Valid until the next call. */
unsigned *sb_hset_put(struct sb_hset *h, const char *key, size_t len,
    int *created);
void sb_hset_free(struct sb_hset *h);

/* The entry for key[0..len), or NULL. */
struct sb_mapent *sb_map_get(const struct sb_map *m, const char *key,
    size_t len);
/* The entry for key, created (val 0, ptr NULL) when absent; *created (if
 * not NULL) says which. The pointer is valid until the next insertion. */
struct sb_mapent *sb_map_put(struct sb_map *m, const char *key, size_t len,
    int *created);
/* Frees the table; freeptr (may be NULL) is called on each ptr. */
void sb_map_free(struct sb_map *m, void (*freeptr)(void *));

#endif
