/*
 * run.h: what the subcommands share: the input files loaded once, and
 * the batch built from them (run.c); the subcommands themselves are in
 * cmd.c and record.c.
 */
#ifndef DPAE_RUN_H
#define DPAE_RUN_H

#include "ack.h"
#include "cmd.h"
#include "decl.h"
#include "nir.h"
#include "people.h"
#include "profile.h"

enum {
	NEED_PROFILE = 1,	/* the format profile and the NIR places */
	NEED_EMPLOYER = 2,	/* production.yaml */
	NEED_LOG = 4		/* the acknowledgement log */
};

struct inputs {
	struct diag d;			/* problems in the user's files */
	struct employer e;
	unsigned employer_errors;
	struct crew *crew;
	struct dpae_profile profile;
	struct dpae_places places;
	struct dpae_acklog log;
	struct dpae_batch batch;
};

/* Loads what need asks for (crew.yaml always). Returns EXIT_OK (problems
 * in the files are counted in in->d), EXIT_REJECT when crew.yaml cannot
 * be parsed, or EXIT_TROUBLE when a file cannot be read or the reference
 * data is broken. inputs_free frees in either way. */
int inputs_load(const struct dpae_opts *o, struct inputs *in,
    unsigned need);
void inputs_free(struct inputs *in);
/* Builds the batch of the contracts named by the operands (all when there
 * are none), only those due on o->today with --due. EXIT_OK or
 * EXIT_REJECT. */
int inputs_select(const struct dpae_opts *o, struct inputs *in, int argc,
    char *const *argv);
/* Errors that belong to no declaration (the employer's, the log's, the
 * shape of the files): --partial cannot leave them out. */
unsigned inputs_global_errors(const struct inputs *in);
/* The employer's public holidays (Alsace-Moselle has two more). */
unsigned inputs_holidays(const struct inputs *in);

/* record.c */
int dpae_cmd_record(const struct dpae_opts *o, int argc, char *const *argv);
/* Warns about acknowledgements that match no contract of the crew and
 * about hires recorded twice. */
void dpae_check_log(struct inputs *in);

#endif
