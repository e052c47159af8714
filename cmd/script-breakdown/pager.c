/*
 * pager.c: afterwriting's line model and page breaker, streaming: lines
 * wait in a queue until a page can be cut, which needs one page of lines
 * and the next line with text after it.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "pager.h"
#include "text.h"
#include "xalloc.h"

/* One printed line. "is" tests in afterwriting look at the type of the
 * line's token (js/utils/liner.js goes through the token's is()), which
 * type holds here. */
struct pline {
	unsigned char type;	/* enum sb_ptype */
	unsigned char heading;	/* the scene's heading line */
	unsigned tok_i, tok_n;	/* line within its token, token's lines */
	unsigned scene;
};

/* A line of the dialogue block held back until it is known whether the
 * next cue makes it the first column of dual dialogue. */
struct ptok {
	enum sb_ptype type;
	size_t off, len;	/* the text, in the pager's blktext */
	unsigned scene;
};

struct sb_pager {
	struct sb_profile prof;
	struct sb_pager_cb cb;
	struct pline *q;	/* q[start..start+n) waits for a page */
	size_t start, n, cap;
	long pages;
	unsigned cur_scene;	/* the scene of the last line given */
	int last_blank;
	struct ptok *blk;
	size_t nblk, capblk;
	struct buf blktext;	/* the held lines' text */
	int blk_right;		/* the held block is a second column */
	unsigned left_lines;	/* lines of the first column */
	unsigned held_blanks;	/* blank lines after the held block */
	int final;
};

static const enum sb_width type_width[] = {
	[PT_SEPARATOR] = SB_W_ACTION, [PT_PAGE_BREAK] = SB_W_ACTION,
	[PT_HEADING] = SB_W_HEADING, [PT_ACTION] = SB_W_ACTION,
	[PT_CHARACTER] = SB_W_CHARACTER, [PT_PAREN] = SB_W_PAREN,
	[PT_DIALOGUE] = SB_W_DIALOGUE, [PT_TRANSITION] = SB_W_TRANSITION,
	[PT_CENTERED] = SB_W_CENTERED, [PT_SHOT] = SB_W_SHOT
};

struct sb_pager *
sb_pager_new(const struct sb_profile *p, const struct sb_pager_cb *cb)
{
	struct sb_pager *pg = xcalloc(1, sizeof *pg);

	pg->prof = *p;
	pg->cb = *cb;
	return pg;
}

static void
clear_block(struct sb_pager *pg)
{
	pg->nblk = 0;
	pg->held_blanks = 0;
	buf_clear(&pg->blktext);
}

void
sb_pager_free(struct sb_pager *pg)
{
	if (pg == NULL)
		return;
	clear_block(pg);
	buf_free(&pg->blktext);
	free(pg->blk);
	free(pg->q);
	free(pg);
}

long
sb_pager_pages(const struct sb_pager *pg)
{
	return pg->pages;
}

static int
empty(const struct pline *l)
{
	return l->type == PT_SEPARATOR || l->type == PT_PAGE_BREAK;
}

static int
is_dialogue(const struct pline *l)
{
	return l->type == PT_CHARACTER || l->type == PT_PAREN ||
	    l->type == PT_DIALOGUE;
}

/* --- the queue ---------------------------------------------------------- */

static struct pline *
queue(const struct sb_pager *pg)
{
	return pg->q != NULL ? pg->q + pg->start : NULL;
}

static void
make_room(struct sb_pager *pg, size_t more)
{
	if (pg->start + pg->n + more <= pg->cap)
		return;
	if (pg->start > 0 && pg->start + pg->n + more > pg->cap) {
		memmove(pg->q, pg->q + pg->start, pg->n * sizeof *pg->q);
		pg->start = 0;
	}
	xgrow(&pg->q, &pg->cap, pg->start + pg->n + more, sizeof *pg->q);
}

static void
push(struct sb_pager *pg, enum sb_ptype t, unsigned i, unsigned n,
    unsigned scene)
{
	struct pline *l;

	make_room(pg, 1);
	l = &pg->q[pg->start + pg->n++];
	l->type = (unsigned char)t;
	l->heading = t == PT_HEADING && i == 0;
	l->tok_i = i;
	l->tok_n = n;
	l->scene = scene;
}

static void
drop_front(struct sb_pager *pg, size_t k)
{
	pg->start += k;
	pg->n -= k;
	if (pg->n == 0)
		pg->start = 0;
}

/* --- cutting pages (afterwriting's break_lines and default_breaker) ----- */

