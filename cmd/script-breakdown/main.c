/*
 * script-breakdown: the dépouillement of a screenplay (Fountain, Final
 * Draft, or the text of a PDF): one row per scene with its set, INT/EXT,
 * time of day, page, length in eighths, cast, extras and elements; reports
 * by set, character and element; printable breakdown sheets.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "err.h"
#include "money.h"
#include "output.h"
#include "run.h"
#include "table.h"

static void
usage(FILE *f, int status)
{
	fprintf(f, "usage: %s [-D datadir] [-d dictionary] [-f format] "
	    "[-H headings]\n"
	    "       [-i fountain|fdx|text] [-o file] [-p profile] "
	    "[-r report]\n"
	    "       [-s pages-per-day] [file]\n"
	    "reports: scenes (default), sets, characters, elements, "
	    "summary, sheets\n", err_prog());
	exit(status);
}

static enum sb_input
input_option(const char *arg)
{
	enum sb_input in = sb_input_parse(arg);

	if (in == SB_NINPUTS) {
		err_warn("unknown input format '%s'", arg);
		usage(stderr, EXIT_TROUBLE);
	}
	return in;
}

static enum sb_report
report_option(const char *arg)
{
	enum sb_report r = sb_report_parse(arg);

	if (r == SB_NREPORTS) {
		err_warn("unknown report '%s'", arg);
		usage(stderr, EXIT_TROUBLE);
	}
	return r;
}

/* Pages a shooting day, more than 0 and at most 100, with up to two
 * decimals ("2.5"), in hundredths. */
static int64_t
rate_option(const char *arg)
{
	const char *why = NULL;
	int64_t v;

	if (fixed_parse(arg, 2, &v, &why) != 0 || v <= 0 || v > 10000) {
		err_warn("bad pages per day '%s': %s", arg, why != NULL ?
		    why : "expected more than 0 and at most 100");
		usage(stderr, EXIT_TROUBLE);
	}
	return v;
}

/* The formats each report offers: sheets are documents, the others
 * tables. */
static void
check_format(struct sb_opts *o, const char *arg)
{
	unsigned offered = 1u << FMT_TABLE | 1u << FMT_CSV | 1u << FMT_TSV |
	    1u << FMT_HTML;

	if (o->report == SB_R_SHEETS)
		offered = 1u << FMT_HTML;
	if (arg != NULL)
		o->format = format_option(arg, offered);
	else if (o->report == SB_R_SHEETS)
		o->format = FMT_HTML;
}

int
main(int argc, char *argv[])
{
	struct sb_opts o = { .format = FMT_AUTO, .report = SB_R_SCENES };
	const char *format = NULL;
	int c;

	err_setprog(argv[0]);
	while ((c = getopt(argc, argv, "D:d:f:H:hi:o:p:r:s:")) != -1) {
		switch (c) {
		case 'D': o.datadir = optarg; break;
		case 'd': o.dict = optarg; break;
		case 'f': format = optarg; break;
		case 'H': o.headings = optarg; break;
		case 'h': usage(stdout, EXIT_OK); break;
		case 'i': o.input = input_option(optarg); break;
		case 'o': o.output = optarg; break;
		case 'p': o.profile = optarg; break;
		case 'r': o.report = report_option(optarg); break;
		case 's': o.pages_per_day = rate_option(optarg); break;
		default:  usage(stderr, EXIT_TROUBLE);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		usage(stderr, EXIT_TROUBLE);
	check_format(&o, format);
	return out_finish(sb_run(&o, argc == 1 ? argv[0] : NULL));
}
