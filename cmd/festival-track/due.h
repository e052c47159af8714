/*
 * due.h: the deadlines still open for the film: those of the next edition
 * of each festival, for sections the film may enter and has not entered
 * yet, with the fee its runtime pays, the moment each closes, and the days
 * left counted on the user's calendar.
 */
#ifndef CINEPROD_FT_DUE_H
#define CINEPROD_FT_DUE_H

#include "buf.h"
#include "elig.h"

struct ft_due {
	struct ft_festival *fest;
	const struct ft_edition *ed;
	const struct ft_deadline *dl;
	int64_t close;		/* the UTC second it closes */
	int32_t local_day;	/* the user's day it closes on */
	int local_minutes;	/* the user's time it closes; 1440: 24:00 */
	int days;		/* local_day - today: 0 today, 1 tomorrow */
	int has_fee;
	int64_t fee;		/* cents, in the festival's currency */
	enum ft_verdict verdict;	/* FT_MAYBE: a section to check */
	struct buf sections;	/* the names of its sections, "; " between */
	struct buf ids;		/* their ids, "+" between */
};

/* The open deadlines, closing within days (all when within is negative),
 * sorted by the moment they close; *n their number. Free with
 * ft_due_free. */
struct ft_due *ft_due_collect(const struct ft_ctx *c, int within, size_t *n);
void ft_due_free(struct ft_due *v, size_t n);
/* The user's wall clock at close: day and minutes, a close at midnight
 * being 24:00 of the day before. */
void ft_due_local(int64_t close, int32_t *day, int *minutes);

#endif
