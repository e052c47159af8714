/*
 * record.c: dpae record, which appends URSSAF's acknowledgements to the
 * log, and the checks of the log against the crew.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "date.h"
#include "due.h"
#include "run.h"
#include "xalloc.h"

/* The contract named id (a contract id, not a person's), or NULL after a
 * message. */
static struct contract *
find_contract(const struct crew *c, const char *path, const char *id)
{
	char hint[160];
	struct person *p;
	size_t i, j;

	for (i = 0; i < c->npeople; i++)
		for (j = 0; j < c->people[i].ncontracts; j++)
			if (c->people[i].contracts[j].id != NULL &&
			    strcmp(c->people[i].contracts[j].id, id) == 0)
				return &c->people[i].contracts[j];
	p = crew_person(c, id);
	if (p != NULL && p->ncontracts == 1)
		snprintf(hint, sizeof hint, "name the contract of '%s': %s-1",
		    id, id);
	else if (p != NULL && p->ncontracts > 1)
		snprintf(hint, sizeof hint, "name one contract of '%s', %s-1 "
		    "to %s-%zu", id, id, id, p->ncontracts);
	else
		snprintf(hint, sizeof hint, "contracts are named as dpae due "
		    "lists them (aubert-2)");
	err_at(NULL, hint, "no contract '%s' in %s", id, path);
	return NULL;
}

/* Why a hire cannot be recorded: already in the log, or twice among the
 * operands. */
static int
already(const struct inputs *in, const struct dpae_ack *acks, size_t n,
    const struct contract *c)
{
	const struct dpae_ack *a = dpae_acklog_find(&in->log, c->person->id,
	    c->start, INT32_MAX);
	char day[DATE_BUFSZ], tb[TIME_BUFSZ];
	size_t i;

	if (a != NULL) {
		err_warn("'%s' is already recorded: filed %s %s, reference "
		    "'%s' (%s:%lu)", c->id, date_format(day, a->filed),
		    time_format(tb, a->filed_time), a->reference, in->log.path,
		    a->line);
		return 1;
	}
	for (i = 0; i < n; i++)
		if (acks[i].person != NULL && acks[i].start == c->start &&
		    strcmp(acks[i].person, c->person->id) == 0) {
			err_warn("'%s' is named twice", c->id);
			return 1;
		}
	return 0;
}

/* Facts worth a warning: a declaration filed after the hire (late), or
 * more than eight days before it (R1221-5: URSSAF may refuse it). */
static void
warn_timing(const struct dpae_ack *a, const struct contract *c)
{
	long long at = (long long)a->filed * 1440 + a->filed_time;
	long long hire = (long long)c->start * 1440 +
	    (c->start_time >= 0 ? c->start_time : 0);
	char day[DATE_BUFSZ], tb[TIME_BUFSZ];

	if (at > hire)
		err_warn("warning: '%s' was declared after the hire (%s %s): "
		    "a late declaration", c->id, date_format(day, c->start),
		    time_format(tb, c->start_time >= 0 ? c->start_time : 0));
	else if (c->start - a->filed > DPAE_WINDOW_DAYS)
		err_warn("warning: '%s' was declared more than %d days before "
		    "the hire (%s)", c->id, DPAE_WINDOW_DAYS,
		    date_format(day, c->start));
}

static void
fill_ack(const struct dpae_opts *o, const char *reference,
    const struct contract *c, struct dpae_ack *a)
{
	time_t now = time(NULL);
	struct tm tm;

	memset(a, 0, sizeof *a);
	a->filed = o->at_day;
	a->filed_time = o->at_time;
	if (!o->has_at) {
		localtime_r(&now, &tm);
		a->filed = o->today;
		a->filed_time = tm.tm_hour * 60 + tm.tm_min;
	}
	a->person = xstrdup(c->person->id);
	a->start = c->start;
	a->contract = xstrdup(c->id);
	a->reference = xstrdup(reference);
}

static void
free_acks(struct dpae_ack *acks, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(acks[i].person);
		free(acks[i].contract);
		free(acks[i].reference);
	}
	free(acks);
}

