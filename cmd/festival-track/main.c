/*
 * festival-track: the festival strategy of a film and its deadlines, for
 * people and for cron (festival-track(1)).
 *
 * Reads the festival database (share/festivals.yaml, then the user's
 * festivals.yaml), the film's facts (film.yaml) and the submissions log
 * (submissions.csv), and prints one report: the deadlines due, an
 * iCalendar file of them, eligibility section by section, the submissions
 * by status, or a suggested submission plan.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "data.h"
#include "date.h"
#include "err.h"
#include "ics.h"
#include "output.h"
#include "report.h"
#include "tz.h"
#include "xalloc.h"

#define MAX_ALARMS 8

struct opts {
	const char *data, *film, *log, *output, *zone, *today;
	const char *festivals[16];
	size_t nfestivals;
	int no_seed, confirmed, within, log_given;
	int alarms[MAX_ALARMS] /* default 7, 1 */;
	size_t nalarms;
	enum format format;
	int format_given;
};

struct files {
	struct ft_db db;
	struct ft_film film;
	struct ft_log log;
};

static const char usage_text[] =
    "usage: festival-track [-cN] [-a days] [-D festivals.yaml] [-d dir]\n"
    "                      [-F film.yaml] [-f format] [-o file]\n"
    "                      [-s submissions.csv] [-t date] [-w days] "
    "[-z zone]\n"
    "                      due | ics | eligible | status | plan\n";

static noreturn void
usage(FILE *f, int status)
{
	fputs(usage_text, f);
	exit(status);
}

static int
parse_days(const char *s, int max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || v < 0 || v > max || errno != 0)
		return -1;
	return (int)v;
}

/* -a 14,7,1: display alarms so many days before each deadline. */
static void
parse_alarms(struct opts *o, const char *arg)
{
	char *copy = xstrdup(arg), *tok, *save = NULL;
	int v;

	o->nalarms = 0;
	for (tok = strtok_r(copy, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if ((v = parse_days(tok, 366)) < 0 || o->nalarms == MAX_ALARMS)
			err_die(EXIT_TROUBLE, "bad alarm list '%s': up to %d "
			    "numbers of days from 0 to 366, such as 7,1",
			    arg, MAX_ALARMS);
		o->alarms[o->nalarms++] = v;
	}
	free(copy);
}

static void
parse_option(struct opts *o, int c, const char *arg)
{
	switch (c) {
	case 'a': parse_alarms(o, arg); break;
	case 'c': o->confirmed = 1; break;
	case 'D':
		if (o->nfestivals == 16)
			err_die(EXIT_TROUBLE, "at most 16 festival files");
		o->festivals[o->nfestivals++] = arg;
		break;
	case 'd': o->data = arg; break;
	case 'F': o->film = arg; break;
	case 'f':
		o->format = format_option(arg, 1u << FMT_TABLE |
		    1u << FMT_CSV | 1u << FMT_TSV | 1u << FMT_HTML);
		o->format_given = 1;
		break;
	case 'h': usage(stdout, EXIT_OK);
	case 'N': o->no_seed = 1; break;
	case 'o': o->output = arg; break;
	case 's': o->log = arg; o->log_given = 1; break;
	case 't': o->today = arg; break;
	case 'w':
		if ((o->within = parse_days(arg, 100000)) < 0)
			err_die(EXIT_TROUBLE, "bad number of days '%s'", arg);
		break;
	case 'z': o->zone = arg; break;
	default: usage(stderr, EXIT_TROUBLE);
	}
}

static void
parse_options(struct opts *o, int argc, char *argv[])
{
	static const struct option longs[] = {
		{ "alarms", required_argument, NULL, 'a' },
		{ "confirmed", no_argument, NULL, 'c' },
		{ "festivals", required_argument, NULL, 'D' },
		{ "data", required_argument, NULL, 'd' },
		{ "film", required_argument, NULL, 'F' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ "no-seed", no_argument, NULL, 'N' },
		{ "output", required_argument, NULL, 'o' },
		{ "submissions", required_argument, NULL, 's' },
		{ "today", required_argument, NULL, 't' },
		{ "within", required_argument, NULL, 'w' },
		{ "zone", required_argument, NULL, 'z' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "a:cD:d:F:f:hNo:s:t:w:z:", longs,
	    NULL)) != -1)
		parse_option(o, c, optarg);
}

/* A file named on the command line must be readable: otherwise it is a
 * system error (exit 2), not a rejected input. */
static void
need_file(const char *path)
{
	if (strcmp(path, "-") != 0 && access(path, R_OK) != 0)
		err_die_errno("%s", path);
}

/* The seed (unless -N), then -D files, else ./festivals.yaml if there. */
static void
load_db(struct files *fs, const struct opts *o, struct diag *d)
{
	char *seed;
	size_t i;

	if (!o->no_seed) {
		seed = data_path(o->data, "festivals.yaml");
		need_file(seed);
		(void)ft_db_load(&fs->db, seed, d);
		free(seed);
	}
	for (i = 0; i < o->nfestivals; i++) {
		need_file(o->festivals[i]);
		(void)ft_db_load(&fs->db, o->festivals[i], d);
	}
	if (o->nfestivals == 0 && access("festivals.yaml", F_OK) == 0)
		(void)ft_db_load(&fs->db, "festivals.yaml", d);
	(void)ft_db_check(&fs->db, d);
}

