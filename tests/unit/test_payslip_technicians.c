/*
 * test_payslip_technicians.c: payslips of technicians computed by hand
 * and reproduced to the cent: a week with overtime and night hours (Lucie
 * Perrin), a contract over two months (Julien Morel, February and March),
 * a cadre above the ceiling (Hugo Lefèvre), an hourly contract with the
 * 10th-hour majoration and the RGDU (Théo Marchand), and a 2025 contract
 * with a Sunday and a public holiday (tests/cmd/t3002-payslip-holiday).
 * On every payslip, net paid = gross - employee contributions -
 * withholding.
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
 * 1. Lucie Perrin, scripte, non-cadre, 1350.00 a week. Base hourly wage
 * 1350 / 40 = 33.75 (Titre II art. 25: the 39-hour week is 35 h + 4 h at
 * 125 %, worth 40 h). March 2026:
 *   Mon 9 - Wed 11, 08:00-19:00 less 1:00 = 10 h a day;
 *   Thu 12, 18:00-04:00 less 1:00 (the break is taken in daytime,
 *   18:00-19:00) = 9 h, 8 of them at night (20:00-04:00 in winter);
 *   Fri 13, 15:00-23:00 less 0:30 = 7.5 h, 3 of them at night;
 *   Mon 16 - Wed 18, 10 h a day.
 * Week 1: 10 + 10 + 10 + 9 + 7.5 = 46.5 h: the 36th to 43rd hours +25 %
 * (8 h, Thursday night and Friday), the 44th on +50 % (3.5 h, Friday);
 * night +50 % for the first 8 night hours of a shift: 8 + 3 = 11 h; no
 * hour is over the +100 % cap (Friday 20:00-23:00: 50 + 50 %). Week 2:
 * 30 h. In all 76.5 h.
 *   base   76.5 x 33.75   = 2581.875 -> 2581.88
 *   +25 %  8 x 8.4375     =   67.50
 *   +50 %  3.5 x 16.875   =   59.0625 -> 59.06
 *   night  11 x 16.875    =  185.625 -> 185.63
 *   gross                   2894.07
 * Ceiling: 8 paid days x 4005 / 30 = 1068.00 (BOSS, thirtieths). SMIC for
 * 76.5 h: 76.5 x 12.02 = 919.53, and 3 x 919.53 = 2758.59 < 2894.07: no
 * RGDU. CSG base: 2894.07 x 98.25 % = 2843.423775 -> 2843.42, + 3.63 +
 * 7.48 (prévoyance, santé) = 2854.53.
 */
static const struct elem_expect perrin_elements[] = {
	{ EL_HOURS, RATE_ONE, 258188 },
	{ EL_OVERTIME, PCT(25), 6750 },
	{ EL_OVERTIME, PCT(50), 5906 },
	{ EL_NIGHT, PCT(50), 18563 },
};

static const struct line_expect perrin_lines[] = {
	/* 2894.07 x 13 % = 376.2291 */
	{ "maladie", 289407, 0, 37623 },
	/* 1068.00 x 0.12 % = 1.2816; 1068.00 x 0.34 % = 3.6312 */
	{ "prevoyance-non-cadres", 106800, 128, 363 },
	/* 1068.00 x 0.7 % = 7.476 */
	{ "sante-non-cadres", 106800, 0, 748 },
	/* 2894.07 x 1.23 % = 35.597061 */
	{ "at-mp", 289407, 0, 3560 },
	/* 1068.00 x 6.9 % = 73.692; 1068.00 x 8.55 % = 91.314 */
	{ "vieillesse-plafonnee", 106800, 7369, 9131 },
	/* 2894.07 x 0.4 % = 11.57628; 2894.07 x 2.11 % = 61.064877 */
	{ "vieillesse-deplafonnee", 289407, 1158, 6106 },
	/* 1068.00 x 3.15 % = 33.642; 1068.00 x 4.72 % = 50.4096 */
	{ "agirc-arrco-t1", 106800, 3364, 5041 },
	/* 1826.07 x 8.64 % = 157.772448; 1826.07 x 12.95 % = 236.476065 */
	{ "agirc-arrco-t2", 182607, 15777, 23648 },
	/* 1068.00 x 0.86 % = 9.1848; 1068.00 x 1.29 % = 13.7772 */
	{ "ceg-t1", 106800, 918, 1378 },
	/* 1826.07 x 1.08 % = 19.721556; 1826.07 x 1.62 % = 29.582334 */
	{ "ceg-t2", 182607, 1972, 2958 },
	/* 2894.07 x 0.14 % = 4.051698; 2894.07 x 0.21 % = 6.077547 */
	{ "cet", 289407, 405, 608 },
	/* 2894.07 x 5.25 % = 151.938675 */
	{ "allocations-familiales", 289407, 0, 15194 },
	/* 2894.07 x 4 % = 115.7628 */
	{ "chomage", 289407, 0, 11576 },
	/* 2894.07 x 2.4 % = 69.45768; 2894.07 x 5 % = 144.7035 */
	{ "chomage-intermittents", 289407, 6946, 14470 },
	/* 2894.07 x 0.5 % = 14.47035 */
	{ "chomage-majoration-cddu", 289407, 0, 1447 },
	/* 2894.07 x 0.25 % = 7.235175 */
	{ "ags", 289407, 0, 724 },
	/* 2894.07 x 0.3 % = 8.68221 */
	{ "csa", 289407, 0, 868 },
	/* 1068.00 x 0.1 % = 1.068 */
	{ "fnal-moins-50", 106800, 0, 107 },
	/* 2894.07 x 0.016 % = 0.4630512 */
	{ "dialogue-social", 289407, 0, 46 },
	/* 2894.07 x 2 % = 57.8814 */
	{ "formation-intermittents", 289407, 0, 5788 },
	/* 2894.07 x 0.1 % = 2.89407 */
	{ "formation-conventionnelle", 289407, 0, 289 },
	/* 2894.07 x 0.649 % = 18.7825143 */
	{ "taxe-apprentissage", 289407, 0, 1878 },
	/* 2894.07 x 0.099 % = 2.8651293 */
	{ "taxe-apprentissage-solde", 289407, 0, 287 },
	/* 2894.07 x 15.5 % = 448.58085 */
	{ "conges-spectacles", 289407, 0, 44858 },
	/* 2854.53 x 6.8 % = 194.10804 */
	{ "csg-deductible", 285453, 19411, 0 },
	/* 2854.53 x 2.4 % = 68.50872 */
	{ "csg-non-deductible", 285453, 6851, 0 },
	/* 2854.53 x 0.5 % = 14.27265 */
	{ "crds", 285453, 1427, 0 },
};

