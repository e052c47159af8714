/*
 * test_festival_track_ics.c: festival-track's iCalendar writer: content
 * lines folded at 75 octets without splitting a UTF-8 sequence, each
 * physical line ended by CRLF (RFC 5545 §3.1), and TEXT escaping
 * (§3.3.11).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "../../cmd/festival-track/ics.h"

/* Folds s and returns what was written; the caller frees it. */
static char *
fold(const char *s)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	ft_ics_fold(f, s, strlen(s));
	fclose(f);
	return out;
}

static char *
repeat(char c, size_t n)
{
	char *s = malloc(n + 1);

	memset(s, c, n);
	s[n] = '\0';
	return s;
}

static void
ics__fold_75_octets__one_line_with_crlf(void **state)
{
	char *line = repeat('a', 75), *out = fold(line);

	(void)state;
	assert_int_equal(strlen(out), 77);
	assert_memory_equal(out + 75, "\r\n", 3);
	free(out);
	free(line);
}

static void
ics__fold_76_octets__75_then_space_and_one(void **state)
{
	char *line = repeat('a', 76), *out = fold(line);

	(void)state;
	assert_int_equal(strlen(out), 75 + 2 + 1 + 1 + 2);
	assert_memory_equal(out + 75, "\r\n a\r\n", 7);
	free(out);
	free(line);
}

/* 74 ASCII octets and "é" (2 octets) would make 76: the fold comes
 * before the é, which starts the next line after the space. */
static void
ics__fold_before_a_two_octet_character__not_inside(void **state)
{
	char *line = repeat('a', 74), *s, *out;

	(void)state;
	s = malloc(80);
	snprintf(s, 80, "%s\xc3\xa9z", line);
	out = fold(s);
	assert_memory_equal(out + 74, "\r\n \xc3\xa9z\r\n", 9);
	free(out);
	free(s);
	free(line);
}

/* Continuation lines hold 74 octets after their space: "€" (3 octets)
 * repeated shows every physical line at 75 octets or less, each a whole
 * number of characters. */
static void
ics__fold_euro_signs__every_line_within_75_and_whole(void **state)
{
	char s[3 * 60 + 1] = "", *out, *p, *end;
	int i;

	(void)state;
	for (i = 0; i < 60; i++)
		strcat(s, "\xe2\x82\xac");
	out = fold(s);
	for (p = out; *p != '\0'; p = end + 2) {
		end = strstr(p, "\r\n");
		assert_non_null(end);
		assert_true(end - p <= 75);
		/* a line starts with a space or the euro's first octet */
		assert_true(p == out ? (unsigned char)*p == 0xe2 :
		    *p == ' ' && (unsigned char)p[1] == 0xe2);
	}
	free(out);
}

/* A four-octet character (U+1F3AC, the clapper board) at the edge. */
static void
ics__fold_four_octet_character__moved_whole(void **state)
{
	char *line = repeat('a', 73), s[96], *out;

	(void)state;
	snprintf(s, sizeof s, "%s\xf0\x9f\x8e\xac", line);
	out = fold(s);
	assert_memory_equal(out + 73, "\r\n \xf0\x9f\x8e\xac\r\n", 9);
	free(out);
	free(line);
}

static void
ics__text__escapes_backslash_semicolon_comma_newline(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	ft_ics_text(&b, "a,b;c\\d\ne: f\tg");
	/* the colon stays; a tab is a control character and goes */
	assert_string_equal(buf_str(&b), "a\\,b\\;c\\\\d\\ne: fg");
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ics__fold_75_octets__one_line_with_crlf),
		cmocka_unit_test(ics__fold_76_octets__75_then_space_and_one),
		cmocka_unit_test(
		    ics__fold_before_a_two_octet_character__not_inside),
		cmocka_unit_test(
		    ics__fold_euro_signs__every_line_within_75_and_whole),
		cmocka_unit_test(ics__fold_four_octet_character__moved_whole),
		cmocka_unit_test(
		    ics__text__escapes_backslash_semicolon_comma_newline),
	};

	return RUN(tests);
}
