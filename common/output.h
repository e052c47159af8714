/*
 * output.h: where results go. A file named with -o is written to a
 * temporary file in the same folder and renamed into place only when
 * everything was written, so a failed run never leaves a truncated file;
 * files holding personal data are created with mode 0600. Standard output
 * is flushed and checked at exit, so that a full disk is an error.
 */
#ifndef CINEPROD_OUTPUT_H
#define CINEPROD_OUTPUT_H

#include <stdio.h>
#include <sys/types.h>

#define OUT_MODE_PUBLIC 0666	/* less the umask */
#define OUT_MODE_PRIVATE 0600	/* personal data: NIR, pay, addresses */

struct out;

/* Opens path for writing; NULL or "-" means standard output. mode is
 * OUT_MODE_PUBLIC or OUT_MODE_PRIVATE. Returns NULL after a message. */
struct out *out_open(const char *path, mode_t mode);
FILE *out_file(const struct out *o);
/* Finishes o: flushes, checks, closes and renames the temporary into
 * place. Returns 0, or -1 after a message (the temporary is removed). o is
 * freed either way. */
int out_commit(struct out *o);
/* Drops o: the temporary is removed and the target left as it was. */
void out_abort(struct out *o);

/* Flushes and closes standard output; returns status, or EXIT_TROUBLE
 * after a message when writing failed. main() ends with
 * "return out_finish(status);". */
int out_finish(int status);

#endif
