/*
 * test_festival_track_model.c: festival-track's model: runtimes, the
 * layered database, editions estimated from several known ones (each
 * section's deadlines from the nearest edition that has some, 29
 * February moved to the 28th), the next edition, fee grids, and premiere
 * statuses derived from screenings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"
#include "date.h"
#include "../../cmd/festival-track/elig.h"
#include "../../cmd/festival-track/tz.h"

static int32_t
day(const char *s)
{
	int32_t d;
	const char *why;

	if (date_parse(s, &d, &why) < 0)
		fail_msg("%s: %s", s, why);
	return d;
}

/* Writes text to a temporary file and loads it into db. */
static void
load(struct ft_db *db, const char *text)
{
	char path[] = "/tmp/test_ft_XXXXXX";
	struct diag d = { 0, 0 };
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	assert_int_equal(ft_db_load(db, path, &d), 0);
	unlink(path);
	assert_int_equal(d.errors, 0);
	assert_int_equal(ft_db_check(db, &d), 0);
}

static const char two_editions[] =
    "festivals:\n"
    "  - id: f\n    name: F\n    country: FR\n    tz: Europe/Paris\n"
    "    currency: EUR\n"
    "    sections: [{id: shorts, name: S}, {id: features, name: L}]\n"
    "    editions:\n"
    "      - year: 2022\n"
    "        deadlines:\n"
    "          - {tier: regular, date: 2022-03-18, sections: [shorts],\n"
    "             source: s, checked: 2026-01-01}\n"
    "      - year: 2024\n"
    "        start: 2024-05-15\n"
    "        deadlines:\n"
    "          - {tier: regular, date: 2024-02-29, sections: [features],\n"
    "             fees: [{runtime_max: 40, fee: 30}, {origin: home, fee: 60},\n"
    "                    {student: true, fee: 10}, {fee: 100}],\n"
    "             source: s, checked: 2026-01-01}\n";

static void
model__runtime__minutes_or_minutes_seconds(void **state)
{
	char buf[FT_RUNTIME_BUFSZ];

	(void)state;
	assert_int_equal(ft_runtime_parse("19"), 19 * 60);
	assert_int_equal(ft_runtime_parse("18:40"), 18 * 60 + 40);
	assert_int_equal(ft_runtime_parse("120:05"), 120 * 60 + 5);
	assert_int_equal(ft_runtime_parse("0"), 0);
	assert_int_equal(ft_runtime_parse(""), -1);
	assert_int_equal(ft_runtime_parse("19 min"), -1);
	assert_int_equal(ft_runtime_parse("18:60"), -1);
	assert_int_equal(ft_runtime_parse("18:5"), -1);
	assert_int_equal(ft_runtime_parse("1:30:00"), -1);
	assert_string_equal(ft_runtime_format(buf, 19 * 60), "19:00");
}

/* 2027 is estimated: the shorts' deadline from 2022 (five years on),
 * the features' from 2024, whose 29 February becomes 28 February 2027;
 * the dates from 2024. */
static void
edition__estimate__each_section_from_its_nearest_edition(void **state)
{
	struct ft_db db = { 0 };
	const struct ft_edition *e;
	struct ft_festival *f;

	(void)state;
	load(&db, two_editions);
	f = &db.fests[0];
	e = ft_edition(f, 2027);
	assert_non_null(e);
	assert_int_equal(e->from_year, 2024);
	assert_int_equal(e->start, day("2027-05-15"));
	assert_int_equal(e->ndeadlines, 2);
	assert_int_equal(e->deadlines[0].day, day("2027-02-28"));
	assert_int_equal(e->deadlines[0].from_year, 2024);
	assert_int_equal(e->deadlines[1].day, day("2027-03-18"));
	assert_int_equal(e->deadlines[1].from_year, 2022);
	/* asked again, the same edition, not a second estimate */
	assert_ptr_equal(ft_edition(f, 2027), e);
	/* 2028 is a leap year: 29 February stays */
	assert_int_equal(ft_edition(f, 2028)->deadlines[0].day,
	    day("2028-02-29"));
	ft_db_free(&db);
	ft_tz_restore();
}

/* On 2027-03-01 the 2027 features' deadline (28 February) has closed,
 * the shorts' (18 March) has not: 2027 is still the next edition; on
 * 2027-03-19 both have closed and it is 2028. */
static void
edition__next__first_with_a_deadline_open(void **state)
{
	struct ft_db db = { 0 };
	struct ft_festival *f;

	(void)state;
	ft_tz_user("Europe/Paris");
	load(&db, two_editions);
	f = &db.fests[0];
	assert_int_equal(ft_edition_next(f, ft_tz_utc(NULL, day("2027-03-01"),
	    0), day("2027-03-01"))->year, 2027);
	assert_int_equal(ft_edition_next(f, ft_tz_utc(NULL, day("2027-03-19"),
	    0), day("2027-03-19"))->year, 2028);
	/* a submission on 2026-10-01 is for the edition starting after it */
	assert_int_equal(ft_edition_after(f, day("2026-10-01"))->year, 2027);
	ft_db_free(&db);
	ft_tz_restore();
}