/* Loads everything; 0, or EXIT_REJECT when some input was rejected. The
 * log is read only against a good database, whose festivals it names. */
static int
load(struct files *fs, const struct opts *o, int film)
{
	struct diag d = { 0, 0 };
	unsigned db_errors;

	load_db(fs, o, &d);
	db_errors = d.errors;
	if (film) {
		need_file(o->film);
		if (ft_film_load(&fs->film, o->film, &d) == 0)
			(void)ft_film_check(&fs->film, &fs->db, &d);
	}
	if (db_errors == 0) {
		if (o->log_given)
			need_file(o->log);
		(void)ft_log_load(&fs->log, o->log, !o->log_given, &fs->db,
		    &d);
	}
	return d.errors > 0 ? EXIT_REJECT : EXIT_OK;
}

/* The moment the report is made for: --today at 00:00 on the user's
 * clock, else now. */
static void
set_now(struct ft_ctx *c, const struct opts *o)
{
	struct ft_wall w;
	const char *why;

	if (o->zone != NULL) {
		if (!ft_tz_known(o->zone))
			err_die(EXIT_TROUBLE, "unknown time zone '%s'",
			    o->zone);
		ft_tz_user(o->zone);
	}
	if (o->today != NULL) {
		if (date_parse(o->today, &c->today, &why) < 0)
			err_die(EXIT_TROUBLE, "bad date '%s': %s", o->today,
			    why);
		c->now = ft_tz_utc(NULL, c->today, 0);
		return;
	}
	c->now = (int64_t)time(NULL);
	ft_tz_local(NULL, c->now, &w);
	c->today = w.day;
}

static void
write_table(struct table *t, const struct opts *o, FILE *f)
{
	table_write(t, o->format, f);
	table_free(t);
}

/* Nothing at all when nothing is due, so that cron mails only when there
 * is something to do. */
static void
run_due(const struct ft_ctx *c, const struct opts *o, FILE *f)
{
	struct ft_due *v;
	size_t n;

	v = ft_due_collect(c, o->within >= 0 ? o->within : 30, &n);
	if (n > 0)
		write_table(ft_report_due(v, n), o, f);
	ft_due_free(v, n);
}

static void
run_ics(const struct ft_ctx *c, const struct opts *o, FILE *f)
{
	struct ft_due *v;
	size_t n;

	v = ft_due_collect(c, o->within, &n);
	ft_ics_write(f, c, v, n, o->alarms, o->nalarms);
	ft_due_free(v, n);
}

static void
run_eligible(const struct ft_ctx *c, const struct opts *o, FILE *f)
{
	write_table(ft_report_eligible(c), o, f);
}

static void
run_status(const struct ft_ctx *c, const struct opts *o, FILE *f)
{
	write_table(ft_report_status(c), o, f);
}

static void
run_plan(const struct ft_ctx *c, const struct opts *o, FILE *f)
{
	write_table(ft_report_plan(c), o, f);
}

static const struct command {
	const char *name;
	void (*run)(const struct ft_ctx *, const struct opts *, FILE *);
	int film;		/* it needs film.yaml */
} commands[] = {
	{ "due", run_due, 1 },
	{ "ics", run_ics, 1 },
	{ "eligible", run_eligible, 1 },
	{ "status", run_status, 0 },
	{ "plan", run_plan, 1 },
};

static const struct command *
find_command(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	err_warn("unknown command '%s'", name);
	usage(stderr, EXIT_TROUBLE);
}

/* Runs cmd into -o's file or standard output. */
static int
run(const struct command *cmd, const struct ft_ctx *c, const struct opts *o)
{
	struct out *out = out_open(o->output, OUT_MODE_PUBLIC);

	if (out == NULL)
		return EXIT_TROUBLE;
	cmd->run(c, o, out_file(out));
	return out_commit(out) < 0 ? EXIT_TROUBLE : EXIT_OK;
}

static void
unload(struct files *fs, struct ft_ctx *c)
{
	ft_ctx_free(c);
	ft_log_free(&fs->log);
	ft_film_free(&fs->film);
	ft_db_free(&fs->db);
	ft_tz_restore();
}

int
main(int argc, char *argv[])
{
	struct opts o = { .film = "film.yaml", .log = "submissions.csv",
		.within = -1, .alarms = { 7, 1 }, .nalarms = 2,
		.format = FMT_AUTO };
	const struct command *cmd;
	struct files fs;
	struct ft_ctx c;
	int status;

	err_setprog(argv[0]);
	parse_options(&o, argc, argv);
	if (argc - optind != 1)
		usage(stderr, EXIT_TROUBLE);
	cmd = find_command(argv[optind]);
	if (cmd->run == run_ics && o.format_given)
		err_die(EXIT_TROUBLE, "ics writes iCalendar: -f does not "
		    "apply");
	memset(&fs, 0, sizeof fs);
	memset(&c, 0, sizeof c);
	set_now(&c, &o);
	if ((status = load(&fs, &o, cmd->film)) == EXIT_OK) {
		c = (struct ft_ctx){ &fs.db, &fs.film, &fs.log, c.now, c.today,
		    o.confirmed, NULL, 0 };
		ft_ctx_shows(&c);
		status = run(cmd, &c, &o);
	}
	unload(&fs, &c);
	return out_finish(status);
}
