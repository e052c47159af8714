/*
 * pdftext.c: screenplays as pdftotext -layout writes them. Each page ends
 * with a form feed; a page number alone at the top of a page is the
 * printed page number; the left edge of the action is the indentation of
 * the scene headings; cues are in capitals, indented 14 to 39 characters
 * from it and followed by a line; dialogue and parentheticals follow them,
 * indented; transitions sit further right. Scene lengths are measured on
 * the real pages: a scene's lines on each page, against the profile's
 * lines per page.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "heading.h"
#include "pdftext.h"
#include "text.h"
#include "xalloc.h"

/* Indentations from the action's left edge, in characters: a cue sits
 * at 2 inches (20 characters) in the layouts of screenplay.md §2.2, a
 * parenthetical at 1.5 and dialogue at 1, transitions past 4. */
enum { CUE_MIN = 14, CUE_MAX = 39, DIALOGUE_MIN = 5, TRANSITION_MIN = 40 };

struct seg {
	unsigned scene;
	unsigned first, last;	/* line slots on the page */
	int starts;
};

struct sb_pdftext {
	struct sb_builder *b;
	const struct sb_rules *r;
	struct diag *d;
	const char *name;
	long page;		/* the current page's number */
	int physical;		/* pages begun */
	int title_page;		/* page 1 was a title page */
	int saw_script;		/* a heading or cue on this page */
	int header;		/* still in the page's header lines */
	unsigned slot;		/* lines counted on this page */
	struct seg *segs, *prev;	/* this page's and the last page's */
	size_t nsegs, nprev, capsegs, capprev;
	long prev_page;
	int have_prev;
	size_t base;		/* the action's left edge */
	int base_known;
	int in_dialogue;
	struct buf pend;		/* the line waiting for the next */
	size_t pend_zeroed;		/* its capacity zeroed */
	unsigned pend_line;
	int have_pend;
	struct buf title;	/* page 1's first line */
};

struct sb_pdftext *
sb_pdftext_new(struct sb_builder *b, const struct sb_rules *r,
    struct diag *d, const char *name)
{
	struct sb_pdftext *t = xcalloc(1, sizeof *t);

	t->b = b;
	t->r = r;
	t->d = d;
	t->name = name;
	t->page = 1;
	t->physical = 1;
	t->header = 1;
	return t;
}

void
sb_pdftext_free(struct sb_pdftext *t)
{
	if (t == NULL)
		return;
	free(t->segs);
	free(t->prev);
	buf_free(&t->pend);
	buf_free(&t->title);
	free(t);
}

static size_t
indent(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len && s[i] == ' '; i++)
		;
	return i;
}

/* --- measuring --------------------------------------------------------- */

/* Counts one line of the page for the scene now open. */
static void
count_line(struct sb_pdftext *t, int heading)
{
	unsigned scene = sb_builder_current(t->b);
	struct seg *g;

	if (t->nsegs == 0 || t->segs[t->nsegs - 1].scene != scene) {
		xgrow(&t->segs, &t->capsegs, t->nsegs + 1, sizeof *t->segs);
		g = &t->segs[t->nsegs++];
		g->scene = scene;
		g->first = t->slot;
		g->starts = 0;
	}
	g = &t->segs[t->nsegs - 1];
	g->last = t->slot++;
	g->starts |= heading;
}

/* Hands out the last page's measure, now that the scene the next page
 * starts with is known (next; -1 at the end): a scene that goes on takes
 * the rest of its page. */
static void
flush_prev(struct sb_pdftext *t, unsigned next)
{
	unsigned lpp = t->r->profile.lines_per_page, lines;
	size_t i;

	if (!t->have_prev)
		return;
	for (i = 0; i < t->nprev; i++) {
		struct seg *g = &t->prev[i];

		lines = g->last - g->first + 1;
		if (i + 1 == t->nprev && g->scene == next && lpp > g->first)
			lines = lpp - g->first > lines ? lpp - g->first :
			    lines;
		sb_builder_segment(t->b, g->scene, t->prev_page, lines,
		    g->starts);
	}
	t->have_prev = 0;
	sb_builder_done_before(t->b, next);
}

