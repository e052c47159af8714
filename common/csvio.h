/*
 * csvio.h: CSV in and out, as the machine format of every command.
 *
 * The reader runs over libcsv (RFC 4180, strict quoting), maps header names
 * to columns, gives each record the line it starts on, accepts a UTF-8 BOM
 * and CRLF, skips blank lines, and reports ragged rows and invalid UTF-8
 * with file:line into a struct diag, skipping the bad record, so that one
 * pass finds every error. It streams: memory does not grow with the file.
 *
 * The writer quotes per RFC 4180 (records end with LF) or writes TSV with
 * backslash escapes (\t \n \r \\).
 */
#ifndef CINEPROD_CSVIO_H
#define CINEPROD_CSVIO_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "err.h"

struct csv_reader;

/* Opens path ("-" for stdin) for reading; errors go to diag. NULL with a
 * message when the file cannot be opened. sep is ',' or '\t'. */
struct csv_reader *csv_reader_open(const char *path, char sep,
    struct diag *diag);
/* Reads from f, named name in messages; f stays the caller's. */
struct csv_reader *csv_reader_new(FILE *f, const char *name, char sep,
    struct diag *diag);
void csv_reader_close(struct csv_reader *r);

/* Reads the header row. Each name in required (NULL-terminated, may be
 * NULL) must be present: a missing one is reported with the columns that
 * were found. Returns 0, or -1 when the header is missing or incomplete. */
int csv_reader_header(struct csv_reader *r, const char *const *required);
/* Index of the column named name, or -1. */
int csv_reader_col(const struct csv_reader *r, const char *name);
/* Number of header columns. */
size_t csv_reader_ncols(const struct csv_reader *r);
/* Header name of column col. */
const char *csv_reader_colname(const struct csv_reader *r, int col);

/* Moves to the next good record: 1 when there is one, 0 at the end of the
 * file or after an error that stops reading (an I/O error, a malformed
 * quote). Bad records are reported and skipped. */
int csv_reader_next(struct csv_reader *r);
/* Field col of the current record, NUL-terminated; "" when col is -1 or
 * beyond the record. Valid until the next csv_reader_next. */
const char *csv_reader_field(const struct csv_reader *r, int col);
size_t csv_reader_field_len(const struct csv_reader *r, int col);
size_t csv_reader_nfields(const struct csv_reader *r);
/* The line the current record starts on (from 1). */
unsigned long csv_reader_line(const struct csv_reader *r);
/* The name of the input, as in messages. */
const char *csv_reader_name(const struct csv_reader *r);
/* file and line of the current record, for messages. */
struct srcpos csv_reader_pos(const struct csv_reader *r);
/* 1 when reading stopped on an error rather than at the end of input. */
int csv_reader_failed(const struct csv_reader *r);

enum csv_style {
	CSV_STYLE_CSV,		/* RFC 4180, comma-separated */
	CSV_STYLE_TSV		/* tab-separated, backslash escapes */
};

struct csv_writer {
	FILE *f;
	enum csv_style style;
	int started;		/* a field was written on this row */
};

void csv_writer_init(struct csv_writer *w, FILE *f, enum csv_style style);
/* One field; quoted or escaped as needed. */
void csv_put(struct csv_writer *w, const char *s);
void csv_putn(struct csv_writer *w, const char *s, size_t len);
void csv_putf(struct csv_writer *w, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Amount in machine form (1234.50). */
void csv_put_money(struct csv_writer *w, int64_t cents);
void csv_put_int(struct csv_writer *w, long long v);
/* YYYY-MM-DD */
void csv_put_date(struct csv_writer *w, int32_t day);
/* Ends the row. */
void csv_endrow(struct csv_writer *w);
/* Writes n fields and ends the row. */
void csv_row(struct csv_writer *w, const char *const *fields, size_t n);

#endif
