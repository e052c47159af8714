/*
 * test_script_breakdown_text.c: script-breakdown's text pieces: code
 * point classes, folded keys, afterwriting's word wrap, word counts, cue
 * names.
 */
#include <string.h>

#include "test.h"
#include "buf.h"
#include "../../cmd/script-breakdown/names.h"
#include "../../cmd/script-breakdown/text.h"

static void
text__classes__latin_greek_cyrillic_case(void **state)
{
	(void)state;
	assert_int_equal(sb_cp_class('A'), SB_CP_UPPER);
	assert_int_equal(sb_cp_class('z'), SB_CP_LOWER);
	assert_int_equal(sb_cp_class('7'), SB_CP_DIGIT);
	assert_int_equal(sb_cp_class(' '), SB_CP_OTHER);
	assert_int_equal(sb_cp_class(0xC9), SB_CP_UPPER);	/* É */
	assert_int_equal(sb_cp_class(0xE9), SB_CP_LOWER);	/* é */
	assert_int_equal(sb_cp_class(0xD7), SB_CP_OTHER);	/* × */
	assert_int_equal(sb_cp_class(0x152), SB_CP_UPPER);	/* Œ */
	assert_int_equal(sb_cp_class(0x153), SB_CP_LOWER);	/* œ */
	assert_int_equal(sb_cp_class(0x139), SB_CP_UPPER);	/* Ĺ */
	assert_int_equal(sb_cp_class(0x13A), SB_CP_LOWER);	/* ĺ */
	assert_int_equal(sb_cp_class(0x410), SB_CP_UPPER);	/* А */
	assert_int_equal(sb_cp_class(0x430), SB_CP_LOWER);	/* а */
	assert_int_equal(sb_cp_class(0x3C9), SB_CP_LOWER);	/* ω */
	assert_int_equal(sb_cp_class(0x65E5), SB_CP_LETTER);	/* 日 */
	assert_int_equal(sb_cp_class(0x2019), SB_CP_OTHER);	/* ’ */
}

static void
text__caps__cues_and_not(void **state)
{
	(void)state;
	assert_true(sb_is_caps("MATHILDE", 8));
	assert_true(sb_is_caps("LÉA", 4));
	assert_true(sb_is_caps("R2D2", 4));
	assert_false(sb_is_caps("23", 2));
	assert_false(sb_is_caps("Léa", 4));
	assert_false(sb_is_caps("", 0));
}

static const char *
fold(struct buf *b, const char *s)
{
	buf_clear(b);
	sb_fold(b, s, strlen(s));
	return buf_str(b);
}

static void
text__fold__upper_without_accents_single_spaces(void **state)
{
	struct buf b = BUF_INIT;
	char small[4];

	(void)state;
	assert_string_equal(fold(&b, "Mary-Jane O’Brien"), "MARY JANE O BRIEN");
	assert_string_equal(fold(&b, "  Éloïse, cœur  "), "ELOISE COEUR");
	assert_string_equal(fold(&b, "Straße"), "STRASSE");
	assert_string_equal(fold(&b, "Ångström"), "ANGSTROM");
	assert_string_equal(fold(&b, "Наташа"), "НАТАША");
	assert_string_equal(fold(&b, "(V.O.)"), "V O");
	assert_string_equal(fold(&b, "..."), "");
	assert_int_equal(sb_fold_n(small, sizeof small, "ABCDEF", 6),
	    sizeof small);
	buf_free(&b);
}

static void
text__wrap__afterwriting_liner(void **state)
{
	char a116[117];

	(void)state;
	/* fits */
	assert_int_equal(sb_wrap_count("", 0, 58), 1);
	assert_int_equal(sb_wrap_count("abc def", 7, 58), 1);
	/* "aaaa bbbb cccc" at 9: the last space within 10 characters is
	 * at 9: "aaaa bbbb", then "cccc" */
	assert_int_equal(sb_wrap_count("aaaa bbbb cccc", 14, 9), 2);
	/* at 8: space at 4 within 9 characters: "aaaa", "bbbb cccc" is 9
	 * > 8, space at 4: "bbbb", "cccc" */
	assert_int_equal(sb_wrap_count("aaaa bbbb cccc", 14, 8), 3);
	/* no space: cut after max - 1 characters: 116 at 58 is 57 + 57 +
	 * 2, at 61 it is 60 + 56 */
	memset(a116, 'a', 116);
	a116[116] = '\0';
	assert_int_equal(sb_wrap_count(a116, 116, 58), 3);
	assert_int_equal(sb_wrap_count(a116, 116, 61), 2);
	/* characters, not bytes: 10 "é" (20 bytes) fit in 10 */
	assert_int_equal(sb_wrap_count("éééééééééé", 20, 10), 1);
	assert_int_equal(sb_wrap_count("éééééééééé", 20, 9), 2);
	assert_int_equal(sb_wrap_count("éé éé éé", 14, 5), 2);
}

static void
text__words__apostrophes_and_hyphens_inside(void **state)
{
	(void)state;
	assert_int_equal(sb_word_count("Il reste du café ?", 19), 4);
	assert_int_equal(sb_word_count("Aujourd'hui, Jean-Pierre vient.", 32),
	    3);
	assert_int_equal(sb_word_count("l’eau -- 12 h", 15), 3);
	assert_int_equal(sb_word_count("...", 3), 0);
}

static const char *
cue(struct buf *b, const char *s)
{
	buf_clear(b);
	sb_cue_name(b, s, strlen(s));
	return buf_str(b);
}

static void
text__cue_name__extensions_and_marks_dropped(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	assert_string_equal(cue(&b, "MATHILDE (V.O.)"), "MATHILDE");
	assert_string_equal(cue(&b, "EDWARD (V.O.)(CONT’D)"), "EDWARD");
	assert_string_equal(cue(&b, "STEEL ^"), "STEEL");
	assert_string_equal(cue(&b, "@McCLANE"), "McCLANE");
	assert_string_equal(cue(&b, "JEAN-PIERRE D’ARTAGNAN"),
	    "JEAN-PIERRE D'ARTAGNAN");
	assert_string_equal(cue(&b, "  LA   VOISINE  (OFF)"), "LA VOISINE");
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text__classes__latin_greek_cyrillic_case),
		cmocka_unit_test(text__caps__cues_and_not),
		cmocka_unit_test(text__fold__upper_without_accents_single_spaces),
		cmocka_unit_test(text__wrap__afterwriting_liner),
		cmocka_unit_test(text__words__apostrophes_and_hyphens_inside),
		cmocka_unit_test(text__cue_name__extensions_and_marks_dropped),
	};

	return RUN(tests);
}
