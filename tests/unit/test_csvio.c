/*
 * test_csvio.c: the CSV reader (header mapping, line numbers, BOM, CRLF,
 * quoting, ragged rows, bad UTF-8, blocks) and the writer (RFC 4180 quoting,
 * TSV escapes).
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "capture.h"
#include "buf.h"
#include "csvio.h"
#include "err.h"

struct fixture {
	FILE *f;
	struct csv_reader *r;
	struct diag d;
	struct capture cap;
};

static void
open_text(struct fixture *x, const char *text, size_t len)
{
	memset(&x->d, 0, sizeof x->d);
	x->f = fmemopen((void *)(uintptr_t)text, len, "r");
	assert_non_null(x->f);
	x->r = csv_reader_new(x->f, "t.csv", ',', &x->d);
}

static void
close_text(struct fixture *x)
{
	csv_reader_close(x->r);
	fclose(x->f);
}

static void
csv__header_and_fields__mapped_by_name(void **state)
{
	static const char text[] =
	    "date,code,amount\n2026-01-05,24.01,120.50\n2026-01-06,25.02,-3\n";
	static const char *const req[] = { "amount", "code", NULL };
	struct fixture x;
	int amount;

	(void)state;
	open_text(&x, text, sizeof text - 1);
	assert_int_equal(csv_reader_header(x.r, req), 0);
	assert_int_equal(csv_reader_ncols(x.r), 3);
	amount = csv_reader_col(x.r, "amount");
	assert_int_equal(amount, 2);
	assert_int_equal(csv_reader_col(x.r, "vat"), -1);
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_string_equal(csv_reader_field(x.r, amount), "120.50");
	assert_int_equal(csv_reader_line(x.r), 2);
	assert_string_equal(csv_reader_field(x.r, -1), "");
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_string_equal(csv_reader_field(x.r, 1), "25.02");
	assert_int_equal(csv_reader_line(x.r), 3);
	assert_int_equal(csv_reader_next(x.r), 0);
	assert_int_equal(x.d.errors, 0);
	close_text(&x);
}

static void
csv__bom_crlf_blank_lines_and_quotes__right_line_numbers(void **state)
{
	static const char text[] =
	    "\xef\xbb\xbf" "a,b\r\n"
	    "1,\"x, y\"\r\n"
	    "\r\n"
	    "2,\"two\r\nlines\"\r\n"
	    "3,\"say \"\"hi\"\"\"\r\n"
	    "\n"
	    "4,last";
	struct fixture x;

	(void)state;
	open_text(&x, text, sizeof text - 1);
	assert_int_equal(csv_reader_header(x.r, NULL), 0);
	assert_string_equal(csv_reader_colname(x.r, 0), "a");
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_string_equal(csv_reader_field(x.r, 1), "x, y");
	assert_int_equal(csv_reader_line(x.r), 2);
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_string_equal(csv_reader_field(x.r, 1), "two\r\nlines");
	assert_int_equal(csv_reader_line(x.r), 4);
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_string_equal(csv_reader_field(x.r, 1), "say \"hi\"");
	assert_int_equal(csv_reader_line(x.r), 6);
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_string_equal(csv_reader_field(x.r, 1), "last");
	assert_int_equal(csv_reader_line(x.r), 8);
	assert_int_equal(csv_reader_next(x.r), 0);
	assert_int_equal(x.d.errors, 0);
	close_text(&x);
}

/* Lines without a quote are split by the reader itself: the same fields
 * and lines as libcsv gives (spaces around unquoted fields trimmed, a
 * separator at the end an empty field, a line of blanks no record). */
