/*
 * test_table.c: typed tables written as aligned text, CSV, TSV and HTML,
 * and the -f option.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "table.h"

static struct table *
sample(void)
{
	struct table *t = table_new();

	table_col(t, "code", "Code", COL_TEXT);
	table_col(t, "label", "Libellé", COL_TEXT);
	table_col(t, "amount", "Montant", COL_MONEY);
	table_col(t, "date", NULL, COL_DATE);
	table_col(t, "rate", "Taux", COL_RATE);
	table_col(t, "hours", "Heures", COL_FIXED2);
	table_row(t, 0);
	table_text(t, "24.01");
	table_text(t, "Décors, \"studio\"");
	table_money(t, 123456);
	table_date(t, 0);
	table_rate(t, 155000000);
	table_fixed2(t, 750);
	table_row(t, ROW_TOTAL);
	table_text(t, "TOTAL");
	table_empty(t);
	table_money(t, -5);
	table_empty(t);
	table_empty(t);
	table_int(t, 12);
	return t;
}

static char *
render(const struct table *t, enum format fmt)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	table_write(t, fmt, f);
	fclose(f);
	return out;
}

static void
table__csv__machine_values(void **state)
{
	struct table *t = sample();
	char *s = render(t, FMT_CSV);

	(void)state;
	assert_string_equal(s,
	    "code,label,amount,date,rate,hours\n"
	    "24.01,\"Décors, \"\"studio\"\"\",1234.56,1970-01-01,15.5%,7.50\n"
	    "TOTAL,,-0.05,,,0.12\n");
	free(s);
	table_free(t);
}

static void
table__aligned__french_values_and_character_widths(void **state)
{
	struct table *t = sample();
	char *s = render(t, FMT_TABLE);

	(void)state;
	assert_string_equal(s,
	    "Code   Libellé            Montant        date     Taux  Heures\n"
	    "-----  ----------------  --------  ----------  -------  ------\n"
	    "24.01  Décors, \"studio\"  1 234,56  1970-01-01  15,50 %    7,50\n"
	    "-----  ----------------  --------  ----------  -------  ------\n"
	    "TOTAL                       -0,05                         0,12\n");
	free(s);
	table_free(t);
}

static void
table__tsv_and_html__escaped(void **state)
{
	struct table *t = sample();
	char *s = render(t, FMT_TSV);

	(void)state;
	assert_non_null(strstr(s, "24.01\tDécors, \"studio\"\t1234.56\t"));
	free(s);
	s = render(t, FMT_HTML);
	assert_non_null(strstr(s, "<td>Décors, &quot;studio&quot;</td>"
	    "<td class=\"num\">1 234,56</td>"));
	assert_non_null(strstr(s, "<tr class=\"total\"><td>TOTAL</td>"));
	free(s);
	table_free(t);
}

static void
table__format_names__parse_and_resolve(void **state)
{
	FILE *f = tmpfile();

	(void)state;
	assert_int_equal(format_parse("csv"), FMT_CSV);
	assert_int_equal(format_parse("xlsx"), FMT_XLSX);
	assert_int_equal(format_parse("json"), FMT_NFORMATS);
	assert_string_equal(format_name(FMT_TSV), "tsv");
	assert_int_equal(format_resolve(FMT_AUTO, f), FMT_CSV);
	assert_int_equal(format_resolve(FMT_HTML, f), FMT_HTML);
	assert_int_equal(format_option("tsv", 1u << FMT_CSV | 1u << FMT_TSV),
	    FMT_TSV);
	fclose(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table__csv__machine_values),
		cmocka_unit_test(
		    table__aligned__french_values_and_character_widths),
		cmocka_unit_test(table__tsv_and_html__escaped),
		cmocka_unit_test(table__format_names__parse_and_resolve),
	};

	return RUN(tests);
}
