/*
 * budget-cnc: the devis in the CNC layout, the plan de financement and
 * the checks financiers apply, from budget.yaml and financing.yaml.
 * See budget-cnc(1), budget(5), financing(5).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "breakdown.h"
#include "budget.h"
#include "charges.h"
#include "checks.h"
#include "diff.h"
#include "err.h"
#include "financing.h"
#include "output.h"
#include "render.h"
#include "rules.h"
#include "xalloc.h"

enum report { R_DEVIS, R_SUMMARY, R_PLAN, R_CHECKS, R_TEMPLATE, R_DIFF };

struct opts {
	enum report report;
	enum format format;
	const char *output, *breakdown, *datadir;
	int strict;
	char **globals;		/* -g name=expression */
	size_t nglobals;
};

/* The formats each report offers, as format_option bit masks. */
static const unsigned offered[] = {
	[R_DEVIS] = 1u << FMT_TABLE | 1u << FMT_CSV | 1u << FMT_TSV |
	    1u << FMT_HTML | 1u << FMT_XLSX,
	[R_SUMMARY] = 1u << FMT_TABLE | 1u << FMT_CSV | 1u << FMT_TSV |
	    1u << FMT_HTML,
	[R_PLAN] = 1u << FMT_TABLE | 1u << FMT_CSV | 1u << FMT_TSV |
	    1u << FMT_HTML | 1u << FMT_XLSX,
	[R_CHECKS] = 1u << FMT_TABLE | 1u << FMT_CSV | 1u << FMT_TSV |
	    1u << FMT_HTML,
	[R_TEMPLATE] = 1u << FMT_TABLE | 1u << FMT_CSV | 1u << FMT_TSV |
	    1u << FMT_HTML,
	[R_DIFF] = 1u << FMT_TABLE | 1u << FMT_CSV | 1u << FMT_TSV |
	    1u << FMT_HTML,
};

static noreturn void
usage(FILE *f, int status)
{
	fprintf(f, "usage: %s [-s] [-b breakdown.csv] [-D datadir] "
	    "[-f format] [-g name=value]\n"
	    "                  [-o file] [-r report] budget.yaml "
	    "[financing.yaml]\n"
	    "       %s diff [-b breakdown.csv] [-D datadir] [-f format] "
	    "[-g name=value]\n"
	    "                  [-o file] old.yaml new.yaml\n"
	    "reports: devis, summary, plan, checks, template\n", err_prog(),
	    err_prog());
	exit(status);
}

static enum report
parse_report(const char *s)
{
	static const char *const names[] = {
		"devis", "summary", "plan", "checks", "template", NULL
	};
	int i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(s, names[i]) == 0)
			return (enum report)i;
	err_warn("unknown report '%s'", s);
	fprintf(stderr, "  hint: one of: devis, summary, plan, checks, "
	    "template\n");
	exit(EXIT_TROUBLE);
}

static void
add_global(struct opts *o, char *arg)
{
	char *eq = strchr(arg, '=');
	int good;

	if (eq == NULL) {
		err_warn("-g '%s': expected name=value", arg);
		exit(EXIT_TROUBLE);
	}
	*eq = '\0';
	good = bcnc_expr_is_name(arg);
	if (!good)
		err_warn("-g: '%s' is not a global name", arg);
	*eq = '=';
	if (!good)
		exit(EXIT_TROUBLE);
	o->globals = xreallocarray(o->globals, o->nglobals + 1,
	    sizeof *o->globals);
	o->globals[o->nglobals++] = arg;
}

/* -D names a folder that must be there. */
static void
need_folder(const char *dir)
{
	struct stat st;

	if (dir == NULL)
		return;
	if (stat(dir, &st) < 0)
		err_die_errno("%s", dir);
	if (!S_ISDIR(st.st_mode))
		err_die(EXIT_TROUBLE, "%s: not a folder", dir);
}

/* --- loading ------------------------------------------------------------ */

/* A missing or unreadable input is a system error (exit 2). */
static void
need_readable(const char *path)
{
	FILE *f;

	if (path == NULL || strcmp(path, "-") == 0)
		return;
	if ((f = fopen(path, "r")) == NULL)
		err_die_errno("%s", path);
	fclose(f);
}

/* -g name=value: replaces the global of budget.yaml or the breakdown. */
static void
set_option_globals(const struct opts *o, struct bcnc_budget *b)
{
	static const struct srcpos at = { "-g", 0, 0 };
	char name[BCNC_NAME_MAX];
	size_t i, n;

	for (i = 0; i < o->nglobals; i++) {
		n = (size_t)(strchr(o->globals[i], '=') - o->globals[i]);
		snprintf(name, sizeof name, "%.*s", (int)n, o->globals[i]);
		bcnc_budget_set_global(b, name, o->globals[i] + n + 1,
		    BCNC_FROM_OPTION, &at);
	}
}

