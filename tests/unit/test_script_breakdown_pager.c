/*
 * test_script_breakdown_pager.c: afterwriting's page breaker and the
 * scenes' shares of pages, on a small made-up profile and on A4 (57
 * lines), computed by hand.
 */
#include <string.h>

#include "test.h"
#include "../../cmd/script-breakdown/pager.h"

struct seen {
	unsigned lines[8];	/* by scene */
	long first_page[8];
	unsigned done_before;
};

static void
on_segment(void *ctx, unsigned scene, long page, unsigned lines, int starts)
{
	struct seen *s = ctx;

	s->lines[scene] += lines;
	if (starts)
		s->first_page[scene] = page;
}

static void
on_done(void *ctx, unsigned scene)
{
	((struct seen *)ctx)->done_before = scene;
}

static struct sb_pager *
a4(struct seen *s)
{
	struct sb_profile p = { NULL, NULL, 57, 75,
	    { 58, 58, 33, 26, 36, 58, 58, 58 } };
	struct sb_pager_cb cb = { on_segment, on_done, s };

	memset(s, 0, sizeof *s);
	return sb_pager_new(&p, &cb);
}

static void
actions(struct sb_pager *pg, unsigned scene, int n)
{
	while (n-- > 0)
		sb_pager_line(pg, PT_ACTION, "Une ligne.", 10, scene, 0);
}

static void
pager__full_page__one_page_57_lines(void **state)
{
	struct seen s;
	struct sb_pager *pg = a4(&s);

	(void)state;
	sb_pager_line(pg, PT_HEADING, "INT. A - JOUR", 13, 1, 0);
	sb_pager_blank(pg, 1);
	actions(pg, 1, 55);
	sb_pager_finish(pg);
	assert_int_equal(sb_pager_pages(pg), 1);
	assert_int_equal(s.lines[1], 57);
	assert_int_equal(s.first_page[1], 1);
	assert_int_equal(s.done_before, (unsigned)-1);
	sb_pager_free(pg);
}

/* 55 lines of scene 1, then blank, heading, blank, action of scene 2:
 * the page cannot end after the heading (line 57), so it ends after line
 * 55 and scene 2 starts on page 2; its blank line before the heading
 * falls at the top of page 2 and is dropped. */
static void
pager__heading_at_bottom__moves_to_next_page(void **state)
{
	struct seen s;
	struct sb_pager *pg = a4(&s);

	(void)state;
	actions(pg, 1, 55);
	sb_pager_blank(pg, 1);
	sb_pager_line(pg, PT_HEADING, "INT. B - NUIT", 13, 2, 0);
	sb_pager_blank(pg, 2);
	actions(pg, 2, 1);
	sb_pager_finish(pg);
	assert_int_equal(sb_pager_pages(pg), 2);
	assert_int_equal(s.lines[1], 55);
	assert_int_equal(s.first_page[2], 2);
	assert_int_equal(s.lines[2], 3);
	sb_pager_free(pg);
}

/* A paragraph of action wrapped on 3 lines breaks only after its last
 * line: 55 one-line actions fill lines 1-55, the 3-line paragraph would
 * take 56-58: all of it goes to page 2. */
static void
pager__short_action__not_split(void **state)
{
	char three[150];
	struct seen s;
	struct sb_pager *pg = a4(&s);

	(void)state;
	memset(three, 'x', sizeof three);
	memcpy(three + 50, " ", 1);
	memcpy(three + 100, " ", 1);
	sb_pager_line(pg, PT_HEADING, "INT. A - JOUR", 13, 1, 0);
	actions(pg, 1, 54);
	sb_pager_line(pg, PT_ACTION, three, 140, 1, 0);
	sb_pager_finish(pg);
	assert_int_equal(sb_pager_pages(pg), 2);
	/* page 1: 55 lines, the scene goes on: to the bottom (57); page 2:
	 * 3 lines */
	assert_int_equal(s.lines[1], 60);
	sb_pager_free(pg);
}

/* A page never ends just before a transition: the line before it goes
 * with it. */
static void
pager__transition__keeps_line_before(void **state)
{
	struct seen s;
	struct sb_pager *pg = a4(&s);

	(void)state;
	sb_pager_line(pg, PT_HEADING, "INT. A - JOUR", 13, 1, 0);
	actions(pg, 1, 56);
	sb_pager_line(pg, PT_TRANSITION, "CUT TO:", 7, 1, 0);
	sb_pager_finish(pg);
	/* lines 1-57 then the transition: page 1 ends after line 56, lines
	 * 57 and 58 on page 2 */
	assert_int_equal(sb_pager_pages(pg), 2);
	assert_int_equal(s.lines[1], 57 + 2);
	sb_pager_free(pg);
}

/* === ends the page; several blank lines count as one; blank lines at
 * the top of a page are dropped. */
static void
pager__forced_break_and_blanks(void **state)
{
	struct seen s;
	struct sb_pager *pg = a4(&s);

	(void)state;
	sb_pager_line(pg, PT_HEADING, "INT. A - JOUR", 13, 1, 0);
	sb_pager_blank(pg, 1);
	sb_pager_blank(pg, 1);
	actions(pg, 1, 1);
	sb_pager_blank(pg, 1);
	sb_pager_break(pg, 1);
	sb_pager_blank(pg, 1);
	actions(pg, 1, 2);
	sb_pager_finish(pg);
	assert_int_equal(sb_pager_pages(pg), 2);
	/* page 1: heading, blank, action, blank = 4 lines, the scene goes
	 * on: 57; page 2: 2 lines */
	assert_int_equal(s.lines[1], 59);
	sb_pager_free(pg);
}

/* Dual dialogue: the first column is narrower (75 % of 36 = 27
 * characters: a 30-character line takes 2), the second column counts
 * only its lines beyond the first's, and the blank line after it goes. */
static void
pager__dual_dialogue__taller_column_counts(void **state)
{
	struct seen s;
	struct sb_pager *pg = a4(&s);
	const char *line30 = "aaaaaaaaaaaaaa bbbbbbbbbbbbbbb";

	(void)state;
	sb_pager_line(pg, PT_HEADING, "INT. A - JOUR", 13, 1, 0);
	sb_pager_blank(pg, 1);
	sb_pager_line(pg, PT_CHARACTER, "ANNE", 4, 1, 0);
	sb_pager_line(pg, PT_DIALOGUE, line30, 30, 1, 0);
	sb_pager_blank(pg, 1);
	sb_pager_line(pg, PT_CHARACTER, "BOB", 3, 1, 1);
	sb_pager_line(pg, PT_DIALOGUE, "Un.", 3, 1, 0);
	sb_pager_line(pg, PT_DIALOGUE, "Deux.", 5, 1, 0);
	sb_pager_line(pg, PT_DIALOGUE, "Trois.", 6, 1, 0);
	sb_pager_blank(pg, 1);
	actions(pg, 1, 1);
	sb_pager_finish(pg);
	/* heading, blank, ANNE + 2 lines, blank, 1 more line for BOB's 4,
	 * action = 8 lines */
	assert_int_equal(s.lines[1], 8);
	sb_pager_free(pg);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pager__full_page__one_page_57_lines),
		cmocka_unit_test(pager__heading_at_bottom__moves_to_next_page),
		cmocka_unit_test(pager__short_action__not_split),
		cmocka_unit_test(pager__transition__keeps_line_before),
		cmocka_unit_test(pager__forced_break_and_blanks),
		cmocka_unit_test(pager__dual_dialogue__taller_column_counts),
	};

	return RUN(tests);
}
