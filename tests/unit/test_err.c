/*
 * test_err.c: the shape of diagnostics and the program name; growable
 * strings and allocation helpers.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "test.h"
#include "capture.h"
#include "buf.h"
#include "err.h"
#include "xalloc.h"

static void
err__positioned__file_line_col_and_hint(void **state)
{
	struct srcpos full = { "budget.yaml", 12, 5 };
	struct srcpos line = { "ledger.csv", 3, 0 };
	struct srcpos file = { "crew.yaml", 0, 0 };
	struct diag d = { 0, 0 };
	struct capture c;

	(void)state;
	err_setprog("/usr/local/bin/budget-cnc");
	capture_start(&c);
	diag_error(&d, &full, NULL, "unknown line code '%s'", "2.99");
	diag_error(&d, &line, "amounts use '.' or ','", "bad amount");
	diag_warning(&d, &file, NULL, "no contract");
	err_at(NULL, NULL, "no place");
	capture_end(&c);
	assert_string_equal(c.text,
	    "budget-cnc: budget.yaml:12:5: unknown line code '2.99'\n"
	    "budget-cnc: ledger.csv:3: bad amount\n"
	    "  hint: amounts use '.' or ','\n"
	    "budget-cnc: crew.yaml: warning: no contract\n"
	    "budget-cnc: no place\n");
	assert_int_equal(d.errors, 2);
	assert_int_equal(d.warnings, 1);
	assert_string_equal(err_prog(), "budget-cnc");
	err_setprog("cineprod");
}

static void
err__warn_errno__appends_the_reason(void **state)
{
	struct capture c;

	(void)state;
	capture_start(&c);
	errno = ENOENT;
	err_warn_errno("%s", "x.csv");
	err_warn("plain %d", 1);
	capture_end(&c);
	assert_string_equal(c.text, "cineprod: x.csv: No such file or "
	    "directory\ncineprod: plain 1\n");
}

static void
err__die__exit_status(void **state)
{
	pid_t pid;
	int status;

	(void)state;
	fflush(NULL);
	if ((pid = fork()) == 0) {
		freopen("/dev/null", "w", stderr);
		err_die(EXIT_REJECT, "rejected");
	}
	waitpid(pid, &status, 0);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 1);
}

static void
buf__grow_format_take(void **state)
{
	struct buf b = BUF_INIT;
	char *s;
	int i;

	(void)state;
	assert_string_equal(buf_str(&b), "");
	for (i = 0; i < 1000; i++)
		buf_addf(&b, "%d,", i);
	assert_int_equal(b.len, strlen(b.s));
	assert_memory_equal(b.s, "0,1,2,", 6);
	buf_clear(&b);
	buf_adds(&b, "ab");
	buf_addc(&b, 'c');
	buf_add(&b, "dxx", 1);
	s = buf_take(&b);
	assert_string_equal(s, "abcd");
	assert_null(b.s);
	free(s);
	s = xasprintf("%s-%03d", "x", 7);
	assert_string_equal(s, "x-007");
	free(s);
	s = xstrndup("abcdef", 3);
	assert_string_equal(s, "abc");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(err__positioned__file_line_col_and_hint),
		cmocka_unit_test(err__warn_errno__appends_the_reason),
		cmocka_unit_test(err__die__exit_status),
		cmocka_unit_test(buf__grow_format_take),
	};

	return RUN(tests);
}
