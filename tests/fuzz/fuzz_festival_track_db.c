/*
 * fuzz_festival_track_db.c: festival-track's database parser on arbitrary
 * bytes, then its checks, edition estimates, eligibility and the due
 * list for a fixed film on a fixed day.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../../cmd/festival-track/due.h"
#include "../../cmd/festival-track/tz.h"
#include "date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
exercise(struct ft_db *db)
{
	const char *fr[] = { "FR" };
	struct ft_film film = { .title = "F", .id = "f", .runtime = 19 * 60,
		.countries = fr, .ncountries = 1, .features = 0 };
	struct ft_log log = { 0 };
	struct ft_ctx c = { 0 };
	struct ft_due *v;
	size_t n;

	(void)date_from_ymd(2026, 11, 26, &film.completed);
	c.db = db;
	c.film = &film;
	c.log = &log;
	c.today = film.completed + 42;
	c.now = (int64_t)c.today * 86400;
	ft_ctx_shows(&c);
	v = ft_due_collect(&c, -1, &n);
	ft_due_free(v, n);
	ft_ctx_free(&c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct ft_db db;

	if (size > 65536)
		return 0;
	freopen("/dev/null", "w", stderr);
	memset(&db, 0, sizeof db);
	(void)ft_db_load_mem(&db, "fuzz.yaml", (const char *)data, size, &d);
	(void)ft_db_check(&db, &d);
	if (d.errors == 0)
		exercise(&db);
	ft_db_free(&db);
	ft_tz_restore();
	return 0;
}
