/*
 * recoup: the revenue waterfall of a film, its RNPP, and the statements
 * (relevés) for investors, coproducers, distributors and authors.
 *
 *	recoup report|flows|statement|explain|check [options] waterfall.yaml
 *	    [receipts.csv]
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "data.h"
#include "date.h"
#include "err.h"
#include "output.h"
#include "render.h"
#include "run.h"
#include "table.h"
#include "waterfall.h"

enum cmd { CMD_REPORT, CMD_FLOWS, CMD_STATEMENT, CMD_EXPLAIN, CMD_CHECK };

static const char *const cmd_names[] = {
	"report", "flows", "statement", "explain", "check", NULL
};

struct opts {
	enum cmd cmd;
	enum format format;
	const char *output, *datadir, *party;
	const char *waterfall, *receipts;
	int32_t as_of;
	int months;
};

static const struct option long_opts[] = {
	{ "as-of", required_argument, NULL, 'a' },
	{ "data", required_argument, NULL, 'D' },
	{ "format", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ "output", required_argument, NULL, 'o' },
	{ "period", required_argument, NULL, 'p' },
	{ "party", required_argument, NULL, 'P' },
	{ NULL, 0, NULL, 0 }
};

static noreturn void
usage(FILE *f, int status)
{
	fprintf(f,
	    "usage: recoup report [-a date] [-D dir] [-f format] [-o file] "
	    "[-p period]\n"
	    "              waterfall.yaml [receipts.csv]\n"
	    "       recoup flows [-a date] [-D dir] [-f format] [-o file] "
	    "[-p period]\n"
	    "              waterfall.yaml [receipts.csv]\n"
	    "       recoup statement [-a date] [-D dir] [-f format] "
	    "[-o file] [-P party]\n"
	    "              [-p period] waterfall.yaml [receipts.csv]\n"
	    "       recoup explain [-a date] [-D dir] [-o file] [-p period] "
	    "party\n"
	    "              waterfall.yaml [receipts.csv]\n"
	    "       recoup check [-a date] [-D dir] waterfall.yaml "
	    "[receipts.csv]\n");
	exit(status);
}

static int32_t
parse_as_of(const char *s)
{
	int32_t day;
	const char *why;

	if (date_parse(s, &day, &why) < 0)
		err_die(EXIT_TROUBLE, "-a: '%s' is not a date: %s", s, why);
	return day;
}

static int
parse_period(const char *s)
{
	static const char *const names[] = {
		"month", "quarter", "half-year", "year", NULL
	};
	static const int months[] = { 1, 3, 6, 12 };
	int i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(s, names[i]) == 0)
			return months[i];
	err_die(EXIT_TROUBLE, "-p: unknown period '%s' (month, quarter, "
	    "half-year, year)", s);
}

static enum format
parse_format(enum cmd cmd, const char *s)
{
	unsigned tables = 1u << FMT_TABLE | 1u << FMT_CSV | 1u << FMT_TSV |
	    1u << FMT_HTML;

	if (cmd == CMD_STATEMENT)
		return format_option(s, 1u << FMT_TEXT | 1u << FMT_HTML);
	if (cmd == CMD_REPORT || cmd == CMD_FLOWS)
		return format_option(s, tables);
	err_die(EXIT_TROUBLE, "-f: '%s' writes no table", cmd_names[cmd]);
}

static enum cmd
parse_cmd(int argc, char *argv[])
{
	int i;

	if (argc < 2)
		usage(stderr, EXIT_TROUBLE);
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)
		usage(stdout, EXIT_OK);
	for (i = 0; cmd_names[i] != NULL; i++)
		if (strcmp(argv[1], cmd_names[i]) == 0)
			return (enum cmd)i;
	err_warn("unknown command '%s'", argv[1]);
	usage(stderr, EXIT_TROUBLE);
}

static void
parse_operands(struct opts *o, int argc, char *argv[])
{
	if (o->cmd == CMD_EXPLAIN) {
		if (argc < 1)
			usage(stderr, EXIT_TROUBLE);
		o->party = *argv++;
		argc--;
	}
	if (argc < 1 || argc > 2)
		usage(stderr, EXIT_TROUBLE);
	o->waterfall = argv[0];
	o->receipts = argc > 1 ? argv[1] : "-";
	if (strcmp(o->waterfall, "-") == 0 && strcmp(o->receipts, "-") == 0)
		err_die(EXIT_TROUBLE, "waterfall.yaml and receipts.csv cannot "
		    "both be standard input");
}

static void
parse_args(struct opts *o, int argc, char *argv[])
{
	int c;

	o->cmd = parse_cmd(argc, argv);
	optind = 2;
	while ((c = getopt_long(argc, argv, "a:D:f:ho:p:P:", long_opts,
	    NULL)) != -1) {
		switch (c) {
		case 'a': o->as_of = parse_as_of(optarg); break;
		case 'D': o->datadir = optarg; break;
		case 'f': o->format = parse_format(o->cmd, optarg); break;
		case 'h': usage(stdout, EXIT_OK);
		case 'o': o->output = optarg; break;
		case 'p': o->months = parse_period(optarg); break;
		case 'P': o->party = optarg; break;
		default:  usage(stderr, EXIT_TROUBLE);
		}
	}
	if (o->party != NULL && o->cmd != CMD_STATEMENT &&
	    o->cmd != CMD_EXPLAIN)
		err_die(EXIT_TROUBLE, "-P: only for statement");
	parse_operands(o, argc - optind, argv + optind);
}

/* "parties with a position: a, b", for hints; the caller frees it. */
static char *
position_list(const struct waterfall *w)
{
	struct buf b = BUF_INIT;
	size_t i;

	buf_adds(&b, "parties with a position:");
	for (i = 0; i < w->nparties; i++)
		if (rc_has_position(w, (int)i))
			buf_addf(&b, " %s", w->parties[i].id);
	return buf_take(&b);
}