/* The first fee line that matches: 30 up to 40 minutes, 60 for a French
 * film, 10 for a student film, else 100. */
static void
edition__fee__first_matching_line(void **state)
{
	struct ft_db db = { 0 };
	struct ft_film film = { 0 };
	const char *fr[] = { "FR" }, *be[] = { "BE" };
	const struct ft_deadline *d;
	int64_t c = -1;

	(void)state;
	load(&db, two_editions);
	d = &db.fests[0].editions[1]->deadlines[0];
	film.countries = be;
	film.ncountries = 1;
	film.runtime = 40 * 60;
	assert_true(ft_deadline_fee(d, &db.fests[0], &film, &c));
	assert_int_equal(c, 3000);
	film.runtime = 40 * 60 + 1;
	assert_true(ft_deadline_fee(d, &db.fests[0], &film, &c));
	assert_int_equal(c, 10000);
	film.student = 1;
	assert_true(ft_deadline_fee(d, &db.fests[0], &film, &c));
	assert_int_equal(c, 1000);
	film.countries = fr;
	assert_true(ft_deadline_fee(d, &db.fests[0], &film, &c));
	assert_int_equal(c, 6000);
	/* the shorts' deadline has no fee: unknown, not 0 */
	assert_false(ft_deadline_fee(&db.fests[0].editions[0]->deadlines[0],
	    &db.fests[0], &film, &c));
	ft_db_free(&db);
	ft_tz_restore();
}

/* A second file takes what it gives and keeps the rest. */
static void
db__layers__later_file_overrides_what_it_gives(void **state)
{
	struct ft_db db = { 0 };
	const struct ft_festival *f;

	(void)state;
	load(&db, two_editions);
	load(&db, "festivals:\n  - id: f\n    rank: 1\n"
	    "    sections: [{id: shorts, runtime_max: 30}]\n"
	    "  - id: g\n    name: G\n    country: DE\n    tz: Europe/Berlin\n");
	assert_int_equal(db.nfests, 2);
	f = ft_db_find(&db, "f");
	assert_int_equal(f->rank, 1);
	assert_string_equal(f->name, "F");
	assert_int_equal(f->nsections, 2);
	assert_string_equal(f->sections[0].name, "S");
	assert_int_equal(f->sections[0].runtime_max, 30 * 60);
	assert_int_equal(f->neditions, 2);
	ft_db_free(&db);
	ft_tz_restore();
}

static const struct ft_festival berlin = {
	.id = "b", .name = "B", .country = "DE", .continent = "europe"
};

static void
premiere__screenings__what_each_one_spends(void **state)
{
	const char *prod[] = { "FR", "BE" }, *eu[] = { "FR", "BE", "DE" };
	struct ft_film film = { .countries = prod, .ncountries = 2 };
	struct ft_continent europe = { "europe", "Europe", eu, 3, { 0 } };
	struct ft_show fr = { .country = "FR", .kind = FT_SHOW_CINEMA };
	struct ft_show us = { .country = "US", .kind = FT_SHOW_FESTIVAL };
	struct ft_show web = { .country = "FR", .kind = FT_SHOW_ONLINE,
		.everywhere = 1 };

	(void)state;
	/* nothing shown: the world premiere */
	assert_int_equal(ft_premiere_open(NULL, 0, &berlin, &europe, &film),
	    FT_PREM_WORLD);
	/* shown in France (a production country): international left */
	assert_int_equal(ft_premiere_open(&fr, 1, &berlin, &europe, &film),
	    FT_PREM_INTERNATIONAL);
	/* shown in the US: the European premiere left */
	assert_int_equal(ft_premiere_open(&us, 1, &berlin, &europe, &film),
	    FT_PREM_CONTINENTAL);
	/* no continent given: European premiere not known, German left */
	assert_int_equal(ft_premiere_open(&us, 1, &berlin, NULL, &film),
	    FT_PREM_NATIONAL);
	/* online everywhere: nothing left */
	assert_int_equal(ft_premiere_open(&web, 1, &berlin, &europe, &film),
	    FT_PREM_NONE);
	assert_ptr_equal(ft_premiere_spent(&web, 1, FT_PREM_NATIONAL,
	    &berlin, &europe, &film), &web);
	/* geo-blocked to France: counts in France only */
	web.everywhere = 0;
	assert_int_equal(ft_premiere_open(&web, 1, &berlin, &europe, &film),
	    FT_PREM_INTERNATIONAL);
	assert_null(ft_premiere_spent(&web, 1, FT_PREM_NATIONAL, &berlin,
	    &europe, &film));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(model__runtime__minutes_or_minutes_seconds),
		cmocka_unit_test(
		    edition__estimate__each_section_from_its_nearest_edition),
		cmocka_unit_test(edition__next__first_with_a_deadline_open),
		cmocka_unit_test(edition__fee__first_matching_line),
		cmocka_unit_test(
		    db__layers__later_file_overrides_what_it_gives),
		cmocka_unit_test(premiere__screenings__what_each_one_spends),
	};

	return RUN(tests);
}