/* employee 657.26, employer 1886.96; net before tax 2894.07 - 657.26 =
 * 2236.81; taxable + CSG non déductible 68.51 + CRDS 14.27 = 2319.59;
 * neutral rate, contract of 2 months at most: 2319.59 - 748.00 = 1571.59,
 * under 1620.00: 0 %. Net paid 2236.81; cost 2894.07 + 1886.96 = 4781.03. */
static const struct totals perrin_totals = {
	.gross = 289407, .dfs = 0, .ceiling = 106800, .employee = 65726,
	.employer = 188696, .reduction = 0, .net_taxable = 231959,
	.pas_base = 157159, .pas_rate = 0, .withholding = 0,
	.net_paid = 223681, .cost = 478103
};

/*
 * 2. Julien Morel, directeur de production, cadre, 2150.00 a week
 * (53.75 an hour), from 16 February to 27 March 2026: two payslips.
 * February: two weeks of 5 x 8 h (09:00-18:00 less 1:00) = 40 h, the
 * 36th-40th hours +25 %: 10 h.
 *   base   80 x 53.75     = 4300.00
 *   +25 %  10 x 13.4375   =  134.375 -> 134.38
 *   gross                   4434.38
 * Ceiling: 10 paid days x 133.50 = 1335.00. CSG base: 4434.38 x 98.25 % =
 * 4356.77835 -> 4356.78 + 11.75 + 9.88 = 4378.41.
 */
static const struct elem_expect morel_02_elements[] = {
	{ EL_HOURS, RATE_ONE, 430000 },
	{ EL_OVERTIME, PCT(25), 13438 },
};

