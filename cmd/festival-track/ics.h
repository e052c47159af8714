/*
 * ics.h: the open deadlines as an iCalendar file (RFC 5545) that calendar
 * applications import: CRLF line ends, lines folded at 75 octets between
 * UTF-8 characters, one event a deadline with a UID that stays the same
 * from one export to the next, all-day events for deadlines without a
 * time and timed ones in the festival's zone (with its VTIMEZONE)
 * otherwise, and display alarms some days before.
 */
#ifndef CINEPROD_FT_ICS_H
#define CINEPROD_FT_ICS_H

#include <stdio.h>

#include "buf.h"
#include "due.h"

#define FT_ICS_LINE 75		/* octets a content line holds (§3.1) */

/* Writes line (without its CRLF) folded at FT_ICS_LINE octets, never
 * inside a UTF-8 sequence, each physical line ended by CRLF. */
void ft_ics_fold(FILE *f, const char *line, size_t len);
/* Appends s to b as an RFC 5545 TEXT value: \\ \; \, and \n escaped. */
void ft_ics_text(struct buf *b, const char *s);
/* Writes the calendar of the n deadlines of v, with a display alarm the
 * given numbers of days before each. */
void ft_ics_write(FILE *f, const struct ft_ctx *c, const struct ft_due *v,
    size_t n, const int *alarms, size_t nalarms);

#endif
