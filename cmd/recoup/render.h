/*
 * render.h: what recoup writes from a run. The report and the flows are
 * tables (table.h: aligned text, CSV, TSV, HTML); statements are French
 * documents as text or printable HTML; explain tells, line by line, how a
 * party's amount was reached.
 */
#ifndef RECOUP_RENDER_H
#define RECOUP_RENDER_H

#include <stdio.h>

#include "run.h"
#include "table.h"

/* Per period: receipts, box-office parts, each tier and payee (reached,
 * paid in the period and to date, target, remaining), RNPP, retained,
 * authors. */
void rc_report(const struct run *r, enum format fmt, FILE *f);
/* Every flow, by period, tier, party and stream: for each period the
 * amounts add up to the receipts. */
void rc_flows(const struct run *r, enum format fmt, FILE *f);
/* The statement (relevé) of party for the last period, or of every party
 * with a position when party is -1; fmt is FMT_TEXT or FMT_HTML. */
void rc_statement(const struct run *r, int party, enum format fmt, FILE *f);
/* How party's amounts were reached, period by period. */
void rc_explain(const struct run *r, int party, FILE *f);

/* "au plus proche, le demi-centime à l'unité supérieure"...: how amounts
 * are rounded, in French. */
const char *rc_rounding_fr(enum round_mode mode);

/* 1 when party has something to state: a tier pays it or it is an
 * author. */
int rc_has_position(const struct waterfall *w, int party);

#endif