static const struct line_expect morel_02_lines[] = {
	/* 4434.38 x 13 % = 576.4694 */
	{ "maladie", 443438, 0, 57647 },
	/* 1335.00 x 0.12 % = 1.602; 1335.00 x 0.88 % = 11.748 */
	{ "prevoyance-cadres", 133500, 160, 1175 },
	/* 1335.00 x 0.74 % = 9.879 */
	{ "sante-cadres", 133500, 0, 988 },
	/* 4434.38 x 1.23 % = 54.542874 */
	{ "at-mp", 443438, 0, 5454 },
	/* 1335.00 x 6.9 % = 92.115; 1335.00 x 8.55 % = 114.1425 */
	{ "vieillesse-plafonnee", 133500, 9212, 11414 },
	/* 4434.38 x 0.4 % = 17.73752; 4434.38 x 2.11 % = 93.565418 */
	{ "vieillesse-deplafonnee", 443438, 1774, 9357 },
	/* 1335.00 x 3.15 % = 42.0525; 1335.00 x 4.72 % = 63.012 */
	{ "agirc-arrco-t1", 133500, 4205, 6301 },
	/* 3099.38 x 8.64 % = 267.786432; 3099.38 x 12.95 % = 401.36971 */
	{ "agirc-arrco-t2", 309938, 26779, 40137 },
	/* 1335.00 x 0.86 % = 11.481; 1335.00 x 1.29 % = 17.2215 */
	{ "ceg-t1", 133500, 1148, 1722 },
	/* 3099.38 x 1.08 % = 33.473304; 3099.38 x 1.62 % = 50.209956 */
	{ "ceg-t2", 309938, 3347, 5021 },
	/* 4434.38 x 0.14 % = 6.208132; 4434.38 x 0.21 % = 9.312198 */
	{ "cet", 443438, 621, 931 },
	/* 4434.38 x 5.25 % = 232.80495 */
	{ "allocations-familiales", 443438, 0, 23280 },
	/* 4434.38 x 4 % = 177.3752 */
	{ "chomage", 443438, 0, 17738 },
	/* 4434.38 x 2.4 % = 106.42512; 4434.38 x 5 % = 221.719 */
	{ "chomage-intermittents", 443438, 10643, 22172 },
	/* 4434.38 x 0.5 % = 22.1719 */
	{ "chomage-majoration-cddu", 443438, 0, 2217 },
	/* 4434.38 x 0.25 % = 11.08595 */
	{ "ags", 443438, 0, 1109 },
	/* 4434.38 x 0.024 % = 1.0642512; 4434.38 x 0.036 % = 1.5963768 */
	{ "apec", 443438, 106, 160 },
	/* 4434.38 x 0.3 % = 13.30314 */
	{ "csa", 443438, 0, 1330 },
	/* 1335.00 x 0.1 % = 1.335 */
	{ "fnal-moins-50", 133500, 0, 134 },
	/* 4434.38 x 0.016 % = 0.7095008 */
	{ "dialogue-social", 443438, 0, 71 },
	/* 4434.38 x 2 % = 88.6876 */
	{ "formation-intermittents", 443438, 0, 8869 },
	/* 4434.38 x 0.1 % = 4.43438 */
	{ "formation-conventionnelle", 443438, 0, 443 },
	/* 4434.38 x 0.649 % = 28.7791262 */
	{ "taxe-apprentissage", 443438, 0, 2878 },
	/* 4434.38 x 0.099 % = 4.3900362 */
	{ "taxe-apprentissage-solde", 443438, 0, 439 },
	/* 4434.38 x 15.5 % = 687.3289 */
	{ "conges-spectacles", 443438, 0, 68733 },
	/* 4378.41 x 6.8 % = 297.73188 */
	{ "csg-deductible", 437841, 29773, 0 },
	/* 4378.41 x 2.4 % = 105.08184 */
	{ "csg-non-deductible", 437841, 10508, 0 },
	/* 4378.41 x 0.5 % = 21.89205 */
	{ "crds", 437841, 2189, 0 },
};

/* employee 1004.65, employer 2897.20; net before tax 3429.73; taxable
 * 3429.73 + 105.08 + 21.89 = 3556.70; neutral, short contract (ends before
 * 16 April): 3556.70 - 748 = 2808.70, in the 7.5 % bracket (2714.00 to
 * 3107.00): 210.6525 -> 210.65. Net paid 3429.73 - 210.65 = 3219.08. */
static const struct totals morel_02_totals = {
	.gross = 443438, .dfs = 0, .ceiling = 133500, .employee = 100465,
	.employer = 289720, .reduction = 0, .net_taxable = 355670,
	.pas_base = 280870, .pas_rate = 75000000, .withholding = 21065,
	.net_paid = 321908, .cost = 733158
};

/*
 * March: week of 2 March 5 x 8 h = 40 h (5 h +25 %); week of 9 March as
 * Perrin's, 46.5 h (8 h +25 %, 3.5 h +50 %, 11 h of night); week of 16
 * March 3 x 10 h + 19 and 20 March 09:00-17:00 less 1:00 = 2 x 7 h: 44 h
 * (8 h +25 %, 1 h +50 %); week of 23 March 5 x 7 h = 35 h. In all 165.5 h,
 * 21 h at +25 %, 4.5 h at +50 %.
 *   base   165.5 x 53.75  = 8895.625 -> 8895.63
 *   +25 %  21 x 13.4375   =  282.1875 -> 282.19
 *   +50 %  4.5 x 26.875   =  120.9375 -> 120.94
 *   night  11 x 26.875    =  295.625 -> 295.63
 *   gross                   9594.39
 * Ceiling: 20 paid days x 133.50 = 2670.00; chômage up to 4 x 2670 =
 * 10680 takes all the gross. CSG base: 9594.39 x 98.25 % = 9426.488175 ->
 * 9426.49 + 23.50 + 19.76 = 9469.75.
 */
static const struct elem_expect morel_03_elements[] = {
	{ EL_HOURS, RATE_ONE, 889563 },
	{ EL_OVERTIME, PCT(25), 28219 },
	{ EL_OVERTIME, PCT(50), 12094 },
	{ EL_NIGHT, PCT(50), 29563 },
};

