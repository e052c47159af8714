/*
 * test_dpae_ack.c: the acknowledgement log (dpae-log(5)): the sample's,
 * a broken one, a missing one, and appends that create it with its header
 * and then add records only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "test.h"
#include "test_dpae.h"
#include "capture.h"
#include "date.h"
#include "../../cmd/dpae/ack.h"

static void
ack__sample__every_hire_and_its_reference(void **state)
{
	struct dpae_acklog log;
	struct diag d = { 0, 0 };
	const struct dpae_ack *a;

	(void)state;
	assert_int_equal(dpae_acklog_read("samples/heures-creuses/dpae-log.csv",
	    &log, &d), 0);
	assert_int_equal(d.errors, 0);
	assert_int_equal(log.n, 17);
	a = dpae_acklog_find(&log, "roussel", day("2026-03-12"), INT32_MAX);
	assert_non_null(a);
	assert_string_equal(a->reference, "DPAE-7511-2603060079");
	assert_string_equal(a->contract, "roussel-1");
	assert_int_equal(a->filed, day("2026-03-06"));
	assert_int_equal(a->filed_time, 10 * 60 + 30);
	assert_int_equal(a->line, 13);
	/* not yet filed on the 5th */
	assert_null(dpae_acklog_find(&log, "roussel", day("2026-03-12"),
	    day("2026-03-05")));
	assert_null(dpae_acklog_find(&log, "roussel", day("2026-03-13"),
	    INT32_MAX));
	dpae_acklog_free(&log);
}

static void
ack__missing__an_empty_log(void **state)
{
	struct dpae_acklog log;
	struct diag d = { 0, 0 };

	(void)state;
	assert_int_equal(dpae_acklog_read("build-no-such-log.csv", &log, &d),
	    0);
	assert_int_equal(log.n, 0);
	dpae_acklog_free(&log);
}

static void
ack__broken__each_record_reported_and_skipped(void **state)
{
	struct capture cap;
	struct dpae_acklog log;
	struct diag d = { 0, 0 };
	FILE *f = fopen("build-test-log.csv", "w");

	(void)state;
	fputs("filed_date,filed_time,person,start,reference\n"
	    "2026-02-30,10:00,a,2026-03-02,R1\n"
	    "2026-02-26,24:00,,2026-03-2,\n"
	    "2026-02-26,09:40,b,2026-03-02,R3\n", f);
	fclose(f);
	capture_start(&cap);
	assert_int_equal(dpae_acklog_read("build-test-log.csv", &log, &d), 0);
	capture_end(&cap);
	remove("build-test-log.csv");
	assert_string_equal(cap.text,
	    "cineprod: build-test-log.csv:2: filed_date '2026-02-30': no such "
	    "day in that month\n"
	    "  hint: see dpae-log(5)\n"
	    "cineprod: build-test-log.csv:3: filed_time '24:00': not a time of "
	    "day\n"
	    "  hint: see dpae-log(5)\n"
	    "cineprod: build-test-log.csv:3: person: no value\n"
	    "  hint: see dpae-log(5)\n"
	    "cineprod: build-test-log.csv:3: start '2026-03-2': not a date in "
	    "the form YYYY-MM-DD\n"
	    "  hint: see dpae-log(5)\n"
	    "cineprod: build-test-log.csv:3: reference '': a reference has 1 "
	    "to 100 characters\n"
	    "  hint: see dpae-log(5)\n");
	assert_int_equal(d.errors, 5);
	assert_int_equal(log.n, 1);
	assert_string_equal(log.v[0].contract, "");	/* no such column */
	dpae_acklog_free(&log);
}

static void
ack__append__header_once_then_records(void **state)
{
	struct dpae_ack a = { 0 };
	char person[] = "da, silva", contract[] = "dasilva-1",
	    reference[] = "DPAE \"7511\"";
	struct dpae_acklog log;
	struct diag d = { 0, 0 };
	char text[512];
	size_t n;
	FILE *f;

	(void)state;
	remove("build-test-append.csv");
	a.filed = day("2026-03-06");
	a.filed_time = 10 * 60 + 30;
	a.person = person;
	a.start = day("2026-03-11");
	a.contract = contract;
	a.reference = reference;
	assert_int_equal(dpae_acklog_append("build-test-append.csv", &a, 1), 0);
	a.start = day("2026-03-12");
	assert_int_equal(dpae_acklog_append("build-test-append.csv", &a, 1), 0);
	f = fopen("build-test-append.csv", "r");
	n = fread(text, 1, sizeof text - 1, f);
	text[n] = '\0';
	fclose(f);
	assert_string_equal(text,
	    "filed_date,filed_time,person,start,contract,reference\n"
	    "2026-03-06,10:30,\"da, silva\",2026-03-11,dasilva-1,"
	    "\"DPAE \"\"7511\"\"\"\n"
	    "2026-03-06,10:30,\"da, silva\",2026-03-12,dasilva-1,"
	    "\"DPAE \"\"7511\"\"\"\n");
	assert_int_equal(dpae_acklog_read("build-test-append.csv", &log, &d),
	    0);
	assert_int_equal(log.n, 2);
	assert_string_equal(log.v[1].reference, "DPAE \"7511\"");
	dpae_acklog_free(&log);
	remove("build-test-append.csv");
}

static void
ack__reference__printable_and_not_too_long(void **state)
{
	const char *why;
	char long_ref[102];

	(void)state;
	assert_int_equal(dpae_reference_check("DPAE-7511-2603060079", &why), 0);
	assert_int_equal(dpae_reference_check("", &why), -1);
	assert_int_equal(dpae_reference_check("a\nb", &why), -1);
	assert_string_equal(why, "a reference has no control characters");
	memset(long_ref, 'x', 101);
	long_ref[101] = '\0';
	assert_int_equal(dpae_reference_check(long_ref, &why), -1);
	long_ref[100] = '\0';
	assert_int_equal(dpae_reference_check(long_ref, &why), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ack__sample__every_hire_and_its_reference),
		cmocka_unit_test(ack__missing__an_empty_log),
		cmocka_unit_test(ack__broken__each_record_reported_and_skipped),
		cmocka_unit_test(ack__append__header_once_then_records),
		cmocka_unit_test(ack__reference__printable_and_not_too_long),
	};

	return RUN(tests);
}
