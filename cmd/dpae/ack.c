/*
 * ack.c: reading and appending the acknowledgement log (dpae-log(5)).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ack.h"
#include "csvio.h"
#include "date.h"
#include "xalloc.h"

#define HINT_LOG "see dpae-log(5)"

static const char *const columns[] = { "filed_date", "filed_time", "person",
    "start", "contract", "reference", NULL };
static const char *const required[] = { "filed_date", "filed_time",
    "person", "start", "reference", NULL };

int
dpae_reference_check(const char *s, const char **why)
{
	size_t n = strlen(s), i;

	if (n == 0 || n > 100) {
		*why = "a reference has 1 to 100 characters";
		return -1;
	}
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f) {
			*why = "a reference has no control characters";
			return -1;
		}
	return 0;
}

struct cols {
	int filed, time, person, start, contract, reference;
};

/* One record into a; -1 after reporting what is wrong with it. */
static int
read_record(struct csv_reader *r, const struct cols *c, struct dpae_ack *a,
    struct diag *d)
{
	struct srcpos at = csv_reader_pos(r);
	const char *why, *s;
	unsigned before = d->errors;

	if (date_parse(csv_reader_field(r, c->filed), &a->filed, &why) < 0)
		diag_error(d, &at, HINT_LOG, "filed_date '%s': %s",
		    csv_reader_field(r, c->filed), why);
	if (time_parse(csv_reader_field(r, c->time), &a->filed_time, &why) < 0
	    || a->filed_time >= 24 * 60)
		diag_error(d, &at, HINT_LOG, "filed_time '%s': not a time of "
		    "day", csv_reader_field(r, c->time));
	if (*csv_reader_field(r, c->person) == '\0')
		diag_error(d, &at, HINT_LOG, "person: no value");
	if (date_parse(csv_reader_field(r, c->start), &a->start, &why) < 0)
		diag_error(d, &at, HINT_LOG, "start '%s': %s",
		    csv_reader_field(r, c->start), why);
	s = csv_reader_field(r, c->reference);
	if (dpae_reference_check(s, &why) < 0)
		diag_error(d, &at, HINT_LOG, "reference '%s': %s", s, why);
	if (d->errors != before)
		return -1;
	a->person = xstrdup(csv_reader_field(r, c->person));
	a->contract = xstrdup(csv_reader_field(r, c->contract));
	a->reference = xstrdup(s);
	a->line = csv_reader_line(r);
	return 0;
}

static void
read_records(struct csv_reader *r, struct dpae_acklog *log, struct diag *d)
{
	struct cols c;
	struct dpae_ack a;

	if (csv_reader_header(r, required) < 0)
		return;
	c.filed = csv_reader_col(r, "filed_date");
	c.time = csv_reader_col(r, "filed_time");
	c.person = csv_reader_col(r, "person");
	c.start = csv_reader_col(r, "start");
	c.contract = csv_reader_col(r, "contract");
	c.reference = csv_reader_col(r, "reference");
	while (csv_reader_next(r)) {
		memset(&a, 0, sizeof a);
		if (read_record(r, &c, &a, d) < 0)
			continue;
		xgrow(&log->v, &log->cap, log->n + 1, sizeof *log->v);
		log->v[log->n++] = a;
	}
}

int
dpae_acklog_read(const char *path, struct dpae_acklog *log, struct diag *d)
{
	struct stat st;
	FILE *f;
	int failed;

	memset(log, 0, sizeof *log);
	log->path = path;
	if ((f = fopen(path, "r")) == NULL) {
		if (errno == ENOENT)
			return 0;	/* nothing recorded yet */
		err_warn_errno("%s", path);
		return -1;
	}
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		err_warn_errno("%s", path);
		fclose(f);
		return -1;
	}
	failed = dpae_acklog_read_stream(f, path, log, d);
	fclose(f);
	return failed;
}

int
dpae_acklog_read_stream(FILE *f, const char *name, struct dpae_acklog *log,
    struct diag *d)
{
	struct csv_reader *r = csv_reader_new(f, name, ',', d);

	read_records(r, log, d);
	csv_reader_close(r);
	return ferror(f) ? -1 : 0;	/* the reader said so */
}

void
dpae_acklog_free(struct dpae_acklog *log)
{
	size_t i;

	for (i = 0; i < log->n; i++) {
		free(log->v[i].person);
		free(log->v[i].contract);
		free(log->v[i].reference);
	}
	free(log->v);
	memset(log, 0, sizeof *log);
}

const struct dpae_ack *
dpae_acklog_find(const struct dpae_acklog *log, const char *person,
    int32_t start, int32_t asof)
{
	size_t i;

	for (i = 0; i < log->n; i++)
		if (log->v[i].start == start && log->v[i].filed <= asof &&
		    strcmp(log->v[i].person, person) == 0)
			return &log->v[i];
	return NULL;
}

/* The records as CSV text, with the header row when header is set. */
static char *
format_records(const struct dpae_ack *acks, size_t n, int header,
    size_t *len)
{
	struct csv_writer w;
	char *text = NULL, tb[TIME_BUFSZ];
	FILE *f = open_memstream(&text, len);
	size_t i;

	if (f == NULL)
		err_die_errno("open_memstream");
	csv_writer_init(&w, f, CSV_STYLE_CSV);
	if (header)
		csv_row(&w, columns, 6);
	for (i = 0; i < n; i++) {
		csv_put_date(&w, acks[i].filed);
		csv_put(&w, time_format(tb, acks[i].filed_time));
		csv_put(&w, acks[i].person);
		csv_put_date(&w, acks[i].start);
		csv_put(&w, acks[i].contract);
		csv_put(&w, acks[i].reference);
		csv_endrow(&w);
	}
	if (fclose(f) != 0)
		err_die_errno("open_memstream");
	return text;
}

static int
append_locked(int fd, const char *path, const struct dpae_ack *acks,
    size_t n)
{
	struct stat st;
	size_t len;
	char *text;
	ssize_t w;

	if (flock(fd, LOCK_EX) < 0 || fstat(fd, &st) < 0) {
		err_warn_errno("%s", path);
		return -1;
	}
	text = format_records(acks, n, st.st_size == 0, &len);
	w = write(fd, text, len);
	free(text);
	if (w >= 0 && (size_t)w == len && fsync(fd) == 0)
		return 0;
	if (w >= 0 && (size_t)w != len)
		err_warn("%s: short write", path);
	else
		err_warn_errno("%s", path);
	/* take back a partial record, so that the log stays whole */
	if (ftruncate(fd, st.st_size) < 0)
		err_warn_errno("%s", path);
	return -1;
}

int
dpae_acklog_append(const char *path, const struct dpae_ack *acks, size_t n)
{
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
	int rc;

	if (fd < 0) {
		err_warn_errno("%s", path);
		return -1;
	}
	rc = append_locked(fd, path, acks, n);
	if (close(fd) < 0 && rc == 0) {
		err_warn_errno("%s", path);
		rc = -1;
	}
	return rc;
}