static const struct line_expect morel_03_lines[] = {
	/* 9594.39 x 13 % = 1247.2707 */
	{ "maladie", 959439, 0, 124727 },
	/* 2670.00 x 0.12 % = 3.204; 2670.00 x 0.88 % = 23.496 */
	{ "prevoyance-cadres", 267000, 320, 2350 },
	/* 2670.00 x 0.74 % = 19.758 */
	{ "sante-cadres", 267000, 0, 1976 },
	/* 9594.39 x 1.23 % = 118.010997 */
	{ "at-mp", 959439, 0, 11801 },
	/* 2670.00 x 6.9 % = 184.23; 2670.00 x 8.55 % = 228.285 */
	{ "vieillesse-plafonnee", 267000, 18423, 22829 },
	/* 9594.39 x 0.4 % = 38.37756; 9594.39 x 2.11 % = 202.441629 */
	{ "vieillesse-deplafonnee", 959439, 3838, 20244 },
	/* 2670.00 x 3.15 % = 84.105; 2670.00 x 4.72 % = 126.024 */
	{ "agirc-arrco-t1", 267000, 8411, 12602 },
	/* 6924.39 x 8.64 % = 598.267296; 6924.39 x 12.95 % = 896.708505 */
	{ "agirc-arrco-t2", 692439, 59827, 89671 },
	/* 2670.00 x 0.86 % = 22.962; 2670.00 x 1.29 % = 34.443 */
	{ "ceg-t1", 267000, 2296, 3444 },
	/* 6924.39 x 1.08 % = 74.783412; 6924.39 x 1.62 % = 112.175118 */
	{ "ceg-t2", 692439, 7478, 11218 },
	/* 9594.39 x 0.14 % = 13.432146; 9594.39 x 0.21 % = 20.148219 */
	{ "cet", 959439, 1343, 2015 },
	/* 9594.39 x 5.25 % = 503.705475 */
	{ "allocations-familiales", 959439, 0, 50371 },
	/* 9594.39 x 4 % = 383.7756 */
	{ "chomage", 959439, 0, 38378 },
	/* 9594.39 x 2.4 % = 230.26536; 9594.39 x 5 % = 479.7195 */
	{ "chomage-intermittents", 959439, 23027, 47972 },
	/* 9594.39 x 0.5 % = 47.97195 */
	{ "chomage-majoration-cddu", 959439, 0, 4797 },
	/* 9594.39 x 0.25 % = 23.985975 */
	{ "ags", 959439, 0, 2399 },
	/* 9594.39 x 0.024 % = 2.3026536; 9594.39 x 0.036 % = 3.4539804 */
	{ "apec", 959439, 230, 345 },
	/* 9594.39 x 0.3 % = 28.78317 */
	{ "csa", 959439, 0, 2878 },
	/* 2670.00 x 0.1 % = 2.67 */
	{ "fnal-moins-50", 267000, 0, 267 },
	/* 9594.39 x 0.016 % = 1.5351024 */
	{ "dialogue-social", 959439, 0, 154 },
	/* 9594.39 x 2 % = 191.8878 */
	{ "formation-intermittents", 959439, 0, 19189 },
	/* 9594.39 x 0.1 % = 9.59439 */
	{ "formation-conventionnelle", 959439, 0, 959 },
	/* 9594.39 x 0.649 % = 62.2675911 */
	{ "taxe-apprentissage", 959439, 0, 6227 },
	/* 9594.39 x 0.099 % = 9.4984461 */
	{ "taxe-apprentissage-solde", 959439, 0, 950 },
	/* 9594.39 x 15.5 % = 1487.13045 */
	{ "conges-spectacles", 959439, 0, 148713 },
	/* 9469.75 x 6.8 % = 643.943 */
	{ "csg-deductible", 946975, 64394, 0 },
	/* 9469.75 x 2.4 % = 227.274 */
	{ "csg-non-deductible", 946975, 22727, 0 },
	/* 9469.75 x 0.5 % = 47.34875 */
	{ "crds", 946975, 4735, 0 },
};

/* employee 2170.49, employer 6264.76; net before tax 7423.90; taxable
 * 7423.90 + 227.27 + 47.35 = 7698.52; 7698.52 - 748 = 6950.52, in the
 * 17.9 % bracket (5574.00 to 6974.00): 1244.14308 -> 1244.14. Net paid
 * 7423.90 - 1244.14 = 6179.76. */
static const struct totals morel_03_totals = {
	.gross = 959439, .dfs = 0, .ceiling = 267000, .employee = 217049,
	.employer = 626476, .reduction = 0, .net_taxable = 769852,
	.pas_base = 695052, .pas_rate = 179000000, .withholding = 124414,
	.net_paid = 617976, .cost = 1585915
};

/*
 * 5. Hugo Lefèvre, directeur de la photographie, cadre, 2600.00 a week
 * (65.00 an hour), 5 to 18 March: 2 x 8 h of camera tests, the shooting
 * week of 46.5 h (8 h +25 %, 3.5 h +50 %, 11 h of night) and 30 h: 92.5 h.
 *   base   92.5 x 65.00   = 6012.50
 *   +25 %  8 x 16.25      =  130.00
 *   +50 %  3.5 x 32.50    =  113.75
 *   night  11 x 32.50     =  357.50
 *   gross                   6613.75
 * Ceiling 10 paid days x 133.50 = 1335.00: far above it. T1 1335.00, T2
 * 6613.75 - 1335.00 = 5278.75, CET on all the pay (above one ceiling),
 * APEC and chômage up to 4 ceilings, 5340.00. CSG base: 5340.00 x 98.25 %
 * = 5246.55 + 1273.75 above 4 ceilings + 11.75 + 9.88 = 6541.93.
 */
