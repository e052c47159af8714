/*
 * source.c: chunked reading, line splitting and encoding checks.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "source.h"
#include "text.h"
#include "utf8.h"
#include "xalloc.h"

#define CHUNK (256 * 1024)

struct sb_source {
	int fd;
	char *name;
	struct diag *diag;
	char *buf;		/* bytes read, not yet handed out */
	size_t start, len, cap;	/* buf[start..start+len) is pending */
	int eof;
	int nul;		/* a NUL byte was read: lines are checked */
	unsigned line;		/* lines handed out so far */
};

struct sb_source *
sb_source_open(const char *path, struct diag *d)
{
	struct sb_source *s;
	int fd = 0;

	if (path != NULL && strcmp(path, "-") != 0 &&
	    (fd = open(path, O_RDONLY)) < 0) {
		err_warn_errno("%s", path);
		return NULL;
	}
	s = xcalloc(1, sizeof *s);
	s->fd = fd;
	s->name = xstrdup(fd == 0 ? "<stdin>" : path);
	s->diag = d;
	s->cap = CHUNK;
	s->buf = xmalloc(s->cap + 1);
	return s;
}

void
sb_source_close(struct sb_source *s)
{
	if (s == NULL)
		return;
	if (s->fd != 0)
		close(s->fd);
	free(s->name);
	free(s->buf);
	free(s);
}

const char *
sb_source_name(const struct sb_source *s)
{
	return s->name;
}

/* Reads more bytes after the pending ones, moving them to the front or
 * growing the buffer as needed. Returns the count read, 0 at the end, -1
 * on error (reported). */
static ssize_t
fill(struct sb_source *s)
{
	ssize_t n;

	if (s->start > 0) {
		memmove(s->buf, s->buf + s->start, s->len);
		s->start = 0;
	}
	if (s->cap - s->len < CHUNK / 2) {
		s->cap *= 2;
		s->buf = xreallocarray(s->buf, s->cap + 1, 1);
	}
	do
		n = read(s->fd, s->buf + s->len, s->cap - s->len);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		err_warn_errno("%s", s->name);
		return -1;
	}
	if (n == 0)
		s->eof = 1;
	else if (memchr(s->buf + s->len, '\0', (size_t)n) != NULL)
		s->nul = 1;
	s->len += (size_t)n;
	return n;
}

size_t
sb_source_peek(struct sb_source *s, const char **data, size_t size)
{
	while (s->len < size && !s->eof)
		if (fill(s) < 0)
			break;
	*data = s->buf + s->start;
	return s->len < size ? s->len : size;
}

/* Where the first NUL byte of s[0..n) is, or n; *high is set when a
 * byte is above 0x7F. Eight bytes at a time (Bit Twiddling Hacks, "word
 * has a zero byte"). */
static size_t
scan_bytes(const char *s, size_t n, int *high)
{
	const uint64_t ones = UINT64_C(0x0101010101010101), top = ones * 128;
	uint64_t w, acc = 0;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		acc |= w;
		if ((w - ones) & ~w & top)
			break;
	}
	for (; i < n && s[i] != '\0'; i++)
		acc |= (unsigned char)s[i];
	*high = (acc & top) != 0;	/* all of it, when no NUL */
	return i;
}

/* The SB_LINE_ flags of s[0..n), eight bytes at a time (Bit Twiddling
 * Hacks, "word has a byte equal to n"). */
static unsigned
line_flags(const char *s, size_t n)
{
	const uint64_t ones = UINT64_C(0x0101010101010101), top = ones * 128;
	uint64_t w, a, b, acc = 0, open = 0;
	unsigned flags = 0;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		acc |= w;
		a = w ^ ones * '/';
		b = w ^ ones * '[';
		open |= ((a - ones) & ~a) | ((b - ones) & ~b);
	}
	for (; i < n; i++) {
		acc |= (unsigned char)s[i];
		open |= s[i] == '/' || s[i] == '[' ? top : 0;
	}
	if (acc & top)
		flags |= SB_LINE_HIGH;
	if (open & top)
		flags |= SB_LINE_OPEN;
	return flags;
}

