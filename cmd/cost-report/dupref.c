/*
 * dupref.c: the duplicate-document check of ledger(5) in bounded memory.
 *
 * A fingerprint is a 64-bit hash of party, reference and code,
 * with the row's place. Two rows with the same fingerprint are reported as
 * a probable duplicate (a warning: one document split over two rows of one
 * line is legal but rare). Fingerprints are appended to a buffer, which is
 * radix-sorted when full and written as a run to a temporary file; at the
 * end the runs are merged like an external sort. Memory holds one buffer,
 * whatever the length of the ledgers, and appending costs no cache miss.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dupref.h"
#include "xalloc.h"

#define DUPREF_DEFAULT_CAP ((size_t)1 << 20)
#define RUN_BUF 4096		/* entries read at once from a run */

struct entry {
	uint64_t h;
	uint32_t line;
	uint32_t file;
};

struct run {
	long off;		/* in the spill file */
	size_t n, pos;		/* entries, and how many were read */
	struct entry *buf;
	size_t nbuf, bufpos;
};

/* A repeat: the row again, and the row first seen. */
struct pair {
	struct entry again, first;
};

struct dupref {
	const char *const *files;
	struct entry *v, *tmp;	/* the buffer and the sort's scratch */
	size_t n, capv, cap;	/* entries, room, and the most held */
	FILE *spill;
	struct run *runs;
	size_t nruns, capruns;
	struct pair *pairs;
	size_t npairs, cappairs;
};

struct dupref *
dupref_new(const char *const *files, size_t cap)
{
	struct dupref *dr = xcalloc(1, sizeof *dr);

	dr->files = files;
	dr->cap = cap ? cap : DUPREF_DEFAULT_CAP;
	return dr;
}

/* Mixes s[0..len) into h eight bytes at a time (a multiply-xorshift
 * hash: a fingerprint, not a cryptographic digest). */
static uint64_t
mix(uint64_t h, const char *s, size_t len)
{
	const uint64_t k = 0x9e3779b97f4a7c15ULL;
	uint64_t w;

	for (; len >= 8; s += 8, len -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * k;
		h ^= h >> 29;
	}
	w = 0;
	memcpy(&w, s, len);	/* the rest, with its length: ends the field */
	h = (h ^ w ^ ((uint64_t)len << 56)) * k;
	return h ^ (h >> 32);
}

/* Sorts v[0..n) by fingerprint, stably, so that equal fingerprints stay
 * in the order they were read: an LSD radix sort on the top 33 bits, 11
 * bits a pass (a count table that stays in the L1 cache), then an
 * insertion sort that orders the rare entries sharing those bits. The
 * result is in tmp, which is returned. */