static void
csv__quote_free_lines__split_as_libcsv(void **state)
{
	static const char text[] =
	    "a,b,c\n"
	    "  x , y\t,z  \n"
	    " , ,\n"
	    "   \n"
	    "\xc3\xa9,1,2\r\n"
	    "\"q\nr\",3,4\n"
	    "5,6,7";
	struct fixture x;

	(void)state;
	open_text(&x, text, sizeof text - 1);
	assert_int_equal(csv_reader_header(x.r, NULL), 0);
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_string_equal(csv_reader_field(x.r, 0), "x");
	assert_string_equal(csv_reader_field(x.r, 1), "y");
	assert_string_equal(csv_reader_field(x.r, 2), "z");
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_int_equal(csv_reader_line(x.r), 3);
	assert_int_equal(csv_reader_field_len(x.r, 2), 0);
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_int_equal(csv_reader_line(x.r), 5);
	assert_string_equal(csv_reader_field(x.r, 0), "\xc3\xa9");
	assert_string_equal(csv_reader_field(x.r, 2), "2");
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_int_equal(csv_reader_line(x.r), 6);
	assert_string_equal(csv_reader_field(x.r, 0), "q\nr");
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_int_equal(csv_reader_line(x.r), 8);
	assert_string_equal(csv_reader_field(x.r, 2), "7");
	assert_int_equal(csv_reader_next(x.r), 0);
	assert_int_equal(x.d.errors, 0);
	close_text(&x);
}

static void
csv__missing_column__reported_with_the_header_found(void **state)
{
	static const char text[] = "date,label\n2026-01-01,x\n";
	static const char *const req[] = { "date", "amount", "code", NULL };
	struct fixture x;

	(void)state;
	open_text(&x, text, sizeof text - 1);
	capture_start(&x.cap);
	assert_int_equal(csv_reader_header(x.r, req), -1);
	capture_end(&x.cap);
	assert_string_equal(x.cap.text,
	    "cineprod: t.csv:1: missing column 'amount'\n"
	    "  hint: the header has: date, label\n"
	    "cineprod: t.csv:1: missing column 'code'\n"
	    "  hint: the header has: date, label\n");
	assert_int_equal(x.d.errors, 2);
	close_text(&x);
}

static void
csv__ragged_and_bad_utf8_rows__reported_and_skipped(void **state)
{
	static const char text[] =
	    "a,b\n1,2\n3\n4,5,6\n7,\xff\xfe\n8,9\n";
	struct fixture x;

	(void)state;
	open_text(&x, text, sizeof text - 1);
	assert_int_equal(csv_reader_header(x.r, NULL), 0);
	capture_start(&x.cap);
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_string_equal(csv_reader_field(x.r, 0), "1");
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_string_equal(csv_reader_field(x.r, 0), "8");
	assert_int_equal(csv_reader_line(x.r), 6);
	assert_int_equal(csv_reader_next(x.r), 0);
	capture_end(&x.cap);
	assert_string_equal(x.cap.text,
	    "cineprod: t.csv:3: expected 2 fields, found 1\n"
	    "cineprod: t.csv:4: expected 2 fields, found 3\n"
	    "cineprod: t.csv:5: invalid UTF-8 in field 2\n"
	    "  hint: save the file as UTF-8\n");
	assert_int_equal(x.d.errors, 3);
	assert_false(csv_reader_failed(x.r));
	close_text(&x);
}

static void
csv__stray_quote__stops_with_line(void **state)
{
	static const char text[] = "a,b\n1,2\n3,x\"y\n5,6\n";
	struct fixture x;

	(void)state;
	open_text(&x, text, sizeof text - 1);
	assert_int_equal(csv_reader_header(x.r, NULL), 0);
	capture_start(&x.cap);
	while (csv_reader_next(x.r))
		;
	capture_end(&x.cap);
	assert_non_null(strstr(x.cap.text, "cineprod: t.csv:3: malformed "
	    "quoting"));
	assert_true(csv_reader_failed(x.r));
	close_text(&x);
}

static void
csv__unterminated_quote__reported_at_end(void **state)
{
	static const char text[] = "a,b\n1,\"open\n2,3\n";
	struct fixture x;

	(void)state;
	open_text(&x, text, sizeof text - 1);
	assert_int_equal(csv_reader_header(x.r, NULL), 0);
	capture_start(&x.cap);
	while (csv_reader_next(x.r))
		;
	capture_end(&x.cap);
	assert_string_equal(x.cap.text,
	    "cineprod: t.csv:2: unterminated quoted field\n");
	assert_true(csv_reader_failed(x.r));
	close_text(&x);
}

static void
csv__empty_input__no_header_error(void **state)
{
	struct fixture x;

	(void)state;
	open_text(&x, "", 0);
	capture_start(&x.cap);
	assert_int_equal(csv_reader_header(x.r, NULL), -1);
	capture_end(&x.cap);
	assert_string_equal(x.cap.text,
	    "cineprod: t.csv:1: empty file: no header row\n");
	close_text(&x);
}

