/*
 * cmd.h: dpae's subcommands over parsed options, so that main() only reads
 * the command line and tests can run a subcommand.
 */
#ifndef DPAE_CMD_H
#define DPAE_CMD_H

#include <stdint.h>

#include "table.h"

enum dpae_verb {
	VERB_CHECK,
	VERB_XML,
	VERB_LIST,
	VERB_DUE,
	VERB_RECORD
};

struct dpae_opts {
	enum dpae_verb verb;
	const char *crew;		/* crew.yaml */
	const char *production;		/* production.yaml */
	const char *log;		/* dpae-log.csv */
	const char *data;		/* reference data folder, or NULL */
	const char *profile;		/* format profile, or NULL */
	const char *output;		/* -o, or NULL for standard output */
	enum format format;
	int partial, test, show_nir, due;
	int32_t today;
	int has_at;			/* record: --at given */
	int32_t at_day;
	int at_time;			/* minutes */
};

/* Runs o->verb over the operands (contract or person ids; for record, the
 * reference then contract ids). Returns the exit status. */
int dpae_run(const struct dpae_opts *o, int argc, char *const *argv);

#endif
