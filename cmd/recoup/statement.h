/*
 * statement.h: what statement.c and author_statement.c share: the
 * statement being built and its common parts.
 */
#ifndef RECOUP_STATEMENT_H
#define RECOUP_STATEMENT_H

#include "document.h"
#include "run.h"

struct stmt {
	const struct run *r;
	size_t p0, p;		/* the periods stated, inclusive */
	int party;
	struct document *d;
};

/* "1 234,56 €" */
char *stmt_money(char buf[MONEY_BUFSZ], int64_t cents);
/* Title, film, recipient, producer, period (span names it), date of the
 * accounts. */
void stmt_header(struct stmt *st, const char *title, const char *span);
/* The note on rounding that ends every statement. */
void stmt_rounding_note(struct stmt *st);
/* The yearly statement of an author (CPI L132-28). */
void stmt_author(struct stmt *st);

#endif
