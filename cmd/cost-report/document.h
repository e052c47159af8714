/*
 * document.h: the cost report and the budget exécuté as printable HTML.
 */
#ifndef DOCUMENT_H
#define DOCUMENT_H

#include <stdio.h>

#include "table.h"
#include "walk.h"

struct cr_doc {
	const char *film;	/* title of the production, or NULL */
	const char *budget_file;
	int executed;		/* the budget exécuté, else the cost report */
	int32_t from, to;	/* CR_NO_DAY_MIN and CR_NO_DAY_MAX: unset */
	int32_t credit_from;	/* CR_NO_DAY_MIN: unset */
	unsigned long rows;	/* ledger rows read */
	unsigned long counted;	/* and counted (dated up to "to") */
	const struct cr_totals *total;
};

void cr_html_write(FILE *f, const struct table *t, const struct cr_doc *doc);

#endif