/* The party named on the command line; an unknown one is a usage error. */
static int
find_party(const struct waterfall *w, const char *id)
{
	char *hint;
	int p;

	if (id == NULL)
		return -1;
	if ((p = wf_party(w, id)) >= 0 && rc_has_position(w, p))
		return p;
	hint = position_list(w);
	err_at(NULL, hint, p < 0 ? "unknown party '%s'" :
	    "party '%s' has no position in the waterfall", id);
	free(hint);
	exit(EXIT_TROUBLE);
}

/* Personal data: authors' remuneration (cineprod(7)). */
static int
is_private(const struct opts *o, const struct waterfall *w, int party)
{
	if (w->nauthors == 0 || o->cmd == CMD_FLOWS)
		return 0;
	return party < 0 || w->parties[party].author >= 0;
}

static void
render(const struct opts *o, const struct run *r, int party, FILE *f)
{
	switch (o->cmd) {
	case CMD_REPORT:
		rc_report(r, o->format, f);
		break;
	case CMD_FLOWS:
		rc_flows(r, o->format, f);
		break;
	case CMD_STATEMENT:
		rc_statement(r, party, o->format == FMT_AUTO ? FMT_TEXT :
		    o->format, f);
		break;
	case CMD_EXPLAIN:
		rc_explain(r, party, f);
		break;
	case CMD_CHECK:
		break;
	}
}

/* Every period must balance to the cent: receipts = paid + retained. */
static void
check_balance(const struct run *r)
{
	int64_t in, paid, kept;
	size_t p;

	for (p = 0; p < r->nperiods; p++)
		if (!rc_run_balance(r, p, &in, &paid, &kept))
			err_die(EXIT_TROUBLE, "internal error: period %zu "
			    "does not balance (%lld != %lld + %lld)", p + 1,
			    (long long)in, (long long)paid, (long long)kept);
}

static int
write_output(const struct opts *o, const struct run *r, int party)
{
	struct out *out;

	if (o->cmd == CMD_CHECK)
		return EXIT_OK;
	out = out_open(o->output, is_private(o, r->w, party) ?
	    OUT_MODE_PRIVATE : OUT_MODE_PUBLIC);
	if (out == NULL)
		return EXIT_TROUBLE;
	render(o, r, party, out_file(out));
	return out_commit(out) < 0 ? EXIT_TROUBLE : EXIT_OK;
}

/* A file that cannot be read is a system error (exit 2), not a rejected
 * input. */
static void
need_file(const char *path)
{
	if (strcmp(path, "-") != 0 && access(path, R_OK) != 0)
		err_die_errno("%s", path);
}

static void
need_data(const char *datadir)
{
	char *path = data_path(datadir, "recoup/fr-rates.yaml");

	if (access(path, R_OK) != 0) {
		err_at(NULL, "give the reference data folder with -D or "
		    "CINEPROD_DATA", "%s: %s", path, strerror(errno));
		exit(EXIT_TROUBLE);
	}
	free(path);
}

static int
recoup_run(const struct opts *o)
{
	struct diag diag = { 0, 0 };
	struct waterfall *w;
	struct receipts rc;
	struct run r = { 0 };
	int party, status = EXIT_REJECT;

	need_file(o->waterfall);
	need_file(o->receipts);
	need_data(o->datadir);
	if ((w = wf_load(o->waterfall, o->datadir, &diag)) == NULL)
		return EXIT_REJECT;
	party = find_party(w, o->party);
	rc_receipts_init(&rc, w, o->as_of);
	if (rc_receipts_read(&rc, w, o->receipts, &diag) == 0) {
		r.w = w;
		r.rc = &rc;
		rc_periods_build(&r, &rc, o->months, o->as_of);
		if (rc_engine_run(&r) == 0) {
			rc_authors_run(&r);
			check_balance(&r);
			status = write_output(o, &r, party);
		}
	}
	rc_run_free(&r);
	rc_receipts_free(&rc);
	wf_free(w);
	return status;
}

int
main(int argc, char *argv[])
{
	struct opts o = { .format = FMT_AUTO, .as_of = INT32_MAX };

	err_setprog(argv[0]);
	parse_args(&o, argc, argv);
	return out_finish(recoup_run(&o));
}
