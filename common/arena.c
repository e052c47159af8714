/*
 * arena.c: chunked bump allocation. Chunks double from 16 KiB to 1 MiB;
 * a request larger than half a chunk gets a chunk of its own, so that the
 * chunk being filled is not wasted.
 */
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "err.h"
#include "xalloc.h"

#define ALIGN alignof(max_align_t)
#define FIRST_CHUNK (16 * 1024)
#define MAX_CHUNK (1024 * 1024)

struct arena_chunk {
	struct arena_chunk *next;
	size_t used, cap;
	alignas(max_align_t) unsigned char data[];
};

static struct arena_chunk *
new_chunk(size_t cap, struct arena_chunk *next)
{
	struct arena_chunk *c = xmalloc(sizeof *c + cap);

	c->next = next;
	c->used = 0;
	c->cap = cap;
	return c;
}

/* size bytes aligned to align (a power of two, at most ALIGN), zeroed. */
static void *
alloc(struct arena *a, size_t size, size_t align)
{
	struct arena_chunk *c = a->head, *big;
	size_t cap, at = 0;
	void *p;

	if (size > SIZE_MAX / 2)
		err_die(EXIT_TROUBLE, "out of memory");
	if (c != NULL)
		at = (c->used + align - 1) & ~(align - 1);
	if (c == NULL || at > c->cap || c->cap - at < size) {
		cap = c == NULL ? FIRST_CHUNK : c->cap * 2;
		if (cap > MAX_CHUNK)
			cap = MAX_CHUNK;
		if (size > cap / 2) {
			/* behind the current chunk, which stays in use */
			big = new_chunk(size, c != NULL ? c->next : NULL);
			if (c != NULL)
				c->next = big;
			else
				a->head = big;
			big->used = size;
			memset(big->data, 0, size);
			return big->data;
		}
		a->head = c = new_chunk(cap, c);
		at = 0;
	}
	p = c->data + at;
	c->used = at + size;
	memset(p, 0, size);
	return p;
}

void *
arena_alloc(struct arena *a, size_t size)
{
	return alloc(a, size, ALIGN);
}

/* Texts need no alignment: a YAML file's many short values are packed. */
char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = alloc(a, n + 1, 1);

	memcpy(p, s, n);
	return p;
}

void
arena_free(struct arena *a)
{
	struct arena_chunk *c, *next;

	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
}
