/*
 * test_payslip_artists.c: payslips of artists (annexe 10) computed by
 * hand and reproduced to the cent: fewer than five cachet days (Antoine
 * Roussel) and the déduction forfaitaire spécifique (Louise Fabre).
 *
 * The arithmetic of every line is in the comments: base x rate = exact
 * amount, rounded half away from zero to the cent. The rates are those
 * of share/payroll/contributions-2026.yaml (and -2025.yaml): maladie
 * 13 %, AT 1.23 % (the sample's), vieillesse 6.90/8.55 % and 0.40/2.11 %,
 * AGIRC-ARRCO 3.15/4.72 % and 8.64/12.95 %, CEG 0.86/1.29 % and
 * 1.08/1.62 %, CET 0.14/0.21 %, AF 5.25 %, chômage 4.00 % + 2.40/5.00 %
 * + 0.50 % (CDDU of 3 months at most), AGS 0.25 %, APEC 0.024/0.036 %,
 * CSA 0.30 %, FNAL 0.10 %, dialogue social 0.016 %, formation 2.00 % and
 * 0.10 %, taxe d'apprentissage 0.649 % and 0.099 %, Congés Spectacles
 * 15.50 %, CSG 6.80 % + 2.40 %, CRDS 0.50 %; artists pay 70 % of the
 * maladie, AT, vieillesse, AF and FNAL rates. Bases: T1 = pay up to the
 * ceiling, T2 = from 1 to 8 ceilings, chômage and AGS up to 4 ceilings
 * of the gross before the DFS, CSG = 98.25 % of the gross up to 4
 * ceilings + the rest + the employer's prévoyance and santé.
 */
#include "test.h"
#include "slipcheck.h"

#define SAMPLE "samples/heures-creuses"
#define HOLIDAY "tests/cmd/t3002-payslip-holiday"
#define PCT(n) ((rate_t)((n) * 10000000))	/* whole percent */
#define NELEM(a) (sizeof (a) / sizeof *(a))

/*
 * 3. Antoine Roussel, artist (annexe 10), 550.00 a cachet, 4 cachets
 * (12, 13, 16 and 17 March): fewer than 5 days, so the ceiling is 12
 * hourly ceilings a day: 4 x 12 x 30.00 = 1440.00 (arrêté du 24/01/1975).
 * On the night of the 12th, 16:00-04:00 less 1:00 (16:00-17:00): 8 night
 * hours (20:00-04:00) at +50 % of the reference hourly wage: the cachet
 * 550 is at most 2 minima (2 x 418.25), so 2 x 418.25 / 8 = 104.5625.
 *   cachets  4 x 550.00           = 2200.00
 *   night    8 x 104.5625 x 50 %  =  418.25
 *   gross                           2618.25
 * Reduced rates x 70 %: maladie 9.10 %, AT 0.861 %, vieillesse 4.83/5.985 %
 * and 0.28/1.477 %, AF 3.675 %, FNAL 0.07 %. No SMIC for cachets, no RGDU.
 * CSG base: 2618.25 x 98.25 % = 2572.430625 -> 2572.43 + 4.90 + 10.08 =
 * 2587.41.
 */
static const struct elem_expect roussel_03_elements[] = {
	{ EL_CACHETS, 0, 220000 },
	{ EL_NIGHT, PCT(50), 41825 },
};

