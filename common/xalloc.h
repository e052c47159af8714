/*
 * xalloc.h: allocation that cannot fail. Running out of memory is a system
 * error: the program says so and exits with status 2.
 */
#ifndef CINEPROD_XALLOC_H
#define CINEPROD_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
/* realloc of n elements of size bytes, checking n * size for overflow. */
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* A new string formatted like printf; the caller frees it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Grows *items (of *cap elements of size bytes) to hold at least need. */
void xgrow(void *items, size_t *cap, size_t need, size_t size);

#endif
