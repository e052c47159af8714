/*
 * test_output.c: atomic output files (nothing left behind on failure,
 * mode 0600 for personal data) and the data folder lookup.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test.h"
#include "capture.h"
#include "data.h"
#include "output.h"

static char dir[] = "/tmp/cineprod-test-output.XXXXXX";

static int
setup(void **state)
{
	(void)state;
	return mkdtemp(dir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) != 0 ? -1 : 0;
}

static int
count_entries(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

static char *
slurp(const char *path)
{
	static char text[256];
	FILE *f = fopen(path, "r");
	size_t n;

	assert_non_null(f);
	n = fread(text, 1, sizeof text - 1, f);
	text[n] = '\0';
	fclose(f);
	return text;
}

static void
output__commit__renames_into_place(void **state)
{
	char path[512];
	struct out *o;
	struct stat st;

	(void)state;
	snprintf(path, sizeof path, "%s/devis.csv", dir);
	o = out_open(path, OUT_MODE_PUBLIC);
	assert_non_null(o);
	fputs("code,total\n", out_file(o));
	/* nothing at the target until the commit */
	assert_int_equal(access(path, F_OK), -1);
	assert_int_equal(count_entries(), 1);
	assert_int_equal(out_commit(o), 0);
	assert_string_equal(slurp(path), "code,total\n");
	assert_int_equal(count_entries(), 1);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0666 & ~(mode_t)022);
}

static void
output__abort__leaves_the_old_file(void **state)
{
	char path[512];
	struct out *o;
	FILE *f;

	(void)state;
	snprintf(path, sizeof path, "%s/old.csv", dir);
	f = fopen(path, "w");
	fputs("old\n", f);
	fclose(f);
	o = out_open(path, OUT_MODE_PUBLIC);
	fputs("half-written", out_file(o));
	out_abort(o);
	assert_string_equal(slurp(path), "old\n");
	assert_int_equal(count_entries(), 2);	/* old.csv and devis.csv */
}

static void
output__private__mode_0600(void **state)
{
	char path[512];
	struct out *o;
	struct stat st;

	(void)state;
	snprintf(path, sizeof path, "%s/bulletins.html", dir);
	o = out_open(path, OUT_MODE_PRIVATE);
	fputs("NIR", out_file(o));
	assert_int_equal(out_commit(o), 0);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
}

static void
output__unwritable_folder__message_and_null(void **state)
{
	struct capture c;

	(void)state;
	capture_start(&c);
	assert_null(out_open("/nonexistent/dir/x.csv", OUT_MODE_PUBLIC));
	capture_end(&c);
	assert_string_equal(c.text, "cineprod: cannot create a file beside "
	    "/nonexistent/dir/x.csv: No such file or directory\n");
}

static void
output__folder_target__error_and_nothing_left(void **state)
{
	char path[512];
	struct capture c;
	int before;

	(void)state;
	snprintf(path, sizeof path, "%s/folder", dir);
	assert_int_equal(mkdir(path, 0755), 0);
	before = count_entries();
	capture_start(&c);
	assert_null(out_open(path, OUT_MODE_PUBLIC));
	capture_end(&c);
	assert_non_null(strstr(c.text, "folder: Is a directory"));
	assert_int_equal(count_entries(), before);
}

static void
output__device__written_in_place_not_replaced(void **state)
{
	struct out *o;
	struct stat st;

	(void)state;
	o = out_open("/dev/null", OUT_MODE_PUBLIC);
	assert_non_null(o);
	fputs("discarded", out_file(o));
	assert_int_equal(out_commit(o), 0);
	assert_int_equal(stat("/dev/null", &st), 0);
	assert_true(S_ISCHR(st.st_mode));
}

static void
output__symlink__replaces_the_file_it_points_to(void **state)
{
	char target[512], link[512];
	struct out *o;
	struct stat st;
	FILE *f;

	(void)state;
	snprintf(target, sizeof target, "%s/real.csv", dir);
	snprintf(link, sizeof link, "%s/link.csv", dir);
	f = fopen(target, "w");
	fputs("old\n", f);
	fclose(f);
	assert_int_equal(symlink("real.csv", link), 0);
	o = out_open(link, OUT_MODE_PUBLIC);
	fputs("new\n", out_file(o));
	assert_int_equal(out_commit(o), 0);
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_string_equal(slurp(target), "new\n");
}

static void
data__lookup__option_then_env_then_installed(void **state)
{
	char *p;

	(void)state;
	setenv("CINEPROD_DATA", "/env/share", 1);
	assert_string_equal(data_dir("/opt/data"), "/opt/data");
	assert_string_equal(data_dir(NULL), "/env/share");
	p = data_path(NULL, "rates/2026.yaml");
	assert_string_equal(p, "/env/share/rates/2026.yaml");
	free(p);
	setenv("CINEPROD_DATA", "", 1);
	assert_non_null(strstr(data_dir(NULL), "cineprod"));
	unsetenv("CINEPROD_DATA");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(output__commit__renames_into_place),
		cmocka_unit_test(output__abort__leaves_the_old_file),
		cmocka_unit_test(output__private__mode_0600),
		cmocka_unit_test(output__unwritable_folder__message_and_null),
		cmocka_unit_test(output__folder_target__error_and_nothing_left),
		cmocka_unit_test(
		    output__device__written_in_place_not_replaced),
		cmocka_unit_test(
		    output__symlink__replaces_the_file_it_points_to),
		cmocka_unit_test(data__lookup__option_then_env_then_installed),
	};

	umask(022);
	return cmocka_run_group_tests_name(__FILE__, tests, setup, teardown);
}
