/*
 * render.h: what a breakdown is written as. Each report is a sink (see
 * sb.h) that receives the scenes one by one and writes at the end, or as
 * it goes when it can (the scene list in CSV, the breakdown sheets).
 *
 *   scenes      one row per scene: the breakdown file of breakdown(5)
 *   sets        by set: scenes, eighths, INT/EXT and day/night split
 *   characters  by character: scenes, first and last, eighths, dialogue
 *   elements    by element: category, scenes where it appears
 *   summary     pages, scenes, sets, roles, day/night, shooting days
 *   sheets      the feuilles de dépouillement, one A4 page per scene
 */
#ifndef SB_RENDER_H
#define SB_RENDER_H

#include <stdint.h>
#include <stdio.h>

#include "rules.h"
#include "sb.h"
#include "table.h"

enum sb_report {
	SB_R_SCENES,
	SB_R_SETS,
	SB_R_CHARACTERS,
	SB_R_ELEMENTS,
	SB_R_SUMMARY,
	SB_R_SHEETS,
	SB_NREPORTS
};

/* "scenes", ... ; SB_NREPORTS when name is none of them. */
enum sb_report sb_report_parse(const char *name);
const char *sb_report_name(enum sb_report r);

struct sb_render_opts {
	enum sb_report report;
	enum format format;		/* resolved: table, csv, tsv, html */
	int64_t pages_per_day;		/* in hundredths of a page */
	const char *source;		/* the input's name, for documents */
};

/* A sink writing report to f; sb_render_free frees it after finish. */
struct sb_sink *sb_render_new(const struct sb_rules *r,
    const struct sb_render_opts *o, FILE *f);
void sb_render_free(struct sb_sink *s);

/* The sinks of each kind of report, behind sb_render_new. */
struct sb_sink *sb_scenes_sink(const struct sb_rules *r,
    const struct sb_render_opts *o, FILE *f);
struct sb_sink *sb_reports_sink(const struct sb_rules *r,
    const struct sb_render_opts *o, FILE *f);
struct sb_sink *sb_sheets_sink(const struct sb_rules *r,
    const struct sb_render_opts *o, FILE *f);

/* Writes t in the report's format; as HTML, a document titled "what —
 * the screenplay's title". */
void sb_table_write(const struct table *t, const struct sb_render_opts *o,
    const struct sb_doc *d, const char *what, FILE *f);

/* "1 3/8", "3/8", "2": a length in eighths of a page as written on a
 * breakdown sheet (screenplay.md §2.3). buf holds 32 bytes. */
const char *sb_eighths_text(char buf[32], unsigned long eighths);

#endif
