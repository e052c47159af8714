/*
 * arena.h: memory for many small objects that die together (the nodes and
 * texts of a YAML tree): allocation is a pointer bump, and everything is
 * freed at once.
 */
#ifndef CINEPROD_ARENA_H
#define CINEPROD_ARENA_H

#include <stddef.h>

struct arena_chunk;

struct arena {
	struct arena_chunk *head;	/* the chunk being filled, then older */
};

#define ARENA_INIT { NULL }

/* size bytes, zeroed, aligned for any type; exits when out of memory. */
void *arena_alloc(struct arena *a, size_t size);
/* A NUL-terminated copy of n bytes of s, not aligned. */
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* Frees every allocation of a; a can be used again. */
void arena_free(struct arena *a);

#endif