/* The next line with text after i, or n. */
static size_t
after_of(const struct pline *q, size_t n, size_t i)
{
	for (i++; i < n && empty(&q[i]); i++)
		;
	return i;
}

/* Dialogue cut by the page: "(MORE)" ends the page and the cue comes
 * again with "(CONT'D)" on the next one; both go in before line i. */
static void
insert_more(struct sb_pager *pg, size_t i)
{
	struct pline *q;

	make_room(pg, 2);
	q = queue(pg);
	memmove(q + i + 2, q + i, (pg->n - i) * sizeof *q);
	q[i + 1] = q[i];
	q[i + 1].tok_i = 0;
	q[i + 1].tok_n = 1;
	q[i + 1].heading = 0;
	q[i] = q[i + 1];
	pg->n += 2;
}

/* May the page end after line i? */
static int
may_break(struct sb_pager *pg, size_t i)
{
	struct pline *q = queue(pg), *l = &q[i];
	size_t n = pg->n, after = after_of(q, n, i), before;

	for (before = i - 1; before > 0 && empty(&q[before]); before--)
		;
	if (l->type == PT_HEADING && after < n && q[after].type != PT_HEADING)
		return 0;
	if (after < n && q[after].type == PT_TRANSITION &&
	    l->type != PT_TRANSITION)
		return 0;
	if (l->type == PT_ACTION && l->tok_n < 4 && l->tok_i != l->tok_n - 1)
		return 0;
	if (l->type == PT_ACTION && l->tok_n >= 4 && (l->tok_i == 0 ||
	    l->tok_i == l->tok_n - 2))
		return 0;
	if (l->type == PT_DIALOGUE && after < n && q[after].type ==
	    PT_DIALOGUE && q[before].type == PT_DIALOGUE) {
		insert_more(pg, i);
		return 1;
	}
	if (is_dialogue(l) && after < n && (q[after].type == PT_DIALOGUE ||
	    q[after].type == PT_PAREN))
		return 0;
	return 1;
}

/* The last line of the page to cut, when the queue holds more than a
 * page: the latest line the breaker allows, else a full page and one. */
static size_t
choose_break(struct sb_pager *pg)
{
	const struct pline *q = queue(pg);
	size_t s = pg->prof.lines_per_page, p;

	do {
		for (p = s - 1; p > 0 && empty(&q[p]); p--)
			;
		s = p;
	} while (p > 0 && !may_break(pg, p));
	return p > 0 ? p : pg->prof.lines_per_page;
}

/* The scene of the first line with text left after the page, or the
 * scene being given when none is queued. */
static unsigned
next_scene(const struct sb_pager *pg, size_t from)
{
	const struct pline *q = queue(pg);
	size_t i;

	for (i = from; i < pg->n; i++)
		if (!empty(&q[i]))
			return q[i].scene;
	return pg->final ? (unsigned)-1 : pg->cur_scene;
}

/* Hands out the page made of the first len lines of the queue: each
 * scene's share, the last one to the bottom of the page when it goes on
 * (screenplay.md §2.3, "measured page by page"). */
static void
cut_page(struct sb_pager *pg, size_t len)
{
	const struct pline *q = queue(pg);
	unsigned next = next_scene(pg, len), lpp = pg->prof.lines_per_page;
	size_t a = 0, b, end;
	int starts;

	pg->pages++;
	while (a < len) {
		starts = 0;
		for (b = a; b < len && q[b].scene == q[a].scene; b++)
			starts |= q[b].heading;
		end = b;
		if (b == len && next == q[a].scene)
			end = len > lpp ? len : lpp;
		if (q[a].scene != 0)
			pg->cb.segment(pg->cb.ctx, q[a].scene, pg->pages,
			    (unsigned)(end - a), starts);
		a = b;
	}
	drop_front(pg, len);
	pg->cb.done_before(pg->cb.ctx, next);
}

/* Cuts every page that can be cut. */
static void
cut_pages(struct sb_pager *pg)
{
	size_t max = pg->prof.lines_per_page, i;
	struct pline *q;

	for (;;) {
		q = queue(pg);
		for (i = 0; i < pg->n && empty(&q[i]); i++)
			;
		drop_front(pg, i);
		q = queue(pg);
		for (i = 1; i < pg->n && i < max; i++)
			if (q[i].type == PT_PAGE_BREAK)
				break;
		if (i < pg->n && i < max) {
			cut_page(pg, i);
			continue;
		}
		if (pg->n <= max) {
			if (pg->final && pg->n > 0)
				cut_page(pg, pg->n);
			return;
		}
		if (!pg->final && after_of(q, pg->n, max - 1) >= pg->n)
			return;
		cut_page(pg, choose_break(pg) + 1);
	}
}

