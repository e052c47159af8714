/*
 * ydoc_int.h: the insides of the YAML tree, shared by ydoc.c (loading) and
 * yget.c (typed getters). Not for use outside those two files.
 */
#ifndef CINEPROD_YDOC_INT_H
#define CINEPROD_YDOC_INT_H

#include <stddef.h>

#include "arena.h"
#include "ydoc.h"

struct ypair {
	struct ynode *key, *val;
	int used;
	unsigned order;			/* when a getter first asked for it */
};

struct yasked {
	const char *key;
	unsigned order;
};

struct ynode {
	enum ynode_kind kind;
	unsigned line, col;
	unsigned len;			/* scalar: bytes of text */
	struct ydoc *doc;
	char *text;			/* scalar */
	/* Sequences and maps only: scalars and nulls are allocated without
	 * the fields below (YNODE_LEAF_SIZE, 32 bytes); nothing reads them
	 * before checking the kind. */
	size_t size;			/* nodes in the subtree, aliases expanded */
	struct ynode **items;		/* sequence */
	struct ypair *pairs;		/* map */
	size_t n;
	struct yasked *asked;		/* map: absent keys getters asked for */
	size_t nasked, capasked;
	unsigned asks;			/* map: keys asked for so far */
};

#define YNODE_LEAF_SIZE offsetof(struct ynode, size)

struct anchor {
	char *name;
	struct ynode *node;
};

struct ydoc {
	char *name;
	struct diag *diag;
	struct ynode *root;
	struct arena arena;		/* every node and array */
	struct arena texts;		/* the scalars' texts, packed */
	struct anchor *anchors;
	size_t nanchors, capanchors;
	size_t expansion;
};

/* "a map", "a list"...: for messages. */
const char *ydoc_kind_name(enum ynode_kind k);

#endif
