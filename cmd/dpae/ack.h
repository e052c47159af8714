/*
 * ack.h: the acknowledgement log (dpae-log(5)), where each declaration
 * URSSAF acknowledged is appended, one CSV record a declaration, and never
 * rewritten. A hire is named by its person and its first day, which stay
 * the same when contracts are added before it in crew.yaml (its contract
 * id, "aubert-2", is kept for people to read).
 */
#ifndef DPAE_ACK_H
#define DPAE_ACK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "err.h"

struct dpae_ack {
	int32_t filed;		/* the day URSSAF received the declaration */
	int filed_time;		/* and the time, in minutes */
	char *person;		/* the person's id */
	int32_t start;		/* the hire's first day */
	char *contract;		/* the contract's id when recorded ("" if
				   not given) */
	char *reference;	/* URSSAF's acknowledgement number */
	unsigned long line;	/* in the log */
};

struct dpae_acklog {
	const char *path;
	struct dpae_ack *v;
	size_t n, cap;
};

/* Reads the log at path; a log that does not exist yet is empty. Bad
 * records are reported, counted in d and skipped. Returns 0, or -1 after
 * a message when the file cannot be read. */
int dpae_acklog_read(const char *path, struct dpae_acklog *log,
    struct diag *d);
/* Reads the records of f, named name in messages, into log (which
 * dpae_acklog_read or a memset left empty). 0, or -1 on a read error. */
int dpae_acklog_read_stream(FILE *f, const char *name,
    struct dpae_acklog *log, struct diag *d);
void dpae_acklog_free(struct dpae_acklog *log);
/* The first acknowledgement of person's hire on start filed on or before
 * the day asof, or NULL. */
const struct dpae_ack *dpae_acklog_find(const struct dpae_acklog *log,
    const char *person, int32_t start, int32_t asof);
/* Appends the n records to the log at path, creating it with its header
 * row when it is new: one write under an exclusive lock, then fsync.
 * Returns 0, or -1 after a message (nothing is appended then). */
int dpae_acklog_append(const char *path, const struct dpae_ack *acks,
    size_t n);
/* A reference URSSAF may give: 1 to 100 printable characters, no control
 * characters. 0, or -1 with *why set. */
int dpae_reference_check(const char *s, const char **why);

#endif
