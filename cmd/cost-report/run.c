/*
 * run.c: parse (budget, ledgers, estimates, previous report), check,
 * compute, render. Nothing is written unless every input was accepted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adjust.h"
#include "chart.h"
#include "date.h"
#include "document.h"
#include "output.h"
#include "report.h"
#include "run.h"

int
cr_parse_week(const char *s, int32_t *monday, int32_t *sunday)
{
	int32_t jan4;
	int year, week, y2, w2, n = 0;

	/* ISO 8601: week 1 is the week with 4 January in it */
	if (sscanf(s, "%4d-W%2d%n", &year, &week, &n) != 2 ||
	    (size_t)n != strlen(s) || n != 8 || week < 1 || week > 53 ||
	    date_from_ymd(year, 1, 4, &jan4) != 0)
		return -1;
	*monday = jan4 - (date_weekday(jan4) - 1) + (week - 1) * 7;
	date_iso_week(*monday, &y2, &w2);
	if (y2 != year || w2 != week)
		return -1;
	*sunday = *monday + 6;
	return 0;
}

/* Reads every input; 0 when all were accepted. */
static int
read_inputs(const struct cr_opts *o, struct cr_budget *b,
    struct cr_ledgers *lg, unsigned nledgers, struct diag *d)
{
	unsigned i;

	for (i = 0; i < nledgers; i++)
		cr_ledgers_read(lg, i, d);
	cr_ledgers_finish(lg, d);
	if (o->estimates != NULL)
		cr_read_estimates(b, o->estimates, d);
	if (o->previous != NULL)
		cr_read_previous(b, o->previous, d);
	return d->errors > 0 ? -1 : 0;
}

static void
write_chart(FILE *f, const struct cr_opts *o, const struct cr_ledgers *lg)
{
	struct cr_chart c;
	struct cr_totals t;
	struct cr_day *v;
	size_t n;

	cr_grand_total(lg->b, &t);
	c.title = o->film != NULL ? o->film : "Dépenses et devis";
	c.budget = t.budget;
	c.efc = t.efc;
	c.to = o->period.to != CR_NO_DAY_MAX ? o->period.to : CR_CHART_NO_DAY;
	v = cr_days_sorted(&lg->days, &n);
	cr_chart_write(f, v, n, &c);
	free(v);
}

static void
write_html(FILE *f, const struct cr_opts *o, const struct cr_ledgers *lg,
    const struct table *t)
{
	struct cr_totals total;
	struct cr_doc doc;

	cr_grand_total(lg->b, &total);
	doc.film = o->film;
	doc.budget_file = lg->b->file;
	doc.executed = o->executed;
	doc.from = o->period.from;
	doc.to = o->period.to;
	doc.credit_from = o->period.credit_from;
	doc.rows = lg->rows;
	doc.counted = lg->counted;
	doc.total = &total;
	cr_html_write(f, t, &doc);
}

static void
write_report(FILE *f, const struct cr_opts *o, const struct cr_ledgers *lg)
{
	enum format fmt = format_resolve(o->format, f);
	struct cr_report r;
	struct table *t;

	if (fmt == FMT_SVG) {
		write_chart(f, o, lg);
		return;
	}
	r.b = lg->b;
	r.depth = o->depth;
	r.machine = fmt == FMT_CSV || fmt == FMT_TSV;
	r.period = o->period.from != CR_NO_DAY_MIN;
	r.previous = o->previous != NULL;
	t = o->executed ? cr_executed_table(&r) : cr_cost_table(&r);
	if (fmt == FMT_HTML)
		write_html(f, o, lg, t);
	else
		table_write(t, fmt, f);
	table_free(t);
}

static int
output(const struct cr_opts *o, const struct cr_ledgers *lg)
{
	/* line amounts can be one person's pay: personal data */
	struct out *out = out_open(o->output, OUT_MODE_PRIVATE);

	if (out == NULL)
		return EXIT_TROUBLE;
	write_report(out_file(out), o, lg);
	return out_commit(out) == 0 ? EXIT_OK : EXIT_TROUBLE;
}

int
cr_run(const struct cr_opts *o, const char *budget,
    const char *const *ledgers, unsigned nledgers)
{
	struct diag d = { 0, 0 };
	struct cr_ledgers lg;
	struct cr_budget *b;
	int status, unreadable = 0;

	if ((b = cr_budget_read(budget, &d, &unreadable)) == NULL)
		return unreadable ? EXIT_TROUBLE : EXIT_REJECT;
	cr_ledgers_init(&lg, b, &o->period, ledgers);
	if (read_inputs(o, b, &lg, nledgers, &d) != 0)
		status = lg.unreadable ? EXIT_TROUBLE : EXIT_REJECT;
	else
		status = output(o, &lg);
	cr_ledgers_free(&lg);
	cr_budget_free(b);
	return status;
}
