/*
 * cmd.c: the subcommands check, xml, list and due (record is in
 * record.c). Each loads its inputs, checks the whole of them, and writes
 * only when nothing was rejected, or with --partial what could be
 * declared.
 */
#include <stdio.h>
#include <string.h>

#include "due.h"
#include "listing.h"
#include "output.h"
#include "run.h"
#include "xml.h"

/* Builds and checks the batch; EXIT_OK or the status to stop with. */
static int
prepare(const struct dpae_opts *o, struct inputs *in, unsigned need,
    int argc, char *const *argv)
{
	int rc;

	if ((rc = inputs_load(o, in, need)) != EXIT_OK)
		return rc;
	if ((rc = inputs_select(o, in, argc, argv)) != EXIT_OK)
		return rc;
	dpae_batch_check(&in->batch, o->test, &in->d);
	return EXIT_OK;
}

/* Says which declarations --partial left out. */
static void
list_left_out(const struct dpae_batch *b)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		if (!dpae_decl_ok(b, &b->decls[i]))
			err_warn("left out '%s' (%s %s), whose problems are "
			    "above",
			    b->decls[i].contract->id,
			    b->decls[i].person->first_names != NULL ?
			    b->decls[i].person->first_names : "",
			    b->decls[i].person->surname != NULL ?
			    b->decls[i].person->surname : "");
}

/* Whether to write, after the checks: EXIT_OK to write everything,
 * EXIT_REJECT to write nothing; with --partial, *partial is set when
 * only the good declarations are to be written. */
static int
decide(const struct dpae_opts *o, const struct inputs *in, int *partial)
{
	*partial = 0;
	if (in->d.errors == 0)
		return EXIT_OK;
	if (!o->partial || inputs_global_errors(in) > 0)
		return EXIT_REJECT;
	*partial = 1;	/* errors in the declarations, or in people not
			   asked for */
	return EXIT_OK;
}

static int
cmd_check(const struct dpae_opts *o, int argc, char *const *argv)
{
	struct inputs in;
	int rc = prepare(o, &in, NEED_PROFILE | NEED_EMPLOYER | NEED_LOG, argc,
	    argv);

	if (rc == EXIT_OK) {
		dpae_check_log(&in);
		rc = in.d.errors > 0 ? EXIT_REJECT : EXIT_OK;
	}
	inputs_free(&in);
	return rc;
}

/* Writes the batch with write_fn into o->output (0600: it holds NIRs and
 * birth dates). */
static int
write_batch(const struct dpae_opts *o, const struct inputs *in,
    void (*write_fn)(const struct dpae_opts *, const struct inputs *,
    FILE *))
{
	struct out *out = out_open(o->output, OUT_MODE_PRIVATE);

	if (out == NULL)
		return EXIT_TROUBLE;
	write_fn(o, in, out_file(out));
	return out_commit(out) < 0 ? EXIT_TROUBLE : EXIT_OK;
}

static void
write_xml(const struct dpae_opts *o, const struct inputs *in, FILE *f)
{
	(void)o;
	dpae_xml_write(&in->batch, f);
}

static void
write_listing(const struct dpae_opts *o, const struct inputs *in, FILE *f)
{
	struct table *t = dpae_listing(&in->batch, &in->log, o->show_nir);

	table_write(t, format_resolve(o->format, f), f);
	table_free(t);
}

/* xml and list: nothing is written, not even the -o file, when no
 * declaration is left to write (no contract, nothing due with --due, or
 * none good with --partial), so that a cron job stays quiet. */
static int
cmd_write(const struct dpae_opts *o, int argc, char *const *argv)
{
	struct inputs in;
	int partial, rc = prepare(o, &in, NEED_PROFILE | NEED_EMPLOYER |
	    (o->verb == VERB_LIST || o->due ? NEED_LOG : 0), argc, argv);

	if (rc == EXIT_OK && (rc = decide(o, &in, &partial)) == EXIT_OK) {
		if (in.batch.n > dpae_batch_nbad(&in.batch))
			rc = write_batch(o, &in, o->verb == VERB_XML ?
			    write_xml : write_listing);
		/* --partial still fails when anything was reported */
		if (partial) {
			list_left_out(&in.batch);
			if (rc == EXIT_OK)
				rc = EXIT_REJECT;
		}
	}
	inputs_free(&in);
	return rc;
}

static int
cmd_due(const struct dpae_opts *o, int argc, char *const *argv)
{
	struct inputs in;
	struct table *t;
	struct out *out;
	int rc = inputs_load(o, &in, NEED_EMPLOYER | NEED_LOG);

	if (rc == EXIT_OK)
		rc = inputs_select(o, &in, argc, argv);
	if (rc == EXIT_OK && in.d.errors > 0)
		rc = EXIT_REJECT;
	if (rc != EXIT_OK) {
		inputs_free(&in);
		return rc;
	}
	t = dpae_due_table(&in.batch, &in.log, o->today, inputs_holidays(&in));
	if ((out = out_open(o->output, OUT_MODE_PRIVATE)) == NULL)
		rc = EXIT_TROUBLE;
	else {
		/* nothing at all when nothing is due: cron mails nothing */
		if (table_nrows(t) > 0)
			table_write(t, format_resolve(o->format,
			    out_file(out)), out_file(out));
		rc = out_commit(out) < 0 ? EXIT_TROUBLE : EXIT_OK;
	}
	table_free(t);
	inputs_free(&in);
	return rc;
}

int
dpae_run(const struct dpae_opts *o, int argc, char *const *argv)
{
	switch (o->verb) {
	case VERB_CHECK:
		return cmd_check(o, argc, argv);
	case VERB_XML:
	case VERB_LIST:
		return cmd_write(o, argc, argv);
	case VERB_DUE:
		return cmd_due(o, argc, argv);
	case VERB_RECORD:
		return dpae_cmd_record(o, argc, argv);
	}
	return EXIT_TROUBLE;
}