static void
end_page(struct sb_pdftext *t)
{
	struct seg *swap = t->prev;
	size_t cap = t->capprev;

	flush_prev(t, t->nsegs > 0 ? t->segs[0].scene :
	    sb_builder_current(t->b));
	t->prev = t->segs;
	t->capprev = t->capsegs;
	t->nprev = t->nsegs;
	t->segs = swap;
	t->capsegs = cap;
	t->nsegs = 0;
	t->prev_page = t->page;
	t->have_prev = 1;
	if (t->physical == 1 && !t->saw_script) {
		t->title_page = 1;	/* not a page of the script */
		t->have_prev = 0;
		if (t->title.len > 0)
			sb_builder_title(t->b, "Title", 5, t->title.s,
			    t->title.len);
		t->page = 0;
	}
	t->physical++;
	t->page++;
	t->slot = 0;
	t->header = 1;
	t->saw_script = 0;
}

/* --- reading lines ------------------------------------------------------- */

static void
emit(struct sb_pdftext *t, enum sb_kind kind, const char *s, size_t len,
    const struct sb_heading *h, const char *num, size_t numlen)
{
	struct sb_elem e = { kind, s, len, t->pend_line, 1, 0, num, numlen };

	sb_builder_elem(t->b, &e, h);
	if (kind == SB_HEADING || kind == SB_CHARACTER)
		t->saw_script = 1;
	count_line(t, kind == SB_HEADING);
}

/* A heading, perhaps with its scene number on both sides, as scripts
 * print them ("12    INT. CUISINE - NUIT    12"). */
static int
heading(struct sb_pdftext *t, const char *s, size_t len, size_t ind)
{
	const char *num = NULL, *end;
	size_t numlen = 0, n = 0;
	struct sb_heading h;

	while (n < len && ((s[n] >= '0' && s[n] <= '9') || (n > 0 &&
	    s[n] >= 'A' && s[n] <= 'Z' && n < 4)))
		n++;
	if (n > 0 && n + 2 < len && s[n] == ' ' && s[n + 1] == ' ') {
		num = s;
		numlen = n;
		end = s + len;
		while (end > s + n && end[-1] != ' ')
			end--;
		if ((size_t)(s + len - end) == numlen &&
		    memcmp(end, num, numlen) == 0)
			len = sb_trim(&s, (size_t)(end - s));
		s += n;
		len = sb_trim(&s, len - n);
	}
	if (sb_heading_match(t->r, s, len, &h) != 1)
		return 0;
	t->base = ind;
	t->base_known = 1;
	emit(t, SB_HEADING, s, len, &h, num, numlen);
	return 1;
}

static int
cue_like(const char *s, size_t len)
{
	const char *p = memchr(s, '(', len);

	return sb_is_caps(s, p != NULL ? (size_t)(p - s) : len);
}

/* Dual dialogue prints two cues side by side ("ANNE        BOB"): the
 * length of the first when s is two cues three spaces apart or more,
 * else 0. */
static size_t
dual_cues(const char *s, size_t len, size_t *second)
{
	const char *gap = s;
	size_t first;

	while ((gap = memchr(gap, ' ', len - (size_t)(gap - s))) != NULL &&
	    (size_t)(gap - s) + 3 < len && memcmp(gap, "   ", 3) != 0)
		gap++;
	if (gap == NULL || (size_t)(gap - s) + 3 >= len)
		return 0;
	first = (size_t)(gap - s);
	*second = first + strspn(gap, " ");
	if (*second >= len || !cue_like(s, first) ||
	    !cue_like(s + *second, len - *second))
		return 0;
	return first;
}

