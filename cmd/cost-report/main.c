/*
 * cost-report: the budget against what was committed and paid, the
 * estimate to complete and the final cost (remontée de comptes), and the
 * budget exécuté in the CNC layout of the devis.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "err.h"
#include "output.h"
#include "run.h"

static const struct option longopts[] = {
	{ "credit-from", required_argument, NULL, 'a' },
	{ "depth", required_argument, NULL, 'd' },
	{ "estimates", required_argument, NULL, 'e' },
	{ "format", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ "title", required_argument, NULL, 'n' },
	{ "output", required_argument, NULL, 'o' },
	{ "previous", required_argument, NULL, 'p' },
	{ "from", required_argument, NULL, 's' },
	{ "to", required_argument, NULL, 't' },
	{ "allow-unknown", no_argument, NULL, 'u' },
	{ "week", required_argument, NULL, 'w' },
	{ "executed", no_argument, NULL, 'x' },
	{ NULL, 0, NULL, 0 }
};

static noreturn void
usage(FILE *f, int status)
{
	fprintf(f, "usage: %s [-ux] [-a date] [-d line|post|chapter] "
	    "[-e estimates]\n"
	    "\t[-f table|csv|tsv|html|svg] [-n title] [-o file] "
	    "[-p previous]\n"
	    "\t[-s from] [-t to] [-w week] budget [ledger ...]\n", err_prog());
	exit(status);
}

static int32_t
date_option(int opt, const char *arg)
{
	const char *why;
	int32_t day;

	if (date_parse(arg, &day, &why) != 0)
		err_die(EXIT_TROUBLE, "-%c: invalid date '%s': %s", opt, arg,
		    why);
	return day;
}

static enum cr_level
depth_option(const char *arg)
{
	if (strcmp(arg, "line") == 0)
		return LV_LINE;
	if (strcmp(arg, "post") == 0)
		return LV_POST;
	if (strcmp(arg, "chapter") == 0)
		return LV_CHAPTER;
	err_die(EXIT_TROUBLE, "-d: unknown depth '%s' (line, post or "
	    "chapter)", arg);
}

static void
week_option(struct cr_opts *o, const char *arg)
{
	if (cr_parse_week(arg, &o->period.from, &o->period.to) != 0)
		err_die(EXIT_TROUBLE, "-w: invalid week '%s' (ISO week, as "
		    "2026-W11)", arg);
}

static void
check_operands(const struct cr_opts *o, int argc, char *argv[])
{
	int i, stdin_uses = 0;

	if (argc < 1)
		usage(stderr, EXIT_TROUBLE);
	for (i = 0; i < argc; i++)
		stdin_uses += strcmp(argv[i], "-") == 0;
	if (argc == 1)
		stdin_uses++;	/* the ledger comes from stdin */
	if (stdin_uses > 1)
		err_die(EXIT_TROUBLE, "standard input can be read only once");
	if (o->period.from != CR_NO_DAY_MIN && o->period.from > o->period.to)
		err_die(EXIT_TROUBLE, "the period starts after it ends");
}

int
main(int argc, char *argv[])
{
	static const char *const stdin_only[] = { "-" };
	unsigned formats = 1 << FMT_TABLE | 1 << FMT_CSV | 1 << FMT_TSV |
	    1 << FMT_HTML | 1 << FMT_SVG;
	struct cr_opts o = { .format = FMT_AUTO, .depth = LV_LINE,
	    .period = { CR_NO_DAY_MIN, CR_NO_DAY_MAX, CR_NO_DAY_MIN, 0 } };
	int c;

	err_setprog(argv[0]);
	while ((c = getopt_long(argc, argv, "a:d:e:f:hn:o:p:s:t:uw:x",
	    longopts, NULL)) != -1) {
		switch (c) {
		case 'a': o.period.credit_from = date_option(c, optarg); break;
		case 'd': o.depth = depth_option(optarg); break;
		case 'e': o.estimates = optarg; break;
		case 'f': o.format = format_option(optarg, formats); break;
		case 'h': usage(stdout, EXIT_OK);
		case 'n': o.film = optarg; break;
		case 'o': o.output = optarg; break;
		case 'p': o.previous = optarg; break;
		case 's': o.period.from = date_option(c, optarg); break;
		case 't': o.period.to = date_option(c, optarg); break;
		case 'u': o.period.allow_unknown = 1; break;
		case 'w': week_option(&o, optarg); break;
		case 'x': o.executed = 1; break;
		default:  usage(stderr, EXIT_TROUBLE);
		}
	}
	argc -= optind;
	argv += optind;
	check_operands(&o, argc, argv);
	if (argc == 1)
		return out_finish(cr_run(&o, argv[0], stdin_only, 1));
	return out_finish(cr_run(&o, argv[0], (const char *const *)argv + 1,
	    (unsigned)argc - 1));
}
