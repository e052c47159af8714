/*
 * pager.h: pagination, so that a scene's page and its length in eighths
 * are those of the printed script. The model is afterwriting's (the
 * liner and page breaker of afterwriting-labs@f1912c08 js/utils/liner.js
 * [V]): every element line is word-wrapped at its width, a blank line is
 * a line, a page holds lines_per_page lines, and a page never ends right
 * after a scene heading, before a transition, inside a short paragraph of
 * action or between a cue and its dialogue; dialogue cut by a page break
 * gets (MORE) and the cue again with (CONT'D).
 *
 * A scene's share of a page runs from its first line (the blank line
 * before its heading included) to its last; when it goes on to the next
 * page it takes the rest of the page, as an assistant director measures
 * with a ruler. Its length in eighths is ceil(8 x lines / lines_per_page)
 * over all its pages, at least 1 (screenplay.md §2.3).
 */
#ifndef SB_PAGER_H
#define SB_PAGER_H

#include <stddef.h>

#include "rules.h"

/* Line types, as afterwriting's tokens. */
enum sb_ptype {
	PT_SEPARATOR,
	PT_PAGE_BREAK,
	PT_HEADING,
	PT_ACTION,
	PT_CHARACTER,
	PT_PAREN,
	PT_DIALOGUE,
	PT_TRANSITION,
	PT_CENTERED,
	PT_SHOT
};

struct sb_pager_cb {
	/* scene takes lines lines on page; starts: its heading is there */
	void (*segment)(void *ctx, unsigned scene, long page, unsigned lines,
	    int starts);
	/* every scene before scene is measured */
	void (*done_before)(void *ctx, unsigned scene);
	void *ctx;
};

struct sb_pager;

struct sb_pager *sb_pager_new(const struct sb_profile *p,
    const struct sb_pager_cb *cb);
void sb_pager_free(struct sb_pager *pg);

/* An element line of type t for scene; dual is set on the cue of the
 * second column of dual dialogue (Fountain's ^). */
void sb_pager_line(struct sb_pager *pg, enum sb_ptype t, const char *text,
    size_t len, unsigned scene, int dual);
/* A blank line (several in a row count as one). */
void sb_pager_blank(struct sb_pager *pg, unsigned scene);
/* A forced page break (===). */
void sb_pager_break(struct sb_pager *pg, unsigned scene);
/* Ends the script: the last pages are cut and every scene is done. */
void sb_pager_finish(struct sb_pager *pg);
/* Pages cut so far. */
long sb_pager_pages(const struct sb_pager *pg);

#endif
