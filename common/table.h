/*
 * table.h: a report as rows of typed cells, written as an aligned table
 * for a terminal, as CSV or TSV for programs, or as an HTML table for
 * documents. Cells keep their value (cents, days, ...) and each writer
 * formats it: machine form in CSV (1234.50), French form in tables and
 * HTML (1 234,50). Widths count characters, not bytes.
 */
#ifndef CINEPROD_TABLE_H
#define CINEPROD_TABLE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "money.h"

enum table_type {
	COL_TEXT,
	COL_MONEY,	/* cents */
	COL_INT,
	COL_DATE,	/* day number */
	COL_RATE,	/* rate_t */
	COL_FIXED2	/* a quantity in hundredths (hours 7.50) */
};

/* Output formats a command may offer (each offers a subset). */
enum format {
	FMT_AUTO,	/* a table on a terminal, CSV otherwise */
	FMT_TABLE,
	FMT_CSV,
	FMT_TSV,
	FMT_HTML,
	FMT_TEXT,	/* a document as plain text */
	FMT_XLSX,
	FMT_SVG,
	FMT_ICS,
	FMT_XML,
	FMT_NFORMATS
};

/* Row flags. */
enum {
	ROW_TOTAL = 1,	/* a subtotal or total: set off in tables and HTML */
	ROW_HEADING = 2	/* a section heading row (text in the first cell) */
};

struct table;

struct table *table_new(void);
void table_free(struct table *t);
/* Adds a column: name heads CSV, label (or name when NULL) heads the
 * table and HTML. Numbers are right-aligned. Returns the column index. */
int table_col(struct table *t, const char *name, const char *label,
    enum table_type type);
/* Starts a row with flags; the cells that follow fill it left to right. */
void table_row(struct table *t, unsigned flags);
void table_text(struct table *t, const char *s);
void table_textf(struct table *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void table_money(struct table *t, int64_t cents);
void table_int(struct table *t, long long v);
void table_date(struct table *t, int32_t day);
void table_rate(struct table *t, rate_t r);
void table_fixed2(struct table *t, int64_t hundredths);
/* An empty cell. */
void table_empty(struct table *t);
size_t table_nrows(const struct table *t);

/* Writes t as fmt (FMT_TABLE, FMT_CSV, FMT_TSV or FMT_HTML; FMT_AUTO is
 * resolved against f). */
void table_write(const struct table *t, enum format fmt, FILE *f);

/* "table", "csv"...; FMT_NFORMATS when name is none of them. */
enum format format_parse(const char *name);
const char *format_name(enum format fmt);
/* FMT_AUTO becomes FMT_TABLE on a terminal and FMT_CSV elsewhere. */
enum format format_resolve(enum format fmt, FILE *f);
/* Parses a -f argument against the formats a command offers (a bit mask of
 * 1 << FMT_x); on failure prints the offered ones and exits with status 2. */
enum format format_option(const char *arg, unsigned offered);

#endif
