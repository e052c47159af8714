/*
 * run.c: loading the inputs of a subcommand and selecting its
 * declarations.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data.h"
#include "date.h"
#include "due.h"
#include "run.h"
#include "xalloc.h"

/* EXIT_TROUBLE when path cannot be read at all, else EXIT_REJECT (it was
 * read, but not parsed). */
static int
load_failure(const char *path)
{
	return strcmp(path, "-") != 0 && access(path, R_OK) != 0 ?
	    EXIT_TROUBLE : EXIT_REJECT;
}

/* The format profile and the NIR place codes, reference data whose
 * problems are the installation's, not the user's input. */
static int
load_data(const struct dpae_opts *o, struct inputs *in)
{
	struct diag d = { 0, 0 };
	char *places = data_path(o->data, "dpae/nir-places.yaml");
	char *profile = o->profile != NULL ? xstrdup(o->profile) :
	    data_path(o->data, "dpae/fr-due-upload.yaml");
	int bad;

	bad = dpae_profile_load(profile, &in->profile, &d) < 0;
	bad |= dpae_places_load(places, &in->places, &d) < 0;
	free(places);
	free(profile);
	return bad ? EXIT_TROUBLE : EXIT_OK;
}

static int
load_people(const struct dpae_opts *o, struct inputs *in, unsigned need)
{
	unsigned before = in->d.errors;

	if ((need & NEED_EMPLOYER) &&
	    employer_load(o->production, &in->e, &in->d) < 0 &&
	    load_failure(o->production) == EXIT_TROUBLE)
		return EXIT_TROUBLE;
	in->employer_errors = in->d.errors - before;
	if ((in->crew = crew_load(o->crew, &in->d)) == NULL)
		return load_failure(o->crew);
	return EXIT_OK;
}

int
inputs_load(const struct dpae_opts *o, struct inputs *in, unsigned need)
{
	int rc;

	memset(in, 0, sizeof *in);
	if ((need & NEED_PROFILE) && (rc = load_data(o, in)) != EXIT_OK)
		return rc;
	if ((rc = load_people(o, in, need)) != EXIT_OK)
		return rc;
	if ((need & NEED_LOG) &&
	    dpae_acklog_read(o->log, &in->log, &in->d) < 0)
		return EXIT_TROUBLE;
	dpae_batch_init(&in->batch, &in->e, in->crew, &in->profile,
	    &in->places, in->employer_errors);
	return EXIT_OK;
}

void
inputs_free(struct inputs *in)
{
	dpae_batch_free(&in->batch);
	dpae_acklog_free(&in->log);
	crew_free(in->crew);
	employer_free(&in->e);
	dpae_places_free(&in->places);
	dpae_profile_free(&in->profile);
}

unsigned
inputs_holidays(const struct inputs *in)
{
	return in->e.alsace_moselle ? HOLIDAY_ALSACE_MOSELLE : 0;
}

struct due_filter {
	const struct inputs *in;
	int32_t today;
};

static int
keep_due(const struct dpae_decl *x, void *arg)
{
	const struct due_filter *f = arg;

	return dpae_decl_due(x, &f->in->log, f->today,
	    inputs_holidays(f->in));
}

int
inputs_select(const struct dpae_opts *o, struct inputs *in, int argc,
    char *const *argv)
{
	struct due_filter f = { in, o->today };

	if (dpae_batch_select(&in->batch, argv, (size_t)argc) < 0)
		return EXIT_REJECT;
	if (o->due)
		dpae_batch_filter(&in->batch, keep_due, &f);
	return EXIT_OK;
}

unsigned
inputs_global_errors(const struct inputs *in)
{
	unsigned n = in->d.errors - in->batch.reported;
	size_t i;

	for (i = 0; in->crew != NULL && i < in->crew->npeople; i++)
		n -= in->crew->people[i].errors;
	return n;
}