static const struct elem_expect lefevre_03_elements[] = {
	{ EL_HOURS, RATE_ONE, 601250 },
	{ EL_OVERTIME, PCT(25), 13000 },
	{ EL_OVERTIME, PCT(50), 11375 },
	{ EL_NIGHT, PCT(50), 35750 },
};

static const struct line_expect lefevre_03_lines[] = {
	/* 6613.75 x 13 % = 859.7875 */
	{ "maladie", 661375, 0, 85979 },
	/* 1335.00 x 0.12 % = 1.602; 1335.00 x 0.88 % = 11.748 */
	{ "prevoyance-cadres", 133500, 160, 1175 },
	/* 1335.00 x 0.74 % = 9.879 */
	{ "sante-cadres", 133500, 0, 988 },
	/* 6613.75 x 1.23 % = 81.349125 */
	{ "at-mp", 661375, 0, 8135 },
	/* 1335.00 x 6.9 % = 92.115; 1335.00 x 8.55 % = 114.1425 */
	{ "vieillesse-plafonnee", 133500, 9212, 11414 },
	/* 6613.75 x 0.4 % = 26.455; 6613.75 x 2.11 % = 139.550125 */
	{ "vieillesse-deplafonnee", 661375, 2646, 13955 },
	/* 1335.00 x 3.15 % = 42.0525; 1335.00 x 4.72 % = 63.012 */
	{ "agirc-arrco-t1", 133500, 4205, 6301 },
	/* 5278.75 x 8.64 % = 456.084; 5278.75 x 12.95 % = 683.598125 */
	{ "agirc-arrco-t2", 527875, 45608, 68360 },
	/* 1335.00 x 0.86 % = 11.481; 1335.00 x 1.29 % = 17.2215 */
	{ "ceg-t1", 133500, 1148, 1722 },
	/* 5278.75 x 1.08 % = 57.0105; 5278.75 x 1.62 % = 85.51575 */
	{ "ceg-t2", 527875, 5701, 8552 },
	/* 6613.75 x 0.14 % = 9.25925; 6613.75 x 0.21 % = 13.888875 */
	{ "cet", 661375, 926, 1389 },
	/* 6613.75 x 5.25 % = 347.221875 */
	{ "allocations-familiales", 661375, 0, 34722 },
	/* 5340.00 x 4 % = 213.6 */
	{ "chomage", 534000, 0, 21360 },
	/* 5340.00 x 2.4 % = 128.16; 5340.00 x 5 % = 267 */
	{ "chomage-intermittents", 534000, 12816, 26700 },
	/* 5340.00 x 0.5 % = 26.7 */
	{ "chomage-majoration-cddu", 534000, 0, 2670 },
	/* 5340.00 x 0.25 % = 13.35 */
	{ "ags", 534000, 0, 1335 },
	/* 5340.00 x 0.024 % = 1.2816; 5340.00 x 0.036 % = 1.9224 */
	{ "apec", 534000, 128, 192 },
	/* 6613.75 x 0.3 % = 19.84125 */
	{ "csa", 661375, 0, 1984 },
	/* 1335.00 x 0.1 % = 1.335 */
	{ "fnal-moins-50", 133500, 0, 134 },
	/* 6613.75 x 0.016 % = 1.0582 */
	{ "dialogue-social", 661375, 0, 106 },
	/* 6613.75 x 2 % = 132.275 */
	{ "formation-intermittents", 661375, 0, 13228 },
	/* 6613.75 x 0.1 % = 6.61375 */
	{ "formation-conventionnelle", 661375, 0, 661 },
	/* 6613.75 x 0.649 % = 42.9232375 */
	{ "taxe-apprentissage", 661375, 0, 4292 },
	/* 6613.75 x 0.099 % = 6.5476125 */
	{ "taxe-apprentissage-solde", 661375, 0, 655 },
	/* 6613.75 x 15.5 % = 1025.13125 */
	{ "conges-spectacles", 661375, 0, 102513 },
	/* 6541.93 x 6.8 % = 444.85124 */
	{ "csg-deductible", 654193, 44485, 0 },
	/* 6541.93 x 2.4 % = 157.00632 */
	{ "csg-non-deductible", 654193, 15701, 0 },
	/* 6541.93 x 0.5 % = 32.70965 */
	{ "crds", 654193, 3271, 0 },
};

/* employee 1460.07, employer 4185.22; net before tax 5153.68; taxable
 * 5153.68 + 157.01 + 32.71 = 5343.40; 5343.40 - 748 = 4595.40, in the
 * 13.8 % bracket (3983.00 to 4648.00): 634.1652 -> 634.17. Net paid
 * 4519.51. */