static const struct line_expect roussel_03_lines[] = {
	/* 2618.25 x 9.1 % = 238.26075 */
	{ "maladie", 261825, 0, 23826 },
	/* 1440.00 x 0.12 % = 1.728; 1440.00 x 0.34 % = 4.896 */
	{ "prevoyance-non-cadres", 144000, 173, 490 },
	/* 1440.00 x 0.7 % = 10.08 */
	{ "sante-non-cadres", 144000, 0, 1008 },
	/* 2618.25 x 0.861 % = 22.5431325 */
	{ "at-mp", 261825, 0, 2254 },
	/* 1440.00 x 4.83 % = 69.552; 1440.00 x 5.985 % = 86.184 */
	{ "vieillesse-plafonnee", 144000, 6955, 8618 },
	/* 2618.25 x 0.28 % = 7.3311; 2618.25 x 1.477 % = 38.6715525 */
	{ "vieillesse-deplafonnee", 261825, 733, 3867 },
	/* 1440.00 x 3.15 % = 45.36; 1440.00 x 4.72 % = 67.968 */
	{ "agirc-arrco-t1", 144000, 4536, 6797 },
	/* 1178.25 x 8.64 % = 101.8008; 1178.25 x 12.95 % = 152.583375 */
	{ "agirc-arrco-t2", 117825, 10180, 15258 },
	/* 1440.00 x 0.86 % = 12.384; 1440.00 x 1.29 % = 18.576 */
	{ "ceg-t1", 144000, 1238, 1858 },
	/* 1178.25 x 1.08 % = 12.7251; 1178.25 x 1.62 % = 19.08765 */
	{ "ceg-t2", 117825, 1273, 1909 },
	/* 2618.25 x 0.14 % = 3.66555; 2618.25 x 0.21 % = 5.498325 */
	{ "cet", 261825, 367, 550 },
	/* 2618.25 x 3.675 % = 96.2206875 */
	{ "allocations-familiales", 261825, 0, 9622 },
	/* 2618.25 x 4 % = 104.73 */
	{ "chomage", 261825, 0, 10473 },
	/* 2618.25 x 2.4 % = 62.838; 2618.25 x 5 % = 130.9125 */
	{ "chomage-intermittents", 261825, 6284, 13091 },
	/* 2618.25 x 0.5 % = 13.09125 */
	{ "chomage-majoration-cddu", 261825, 0, 1309 },
	/* 2618.25 x 0.25 % = 6.545625 */
	{ "ags", 261825, 0, 655 },
	/* 2618.25 x 0.3 % = 7.85475 */
	{ "csa", 261825, 0, 785 },
	/* 1440.00 x 0.07 % = 1.008 */
	{ "fnal-moins-50", 144000, 0, 101 },
	/* 2618.25 x 0.016 % = 0.41892 */
	{ "dialogue-social", 261825, 0, 42 },
	/* 2618.25 x 2 % = 52.365 */
	{ "formation-intermittents", 261825, 0, 5237 },
	/* 2618.25 x 0.1 % = 2.61825 */
	{ "formation-conventionnelle", 261825, 0, 262 },
	/* 2618.25 x 0.649 % = 16.9924425 */
	{ "taxe-apprentissage", 261825, 0, 1699 },
	/* 2618.25 x 0.099 % = 2.5920675 */
	{ "taxe-apprentissage-solde", 261825, 0, 259 },
	/* 2618.25 x 15.5 % = 405.82875 */
	{ "conges-spectacles", 261825, 0, 40583 },
	/* 2587.41 x 6.8 % = 175.94388 */
	{ "csg-deductible", 258741, 17594, 0 },
	/* 2587.41 x 2.4 % = 62.09784 */
	{ "csg-non-deductible", 258741, 6210, 0 },
	/* 2587.41 x 0.5 % = 12.93705 */
	{ "crds", 258741, 1294, 0 },
};

/* employee 568.37, employer 1505.53; net before tax 2049.88; taxable
 * 2049.88 + 62.10 + 12.94 = 2124.92; 2124.92 - 748 = 1376.92: 0 %. */
static const struct totals roussel_03_totals = {
	.gross = 261825, .dfs = 0, .ceiling = 144000, .employee = 56837,
	.employer = 150553, .reduction = 0, .net_taxable = 212492,
	.pas_base = 137692, .pas_rate = 0, .withholding = 0,
	.net_paid = 204988, .cost = 412378
};

/*
 * 4. Louise Fabre, artist, 600.00 a cachet with the déduction forfaitaire
 * spécifique (25 %), 7 cachets from 9 to 18 March: 5 days or more, so
 * the ceiling is 7 paid days x 133.50 = 934.50. Night of the 12th,
 * 17:00-04:00 less 1:00: 8 night hours at 50 % of 104.5625.
 *   cachets  7 x 600.00   = 4200.00
 *   night    8 x 52.28125 =  418.25
 *   gross                   4618.25
 *   DFS      4618.25 x 25 % = 1154.5625 -> 1154.56; social base 3463.69
 * The URSSAF, retirement, training lines take 3463.69 (T1 934.50, T2
 * 2529.19); chômage, AGS, Congés Spectacles and CSG take the gross before
 * the DFS: chômage up to 4 x 934.50 = 3738.00. CSG base: 3738.00 x 98.25 %
 * = 3672.585 -> 3672.59 + 880.25 above 4 ceilings + 3.18 + 6.54 = 4562.56.
 */
static const struct elem_expect fabre_03_elements[] = {
	{ EL_CACHETS, 0, 420000 },
	{ EL_NIGHT, PCT(50), 41825 },
};

