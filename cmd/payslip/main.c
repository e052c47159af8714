/*
 * payslip: bulletins de salaire for intermittents (CDDU) of film and TV
 * production, from production.yaml, crew.yaml and timesheets.csv, with
 * the dated contribution tables and agreement grids of share/payroll.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "date.h"
#include "err.h"
#include "output.h"
#include "run.h"
#include "table.h"

static noreturn void
usage(FILE *f, int status)
{
	fputs("usage: payslip [-LnPS] [-a date] [-c crew.yaml] [-D datadir] "
	    "[-d dir] [-e person]\n"
	    "               [-f format] [-g grid.yaml] [-m month] [-o file] "
	    "[-p production.yaml]\n"
	    "               [-r table.yaml] [timesheets.csv]\n", f);
	exit(status);
}

static int32_t
parse_day(const char *s)
{
	int32_t day;
	const char *why;

	if (date_parse(s, &day, &why) < 0)
		err_die(EXIT_TROUBLE, "-a: '%s': %s", s, why);
	return day;
}

static void
parse_month(const char *s, struct opts *o)
{
	char end;

	if (strlen(s) != 7 || sscanf(s, "%4d-%2d%c", &o->year, &o->month,
	    &end) != 2 || o->month < 1 || o->month > 12 || o->year < 1000)
		err_die(EXIT_TROUBLE, "-m: '%s' is not a month: write YYYY-MM",
		    s);
}

static void
add_table(struct opts *o, const char *path)
{
	if (o->ntables == RUN_MAX_TABLES)
		err_die(EXIT_TROUBLE, "-r: at most %d tables",
		    RUN_MAX_TABLES);
	o->tables[o->ntables++] = path;
}

/* The formats each output offers. */
static enum format
check_format(const char *arg, enum output_kind what)
{
	static const unsigned offered[] = {
		[OUT_BULLETINS] = 1u << FMT_TEXT | 1u << FMT_HTML,
		[OUT_PAYROLL] = 1u << FMT_CSV | 1u << FMT_TSV,
		[OUT_LEDGER] = 1u << FMT_CSV | 1u << FMT_TSV,
		[OUT_SUMMARY] = 1u << FMT_TABLE | 1u << FMT_CSV |
		    1u << FMT_TSV | 1u << FMT_HTML,
	};

	return arg == NULL ? FMT_AUTO : format_option(arg, offered[what]);
}

int
main(int argc, char *argv[])
{
	struct opts o;
	const char *format = NULL;
	int c;

	err_setprog(argv[0]);
	memset(&o, 0, sizeof o);
	o.crew = "crew.yaml";
	o.production = "production.yaml";
	o.timesheets = "-";
	o.asof = date_today();
	while ((c = getopt(argc, argv, "a:c:D:d:e:f:g:hLm:nPo:p:r:S")) != -1) {
		switch (c) {
		case 'a': o.asof = parse_day(optarg); break;
		case 'c': o.crew = optarg; break;
		case 'D': o.datadir = optarg; break;
		case 'd': o.dir = optarg; break;
		case 'e': o.person = optarg; break;
		case 'f': format = optarg; break;
		case 'g': o.grid = optarg; break;
		case 'h': usage(stdout, EXIT_OK);
		case 'L': o.what = OUT_LEDGER; break;
		case 'm': parse_month(optarg, &o); break;
		case 'n': o.show_nir = 1; break;
		case 'P': o.what = OUT_PAYROLL; break;
		case 'o': o.output = optarg; break;
		case 'p': o.production = optarg; break;
		case 'r': add_table(&o, optarg); break;
		case 'S': o.what = OUT_SUMMARY; break;
		default:  usage(stderr, EXIT_TROUBLE);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1 || (o.dir != NULL && (o.what != OUT_BULLETINS ||
	    o.output != NULL)))
		usage(stderr, EXIT_TROUBLE);
	if (argc == 1)
		o.timesheets = argv[0];
	o.format = check_format(format, o.what);
	return out_finish(payslip_run(&o));
}
