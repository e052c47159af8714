/*
 * due.h: when a declaration must be filed. Code du travail R1221-5 [S]:
 * no earlier than eight days before the planned hire, and at the latest
 * when the employee starts work (shared/domain/dpae.md section 1).
 */
#ifndef DPAE_DUE_H
#define DPAE_DUE_H

#include <stdint.h>

#include "ack.h"
#include "decl.h"
#include "table.h"

/* R1221-5: the declaration is made within the eight days before the
 * hire. */
#define DPAE_WINDOW_DAYS 8

enum dpae_due {
	DPAE_NOT_YET,	/* starts more than eight days from today */
	DPAE_DUE,	/* in the window, with office days left before it */
	DPAE_URGENT,	/* in the window, and today is the last office day
			   before the start day (or later) */
	DPAE_TODAY,	/* starts today: file before the hiring time */
	DPAE_LATE	/* started before today without a declaration */
};

/* 1 for an office day: Monday to Friday, not a public holiday
 * (holiday_flags as for date_holiday_fr). */
int dpae_office_day(int32_t day, unsigned holiday_flags);
/* Where a hire on start stands on today, before it is declared. */
enum dpae_due dpae_due_status(int32_t start, int32_t today,
    unsigned holiday_flags);
/* "due", "urgent", "today", "late"; "" for DPAE_NOT_YET. */
const char *dpae_due_name(enum dpae_due s);

/* The table of the declarations of b that are due or late on today and
 * not acknowledged in log by then, soonest first: status, contract,
 * surname, first_names, start, start_time, days. Rows for nothing due:
 * none. The caller frees the table. */
struct table *dpae_due_table(const struct dpae_batch *b,
    const struct dpae_acklog *log, int32_t today, unsigned holiday_flags);
/* 1 when x must be filed on today (due, urgent, today or late) and log
 * has no acknowledgement of it filed by then. */
int dpae_decl_due(const struct dpae_decl *x, const struct dpae_acklog *log,
    int32_t today, unsigned holiday_flags);

#endif
