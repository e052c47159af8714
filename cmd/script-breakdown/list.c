/*
 * list.c: ordered string lists (a scene's cast, its props) and the
 * insertion-ordered hash table of map.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "map.h"
#include "sb.h"
#include "xalloc.h"

long
sb_list_find(const struct sb_list *l, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strncmp(l->v[i], s, len) == 0 && l->v[i][len] == '\0')
			return (long)i;
	return -1;
}

struct sb_chunk {
	struct sb_chunk *prev;
	size_t used, cap;
	char text[];
};

#define CHUNK_SIZE 4000

char *
sb_pool_strndup(struct sb_pool *p, const char *s, size_t len)
{
	struct sb_chunk *c = p->chunk;
	char *out;

	if (c == NULL || c->cap - c->used < len + 1) {
		size_t cap = len + 1 > CHUNK_SIZE ? len + 1 : CHUNK_SIZE;

		c = xmalloc(sizeof *c + cap);
		c->prev = p->chunk;
		c->used = 0;
		c->cap = cap;
		p->chunk = c;
	}
	out = c->text + c->used;
	memcpy(out, s, len);
	out[len] = '\0';
	c->used += len + 1;
	return out;
}

void
sb_pool_reset(struct sb_pool *p)
{
	struct sb_chunk *c = p->chunk;

	if (c == NULL)
		return;
	p->chunk = c->prev;
	sb_pool_free(p);
	c->prev = NULL;
	c->used = 0;
	p->chunk = c;
}

void
sb_list_empty(struct sb_list *l)
{
	size_t i;

	for (i = 0; l->pool == NULL && i < l->n; i++)
		free(l->v[i]);
	l->n = 0;
}

void
sb_pool_free(struct sb_pool *p)
{
	struct sb_chunk *c, *prev;

	for (c = p->chunk; c != NULL; c = prev) {
		prev = c->prev;
		free(c);
	}
	p->chunk = NULL;
}

size_t
sb_list_add(struct sb_list *l, const char *s, size_t len)
{
	long at = sb_list_find(l, s, len);
	size_t cap;

	if (at >= 0)
		return (size_t)at;
	if (l->n == l->cap) {
		cap = l->cap;
		xgrow(&l->v, &l->cap, l->n + 1, sizeof *l->v);
		if (l->cap != cap)
			l->count = xreallocarray(l->count, l->cap,
			    sizeof *l->count);
	}
	l->v[l->n] = l->pool != NULL ? sb_pool_strndup(l->pool, s, len) :
	    xstrndup(s, len);
	l->count[l->n] = 0;
	return l->n++;
}

void
sb_list_free(struct sb_list *l)
{
	size_t i;

	struct sb_pool *pool = l->pool;

	for (i = 0; pool == NULL && i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	free(l->count);
	memset(l, 0, sizeof *l);
	l->pool = pool;
}

char *
sb_list_join(const struct sb_list *l, const char *sep)
{
	struct buf b = BUF_INIT;
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_adds(&b, sep);
		buf_adds(&b, l->v[i]);
	}
	return b.s != NULL ? buf_take(&b) : xstrdup("");
}

/* A hash of s[0..len) eight bytes at a time: each word is mixed in by
 * a multiplication by the golden ratio (Fibonacci hashing, Knuth TAOCP
 * vol. 3 §6.4) and the high half folded down, so that the low bits the
 * table uses depend on every byte. */
static unsigned
hash(const char *s, size_t len)
{
	uint64_t h = len, w;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * UINT64_C(0x9E3779B97F4A7C15);
		h ^= h >> 32;
	}
	if (i < len) {
		w = 0;
		memcpy(&w, s + i, len - i);
		h = (h ^ w) * UINT64_C(0x9E3779B97F4A7C15);
		h ^= h >> 32;
	}
	return (unsigned)(h ^ h >> 29);
}