/* The offset of the first byte of s[0..n) that is not UTF-8, or n:
 * ASCII goes by eight bytes at a time, other characters through
 * utf8_decode. */
static size_t
first_bad_utf8(const char *s, size_t n)
{
	const uint64_t top = UINT64_C(0x8080808080808080);
	uint64_t w;
	size_t i = 0, k;
	uint32_t cp;

	while (i < n) {
		if (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			if ((w & top) == 0) {
				i += 8;
				continue;
			}
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			/* straight to the first byte above 0x7F: the lowest
			 * set bit of a little-endian load */
			i += (size_t)__builtin_ctzll(w & top) / 8;
#endif
		}
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		if ((unsigned char)s[i] >= 0xC2 && (unsigned char)s[i] <= 0xDF &&
		    i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
			i += 2;		/* two bytes: é, à, ç... */
			continue;
		}
		if ((k = utf8_decode(s + i, n - i, &cp)) == 0)
			return i;
		i += k;
	}
	return n;
}

static int
binary(struct sb_source *s, const char *line, size_t len, const char *nul)
{
	struct srcpos at = { s->name, s->line, 0 };
	const char *hint = "a screenplay is UTF-8 text";

	at.col = 1 + (unsigned)sb_cp_count(line, (size_t)(nul - line));
	if (s->line == 1 && len >= 2 && ((line[0] == '\xff' &&
	    line[1] == '\xfe') || (line[0] == '\xfe' && line[1] == '\xff')))
		hint = "this is UTF-16 text: save it as UTF-8";
	diag_error(s->diag, &at, hint, "binary file (NUL byte)");
	return -1;
}

static void
bad_utf8(struct sb_source *s, const char *line, size_t len)
{
	struct srcpos at = { s->name, s->line, 0 };
	size_t bad = first_bad_utf8(line, len);

	if (bad == len)
		return;
	at.col = 1 + (unsigned)sb_cp_count(line, bad);
	diag_error(s->diag, &at, s->diag->errors == 0 ? "convert the file, "
	    "for instance with 'iconv -f WINDOWS-1252 -t UTF-8'" : NULL,
	    "invalid UTF-8");
}

/* Hands out one line of len bytes at p (the newline not included). */
static int
emit_line(struct sb_source *s, char *p, size_t len, sb_line_fn *fn,
    void *ctx)
{
	size_t nul;
	unsigned flags;
	int high;

	s->line++;
	if (len > 0 && p[len - 1] == '\r')
		len--;
	if (s->nul && (nul = scan_bytes(p, len, &high)) < len)
		return binary(s, p, len, p + nul);	/* a NUL was read */
	if (s->line == 1 && utf8_bom_len(p, len) > 0) {
		p += 3;
		len -= 3;
	}
	flags = line_flags(p, len);
	if (flags & SB_LINE_HIGH)
		bad_utf8(s, p, len);
	p[len] = '\0';
	fn(ctx, p, len, s->line, flags);
	return 0;
}

int
sb_source_lines(struct sb_source *s, sb_line_fn *fn, void *ctx)
{
	char *p, *nl;
	size_t n;
	ssize_t got = 1;

	for (;;) {
		p = s->buf + s->start;
		while ((nl = memchr(p, '\n', s->len)) != NULL) {
			n = (size_t)(nl - p);
			if (emit_line(s, p, n, fn, ctx) < 0)
				return -1;
			s->start += n + 1;
			s->len -= n + 1;
			p = nl + 1;
		}
		if (s->eof || got == 0)
			break;
		if ((got = fill(s)) < 0)
			return -1;
	}
	if (s->len > 0 && emit_line(s, s->buf + s->start, s->len, fn,
	    ctx) < 0)
		return -1;
	s->len = 0;
	return 0;
}

int
sb_source_chunks(struct sb_source *s, sb_chunk_fn *fn, void *ctx)
{
	ssize_t got;

	for (;;) {
		if (s->len == 0 && !s->eof && (got = fill(s)) < 0)
			return -1;
		if (fn(ctx, s->buf + s->start, s->len, s->eof) < 0)
			return -1;
		s->start = 0;
		s->len = 0;
		if (s->eof)
			return 0;
	}
}
