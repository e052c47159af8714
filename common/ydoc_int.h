/*
 * ydoc_int.h: the insides of the YAML tree, shared by ydoc.c (loading) and
 * yget.c (typed getters). Not for use outside those two files.
 */
#ifndef CINEPROD_YDOC_INT_H
#define CINEPROD_YDOC_INT_H

#include <stddef.h>

#include "ydoc.h"

struct ypair {
	struct ynode *key, *val;
	int used;
};

struct ynode {
	enum ynode_kind kind;
	unsigned line, col;
	struct ydoc *doc;
	char *text;			/* scalar */
	size_t len;
	size_t size;			/* nodes in the subtree, aliases expanded */
	/* Sequences and maps only: scalars and nulls are allocated without
	 * the fields below (YNODE_LEAF_SIZE), and nothing reads them before
	 * checking the kind. */
	struct ynode **items;		/* sequence */
	struct ypair *pairs;		/* map */
	size_t n, cap;
	const char **asked;		/* map: keys getters asked for */
	size_t nasked, capasked;
	struct ynode *next_alloc;	/* the containers, for ydoc_free */
};

#define YNODE_LEAF_SIZE offsetof(struct ynode, items)

struct anchor {
	char *name;
	struct ynode *node;
};

/* Nodes and scalar texts are carved out of big chunks, freed together:
 * a crew of thousands of contracts is a million nodes. */
struct ychunk {
	struct ychunk *next;
	size_t used, cap;
	max_align_t data[];
};

struct ydoc {
	char *name;
	struct ychunk *chunks;
	struct diag *diag;
	struct ynode *root;
	struct ynode *all;		/* every node, for ydoc_free */
	struct anchor *anchors;
	size_t nanchors, capanchors;
	size_t expansion;
};

/* "a map", "a list"...: for messages. */
const char *ydoc_kind_name(enum ynode_kind k);

#endif