/* The slot where key is, or the empty slot where it would go. */
static size_t
find_slot(const struct sb_map *m, const char *key, size_t len, unsigned h)
{
	size_t mask = m->nslots - 1, i = h & mask;
	const struct sb_mapent *e;

	while (m->slot[i] != 0) {
		e = &m->ent[m->slot[i] - 1];
		if (e->hash == h && e->len == len &&
		    memcmp(e->key, key, len) == 0)
			return i;
		i = (i + 1) & mask;
	}
	return i;
}

static void
rehash(struct sb_map *m)
{
	size_t i, j;

	free(m->slot);
	m->nslots = m->nslots == 0 ? 64 : m->nslots * 2;
	m->slot = xcalloc(m->nslots, sizeof *m->slot);
	for (i = 0; i < m->n; i++) {
		j = find_slot(m, m->ent[i].key, m->ent[i].len,
		    m->ent[i].hash);
		m->slot[j] = i + 1;
	}
}

struct sb_mapent *
sb_map_get(const struct sb_map *m, const char *key, size_t len)
{
	size_t i;

	if (m->nslots == 0)
		return NULL;
	i = find_slot(m, key, len, hash(key, len));
	return m->slot[i] != 0 ? &m->ent[m->slot[i] - 1] : NULL;
}

struct sb_mapent *
sb_map_put(struct sb_map *m, const char *key, size_t len, int *created)
{
	unsigned h = hash(key, len);
	struct sb_mapent *e;
	size_t i;

	if ((m->n + 1) * 2 > m->nslots)
		rehash(m);
	i = find_slot(m, key, len, h);
	if (created != NULL)
		*created = m->slot[i] == 0;
	if (m->slot[i] != 0)
		return &m->ent[m->slot[i] - 1];
	xgrow(&m->ent, &m->cap, m->n + 1, sizeof *m->ent);
	e = &m->ent[m->n];
	e->key = xstrndup(key, len);
	e->len = len;
	e->hash = h;
	e->val = 0;
	e->ptr = NULL;
	m->slot[i] = ++m->n;
	return e;
}

void
sb_map_free(struct sb_map *m, void (*freeptr)(void *))
{
	size_t i;

	for (i = 0; i < m->n; i++) {
		free(m->ent[i].key);
		if (freeptr != NULL)
			freeptr(m->ent[i].ptr);
	}
	free(m->ent);
	free(m->slot);
	memset(m, 0, sizeof *m);
}

static uint64_t
hash64(const char *s, size_t len)
{
	uint64_t h = UINT64_C(14695981039346656037);
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= UINT64_C(1099511628211);
	}
	return h != 0 ? h : 1;
}

static size_t
hset_slot(const struct sb_hset *h, uint64_t k)
{
	size_t mask = h->cap - 1, i = (size_t)k & mask;

	while (h->slot[i].hash != 0 && h->slot[i].hash != k)
		i = (i + 1) & mask;
	return i;
}

static void
hset_grow(struct sb_hset *h)
{
	struct sb_hset old = *h;
	size_t i;

	h->cap = old.cap == 0 ? 256 : old.cap * 2;
	h->slot = xcalloc(h->cap, sizeof *h->slot);
	for (i = 0; i < old.cap; i++)
		if (old.slot[i].hash != 0)
			h->slot[hset_slot(h, old.slot[i].hash)] = old.slot[i];
	free(old.slot);
}

unsigned *
sb_hset_put(struct sb_hset *h, const char *key, size_t len, int *created)
{
	uint64_t k = hash64(key, len);
	size_t i;

	if ((h->n + 1) * 2 > h->cap)
		hset_grow(h);
	i = hset_slot(h, k);
	*created = h->slot[i].hash == 0;
	if (*created) {
		h->slot[i].hash = k;
		h->slot[i].val = 0;
		h->n++;
	}
	return &h->slot[i].val;
}

void
sb_hset_free(struct sb_hset *h)
{
	free(h->slot);
	memset(h, 0, sizeof *h);
}