static const struct totals lefevre_03_totals = {
	.gross = 661375, .dfs = 0, .ceiling = 133500, .employee = 146007,
	.employer = 418522, .reduction = 0, .net_taxable = 534340,
	.pas_base = 459540, .pas_rate = 138000000, .withholding = 63417,
	.net_paid = 451951, .cost = 1079897
};

/*
 * 6. Théo Marchand, chef électricien, non-cadre, 28.50 an hour, 9 to 18
 * March. Monday 9, 07:00-19:00 less 1:00 = 11 h: the 11th hour is past
 * the 10th, +100 % (Titre II art. 38). Week 1: 11 + 10 + 10 + 9 + 7.5 =
 * 47.5 h: 8 h at +25 %, 4.5 h at +50 %; 11 h of night. Week 2: 30 h.
 *   base   77.5 x 28.50   = 2208.75
 *   +25 %  8 x 7.125      =   57.00
 *   +50 %  4.5 x 14.25    =   64.125 -> 64.13
 *   10th   1 x 28.50      =   28.50
 *   night  11 x 14.25     =  156.75
 *   gross                   2515.13
 * RGDU: SMIC for 77.5 h = 77.5 x 12.02 = 931.55; x = (3 x 931.55 /
 * 2515.13 - 1) / 2 = 0.0555677; 0.3781 x x^1.75 = 0.3781 x 0.0063597 =
 * 0.0024046 -> 0.0024; C = 0.02 + 0.0024 = 0.0224, divided by 0.9 for
 * the Congés Spectacles fund: 0.024889 -> 0.0249; 2515.13 x 0.0249 =
 * 62.626737 -> 62.63. CSG base: 2515.13 x 98.25 % = 2471.115225 ->
 * 2471.12 + 3.63 + 7.48 = 2482.23.
 */
static const struct elem_expect marchand_03_elements[] = {
	{ EL_HOURS, RATE_ONE, 220875 },
	{ EL_OVERTIME, PCT(25), 5700 },
	{ EL_OVERTIME, PCT(50), 6413 },
	{ EL_LONG_DAY, PCT(100), 2850 },
	{ EL_NIGHT, PCT(50), 15675 },
};

static const struct line_expect marchand_03_lines[] = {
	/* 2515.13 x 13 % = 326.9669 */
	{ "maladie", 251513, 0, 32697 },
	/* 1068.00 x 0.12 % = 1.2816; 1068.00 x 0.34 % = 3.6312 */
	{ "prevoyance-non-cadres", 106800, 128, 363 },
	/* 1068.00 x 0.7 % = 7.476 */
	{ "sante-non-cadres", 106800, 0, 748 },
	/* 2515.13 x 1.23 % = 30.936099 */
	{ "at-mp", 251513, 0, 3094 },
	/* 1068.00 x 6.9 % = 73.692; 1068.00 x 8.55 % = 91.314 */
	{ "vieillesse-plafonnee", 106800, 7369, 9131 },
	/* 2515.13 x 0.4 % = 10.06052; 2515.13 x 2.11 % = 53.069243 */
	{ "vieillesse-deplafonnee", 251513, 1006, 5307 },
	/* 1068.00 x 3.15 % = 33.642; 1068.00 x 4.72 % = 50.4096 */
	{ "agirc-arrco-t1", 106800, 3364, 5041 },
	/* 1447.13 x 8.64 % = 125.032032; 1447.13 x 12.95 % = 187.403335 */
	{ "agirc-arrco-t2", 144713, 12503, 18740 },
	/* 1068.00 x 0.86 % = 9.1848; 1068.00 x 1.29 % = 13.7772 */
	{ "ceg-t1", 106800, 918, 1378 },
	/* 1447.13 x 1.08 % = 15.629004; 1447.13 x 1.62 % = 23.443506 */
	{ "ceg-t2", 144713, 1563, 2344 },
	/* 2515.13 x 0.14 % = 3.521182; 2515.13 x 0.21 % = 5.281773 */
	{ "cet", 251513, 352, 528 },
	/* 2515.13 x 5.25 % = 132.044325 */
	{ "allocations-familiales", 251513, 0, 13204 },
	/* 2515.13 x 4 % = 100.6052 */
	{ "chomage", 251513, 0, 10061 },
	/* 2515.13 x 2.4 % = 60.36312; 2515.13 x 5 % = 125.7565 */
	{ "chomage-intermittents", 251513, 6036, 12576 },
	/* 2515.13 x 0.5 % = 12.57565 */
	{ "chomage-majoration-cddu", 251513, 0, 1258 },
	/* 2515.13 x 0.25 % = 6.287825 */
	{ "ags", 251513, 0, 629 },
	/* 2515.13 x 0.3 % = 7.54539 */
	{ "csa", 251513, 0, 755 },
	/* 1068.00 x 0.1 % = 1.068 */
	{ "fnal-moins-50", 106800, 0, 107 },
	/* 2515.13 x 0.016 % = 0.4024208 */
	{ "dialogue-social", 251513, 0, 40 },
	/* 2515.13 x 2 % = 50.3026 */
	{ "formation-intermittents", 251513, 0, 5030 },
	/* 2515.13 x 0.1 % = 2.51513 */
	{ "formation-conventionnelle", 251513, 0, 252 },
	/* 2515.13 x 0.649 % = 16.3231937 */
	{ "taxe-apprentissage", 251513, 0, 1632 },
	/* 2515.13 x 0.099 % = 2.4899787 */
	{ "taxe-apprentissage-solde", 251513, 0, 249 },
	/* 2515.13 x 15.5 % = 389.84515 */
	{ "conges-spectacles", 251513, 0, 38985 },
	/* 2482.23 x 6.8 % = 168.79164 */
	{ "csg-deductible", 248223, 16879, 0 },
	/* 2482.23 x 2.4 % = 59.57352 */
	{ "csg-non-deductible", 248223, 5957, 0 },
	/* 2482.23 x 0.5 % = 12.41115 */
	{ "crds", 248223, 1241, 0 },
};

