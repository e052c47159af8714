/*
 * ydoc.h: YAML files loaded into a small tree whose every node keeps its
 * file, line and column, with typed getters that report a wrong type, a
 * missing key or an unknown key at its place.
 *
 * Scalars keep their text as written ("24.10" stays "24.10"), so that codes,
 * amounts and dates are parsed by cineprod's exact parsers, never through
 * floating point. Aliases share the anchored node instead of copying it,
 * and a document whose aliases would expand to more than YDOC_MAX_EXPANSION
 * nodes ("billion laughs") is rejected.
 *
 * Getters on a map take a key and flags and return 1 when the key is there
 * and its value is good, 0 when it is absent (or null) and not required,
 * and -1 when an error was reported (counted in the document's diag). Every
 * key a getter asks for is remembered, so that ynode_check_unknown can
 * report the others as unknown with a "did you mean" hint.
 */
#ifndef CINEPROD_YDOC_H
#define CINEPROD_YDOC_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "money.h"

#define YDOC_MAX_EXPANSION 1000000
#define YDOC_MAX_DEPTH 200

enum ynode_kind {
	YNODE_NULL,		/* "", "~", "null" written plain */
	YNODE_SCALAR,
	YNODE_SEQ,
	YNODE_MAP
};

enum {
	Y_REQUIRED = 1		/* absence is an error */
};

struct ydoc;
struct ynode;

/* Loads path ("-" for stdin). Syntax errors are reported and counted in
 * diag; returns NULL then. The caller frees the document with ydoc_free. */
struct ydoc *ydoc_load(const char *path, struct diag *diag);
/* Loads len bytes of text, named name in messages. */
struct ydoc *ydoc_load_mem(const char *name, const char *text, size_t len,
    struct diag *diag);
void ydoc_free(struct ydoc *d);
/* The top node; a YNODE_NULL node for an empty document. */
struct ynode *ydoc_root(const struct ydoc *d);

enum ynode_kind ynode_kind(const struct ynode *n);
/* The node's place in its file. */
struct srcpos ynode_pos(const struct ynode *n);
/* Scalar text ("" for other kinds); length in *len when len is not NULL. */
const char *ynode_text(const struct ynode *n, size_t *len);
/* Items of a sequence, pairs of a map; 0 for a scalar. */
size_t ynode_len(const struct ynode *n);
/* Item i of a sequence. */
struct ynode *ynode_item(const struct ynode *n, size_t i);
/* Key and value of pair i of a map; ynode_pair_value marks the key known. */
struct ynode *ynode_pair_key(const struct ynode *n, size_t i);
struct ynode *ynode_pair_value(const struct ynode *n, size_t i);

/* Reports at n's place, counting in the document's diag. */
void ynode_error(const struct ynode *n, const char *hint, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void ynode_warning(const struct ynode *n, const char *hint,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The diag the document reports into. */
struct diag *ynode_diag(const struct ynode *n);

/* The value of key in map (marking the key known), or NULL. Reports an
 * error when map is not a map. */
struct ynode *ynode_get(struct ynode *map, const char *key);

int ynode_str(struct ynode *map, const char *key, unsigned flags,
    const char **out);
int ynode_int(struct ynode *map, const char *key, unsigned flags,
    long long *out);
int ynode_money(struct ynode *map, const char *key, unsigned flags,
    int64_t *cents);
int ynode_rate(struct ynode *map, const char *key, unsigned flags,
    rate_t *out);
/* A decimal number scaled by 10^digits (see fixed_parse). */
int ynode_fixed(struct ynode *map, const char *key, unsigned flags,
    int digits, int64_t *out);
int ynode_date(struct ynode *map, const char *key, unsigned flags,
    int32_t *day);
/* true/false (also yes/no). */
int ynode_bool(struct ynode *map, const char *key, unsigned flags, int *out);
/* One of names (NULL-terminated); *out is its index. */
int ynode_enum(struct ynode *map, const char *key, unsigned flags,
    const char *const *names, int *out);
int ynode_seq(struct ynode *map, const char *key, unsigned flags,
    struct ynode **out);
int ynode_map(struct ynode *map, const char *key, unsigned flags,
    struct ynode **out);

/* The same conversions on a node (a sequence item, say): 0 when good, -1
 * when an error was reported. A null node is an error ("missing value"). */
int ynode_as_str(struct ynode *n, const char **out);
int ynode_as_int(struct ynode *n, long long *out);
int ynode_as_money(struct ynode *n, int64_t *cents);
int ynode_as_rate(struct ynode *n, rate_t *out);
int ynode_as_fixed(struct ynode *n, int digits, int64_t *out);
int ynode_as_date(struct ynode *n, int32_t *day);
int ynode_as_bool(struct ynode *n, int *out);
int ynode_as_enum(struct ynode *n, const char *const *names, int *out);

/* Reports each key of map that no getter asked for; returns how many. */
int ynode_check_unknown(struct ynode *map);

#endif
