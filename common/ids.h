/*
 * ids.h: check digits of the identifiers a production handles: the NIR
 * (social-security number), SIREN and SIRET, IBAN, and the format of the
 * APE (NAF) code. Each check ignores spaces, returns 0 when the identifier
 * is valid and -1 otherwise with *why set to a static message.
 */
#ifndef CINEPROD_IDS_H
#define CINEPROD_IDS_H

#include <stddef.h>

/* Copies s without spaces (ASCII, U+00A0, U+202F) into out (size bytes),
 * upper-casing letters. -1 when it does not fit. */
int id_compact(const char *s, char *out, size_t size);

/* NIR: sex 1/2 (3/4, 7/8 provisional), year, month (01-12, or 20-42 and
 * 50-99 when unknown), place (2A/2B for Corsica), order, key = 97 - (the
 * first 13 digits mod 97), 2A read as 19 and 2B as 18. */
int id_nir_check(const char *s, const char **why);
/* The key of the first 13 characters of nir (2A/2B allowed): 1..97, or -1
 * when they are not a NIR body. */
int id_nir_key(const char *nir13);

/* 1 when the digits of s[0..n) pass the Luhn check. */
int id_luhn(const char *s, size_t n);
int id_siren_check(const char *s, const char **why);
/* Luhn, except La Poste's establishments (SIREN 356000000, other than its
 * head office 35600000000048), whose digits must add up to a multiple
 * of 5. */
int id_siret_check(const char *s, const char **why);
/* ISO 13616: letters A=10..Z=35, the first four characters moved to the
 * end, the number mod 97 must be 1; French IBANs have 27 characters. */
int id_iban_check(const char *s, const char **why);
/* NAF rev. 2: four digits and a letter, "5911C" or "59.11C". */
int id_ape_check(const char *s, const char **why);

#endif
