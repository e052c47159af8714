/*
 * sink.c: writing payslips as they are computed: bulletins (to one stream,
 * or one 0600 file each under -d), payroll.csv, the ledger or the
 * summary.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bulletin.h"
#include "err.h"
#include "emit.h"
#include "html.h"
#include "output.h"
#include "reports.h"
#include "xalloc.h"

struct sink {
	const struct opts *o;
	const struct employer *employer;
	enum format fmt;
	struct out *out;		/* NULL with -d */
	FILE *f;
	struct csv_writer w;
	struct summary *sm;
	int count;			/* payslips written */
	int failed;
};

/* One bulletin in its own file under -d: YEAR-MONTH-contract.txt. */
static void
bulletin_file(struct sink *k, const struct slip *s)
{
	char *path;
	struct out *out;
	FILE *f;

	path = xasprintf("%s/%04d-%02d-%s.%s", k->o->dir, s->pay->year,
	    s->pay->month, s->contract->id, k->fmt == FMT_HTML ? "html" :
	    "txt");
	if ((out = out_open(path, OUT_MODE_PRIVATE)) == NULL) {
		k->failed = 1;
		free(path);
		return;
	}
	f = out_file(out);
	if (k->fmt == FMT_HTML) {
		html_begin(f, s->ref, bulletin_css());
		bulletin_html(f, s, k->employer);
		html_end(f);
	} else
		bulletin_text(f, s, k->employer, 1);
	if (out_commit(out) < 0)
		k->failed = 1;
	free(path);
}

static void
sink_slip(const struct slip *s, void *arg)
{
	struct sink *k = arg;

	switch (k->o->what) {
	case OUT_BULLETINS:
		if (k->o->dir != NULL)
			bulletin_file(k, s);
		else if (k->fmt == FMT_HTML)
			bulletin_html(k->f, s, k->employer);
		else
			bulletin_text(k->f, s, k->employer, k->count == 0);
		break;
	case OUT_PAYROLL:
		report_payroll(&k->w, s);
		break;
	case OUT_LEDGER:
		report_ledger(&k->w, s, k->employer, k->o->asof);
		break;
	case OUT_SUMMARY:
		summary_add(k->sm, s);
		break;
	}
	k->count++;
}

static int
sink_open(struct sink *k)
{
	const struct opts *o = k->o;

	if (o->what == OUT_BULLETINS && o->dir != NULL) {
		/* the folder holds pay: only its owner may list it */
		if (mkdir(o->dir, 0700) < 0 && errno != EEXIST) {
			err_warn_errno("%s", o->dir);
			return -1;
		}
		return 0;
	}
	if ((k->out = out_open(o->output, OUT_MODE_PRIVATE)) == NULL)
		return -1;
	k->f = out_file(k->out);
	csv_writer_init(&k->w, k->f, k->fmt == FMT_TSV ? CSV_STYLE_TSV :
	    CSV_STYLE_CSV);
	if (o->what == OUT_PAYROLL)
		report_payroll_header(&k->w);
	else if (o->what == OUT_LEDGER)
		report_ledger_header(&k->w);
	else if (o->what == OUT_SUMMARY)
		k->sm = summary_new(o->show_nir);
	else if (k->fmt == FMT_HTML)
		html_begin(k->f, k->employer->title != NULL ?
		    k->employer->title : "Bulletins de salaire",
		    bulletin_css());
	return 0;
}

static int
sink_close(struct sink *k)
{
	if (k->out == NULL)
		return k->failed ? EXIT_TROUBLE : EXIT_OK;
	if (k->o->what == OUT_SUMMARY)
		summary_finish(k->sm, k->fmt, k->f);
	else if (k->o->what == OUT_BULLETINS && k->fmt == FMT_HTML)
		html_end(k->f);
	if (k->failed) {
		out_abort(k->out);
		return EXIT_TROUBLE;
	}
	return out_commit(k->out) < 0 ? EXIT_TROUBLE : EXIT_OK;
}


int
emit_all(const struct opts *o, const struct emit_input *in)
{
	struct sink k;

	memset(&k, 0, sizeof k);
	k.o = o;
	k.employer = in->employer;
	k.fmt = o->format;
	if (k.fmt == FMT_AUTO && o->what != OUT_SUMMARY)
		k.fmt = o->what == OUT_BULLETINS ? FMT_TEXT : FMT_CSV;
	if (sink_open(&k) < 0)
		return EXIT_TROUBLE;
	if (k.fmt == FMT_AUTO)
		k.fmt = format_resolve(FMT_AUTO, k.f);
	emit_each(o, in, sink_slip, &k);
	return sink_close(&k);
}