static struct entry *
radix_sort(struct entry *v, struct entry *tmp, size_t n)
{
	size_t count[2048], i, j, sum;
	struct entry *from = v, *to = tmp, *swap, e;
	int shift;

	for (shift = 31; shift < 64; shift += 11) {
		memset(count, 0, sizeof count);
		for (i = 0; i < n; i++)
			count[(from[i].h >> shift) & 0x7ff]++;
		for (i = 0, sum = 0; i < 2048; i++) {
			size_t c = count[i];

			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			to[count[(from[i].h >> shift) & 0x7ff]++] = from[i];
		swap = from;
		from = to;
		to = swap;
	}
	/* three passes: the result is in tmp */
	for (i = 1; i < n; i++) {
		e = from[i];
		for (j = i; j > 0 && from[j - 1].h > e.h; j--)
			from[j] = from[j - 1];
		from[j] = e;
	}
	return from;
}

/* Sorts the buffer, which ends in dr->v. */
static void
sort_buffer(struct dupref *dr)
{
	struct entry *sorted;

	dr->tmp = xreallocarray(dr->tmp, dr->capv, sizeof *dr->tmp);
	sorted = radix_sort(dr->v, dr->tmp, dr->n);

	dr->tmp = dr->v;
	dr->v = sorted;
}

/* Sorts the buffer and writes it as a new run of the spill file. */
static void
spill(struct dupref *dr)
{
	struct run *r;

	if (dr->spill == NULL && (dr->spill = tmpfile()) == NULL)
		err_die_errno("temporary file");
	sort_buffer(dr);
	xgrow(&dr->runs, &dr->capruns, dr->nruns + 1, sizeof *dr->runs);
	r = &dr->runs[dr->nruns++];
	memset(r, 0, sizeof *r);
	if (fseek(dr->spill, 0, SEEK_END) != 0 ||
	    (r->off = ftell(dr->spill)) < 0 ||
	    fwrite(dr->v, sizeof *dr->v, dr->n, dr->spill) != dr->n)
		err_die_errno("temporary file");
	r->n = dr->n;
	dr->n = 0;
}

void
dupref_add(struct dupref *dr, unsigned file, unsigned long line,
    const char *party, size_t plen, const char *ref, size_t rlen,
    const char *code, size_t clen)
{
	struct entry *e;

	if (rlen == 0)
		return;
	if (dr->n == dr->cap)
		spill(dr);
	if (dr->n == dr->capv)
		xgrow(&dr->v, &dr->capv, dr->n + 1, sizeof *dr->v);
	e = &dr->v[dr->n++];
	e->h = mix(mix(mix(0, party, plen), ref, rlen), code, clen);
	e->line = line > UINT32_MAX ? UINT32_MAX : (uint32_t)line;
	e->file = file;
}

/* Reads the next entry of run r into *e; 0 when it has no more. */
static int
run_next(struct dupref *dr, struct run *r, struct entry *e)
{
	if (r->bufpos == r->nbuf) {
		if (r->pos >= r->n)
			return 0;
		if (r->buf == NULL)
			r->buf = xreallocarray(NULL, RUN_BUF, sizeof *r->buf);
		r->nbuf = r->n - r->pos < RUN_BUF ? r->n - r->pos : RUN_BUF;
		if (fseek(dr->spill, r->off + (long)(r->pos * sizeof *r->buf),
		    SEEK_SET) != 0 || fread(r->buf, sizeof *r->buf, r->nbuf,
		    dr->spill) != r->nbuf)
			err_die_errno("temporary file");
		r->pos += r->nbuf;
		r->bufpos = 0;
	}
	*e = r->buf[r->bufpos++];
	return 1;
}

/* Notes e against the first row of its fingerprint group. */
static void
see(struct dupref *dr, const struct entry *e, struct entry *first)
{
	if (first->file != UINT32_MAX && first->h == e->h) {
		xgrow(&dr->pairs, &dr->cappairs, dr->npairs + 1,
		    sizeof *dr->pairs);
		dr->pairs[dr->npairs].again = *e;
		dr->pairs[dr->npairs++].first = *first;
	} else {
		*first = *e;
	}
}

/* Heads of the runs as a binary heap on (fingerprint, run), so that equal
 * fingerprints come out in the order they were read. */
struct head {
	struct entry e;
	size_t run;
};

static int
head_less(const struct head *a, const struct head *b)
{
	return a->e.h != b->e.h ? a->e.h < b->e.h : a->run < b->run;
}

static void
sift_down(struct head *h, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, m = i;
		struct head t;

		if (l < n && head_less(&h[l], &h[m]))
			m = l;
		if (l + 1 < n && head_less(&h[l + 1], &h[m]))
			m = l + 1;
		if (m == i)
			return;
		t = h[i];
		h[i] = h[m];
		h[m] = t;
		i = m;
	}
}

static void
merge_runs(struct dupref *dr)
{
	struct head *h = xcalloc(dr->nruns, sizeof *h);
	struct entry first = { 0, 0, UINT32_MAX };
	size_t n = 0, i;

	for (i = 0; i < dr->nruns; i++)
		if (run_next(dr, &dr->runs[i], &h[n].e))
			h[n++].run = i;
	for (i = n; i-- > 0;)
		sift_down(h, n, i);
	while (n > 0) {
		see(dr, &h[0].e, &first);
		if (!run_next(dr, &dr->runs[h[0].run], &h[0].e))
			h[0] = h[--n];
		sift_down(h, n, 0);
	}
	free(h);
}

static int
pair_cmp(const void *a, const void *b)
{
	const struct entry *x = &((const struct pair *)a)->again;
	const struct entry *y = &((const struct pair *)b)->again;

	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	return (x->line > y->line) - (x->line < y->line);
}

static void
report(struct dupref *dr, struct diag *d)
{
	size_t i;

	if (dr->npairs > 1)
		qsort(dr->pairs, dr->npairs, sizeof *dr->pairs, pair_cmp);
	for (i = 0; i < dr->npairs; i++) {
		const struct pair *p = &dr->pairs[i];
		struct srcpos at = { dr->files[p->again.file], p->again.line,
		    0 };

		diag_warning(d, &at, "a document has one row per budget line; "
		    "check that it is not booked twice", "same party, "
		    "reference and code as %s:%u", dr->files[p->first.file],
		    p->first.line);
	}
}

void
dupref_finish(struct dupref *dr, struct diag *d)
{
	struct entry first = { 0, 0, UINT32_MAX };
	size_t i;

	if (dr == NULL)
		return;
	if (d != NULL && dr->nruns == 0 && dr->n > 0) {
		sort_buffer(dr);
		for (i = 0; i < dr->n; i++)
			see(dr, &dr->v[i], &first);
	} else if (d != NULL) {
		spill(dr);
		merge_runs(dr);
	}
	if (d != NULL)
		report(dr, d);
	if (dr->spill != NULL)
		fclose(dr->spill);
	while (dr->nruns > 0)
		free(dr->runs[--dr->nruns].buf);
	free(dr->runs);
	free(dr->pairs);
	free(dr->v);
	free(dr->tmp);
	free(dr);
}
