/*
 * test_ydoc.c: the YAML tree (positions, scalars kept as written, aliases,
 * limits) and the typed getters with their messages.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "test.h"
#include "capture.h"
#include "buf.h"
#include "date.h"
#include "ydoc.h"

static struct ydoc *
load(const char *text, struct diag *d)
{
	memset(d, 0, sizeof *d);
	return ydoc_load_mem("t.yaml", text, strlen(text), d);
}

static void
ydoc__scalars__kept_as_written_with_positions(void **state)
{
	static const char text[] =
	    "title: Les Heures creuses\n"
	    "code: 24.10\n"
	    "lines:\n"
	    "  - code: '25.01'\n"
	    "    rate: 1 234,56\n";
	struct diag d;
	struct ydoc *doc = load(text, &d);
	struct ynode *root, *lines, *item;
	const char *s;
	struct srcpos at;

	(void)state;
	assert_non_null(doc);
	root = ydoc_root(doc);
	assert_int_equal(ynode_kind(root), YNODE_MAP);
	assert_int_equal(ynode_str(root, "code", 0, &s), 1);
	assert_string_equal(s, "24.10");
	assert_int_equal(ynode_seq(root, "lines", Y_REQUIRED, &lines), 1);
	assert_int_equal(ynode_len(lines), 1);
	item = ynode_item(lines, 0);
	at = ynode_pos(ynode_get(item, "rate"));
	assert_string_equal(at.file, "t.yaml");
	assert_int_equal(at.line, 5);
	assert_int_equal(at.col, 11);
	assert_int_equal(ynode_str(root, "title", 0, &s), 1);
	assert_string_equal(s, "Les Heures creuses");
	ydoc_free(doc);
}

static void
ydoc__typed_getters__values(void **state)
{
	static const char text[] =
	    "n: -42\nm: 1 234,56\nr: 6.8%\nd: 2026-04-06\nb: yes\n"
	    "k: week\nq: 7.5\nnothing:\nl: [1, 2]\nmp: {a: 1}\n";
	static const char *const units[] = { "flat", "day", "week", NULL };
	struct diag d;
	struct ydoc *doc = load(text, &d);
	struct ynode *root = ydoc_root(doc), *l, *mp;
	long long n;
	int64_t m, q;
	rate_t r;
	int32_t day;
	int b, k;
	const char *s = "untouched";

	(void)state;
	assert_int_equal(ynode_int(root, "n", 0, &n), 1);
	assert_int_equal(n, -42);
	assert_int_equal(ynode_money(root, "m", 0, &m), 1);
	assert_int_equal(m, 123456);
	assert_int_equal(ynode_rate(root, "r", 0, &r), 1);
	assert_int_equal(r, 68000000);
	assert_int_equal(ynode_date(root, "d", 0, &day), 1);
	assert_true(date_holiday_fr(day, 0, NULL));
	assert_int_equal(ynode_bool(root, "b", 0, &b), 1);
	assert_int_equal(b, 1);
	assert_int_equal(ynode_enum(root, "k", 0, units, &k), 1);
	assert_int_equal(k, 2);
	assert_int_equal(ynode_fixed(root, "q", 0, 2, &q), 1);
	assert_int_equal(q, 750);
	assert_int_equal(ynode_str(root, "nothing", 0, &s), 0);
	assert_string_equal(s, "untouched");
	assert_int_equal(ynode_str(root, "absent", 0, &s), 0);
	assert_int_equal(ynode_seq(root, "l", 0, &l), 1);
	assert_int_equal(ynode_len(l), 2);
	assert_int_equal(ynode_map(root, "mp", 0, &mp), 1);
	assert_non_null(ynode_get(mp, "a"));
	assert_int_equal(ynode_check_unknown(mp), 0);
	assert_int_equal(ynode_check_unknown(root), 0);
	assert_int_equal(d.errors, 0);
	ydoc_free(doc);
}

static void
ydoc__bad_values__reported_at_their_place(void **state)
{
	static const char text[] =
	    "n: 4.5\nm: 12,345\nd: 2024-02-30\nb: maybe\nk: fortnight\n"
	    "l: text\nnothing: ~\n";
	static const char *const units[] = { "day", "week", NULL };
	struct diag d;
	struct ydoc *doc = load(text, &d);
	struct ynode *root = ydoc_root(doc), *l;
	struct capture c;
	long long n;
	int64_t m;
	int32_t day;
	int b, k;
	const char *s;

	(void)state;
	capture_start(&c);
	assert_int_equal(ynode_int(root, "n", 0, &n), -1);
	assert_int_equal(ynode_money(root, "m", 0, &m), -1);
	assert_int_equal(ynode_date(root, "d", 0, &day), -1);
	assert_int_equal(ynode_bool(root, "b", 0, &b), -1);
	assert_int_equal(ynode_enum(root, "k", 0, units, &k), -1);
	assert_int_equal(ynode_seq(root, "l", 0, &l), -1);
	assert_int_equal(ynode_str(root, "nothing", Y_REQUIRED, &s), -1);
	assert_int_equal(ynode_str(root, "title", Y_REQUIRED, &s), -1);
	capture_end(&c);
	assert_string_equal(c.text,
	    "cineprod: t.yaml:1:4: '4.5' is not a whole number\n"
	    "cineprod: t.yaml:2:4: '12,345' is not an amount: ambiguous: "
	    "three digits after the separator could be thousands; write "
	    "1234 or 1234.00\n"
	    "cineprod: t.yaml:3:4: '2024-02-30' is not a date: no such day "
	    "in that month\n"
	    "cineprod: t.yaml:4:4: 'maybe' is not true or false\n"
	    "  hint: write true or false\n"
	    "cineprod: t.yaml:5:4: unknown value 'fortnight'\n"
	    "  hint: one of: day, week\n"
	    "cineprod: t.yaml:6:4: 'l' should be a list, not a value\n"
	    "cineprod: t.yaml:7:10: no value for 'nothing'\n"
	    "cineprod: t.yaml:1:1: missing key 'title'\n");
	assert_int_equal(d.errors, 8);
	ydoc_free(doc);
}

static void
ydoc__unknown_keys__did_you_mean_or_known_list(void **state)
{
	static const char text[] = "rate: 1\nquantty: 2\nzzz: 3\n";
	struct diag d;
	struct ydoc *doc = load(text, &d);
	struct ynode *root = ydoc_root(doc);
	struct capture c;
	long long v;

	(void)state;
	ynode_int(root, "rate", 0, &v);
	ynode_int(root, "quantity", 0, &v);
	capture_start(&c);
	assert_int_equal(ynode_check_unknown(root), 2);
	capture_end(&c);
	assert_string_equal(c.text,
	    "cineprod: t.yaml:2:1: unknown key 'quantty'\n"
	    "  hint: did you mean 'quantity'?\n"
	    "cineprod: t.yaml:3:1: unknown key 'zzz'\n"
	    "  hint: known keys: rate, quantity\n");
	ydoc_free(doc);
}

static const char *
load_error(const char *text)
{
	static struct capture c;
	struct diag d;
	struct ydoc *doc;

	capture_start(&c);
	doc = load(text, &d);
	capture_end(&c);
	assert_null(doc);
	assert_true(d.errors > 0);
	return c.text;
}

static void
ydoc__structure_errors__positions_and_hints(void **state)
{
	(void)state;
	assert_string_equal(load_error("a: 1\nb: 2\na: 3\n"),
	    "cineprod: t.yaml:3:1: duplicate key 'a'\n"
	    "  hint: it is first at line 1\n");
	assert_string_equal(load_error("a:\n\t- 1\n"),
	    "cineprod: t.yaml:2:1: found character that cannot start any "
	    "token while scanning for the next token\n"
	    "  hint: YAML indents with spaces, not tabs\n");
	assert_string_equal(load_error("a: [1, 2\n"),
	    "cineprod: t.yaml:2:1: did not find expected ',' or ']' while "
	    "parsing a flow sequence\n");
	assert_string_equal(load_error("a: *nowhere\n"),
	    "cineprod: t.yaml:1:4: unknown alias '*nowhere'\n"
	    "  hint: an anchor (&name) must come before its aliases and "
	    "outside them\n");
	assert_string_equal(load_error("a: &x [1, *x]\n"),
	    "cineprod: t.yaml:1:11: unknown alias '*x'\n"
	    "  hint: an anchor (&name) must come before its aliases and "
	    "outside them\n");
	assert_string_equal(load_error("a: 1\n---\nb: 2\n"),
	    "cineprod: t.yaml:2:1: a second YAML document ('---')\n"
	    "  hint: keep one document per file\n");
	assert_string_equal(load_error("? [1]\n: x\n"),
	    "cineprod: t.yaml:1:3: a map key must be a plain value, not a "
	    "list\n");
	assert_non_null(strstr(load_error("a: \"\xff\"\n"), "UTF-8"));
}

static void
ydoc__aliases__shared_not_copied(void **state)
{
	static const char text[] =
	    "base: &tech {rate: 200, unit: day}\n"
	    "a: *tech\nb: *tech\n";
	struct diag d;
	struct ydoc *doc = load(text, &d);
	struct ynode *root = ydoc_root(doc), *a, *b;
	long long v;

	(void)state;
	assert_non_null(doc);
	assert_int_equal(ynode_map(root, "a", 0, &a), 1);
	assert_int_equal(ynode_map(root, "b", 0, &b), 1);
	assert_ptr_equal(a, b);
	assert_int_equal(ynode_int(b, "rate", 0, &v), 1);
	assert_int_equal(v, 200);
	ydoc_free(doc);
}

static void
ydoc__billion_laughs__rejected_quickly(void **state)
{
	struct buf b = BUF_INIT;
	const char *msg;
	clock_t t0;
	int i;

	(void)state;
	buf_adds(&b, "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
	for (i = 1; i < 10; i++)
		buf_addf(&b, "a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, "
		    "*a%d, *a%d, *a%d]\n", i, i, i - 1, i - 1, i - 1, i - 1,
		    i - 1, i - 1, i - 1, i - 1, i - 1);
	t0 = clock();
	msg = load_error(b.s);
	assert_true(clock() - t0 < CLOCKS_PER_SEC);
	assert_non_null(strstr(msg, "aliases expand to more than 1000000 "
	    "nodes"));
	buf_free(&b);
}

static void
ydoc__deep_nesting__rejected(void **state)
{
	struct buf b = BUF_INIT;
	int i;

	(void)state;
	for (i = 0; i < 1000; i++)
		buf_addc(&b, '[');
	for (i = 0; i < 1000; i++)
		buf_addc(&b, ']');
	assert_non_null(strstr(load_error(b.s), "nested more than 200 levels"));
	buf_free(&b);
}

static void
ydoc__empty_document__null_root(void **state)
{
	struct diag d;
	struct ydoc *doc = load("# only a comment\n", &d);

	(void)state;
	assert_non_null(doc);
	assert_int_equal(ynode_kind(ydoc_root(doc)), YNODE_NULL);
	ydoc_free(doc);
}

static void
ydoc__load_missing_file__system_error(void **state)
{
	struct diag d = { 0, 0 };
	struct capture c;

	(void)state;
	capture_start(&c);
	assert_null(ydoc_load("/nonexistent/x.yaml", &d));
	capture_end(&c);
	assert_string_equal(c.text, "cineprod: /nonexistent/x.yaml: No such "
	    "file or directory\n");
	assert_int_equal(d.errors, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    ydoc__scalars__kept_as_written_with_positions),
		cmocka_unit_test(ydoc__typed_getters__values),
		cmocka_unit_test(ydoc__bad_values__reported_at_their_place),
		cmocka_unit_test(
		    ydoc__unknown_keys__did_you_mean_or_known_list),
		cmocka_unit_test(ydoc__structure_errors__positions_and_hints),
		cmocka_unit_test(ydoc__aliases__shared_not_copied),
		cmocka_unit_test(ydoc__billion_laughs__rejected_quickly),
		cmocka_unit_test(ydoc__deep_nesting__rejected),
		cmocka_unit_test(ydoc__empty_document__null_root),
		cmocka_unit_test(ydoc__load_missing_file__system_error),
	};

	return RUN(tests);
}
