/*
 * fuzz_festival_track_log.c: festival-track's submissions log and film
 * file on arbitrary bytes, against a small fixed database: the bytes
 * before a first NUL are the log, those after it the film.yaml.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../../cmd/festival-track/ft.h"
#include "../../cmd/festival-track/tz.h"
#include "ydoc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char db_text[] =
    "festivals:\n"
    "  - {id: f, name: F, country: FR, tz: Europe/Paris, currency: EUR,\n"
    "     sections: [{id: s, name: S}],\n"
    "     editions: [{year: 2027, start: 2027-01-20}]}\n"
    "  - {id: g, name: G, country: DE, tz: Europe/Berlin,\n"
    "     sections: [{id: s, name: S}]}\n";

static void
log_part(struct ft_db *db, const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct ft_log log = { 0 };
	FILE *f;

	if (size == 0 || (f = fmemopen((void *)data, size, "r")) == NULL)
		return;
	ft_log_read(&log, f, "fuzz.csv", db, &d);
	fclose(f);
	ft_log_free(&log);
}

static void
film_part(struct ft_db *db, const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct ft_film film;

	if (ft_film_read(&film, ydoc_load_mem("film.yaml", (const char *)data,
	    size, &d)) == 0)
		(void)ft_film_check(&film, db, &d);
	ft_film_free(&film);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = { 0, 0 };
	struct ft_db db;
	const uint8_t *nul;
	size_t n;

	if (size > 65536)
		return 0;
	freopen("/dev/null", "w", stderr);
	memset(&db, 0, sizeof db);
	(void)ft_db_load_mem(&db, "db.yaml", db_text, sizeof db_text - 1, &d);
	(void)ft_db_check(&db, &d);
	nul = memchr(data, 0, size);
	n = nul != NULL ? (size_t)(nul - data) : size;
	log_part(&db, data, n);
	if (nul != NULL)
		film_part(&db, nul + 1, size - n - 1);
	ft_db_free(&db);
	ft_tz_restore();
	return 0;
}