static const struct line_expect fabre_03_lines[] = {
	/* 3463.69 x 9.1 % = 315.19579 */
	{ "maladie", 346369, 0, 31520 },
	/* 934.50 x 0.12 % = 1.1214; 934.50 x 0.34 % = 3.1773 */
	{ "prevoyance-non-cadres", 93450, 112, 318 },
	/* 934.50 x 0.7 % = 6.5415 */
	{ "sante-non-cadres", 93450, 0, 654 },
	/* 3463.69 x 0.861 % = 29.8223709 */
	{ "at-mp", 346369, 0, 2982 },
	/* 934.50 x 4.83 % = 45.13635; 934.50 x 5.985 % = 55.929825 */
	{ "vieillesse-plafonnee", 93450, 4514, 5593 },
	/* 3463.69 x 0.28 % = 9.698332; 3463.69 x 1.477 % = 51.1587013 */
	{ "vieillesse-deplafonnee", 346369, 970, 5116 },
	/* 934.50 x 3.15 % = 29.43675; 934.50 x 4.72 % = 44.1084 */
	{ "agirc-arrco-t1", 93450, 2944, 4411 },
	/* 2529.19 x 8.64 % = 218.522016; 2529.19 x 12.95 % = 327.530105 */
	{ "agirc-arrco-t2", 252919, 21852, 32753 },
	/* 934.50 x 0.86 % = 8.0367; 934.50 x 1.29 % = 12.05505 */
	{ "ceg-t1", 93450, 804, 1206 },
	/* 2529.19 x 1.08 % = 27.315252; 2529.19 x 1.62 % = 40.972878 */
	{ "ceg-t2", 252919, 2732, 4097 },
	/* 3463.69 x 0.14 % = 4.849166; 3463.69 x 0.21 % = 7.273749 */
	{ "cet", 346369, 485, 727 },
	/* 3463.69 x 3.675 % = 127.2906075 */
	{ "allocations-familiales", 346369, 0, 12729 },
	/* 3738.00 x 4 % = 149.52 */
	{ "chomage", 373800, 0, 14952 },
	/* 3738.00 x 2.4 % = 89.712; 3738.00 x 5 % = 186.9 */
	{ "chomage-intermittents", 373800, 8971, 18690 },
	/* 3738.00 x 0.5 % = 18.69 */
	{ "chomage-majoration-cddu", 373800, 0, 1869 },
	/* 3738.00 x 0.25 % = 9.345 */
	{ "ags", 373800, 0, 935 },
	/* 3463.69 x 0.3 % = 10.39107 */
	{ "csa", 346369, 0, 1039 },
	/* 934.50 x 0.07 % = 0.65415 */
	{ "fnal-moins-50", 93450, 0, 65 },
	/* 3463.69 x 0.016 % = 0.5541904 */
	{ "dialogue-social", 346369, 0, 55 },
	/* 3463.69 x 2 % = 69.2738 */
	{ "formation-intermittents", 346369, 0, 6927 },
	/* 3463.69 x 0.1 % = 3.46369 */
	{ "formation-conventionnelle", 346369, 0, 346 },
	/* 3463.69 x 0.649 % = 22.4793481 */
	{ "taxe-apprentissage", 346369, 0, 2248 },
	/* 3463.69 x 0.099 % = 3.4290531 */
	{ "taxe-apprentissage-solde", 346369, 0, 343 },
	/* 4618.25 x 15.5 % = 715.82875 */
	{ "conges-spectacles", 461825, 0, 71583 },
	/* 4562.56 x 6.8 % = 310.25408 */
	{ "csg-deductible", 456256, 31025, 0 },
	/* 4562.56 x 2.4 % = 109.50144 */
	{ "csg-non-deductible", 456256, 10950, 0 },
	/* 4562.56 x 0.5 % = 22.8128 */
	{ "crds", 456256, 2281, 0 },
};

/* employee 876.40, employer 2211.58; net before tax 4618.25 - 876.40 =
 * 3741.85; taxable 3741.85 + 109.50 + 22.81 = 3874.16; 3874.16 - 748 =
 * 3126.16, in the 9.9 % bracket (3107.00 to 3539.00): 309.48984 ->
 * 309.49. Net paid 3432.36; cost 4618.25 + 2211.58 = 6829.83. */
static const struct totals fabre_03_totals = {
	.gross = 461825, .dfs = 115456, .ceiling = 93450, .employee = 87640,
	.employer = 221158, .reduction = 0, .net_taxable = 387416,
	.pas_base = 312616, .pas_rate = 99000000, .withholding = 30949,
	.net_paid = 343236, .cost = 682983
};


static void
slips__artist_under_five_days__reproduced(void **state)
{
	(void)state;
	check_slip(SAMPLE, "roussel-1", 2026, 3, roussel_03_elements, NELEM(roussel_03_elements),
	    roussel_03_lines, NELEM(roussel_03_lines), &roussel_03_totals);
}

static void
slips__artist_with_the_dfs__reproduced(void **state)
{
	(void)state;
	check_slip(SAMPLE, "fabre-1", 2026, 3, fabre_03_elements, NELEM(fabre_03_elements),
	    fabre_03_lines, NELEM(fabre_03_lines), &fabre_03_totals);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(slips__artist_under_five_days__reproduced),
		cmocka_unit_test(slips__artist_with_the_dfs__reproduced),
	};

	return RUN(tests);
}
