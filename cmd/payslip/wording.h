/*
 * wording.h: how payslip figures read in French, shared by the bulletins
 * and the reports: element labels, hours, unit prices, the NIR, the pay
 * basis.
 */
#ifndef PAYSLIP_WORDING_H
#define PAYSLIP_WORDING_H

#include <stddef.h>
#include <stdint.h>

#include "hours.h"
#include "slip.h"

#define WORD_BUFSZ 128
#define HOURS_BUFSZ 24

/* "Majoration heures de nuit 50 %" */
char *word_element(char buf[WORD_BUFSZ], const struct element *el,
    int day_hours);
/* A short machine name: "hours", "overtime-25", "night-50" */
char *word_element_code(char buf[WORD_BUFSZ], const struct element *el);
/* "156,00 h", "1 j", "7 cachets" */
char *word_quantity(char buf[WORD_BUFSZ], const struct element *el);
/* Minutes as hours with two decimals: "7,50" (fr) or "7.50". */
char *word_hours(char buf[HOURS_BUFSZ], int64_t minutes, int french);
/* Hundredths of a cent as "53,7500" (fr) or "53.7500". */
char *word_unit(char buf[WORD_BUFSZ], int64_t unit, int french);
/* The unit price on a bulletin: "53,7500" an hour, "600,00" a cachet. */
char *word_element_unit(char buf[WORD_BUFSZ], const struct element *el);
/* "2 88 05 75 114 231 80"; "" when unknown. */
char *word_nir(char buf[WORD_BUFSZ], const char *nir);
/* "par semaine", "par jour", "de l'heure", "par cachet" */
const char *word_basis(enum pay_basis b);
/* "Camille Aubert" (usual name when there is one) */
char *word_name(char buf[WORD_BUFSZ], const struct person *p);
/* How the ceiling was prorated, in French. */
char *word_ceiling(char buf[WORD_BUFSZ], const struct slip *s);

#endif
