/*
 * dupref.c: the duplicate-document check of ledger(5) in bounded memory.
 *
 * A fingerprint is a 64-bit hash of party, reference and code,
 * with the row's place. Two rows with the same fingerprint are reported as
 * a probable duplicate (a warning: one document split over two rows of one
 * line is legal but rare). Fingerprints are appended to a buffer (no cache
 * miss per row). When it is full, it is grouped into 2048 partitions by
 * the fingerprint's top bits and written as a run to a temporary file. At
 * the end each partition is gathered from every run and searched with a
 * small hash table: memory holds one buffer and one partition, whatever
 * the length of the ledgers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dupref.h"
#include "xalloc.h"

#define DUPREF_DEFAULT_CAP ((size_t)1 << 20)
#define PART_BITS 11		/* partitions by the top bits of a fingerprint */
#define NPART ((size_t)1 << PART_BITS)
#define PART(h) ((size_t)((h) >> (64 - PART_BITS)))

struct entry {
	uint64_t h;
	uint32_t line;
	uint32_t file;
};

/* A run of the spill file: its entries grouped by partition, in the order
 * they were read within each. */
struct run {
	long off;			/* in the spill file */
	size_t start[NPART + 1];	/* first entry of each partition */
};

/* A repeat: the row again, and the row first seen. */
struct pair {
	struct entry again, first;
};

struct dupref {
	const char *const *files;
	struct entry *v, *tmp;	/* the buffer and the scatter's target */
	size_t n, capv, cap;	/* entries, room, and the most held */
	FILE *spill;
	struct run *runs;
	size_t nruns, capruns;
	struct entry *part;	/* one partition gathered from the runs */
	size_t cappart;
	uint32_t *table;	/* open addressing over one partition */
	size_t captable;
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

/* Groups v[0..n) into to[] by partition, keeping their order within each
 * (one counting pass, one scatter pass); start[p] is where partition p
 * begins, start[NPART] is n. */
static void
scatter(const struct entry *v, struct entry *to, size_t n,
    size_t start[NPART + 1])
{
	size_t next[NPART], i, sum = 0;

	memset(next, 0, sizeof next);
	for (i = 0; i < n; i++)
		next[PART(v[i].h)]++;
	for (i = 0; i < NPART; i++) {
		start[i] = sum;
		sum += next[i];
		next[i] = start[i];
	}
	start[NPART] = n;
	for (i = 0; i < n; i++)
		to[next[PART(v[i].h)]++] = v[i];
}

/* Writes the buffer, grouped by partition, as a new run. */
static void
spill(struct dupref *dr)
{
	struct run *r;

	if (dr->spill == NULL && (dr->spill = tmpfile()) == NULL)
		err_die_errno("temporary file");
	xgrow(&dr->runs, &dr->capruns, dr->nruns + 1, sizeof *dr->runs);
	r = &dr->runs[dr->nruns++];
	dr->tmp = xreallocarray(dr->tmp, dr->capv, sizeof *dr->tmp);
	scatter(dr->v, dr->tmp, dr->n, r->start);
	if (fseek(dr->spill, 0, SEEK_END) != 0 ||
	    (r->off = ftell(dr->spill)) < 0 ||
	    fwrite(dr->tmp, sizeof *dr->tmp, dr->n, dr->spill) != dr->n)
		err_die_errno("temporary file");
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

/* Finds the repeats among e[0..n), one partition in reading order: each
 * is paired with the first row of its fingerprint. */
static void
find_repeats(struct dupref *dr, const struct entry *e, size_t n)
{
	size_t need = 4, mask, i, j;

	while (need < 2 * n)
		need *= 2;
	if (need > dr->captable) {
		dr->table = xreallocarray(dr->table, need, sizeof *dr->table);
		dr->captable = need;
	}
	memset(dr->table, 0, need * sizeof *dr->table);
	mask = need - 1;
	for (i = 0; i < n; i++) {
		for (j = e[i].h & mask; dr->table[j] != 0 &&
		    e[dr->table[j] - 1].h != e[i].h; j = (j + 1) & mask)
			;
		if (dr->table[j] == 0) {
			dr->table[j] = (uint32_t)i + 1;
			continue;
		}
		xgrow(&dr->pairs, &dr->cappairs, dr->npairs + 1,
		    sizeof *dr->pairs);
		dr->pairs[dr->npairs].again = e[i];
		dr->pairs[dr->npairs++].first = e[dr->table[j] - 1];
	}
}

/* Gathers partition p from every run, in run order, into dr->part. */
static size_t
gather(struct dupref *dr, size_t p)
{
	size_t total = 0, r, k;

	for (r = 0; r < dr->nruns; r++)
		total += dr->runs[r].start[p + 1] - dr->runs[r].start[p];
	if (total > dr->cappart) {
		dr->part = xreallocarray(dr->part, total, sizeof *dr->part);
		dr->cappart = total;
	}
	for (r = 0, total = 0; r < dr->nruns; r++) {
		const struct run *run = &dr->runs[r];

		k = run->start[p + 1] - run->start[p];
		if (k > 0 && (fseek(dr->spill, run->off + (long)(run->start[p] *
		    sizeof *dr->part), SEEK_SET) != 0 || fread(dr->part + total,
		    sizeof *dr->part, k, dr->spill) != k))
			err_die_errno("temporary file");
		total += k;
	}
	return total;
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

/* Finds every repeat: in memory when nothing was spilled, else partition
 * by partition across the runs. */
static void
find_all(struct dupref *dr)
{
	size_t start[NPART + 1], p;

	if (dr->nruns == 0) {
		dr->tmp = xreallocarray(dr->tmp, dr->n, sizeof *dr->tmp);
		scatter(dr->v, dr->tmp, dr->n, start);
		for (p = 0; p < NPART; p++)
			find_repeats(dr, dr->tmp + start[p],
			    start[p + 1] - start[p]);
		return;
	}
	if (dr->n > 0)
		spill(dr);
	for (p = 0; p < NPART; p++)
		find_repeats(dr, dr->part, gather(dr, p));
}

void
dupref_finish(struct dupref *dr, struct diag *d)
{
	if (dr == NULL)
		return;
	if (d != NULL && (dr->n > 0 || dr->nruns > 0)) {
		find_all(dr);
		report(dr, d);
	}
	if (dr->spill != NULL)
		fclose(dr->spill);
	free(dr->runs);
	free(dr->part);
	free(dr->table);
	free(dr->pairs);
	free(dr->v);
	free(dr->tmp);
	free(dr);
}