/* Computes b, with the contribution tables of its year when it has
 * salaries to charge; -1 after reports. */
static int
compute(const struct opts *o, struct bcnc_budget *b, struct diag *d,
    int *trouble)
{
	struct bcnc_charges c;
	int rc;

	if (!bcnc_charges_needed(b))
		return bcnc_budget_compute(b, NULL, d);
	if (bcnc_charges_load(&c, b, o->datadir, d) < 0) {
		*trouble = 1;
		return -1;
	}
	rc = bcnc_budget_compute(b, &c, d);
	bcnc_charges_free(&c);
	return rc;
}

/* Loads and computes one budget with the breakdown and -g globals; NULL
 * after reports (*trouble set when the data folder is at fault). A
 * budget with problems is still computed, to report the others. */
static struct bcnc_budget *
budget_for(const struct opts *o, const char *path, struct bcnc_rules *r,
    struct diag *d, int *trouble)
{
	unsigned before = d->errors;
	struct bcnc_budget *b = bcnc_budget_load(path, o->datadir, d);

	if (b == NULL)
		return NULL;
	if (bcnc_rules_load(r, o->datadir, b->date, b->work, d) < 0) {
		*trouble = 1;
		bcnc_budget_free(b);
		return NULL;
	}
	if (o->breakdown != NULL)
		(void)bcnc_breakdown_read(o->breakdown,
		    b->eighths_per_day > 0 ? b->eighths_per_day :
		    r->eighths_per_day, b, d);
	set_option_globals(o, b);
	if (d->errors != before)
		(void)bcnc_budget_compute(b, NULL, d);
	else
		(void)compute(o, b, d, trouble);
	if (d->errors != before) {
		bcnc_budget_free(b);
		return NULL;
	}
	return b;
}

static struct bcnc_plan *
plan_for(const char *path, const struct bcnc_budget *b, struct diag *d)
{
	struct bcnc_plan *p = bcnc_plan_load(path, d);

	if (p != NULL && bcnc_plan_compute(p, b->total.total) < 0) {
		diag_error(d, &p->pos, NULL, "the financing total is beyond "
		    "the largest amount");
		bcnc_plan_free(p);
		return NULL;
	}
	return p;
}

/* --- output ----------------------------------------------------------- */

static void
write_table(struct table *t, enum format fmt, const char *title, FILE *f)
{
	if (fmt == FMT_HTML)
		bcnc_html_report(title, t, f);
	else
		table_write(t, fmt, f);
	table_free(t);
}

static int
write_report(const struct opts *o, const struct bcnc_budget *b,
    const struct bcnc_plan *p, const struct bcnc_checks *c, FILE *f)
{
	int machine = o->format == FMT_CSV || o->format == FMT_TSV;

	if (o->format == FMT_XLSX)
		return bcnc_xlsx_write(b, p, f);
	switch (o->report) {
	case R_DEVIS:
		if (o->format == FMT_HTML)
			bcnc_html_devis(b, p, f);
		else if (machine)
			bcnc_write_lines(b, o->format == FMT_TSV ?
			    CSV_STYLE_TSV : CSV_STYLE_CSV, f);
		else
			write_table(bcnc_devis_table(b), o->format, NULL, f);
		break;
	case R_SUMMARY:
		write_table(bcnc_summary_table(b), o->format,
		    "Récapitulatif du devis", f);
		break;
	case R_PLAN:
		if (o->format == FMT_HTML)
			bcnc_html_plan(b, p, f);
		else
			write_table(bcnc_plan_table(p, machine), o->format,
			    NULL, f);
		break;
	case R_TEMPLATE:
		write_table(bcnc_template_table(b->tmpl), o->format,
		    b->tmpl->label, f);
		break;
	default:
		write_table(bcnc_checks_table(c, machine), o->format,
		    "Contrôles du devis", f);
		break;
	}
	return 0;
}

/* Writes through -o atomically; 0, or EXIT_TROUBLE. */
static int
emit(const struct opts *o, const struct bcnc_budget *b,
    const struct bcnc_plan *p, const struct bcnc_checks *c,
    const struct bcnc_budget *old)
{
	struct out *out = out_open(o->output, OUT_MODE_PUBLIC);
	int rc;

	if (out == NULL)
		return EXIT_TROUBLE;
	if (old != NULL) {
		write_table(bcnc_diff_table(old, b), o->format,
		    "Écarts entre deux versions du devis", out_file(out));
		rc = 0;
	} else {
		rc = write_report(o, b, p, c, out_file(out));
	}
	if (rc < 0) {
		out_abort(out);
		return EXIT_TROUBLE;
	}
	return out_commit(out) < 0 ? EXIT_TROUBLE : EXIT_OK;
}

/* --- the two forms of the command ----------------------------------- */