/* The records to append for the contracts named, with the warnings
 * about their timing when warn is set; NULL after messages. */
static struct dpae_ack *
make_acks(const struct dpae_opts *o, const struct inputs *in,
    const char *reference, int argc, char *const *argv, int warn)
{
	struct dpae_ack *acks = xcalloc((size_t)argc, sizeof *acks);
	struct contract **cs = xcalloc((size_t)argc, sizeof *cs);
	int i, bad = 0;

	for (i = 0; i < argc; i++) {
		cs[i] = find_contract(in->crew, o->crew, argv[i]);
		if (cs[i] == NULL || cs[i]->start == PEOPLE_NO_DAY ||
		    already(in, acks, (size_t)i, cs[i]))
			bad = 1;
		else
			fill_ack(o, reference, cs[i], &acks[i]);
	}
	for (i = 0; i < argc && !bad && warn; i++)
		warn_timing(&acks[i], cs[i]);
	free(cs);
	if (bad) {
		free_acks(acks, (size_t)argc);
		return NULL;
	}
	return acks;
}

/* The reference and --at, checked before the contracts; 1 when wrong. */
static int
bad_arguments(const struct dpae_opts *o, const char *reference)
{
	char day[DATE_BUFSZ];
	const char *why;
	int bad = 0;

	if (dpae_reference_check(reference, &why) < 0) {
		err_warn("reference '%s': %s", reference, why);
		bad = 1;
	}
	if (o->has_at && o->at_day > o->today) {
		err_warn("--at: %s is after today", date_format(day, o->at_day));
		bad = 1;
	}
	return bad;
}

int
dpae_cmd_record(const struct dpae_opts *o, int argc, char *const *argv)
{
	struct inputs in;
	struct dpae_ack *acks;
	int bad = bad_arguments(o, argv[0]);
	int rc = inputs_load(o, &in, NEED_LOG);

	if (rc == EXIT_OK && in.d.errors > 0)
		rc = EXIT_REJECT;
	if (rc == EXIT_OK) {
		/* every contract is checked, even after a bad argument */
		acks = make_acks(o, &in, argv[0], argc - 1, argv + 1, !bad);
		if (acks == NULL || bad)
			rc = EXIT_REJECT;
		else if (dpae_acklog_append(o->log, acks, (size_t)argc - 1) < 0)
			rc = EXIT_TROUBLE;
		if (acks != NULL)
			free_acks(acks, (size_t)argc - 1);
	}
	inputs_free(&in);
	return rc == EXIT_OK && bad ? EXIT_REJECT : rc;
}

static int
has_contract(const struct crew *c, const char *person, int32_t start)
{
	const struct person *p = crew_person(c, person);
	size_t j;

	for (j = 0; p != NULL && j < p->ncontracts; j++)
		if (p->contracts[j].start == start)
			return 1;
	return 0;
}

void
dpae_check_log(struct inputs *in)
{
	const struct dpae_acklog *log = &in->log;
	char day[DATE_BUFSZ];
	size_t i, j;

	for (i = 0; i < log->n; i++) {
		const struct dpae_ack *a = &log->v[i];
		struct srcpos at = { log->path, (unsigned)a->line, 0 };
		char hint[64];

		if (!has_contract(in->crew, a->person, a->start))
			diag_warning(&in->d, &at, "the contract "
			    "was moved or removed: declare the new hire, or "
			    "have URSSAF cancel this declaration", "'%s' hired "
			    "on %s: no such contract in the crew", a->person,
			    date_format(day, a->start));
		for (j = 0; j < i; j++)
			if (log->v[j].start == a->start &&
			    strcmp(log->v[j].person, a->person) == 0) {
				snprintf(hint, sizeof hint, "it is first at "
				    "line %lu", log->v[j].line);
				diag_warning(&in->d, &at, hint,
				    "'%s' hired on %s: recorded twice",
				    a->person, date_format(day, a->start));
				break;
			}
	}
}
