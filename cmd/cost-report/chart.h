/*
 * chart.h: the SVG chart of spending over time.
 */
#ifndef CHART_H
#define CHART_H

#include <stdio.h>

#include "costreport.h"

#define CR_CHART_NO_DAY INT32_MIN

struct cr_chart {
	const char *title;
	int64_t budget;		/* devis total, cents */
	int64_t efc;		/* estimated final cost, cents */
	int32_t to;		/* the report's day, or CR_CHART_NO_DAY */
};

/* Writes the chart of days v[0..n) (sorted by day) to f. */
void cr_chart_write(FILE *f, const struct cr_day *v, size_t n,
    const struct cr_chart *c);

#endif