static int
status_of(const struct diag *d, int trouble)
{
	return trouble ? EXIT_TROUBLE : d->errors > 0 ? EXIT_REJECT : EXIT_OK;
}

static int
run_devis(const struct opts *o, int argc, char *argv[])
{
	struct diag d = { 0, 0 };
	struct bcnc_rules r;
	struct bcnc_budget *b;
	struct bcnc_plan *p = NULL;
	struct bcnc_checks c;
	int trouble = 0, rc;

	if (argc < 1 || argc > 2)
		usage(stderr, EXIT_TROUBLE);
	if (o->report == R_PLAN && argc < 2) {
		err_warn("the plan needs financing.yaml");
		return EXIT_TROUBLE;
	}
	need_readable(argv[0]);
	need_readable(argc > 1 ? argv[1] : NULL);
	need_readable(o->breakdown);
	memset(&r, 0, sizeof r);
	if ((b = budget_for(o, argv[0], &r, &d, &trouble)) != NULL &&
	    argc > 1)
		p = plan_for(argv[1], b, &d);
	if ((rc = status_of(&d, trouble)) == EXIT_OK) {
		bcnc_checks_run(&c, b, p, &r, &d);
		rc = o->strict && c.warnings > 0 ? EXIT_REJECT :
		    emit(o, b, p, &c, NULL);
		bcnc_checks_free(&c);
	}
	bcnc_plan_free(p);
	bcnc_budget_free(b);
	bcnc_rules_free(&r);
	return rc;
}

static int
run_diff(const struct opts *o, int argc, char *argv[])
{
	struct diag d = { 0, 0 };
	struct bcnc_rules r1, r2;
	struct bcnc_budget *old, *new = NULL;
	int trouble = 0, rc;

	if (argc != 2)
		usage(stderr, EXIT_TROUBLE);
	need_readable(argv[0]);
	need_readable(argv[1]);
	need_readable(o->breakdown);
	memset(&r1, 0, sizeof r1);
	memset(&r2, 0, sizeof r2);
	old = budget_for(o, argv[0], &r1, &d, &trouble);
	if (!trouble)
		new = budget_for(o, argv[1], &r2, &d, &trouble);
	if ((rc = status_of(&d, trouble)) == EXIT_OK)
		rc = emit(o, new, NULL, NULL, old);
	bcnc_budget_free(old);
	bcnc_budget_free(new);
	bcnc_rules_free(&r1);
	bcnc_rules_free(&r2);
	return rc;
}

/* -f, else the extension of -o, else a table on a terminal and CSV
 * elsewhere. */
static enum format
choose_format(const char *arg, const char *output, enum report report)
{
	static const char *const ext[][2] = {
		{ ".csv", "csv" }, { ".tsv", "tsv" }, { ".html", "html" },
		{ ".xlsx", "xlsx" }, { ".txt", "table" },
	};
	size_t i, n, e;

	if (arg == NULL && output != NULL && strcmp(output, "-") != 0)
		for (i = 0, n = strlen(output); i < 5; i++) {
			e = strlen(ext[i][0]);
			if (n > e && strcmp(output + n - e, ext[i][0]) == 0)
				arg = ext[i][1];
		}
	if (arg == NULL)
		return output != NULL && strcmp(output, "-") != 0 ? FMT_CSV :
		    format_resolve(FMT_AUTO, stdout);
	return format_option(arg, offered[report]);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "breakdown", required_argument, NULL, 'b' },
		{ "data", required_argument, NULL, 'D' },
		{ "format", required_argument, NULL, 'f' },
		{ "global", required_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ "output", required_argument, NULL, 'o' },
		{ "report", required_argument, NULL, 'r' },
		{ "strict", no_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o = { .report = R_DEVIS };
	const char *format = NULL;
	int c, rc, diff;

	err_setprog(argv[0]);
	diff = argc > 1 && strcmp(argv[1], "diff") == 0;
	while ((c = getopt_long(argc - diff, argv + diff, "b:D:f:g:ho:r:s",
	    longopts, NULL)) != -1) {
		switch (c) {
		case 'b': o.breakdown = optarg; break;
		case 'D': o.datadir = optarg; break;
		case 'f': format = optarg; break;
		case 'g': add_global(&o, optarg); break;
		case 'h': usage(stdout, EXIT_OK);
		case 'o': o.output = optarg; break;
		case 'r': o.report = parse_report(optarg); break;
		case 's': o.strict = 1; break;
		default:  usage(stderr, EXIT_TROUBLE);
		}
	}
	if (diff)
		o.report = R_DIFF;
	need_folder(o.datadir);
	o.format = choose_format(format, o.output, o.report);
	argv += optind + diff;
	argc -= optind + diff;
	rc = diff ? run_diff(&o, argc, argv) : run_devis(&o, argc, argv);
	free(o.globals);
	return out_finish(rc);
}
