/*
 * dpae: the déclaration préalable à l'embauche (hiring declaration to
 * URSSAF) of every contract in crew.yaml, checked, written as URSSAF's
 * XML or as a listing, and watched for deadlines. See dpae(1).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "date.h"
#include "err.h"
#include "output.h"

/* Long options without a short one. */
enum {
	OPT_AT = 256, OPT_DUE, OPT_PARTIAL, OPT_SHOW_NIR, OPT_TEST, OPT_TODAY
};

static const struct option longopts[] = {
	{ "at",		required_argument,	NULL, OPT_AT },
	{ "crew",	required_argument,	NULL, 'c' },
	{ "data",	required_argument,	NULL, 'd' },
	{ "due",	no_argument,		NULL, OPT_DUE },
	{ "format",	required_argument,	NULL, 'f' },
	{ "help",	no_argument,		NULL, 'h' },
	{ "log",	required_argument,	NULL, 'l' },
	{ "output",	required_argument,	NULL, 'o' },
	{ "partial",	no_argument,		NULL, OPT_PARTIAL },
	{ "production",	required_argument,	NULL, 'p' },
	{ "profile",	required_argument,	NULL, 'P' },
	{ "show-nir",	no_argument,		NULL, OPT_SHOW_NIR },
	{ "test",	no_argument,		NULL, OPT_TEST },
	{ "today",	required_argument,	NULL, OPT_TODAY },
	{ NULL, 0, NULL, 0 }
};

/* The subcommands, their options (short letters; long-only ones by the
 * letters in brackets) and their smallest number of operands. */
static const struct verb {
	const char *name;
	enum dpae_verb verb;
	const char *options;	/* a due, n show-nir, r partial, t test,
				   T today, A at */
	int min_operands;
} verbs[] = {
	{ "check",  VERB_CHECK,  "cdlpPaT", 0 },
	{ "xml",    VERB_XML,    "cdlopPartT", 0 },
	{ "list",   VERB_LIST,   "cdfloprPanT", 0 },
	{ "due",    VERB_DUE,    "cflopT", 0 },
	{ "record", VERB_RECORD, "clTA", 2 },
};

static noreturn void
usage(FILE *f, int status)
{
	fputs("usage: dpae check [-c crew] [-d dir] [-l log] [-p production] "
	    "[-P profile]\n"
	    "           [--due] [--today date] [contract ...]\n"
	    "       dpae xml [-c crew] [-d dir] [-l log] [-o file] "
	    "[-p production]\n"
	    "           [-P profile] [--due] [--partial] [--test] "
	    "[--today date]\n"
	    "           [contract ...]\n"
	    "       dpae list [-c crew] [-d dir] [-f format] [-l log] "
	    "[-o file]\n"
	    "           [-p production] [-P profile] [--due] [--partial] "
	    "[--show-nir]\n"
	    "           [--today date] [contract ...]\n"
	    "       dpae due [-c crew] [-f format] [-l log] [-o file] "
	    "[-p production]\n"
	    "           [--today date] [contract ...]\n"
	    "       dpae record [-c crew] [-l log] [--at 'date time'] "
	    "[--today date]\n"
	    "           reference contract ...\n", f);
	exit(f == stdout ? out_finish(status) : status);
}

static const struct verb *
find_verb(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof verbs / sizeof *verbs; i++)
		if (strcmp(verbs[i].name, name) == 0)
			return &verbs[i];
	err_warn("unknown subcommand '%s'", name);
	usage(stderr, EXIT_TROUBLE);
}

static int32_t
parse_day(const char *opt, const char *s)
{
	int32_t day;
	const char *why;

	if (date_parse(s, &day, &why) < 0)
		err_die(EXIT_TROUBLE, "%s '%s': %s", opt, s, why);
	return day;
}

