/*
 * fuzz_payslip_timesheet.c: a timesheets.csv of arbitrary bytes read
 * against a small crew (a technician by the week, one by the hour, one by
 * the day, an artist by the cachet), then every payslip of its rows
 * computed under the shared 2026 table and the IDCC 3097 grid and written
 * as a text bulletin. The crew loader reads files, so the crew goes
 * through a temporary file, made once.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../cmd/payslip/bulletin.h"
#include "../../cmd/payslip/hours.h"
#include "../../cmd/payslip/paygrid.h"
#include "../../cmd/payslip/slip.h"
#include "../../cmd/payslip/timesheet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char crew_yaml[] =
    "people:\n"
    "  - {id: a, surname: A, first_names: B, kind: technician, function: "
    "scripte, contracts: [{start: 2026-03-01, end: 2026-04-30, basis: week,"
    " rate: 1350.00}]}\n"
    "  - {id: b, surname: B, first_names: C, kind: technician, function: "
    "électricien, contracts: [{start: 2026-03-01, end: 2026-04-30, basis: "
    "hour, rate: 21.00}, {start: 2026-05-01, end: 2026-05-01, basis: day,"
    " rate: 400}]}\n"
    "  - {id: c, surname: C, first_names: D, kind: artist, function: rôle,"
    " contracts: [{start: 2026-03-01, end: 2026-04-30, basis: cachet, rate:"
    " 500, expense_deduction: true}]}\n";

static const char production_yaml[] =
    "employer: {name: X, siret: 842 139 578 00020, ape: 5911C, idcc: 3097,"
    " at_rate: 1.23%, headcount: 8, conges_spectacles: CS-1}\n";

static char crew_path[] = "/tmp/fuzz-payslip-crew.XXXXXX";
static char prod_path[] = "/tmp/fuzz-payslip-prod.XXXXXX";
static struct crew *crew;
static struct employer employer;
static struct payrates *rates;
static struct paygrid *grid;
static struct diag setup_diag;

static void
write_temp(char *path, const char *text)
{
	int fd = mkstemp(path);
	FILE *f = fd < 0 ? NULL : fdopen(fd, "w");

	if (f == NULL)
		abort();
	fputs(text, f);
	fclose(f);
}

static void
tear_down(void)
{
	crew_free(crew);
	employer_free(&employer);
	payrates_free(rates);
	paygrid_free(grid);
	unlink(crew_path);
	unlink(prod_path);
}

static void
set_up(void)
{
	write_temp(crew_path, crew_yaml);
	write_temp(prod_path, production_yaml);
	crew = crew_load(crew_path, &setup_diag);
	employer_load(prod_path, &employer, &setup_diag);
	rates = payrates_new();
	payrates_load_year(rates, "share", 2026, &setup_diag);
	grid = paygrid_load("share/payroll/idcc3097-2026.yaml", &setup_diag);
	if (crew == NULL || grid == NULL || setup_diag.errors > 0)
		abort();
	atexit(tear_down);
}

/* Computes and writes the payslips of one contract's rows. */
static void
pay(struct tsentry *e, size_t n, FILE *out)
{
	struct slipenv env = { &employer, rates, 1 };
	const struct payfunction *fn = paygrid_function(grid,
	    e->person->kind == PERSON_ARTIST ? NULL : e->contract->function,
	    e->person->kind);
	struct hourly h;
	struct pay p;
	struct slip s;
	int64_t dfs = 0;
	size_t i;

	if (fn == NULL)
		return;
	h = e->contract->basis == PAY_CACHET ? hours_artist_reference(
	    e->contract, &grid->rules, fn->cachet) :
	    hours_base(e->contract, &grid->rules);
	hours_compute(e->contract, e, n, &grid->rules, h, 0, &p);
	for (i = 0; i < p.n; i++) {
		slip_compute(&s, &env, e->person, e->contract, &p,
		    &p.months[i], grid->rules.day_hours, &dfs);
		s.grid = grid;
		s.function = fn;
		if (s.net_paid != s.gross - s.employee - s.withholding)
			abort();
		bulletin_text(out, &s, &employer, i == 0);
	}
	hours_free(&p);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct timesheet ts;
	FILE *in, *out;
	size_t i, j;

	if (size > 65536)
		return 0;
	if (crew == NULL)
		set_up();
	freopen("/dev/null", "w", stderr);
	if ((in = fmemopen((void *)data, size, "r")) == NULL)
		return 0;
	out = fopen("/dev/null", "w");
	if (timesheet_read(in, "fuzz.csv", crew, &ts, &d) == 0 &&
	    d.errors == 0)
		for (i = 0; i < ts.n; i = j) {
			for (j = i; j < ts.n &&
			    ts.e[j].contract == ts.e[i].contract; j++)
				;
			pay(ts.e + i, j - i, out);
		}
	timesheet_free(&ts);
	fclose(out);
	fclose(in);
	return 0;
}
