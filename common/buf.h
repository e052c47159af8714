/*
 * buf.h: a growable byte string, always NUL-terminated.
 */
#ifndef CINEPROD_BUF_H
#define CINEPROD_BUF_H

#include <stddef.h>

struct buf {
	char *s;	/* NUL-terminated contents, or NULL while empty */
	size_t len;
	size_t cap;
};

#define BUF_INIT { NULL, 0, 0 }

void buf_add(struct buf *b, const char *s, size_t len);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_addf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Empties b, keeping its memory. */
void buf_clear(struct buf *b);
/* The contents, "" when empty; valid until the next change to b. */
const char *buf_str(const struct buf *b);
/* Hands the contents to the caller (who frees them) and empties b. */
char *buf_take(struct buf *b);
void buf_free(struct buf *b);

#endif