static void
csv__many_blocks__records_across_boundaries_intact(void **state)
{
	struct buf b = BUF_INIT;
	struct fixture x;
	long i, n = 0;
	char want[64];

	(void)state;
	buf_adds(&b, "n,text,amount\n");
	for (i = 1; i <= 60000; i++)
		buf_addf(&b, "%ld,\"line %ld, with a comma\",%ld.%02ld\n", i,
		    i, i, i % 100);
	open_text(&x, b.s, b.len);
	assert_int_equal(csv_reader_header(x.r, NULL), 0);
	while (csv_reader_next(x.r)) {
		n++;
		snprintf(want, sizeof want, "line %ld, with a comma", n);
		assert_string_equal(csv_reader_field(x.r, 1), want);
		assert_int_equal(csv_reader_line(x.r), (unsigned long)n + 1);
		assert_int_equal(atol(csv_reader_field(x.r, 0)), n);
	}
	assert_int_equal(n, 60000);
	assert_int_equal(x.d.errors, 0);
	close_text(&x);
	buf_free(&b);
}

static char *
write_row(enum csv_style style, const char *const *fields, size_t n)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	struct csv_writer w;

	csv_writer_init(&w, f, style);
	csv_row(&w, fields, n);
	fclose(f);
	return out;
}

static void
csv__writer__rfc4180_quoting_and_tsv_escapes(void **state)
{
	static const char *const row[] = { "plain", "a,b", "say \"hi\"",
	    "two\nlines", " pad", "" };
	char *s;

	(void)state;
	s = write_row(CSV_STYLE_CSV, row, 6);
	assert_string_equal(s, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\","
	    "\" pad\",\n");
	free(s);
	s = write_row(CSV_STYLE_TSV, row, 6);
	assert_string_equal(s, "plain\ta,b\tsay \"hi\"\ttwo\\nlines\t pad\t\n");
	free(s);
}

static void
csv__writer_then_reader__round_trip(void **state)
{
	static const char *const row[] = { "a,b", "say \"hi\"", "x\r\ny",
	    " lead", "é" };
	char *out = NULL;
	size_t len = 0, i;
	FILE *f = open_memstream(&out, &len);
	struct csv_writer w;
	struct fixture x;

	(void)state;
	csv_writer_init(&w, f, CSV_STYLE_CSV);
	for (i = 0; i < 5; i++)
		csv_putf(&w, "c%zu", i);
	csv_endrow(&w);
	csv_row(&w, row, 5);
	csv_put_money(&w, -1234);
	csv_put_int(&w, 42);
	csv_put_date(&w, 0);
	csv_put(&w, NULL);
	csv_put(&w, "");
	csv_endrow(&w);
	fclose(f);
	open_text(&x, out, len);
	assert_int_equal(csv_reader_header(x.r, NULL), 0);
	assert_int_equal(csv_reader_next(x.r), 1);
	for (i = 0; i < 5; i++)
		assert_string_equal(csv_reader_field(x.r, (int)i), row[i]);
	assert_int_equal(csv_reader_next(x.r), 1);
	assert_string_equal(csv_reader_field(x.r, 0), "-12.34");
	assert_string_equal(csv_reader_field(x.r, 2), "1970-01-01");
	assert_int_equal(csv_reader_next(x.r), 0);
	close_text(&x);
	free(out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(csv__header_and_fields__mapped_by_name),
		cmocka_unit_test(
		    csv__bom_crlf_blank_lines_and_quotes__right_line_numbers),
		cmocka_unit_test(
		    csv__missing_column__reported_with_the_header_found),
		cmocka_unit_test(
		    csv__ragged_and_bad_utf8_rows__reported_and_skipped),
		cmocka_unit_test(csv__quote_free_lines__split_as_libcsv),
		cmocka_unit_test(csv__stray_quote__stops_with_line),
		cmocka_unit_test(csv__unterminated_quote__reported_at_end),
		cmocka_unit_test(csv__empty_input__no_header_error),
		cmocka_unit_test(
		    csv__many_blocks__records_across_boundaries_intact),
		cmocka_unit_test(
		    csv__writer__rfc4180_quoting_and_tsv_escapes),
		cmocka_unit_test(csv__writer_then_reader__round_trip),
	};

	return RUN(tests);
}