/* Classifies the pending line, knowing whether the next one is blank. */
static void
classify(struct sb_pdftext *t, const char *s, size_t len, int next_text)
{
	size_t ind = indent(s, len), rel, first, second;
	const char *txt = s;
	size_t tlen = sb_trim(&txt, len);
	struct sb_elem cue = { SB_CHARACTER, NULL, 0, t->pend_line, 1,
	    SB_F_DUAL, NULL, 0 };

	if (!t->base_known || ind < t->base)
		rel = 0;
	else
		rel = ind - t->base;
	if (t->in_dialogue && rel >= DIALOGUE_MIN) {
		emit(t, txt[0] == '(' ? SB_PARENTHETICAL : SB_DIALOGUE, txt,
		    tlen, NULL, NULL, 0);
		return;
	}
	t->in_dialogue = 0;
	if (heading(t, txt, tlen, ind))
		return;
	if (rel >= DIALOGUE_MIN && next_text && (first = dual_cues(txt, tlen,
	    &second)) > 0) {
		emit(t, SB_CHARACTER, txt, first, NULL, NULL, 0);
		cue.text = txt + second;
		cue.len = tlen - second;
		sb_builder_elem(t->b, &cue, NULL);
		t->in_dialogue = 1;
	} else if (rel >= TRANSITION_MIN && sb_is_caps(txt, tlen))
		emit(t, SB_TRANSITION, txt, tlen, NULL, NULL, 0);
	else if (rel >= CUE_MIN && rel <= CUE_MAX && next_text &&
	    cue_like(txt, tlen)) {
		emit(t, SB_CHARACTER, txt, tlen, NULL, NULL, 0);
		t->in_dialogue = 1;
	} else
		emit(t, SB_ACTION, txt, tlen, NULL, NULL, 0);
}

/* Lines that are not the script's text: a page number at the top of a
 * page, and the continuation marks of the printed pages. */
static int
page_furniture(struct sb_pdftext *t, const char *s, size_t len)
{
	size_t n = 0;

	len = sb_trim(&s, len);
	if (t->header) {
		while (n < len && s[n] >= '0' && s[n] <= '9')
			n++;
		if (n > 0 && n < 5 && (n == len || (n + 1 == len &&
		    s[n] == '.'))) {
			t->page = atol(s);
			return 1;
		}
	}
	return (len == 11 && memcmp(s, "(CONTINUED)", 11) == 0) ||
	    (len == 10 && memcmp(s, "CONTINUED:", 10) == 0) ||
	    (len == 6 && memcmp(s, "(MORE)", 6) == 0) ||
	    (len == 7 && memcmp(s, "(SUITE)", 7) == 0);
}

/* The pending line goes: a blank line, or a line classified. */
static void
flush_pend(struct sb_pdftext *t, int next_text)
{
	const char *s = buf_str(&t->pend);
	size_t len = t->pend.len;

	if (!t->have_pend)
		return;
	t->have_pend = 0;
	if (sb_trim(&s, len) == 0) {
		t->in_dialogue = 0;
		if (t->slot > 0)	/* blank lines at the top don't count */
			emit(t, SB_BLANK, "", 0, NULL, NULL, 0);
		return;
	}
	classify(t, buf_str(&t->pend), len, next_text);
}

void
sb_pdftext_line(void *pdftext, const char *text, size_t len, unsigned line,
    unsigned flags)
{
	struct sb_pdftext *t = pdftext;
	const char *s = text, *v;

	(void)flags;
	size_t vlen;

	while (len > 0 && s[0] == '\f') {
		flush_pend(t, 0);
		end_page(t);
		s++;
		len--;
	}
	if (page_furniture(t, s, len))
		return;
	v = s;
	vlen = sb_trim(&v, len);
	if (vlen > 0) {
		t->header = 0;
		if (t->physical == 1 && t->title.len == 0)
			buf_add(&t->title, v, vlen);
	}
	flush_pend(t, vlen > 0);
	buf_clear(&t->pend);
	buf_add(&t->pend, s, len);
	sb_zero_slack(&t->pend, &t->pend_zeroed);
	t->pend_line = line;
	t->have_pend = 1;
}

void
sb_pdftext_finish(struct sb_pdftext *t)
{
	flush_pend(t, 0);
	if (t->nsegs > 0 || t->slot > 0)
		end_page(t);
	flush_prev(t, (unsigned)-1);
	sb_builder_done_before(t->b, (unsigned)-1);
	sb_builder_pages(t->b, t->page - 1);
}