/* employee 573.16, employer 1641.49 - 62.63 = 1578.86; net before tax
 * 1941.97; taxable 1941.97 + 59.57 + 12.41 = 2013.95; 2013.95 - 748 =
 * 1265.95: 0 %. */
static const struct totals marchand_03_totals = {
	.gross = 251513, .dfs = 0, .ceiling = 106800, .employee = 57316,
	.employer = 157886, .reduction = 6263, .net_taxable = 201395,
	.pas_base = 126595, .pas_rate = 0, .withholding = 0,
	.net_paid = 194197, .cost = 409399
};

/*
 * 7. A 2025 contract with a Sunday and a public holiday: Paul Roux,
 * électricien, non-cadre, 21.00 an hour, 10 to 16 July 2025, 08:00-17:00
 * less 1:00 = 8 h on Thu 10, Fri 11, Sun 13, Mon 14 (Fête nationale),
 * Tue 15, Wed 16: 24 h in each week, no overtime; Sunday +100 % (Titre II
 * art. 41) and the holiday +100 % on 8 h each.
 *   base     48 x 21.00   = 1008.00
 *   Sunday   8 x 21.00    =  168.00
 *   holiday  8 x 21.00    =  168.00
 *   gross                   1344.00
 * 2025 tables: ceiling 6 paid days x 3925 / 30 = 785.00; SMIC for 48 h
 * = 48 x 11.88 = 570.24: the pay is above 2.25 SMIC (1283.04), so maladie
 * at 13 %, but at most 3.3 SMIC (1881.79), so allocations familiales at
 * the reduced 3.45 %; above 1.6 SMIC (912.38): no réduction générale;
 * vieillesse déplafonnée 2.02 %, chômage 4.00 % since 1 May. CSG base:
 * 785.00 x 4 = 3140 > 1344: 1344 x 98.25 % = 1320.48 + 2.67 + 5.50 =
 * 1328.65.
 */
static const struct elem_expect holiday_2025_elements[] = {
	{ EL_HOURS, RATE_ONE, 100800 },
	{ EL_SUNDAY, PCT(100), 16800 },
	{ EL_HOLIDAY, PCT(100), 16800 },
};

