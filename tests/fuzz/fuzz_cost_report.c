/*
 * fuzz_cost_report.c: cost-report's readers on arbitrary bytes: as a
 * ledger, as an estimates file and as a previous report against a small
 * budget, then the cost report and budget exécuté tables.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../cmd/cost-report/adjust.h"
#include "../../cmd/cost-report/ledger.h"
#include "../../cmd/cost-report/report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char budget_text[] =
    "code,chapter,chapter_label,post,post_label,label,kind,quantity,unit,"
    "persons,rate,amount,france,abroad,tax_credit\n"
    "11100,1,Droits,11,Sujet,Droits,author,1,flat,1,1000.00,1000.00,"
    "1000.00,0.00,yes\n"
    "86100,8,Post,86,Mixage,Mixage,service,1,flat,1,2000.00,2000.00,"
    "500.00,1500.00,no\n"
    "FG,,,,,FG,percent,7,%,,,210.00,210.00,0.00,no\n";

static void
write_file(const char *path, const void *data, size_t size)
{
	FILE *f = fopen(path, "wb");

	if (f == NULL)
		abort();
	fwrite(data, 1, size, f);
	fclose(f);
}

static void
tables(const struct cr_budget *b)
{
	struct cr_report r = { b, LV_LINE, 1, 1, 1 };

	table_free(cr_cost_table(&r));
	table_free(cr_executed_table(&r));
}

static char budget[64], input[64];

/* The temporary files go when the fuzzer ends. */
static void
remove_files(void)
{
	unlink(budget);
	unlink(input);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *files[1] = { input };
	struct cr_period p = { 20000, CR_NO_DAY_MAX, CR_NO_DAY_MIN, 1 };
	struct diag d = { 0, 0 };
	struct cr_ledgers lg;
	struct cr_budget *b;
	int unreadable = 0;

	if (budget[0] == '\0') {
		freopen("/dev/null", "w", stderr);
		snprintf(budget, sizeof budget, "/tmp/fuzz-cr-%ld-b.csv",
		    (long)getpid());
		snprintf(input, sizeof input, "/tmp/fuzz-cr-%ld-i.csv",
		    (long)getpid());
		write_file(budget, budget_text, sizeof budget_text - 1);
		atexit(remove_files);
	}
	write_file(input, data, size);
	if ((b = cr_budget_read(budget, &d, &unreadable)) == NULL)
		abort();
	cr_ledgers_init(&lg, b, &p, files);
	cr_ledgers_read(&lg, 0, &d);
	cr_ledgers_finish(&lg, &d);
	cr_read_estimates(b, input, &d);
	cr_read_previous(b, input, &d);
	tables(b);
	cr_ledgers_free(&lg);
	cr_budget_free(b);
	return 0;
}