/* --at 'YYYY-MM-DD HH:MM' (or with a T between them). */
static void
parse_at(struct dpae_opts *o, const char *s)
{
	const char *why;

	if (strlen(s) != 16 || (s[10] != ' ' && s[10] != 'T') ||
	    date_parse_n(s, 10, &o->at_day, &why) < 0 ||
	    time_parse(s + 11, &o->at_time, &why) < 0 || o->at_time >= 1440)
		err_die(EXIT_TROUBLE, "--at '%s': expected 'YYYY-MM-DD HH:MM'",
		    s);
	o->has_at = 1;
}

/* "-o" or "--partial", for messages. */
static const char *
option_name(int c)
{
	static char buf[32];
	size_t i;

	for (i = 0; longopts[i].name != NULL; i++)
		if (longopts[i].val == c && c >= 256) {
			snprintf(buf, sizeof buf, "--%s", longopts[i].name);
			return buf;
		}
	snprintf(buf, sizeof buf, "-%c", c);
	return buf;
}

/* The letter that stands for option c in a verb's option list. */
static int
option_letter(int c)
{
	static const struct { int opt; int letter; } longs[] = {
		{ OPT_AT, 'A' }, { OPT_DUE, 'a' }, { OPT_PARTIAL, 'r' },
		{ OPT_SHOW_NIR, 'n' }, { OPT_TEST, 't' }, { OPT_TODAY, 'T' },
	};
	size_t i;

	for (i = 0; i < sizeof longs / sizeof *longs; i++)
		if (longs[i].opt == c)
			return longs[i].letter;
	return c;
}

static void
set_option(struct dpae_opts *o, int c, const char *arg)
{
	switch (c) {
	case 'c': o->crew = arg; break;
	case 'd': o->data = arg; break;
	case 'f': o->format = format_option(arg, 1u << FMT_TABLE |
	    1u << FMT_CSV | 1u << FMT_TSV | 1u << FMT_HTML); break;
	case 'l': o->log = arg; break;
	case 'o': o->output = arg; break;
	case 'p': o->production = arg; break;
	case 'P': o->profile = arg; break;
	case OPT_AT: parse_at(o, arg); break;
	case OPT_DUE: o->due = 1; break;
	case OPT_PARTIAL: o->partial = 1; break;
	case OPT_SHOW_NIR: o->show_nir = 1; break;
	case OPT_TEST: o->test = 1; break;
	case OPT_TODAY: o->today = parse_day("--today", arg); break;
	}
}

/* Reads the options of verb v; exits with the usage on a bad one. */
static void
parse_options(struct dpae_opts *o, const struct verb *v, int argc,
    char *argv[])
{
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":c:d:f:hl:o:p:P:", longopts,
	    NULL)) != -1) {
		if (c == 'h')
			usage(stdout, EXIT_OK);
		if (c == '?')
			err_warn("unknown option '%s'", optopt != 0 ?
			    option_name(optopt) : argv[optind - 1]);
		else if (c == ':')
			err_warn("option '%s' needs a value", optopt != 0 ?
			    option_name(optopt) : argv[optind - 1]);
		else if (strchr(v->options, option_letter(c)) == NULL)
			err_warn("'%s' takes no option '%s'", v->name,
			    option_name(c));
		else {
			set_option(o, c, optarg);
			continue;
		}
		usage(stderr, EXIT_TROUBLE);
	}
}

int
main(int argc, char *argv[])
{
	struct dpae_opts o = { .crew = "crew.yaml",
	    .production = "production.yaml", .log = "dpae-log.csv",
	    .format = FMT_AUTO, .today = date_today() };
	const struct verb *v;

	err_setprog(argv[0]);
	if (argc < 2)
		usage(stderr, EXIT_TROUBLE);
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)
		usage(stdout, EXIT_OK);
	v = find_verb(argv[1]);
	o.verb = v->verb;
	argc--, argv++;
	parse_options(&o, v, argc, argv);
	if (argc - optind < v->min_operands)
		usage(stderr, EXIT_TROUBLE);
	return out_finish(dpae_run(&o, argc - optind, argv + optind));
}