static const struct line_expect holiday_2025_lines[] = {
	/* 1344.00 x 13 % = 174.72 */
	{ "maladie", 134400, 0, 17472 },
	/* 785.00 x 0.12 % = 0.942; 785.00 x 0.34 % = 2.669 */
	{ "prevoyance-non-cadres", 78500, 94, 267 },
	/* 785.00 x 0.7 % = 5.495 */
	{ "sante-non-cadres", 78500, 0, 550 },
	/* 1344.00 x 1.23 % = 16.5312 */
	{ "at-mp", 134400, 0, 1653 },
	/* 785.00 x 6.9 % = 54.165; 785.00 x 8.55 % = 67.1175 */
	{ "vieillesse-plafonnee", 78500, 5417, 6712 },
	/* 1344.00 x 0.4 % = 5.376; 1344.00 x 2.02 % = 27.1488 */
	{ "vieillesse-deplafonnee", 134400, 538, 2715 },
	/* 785.00 x 3.15 % = 24.7275; 785.00 x 4.72 % = 37.052 */
	{ "agirc-arrco-t1", 78500, 2473, 3705 },
	/* 559.00 x 8.64 % = 48.2976; 559.00 x 12.95 % = 72.3905 */
	{ "agirc-arrco-t2", 55900, 4830, 7239 },
	/* 785.00 x 0.86 % = 6.751; 785.00 x 1.29 % = 10.1265 */
	{ "ceg-t1", 78500, 675, 1013 },
	/* 559.00 x 1.08 % = 6.0372; 559.00 x 1.62 % = 9.0558 */
	{ "ceg-t2", 55900, 604, 906 },
	/* 1344.00 x 0.14 % = 1.8816; 1344.00 x 0.21 % = 2.8224 */
	{ "cet", 134400, 188, 282 },
	/* 1344.00 x 3.45 % = 46.368 */
	{ "allocations-familiales-taux-reduit", 134400, 0, 4637 },
	/* 1344.00 x 4 % = 53.76 */
	{ "chomage", 134400, 0, 5376 },
	/* 1344.00 x 2.4 % = 32.256; 1344.00 x 5 % = 67.2 */
	{ "chomage-intermittents", 134400, 3226, 6720 },
	/* 1344.00 x 0.5 % = 6.72 */
	{ "chomage-majoration-cddu", 134400, 0, 672 },
	/* 1344.00 x 0.25 % = 3.36 */
	{ "ags", 134400, 0, 336 },
	/* 1344.00 x 0.3 % = 4.032 */
	{ "csa", 134400, 0, 403 },
	/* 785.00 x 0.1 % = 0.785 */
	{ "fnal-moins-50", 78500, 0, 79 },
	/* 1344.00 x 0.016 % = 0.21504 */
	{ "dialogue-social", 134400, 0, 22 },
	/* 1344.00 x 2 % = 26.88 */
	{ "formation-intermittents", 134400, 0, 2688 },
	/* 1344.00 x 0.1 % = 1.344 */
	{ "formation-conventionnelle", 134400, 0, 134 },
	/* 1344.00 x 0.649 % = 8.72256 */
	{ "taxe-apprentissage", 134400, 0, 872 },
	/* 1344.00 x 0.099 % = 1.33056 */
	{ "taxe-apprentissage-solde", 134400, 0, 133 },
	/* 1344.00 x 15.5 % = 208.32 */
	{ "conges-spectacles", 134400, 0, 20832 },
	/* 1328.65 x 6.8 % = 90.3482 */
	{ "csg-deductible", 132865, 9035, 0 },
	/* 1328.65 x 2.4 % = 31.8876 */
	{ "csg-non-deductible", 132865, 3189, 0 },
	/* 1328.65 x 0.5 % = 6.64325 */
	{ "crds", 132865, 664, 0 },
};

/* employee 309.33, employer 854.18; net before tax 1034.67; taxable
 * 1034.67 + 31.89 + 6.64 = 1073.20; neutral, short contract, 2025's
 * abatement 739.00: 334.20: 0 %. */
static const struct totals holiday_2025_totals = {
	.gross = 134400, .dfs = 0, .ceiling = 78500, .employee = 30933,
	.employer = 85418, .reduction = 0, .net_taxable = 107320,
	.pas_base = 33420, .pas_rate = 0, .withholding = 0,
	.net_paid = 103467, .cost = 219818
};


static void
slips__a_week_with_overtime_and_night__reproduced(void **state)
{
	(void)state;
	check_slip(SAMPLE, "perrin-1", 2026, 3, perrin_elements, NELEM(perrin_elements),
	    perrin_lines, NELEM(perrin_lines), &perrin_totals);
}

static void
slips__two_months_february__reproduced(void **state)
{
	(void)state;
	check_slip(SAMPLE, "morel-1", 2026, 2, morel_02_elements, NELEM(morel_02_elements),
	    morel_02_lines, NELEM(morel_02_lines), &morel_02_totals);
}

static void
slips__two_months_march__reproduced(void **state)
{
	(void)state;
	check_slip(SAMPLE, "morel-1", 2026, 3, morel_03_elements, NELEM(morel_03_elements),
	    morel_03_lines, NELEM(morel_03_lines), &morel_03_totals);
}

static void
slips__cadre_above_the_ceiling__reproduced(void **state)
{
	(void)state;
	check_slip(SAMPLE, "lefevre-1", 2026, 3, lefevre_03_elements, NELEM(lefevre_03_elements),
	    lefevre_03_lines, NELEM(lefevre_03_lines), &lefevre_03_totals);
}

static void
slips__hourly_tenth_hour_and_rgdu__reproduced(void **state)
{
	(void)state;
	check_slip(SAMPLE, "marchand-1", 2026, 3, marchand_03_elements, NELEM(marchand_03_elements),
	    marchand_03_lines, NELEM(marchand_03_lines), &marchand_03_totals);
}

static void
slips__sunday_and_public_holiday_2025__reproduced(void **state)
{
	(void)state;
	check_slip(HOLIDAY, "roux-1", 2025, 7, holiday_2025_elements, NELEM(holiday_2025_elements),
	    holiday_2025_lines, NELEM(holiday_2025_lines), &holiday_2025_totals);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(slips__a_week_with_overtime_and_night__reproduced),
		cmocka_unit_test(slips__two_months_february__reproduced),
		cmocka_unit_test(slips__two_months_march__reproduced),
		cmocka_unit_test(slips__cadre_above_the_ceiling__reproduced),
		cmocka_unit_test(slips__hourly_tenth_hour_and_rgdu__reproduced),
		cmocka_unit_test(slips__sunday_and_public_holiday_2025__reproduced),
	};

	return RUN(tests);
}