/* --- lines in ------------------------------------------------------------ */

static unsigned
width_of(const struct sb_pager *pg, enum sb_ptype t, int dual)
{
	unsigned w = pg->prof.width[type_width[t]];

	return dual ? w * pg->prof.dual_percent / 100 : w;
}

static unsigned
queue_lines(struct sb_pager *pg, enum sb_ptype t, const char *text,
    size_t len, unsigned scene, int dual)
{
	unsigned n = sb_wrap_count(text, len, width_of(pg, t, dual)), i;
	size_t k;

	if (t == PT_HEADING)	/* the blank line before belongs to it */
		for (k = pg->n; k-- > 0 && queue(pg)[k].type == PT_SEPARATOR;)
			queue(pg)[k].scene = scene;
	for (i = 0; i < n; i++)
		push(pg, t, i, n, scene);
	pg->last_blank = 0;
	pg->cur_scene = scene;
	if (pg->n > pg->prof.lines_per_page)
		cut_pages(pg);
	return n;
}

static void
queue_blank(struct sb_pager *pg, unsigned scene)
{
	if (pg->last_blank)
		return;
	push(pg, PT_SEPARATOR, 0, 1, scene);
	pg->last_blank = 1;
}

/* Gives out the held dialogue block: as the first column of dual
 * dialogue (dual), as a second column (only the lines it has beyond the
 * first column's, and without the blank line after it: afterwriting's
 * fold_dual_dialogue), or plainly. */
static void
flush_block(struct sb_pager *pg, int dual)
{
	unsigned lines = 0, i, blanks = pg->held_blanks;
	size_t k;

	if (pg->nblk == 0)
		return;
	for (k = 0; k < pg->nblk; k++) {
		struct ptok *t = &pg->blk[k];
		const char *text = pg->blktext.s + t->off;

		if (pg->blk_right)
			lines += sb_wrap_count(text, t->len,
			    width_of(pg, t->type, 1));
		else
			lines += queue_lines(pg, t->type, text, t->len,
			    t->scene, dual);
	}
	if (pg->blk_right) {
		for (i = pg->left_lines; i < lines; i++)
			push(pg, PT_DIALOGUE, 0, 1, pg->blk[0].scene);
		blanks = blanks > 0 ? blanks - 1 : 0;
		cut_pages(pg);
	}
	pg->left_lines = lines;
	if (blanks > 0)
		queue_blank(pg, pg->blk[pg->nblk - 1].scene);
	clear_block(pg);
}

static void
hold(struct sb_pager *pg, enum sb_ptype t, const char *text, size_t len,
    unsigned scene)
{
	struct ptok *p;

	xgrow(&pg->blk, &pg->capblk, pg->nblk + 1, sizeof *pg->blk);
	p = &pg->blk[pg->nblk++];
	p->type = t;
	p->off = pg->blktext.len;
	p->len = len;
	buf_add(&pg->blktext, text, len);
	p->scene = scene;
	pg->cur_scene = scene;
}

void
sb_pager_line(struct sb_pager *pg, enum sb_ptype t, const char *text,
    size_t len, unsigned scene, int dual)
{
	if (t == PT_CHARACTER) {
		if (dual && pg->nblk > 0 && !pg->blk_right) {
			flush_block(pg, 1);
			pg->blk_right = 1;
		} else {
			flush_block(pg, 0);
			pg->blk_right = 0;
		}
		hold(pg, t, text, len, scene);
		return;
	}
	if ((t == PT_PAREN || t == PT_DIALOGUE) && pg->nblk > 0 &&
	    pg->held_blanks == 0) {
		hold(pg, t, text, len, scene);
		return;
	}
	flush_block(pg, 0);
	pg->blk_right = 0;
	queue_lines(pg, t, text, len, scene, 0);
}

void
sb_pager_blank(struct sb_pager *pg, unsigned scene)
{
	if (pg->nblk > 0)
		pg->held_blanks++;
	else
		queue_blank(pg, scene);
}

void
sb_pager_break(struct sb_pager *pg, unsigned scene)
{
	flush_block(pg, 0);
	pg->blk_right = 0;
	push(pg, PT_PAGE_BREAK, 0, 1, scene);
	pg->last_blank = 0;
	cut_pages(pg);
}

void
sb_pager_finish(struct sb_pager *pg)
{
	flush_block(pg, 0);
	pg->final = 1;
	cut_pages(pg);
	pg->cb.done_before(pg->cb.ctx, (unsigned)-1);
}
