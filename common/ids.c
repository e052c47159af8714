/*
 * ids.c: identifier checks. Test vectors come from python-stdnum
 * (stdnum/fr/nir.py, stdnum/fr/siret.py) and the computed examples in the
 * domain notes (shared/domain/dpae.md, section 3).
 */
#include <string.h>

#include "ids.h"

static int
fail(const char **why, const char *msg)
{
	if (why != NULL)
		*why = msg;
	return -1;
}

int
id_compact(const char *s, char *out, size_t size)
{
	size_t o = 0;

	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '.')
			continue;
		if (strncmp(s, "\xc2\xa0", 2) == 0) {
			s += 1;
			continue;
		}
		if (strncmp(s, "\xe2\x80\xaf", 3) == 0) {
			s += 2;
			continue;
		}
		if (o + 1 >= size)
			return -1;
		out[o++] = *s >= 'a' && *s <= 'z' ? (char)(*s - 32) : *s;
	}
	out[o] = '\0';
	return 0;
}

static int
all_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int
num2(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

int
id_nir_key(const char *nir)
{
	unsigned long long v = 0;
	int i;

	if (!all_digits(nir, 5) || !all_digits(nir + 7, 6))
		return -1;
	for (i = 0; i < 13; i++) {
		int d;

		if (i == 5 && nir[5] == '2' && (nir[6] == 'A' || nir[6] == 'B')) {
			/* Corsica: 2A counts as 19, 2B as 18 */
			v = v * 100 + (nir[6] == 'A' ? 19 : 18);
			i++;
			continue;
		}
		if (nir[i] < '0' || nir[i] > '9')
			return -1;
		d = nir[i] - '0';
		v = v * 10 + (unsigned long long)d;
	}
	return (int)(97 - v % 97);
}

int
id_nir_check(const char *s, const char **why)
{
	char n[32];
	int month, key;

	if (id_compact(s, n, sizeof n) < 0 || strlen(n) != 15)
		return fail(why, "a NIR has 15 characters (13 and a 2-digit "
		    "key)");
	if (!all_digits(n, 5) || !all_digits(n + 7, 8) ||
	    !(all_digits(n + 5, 2) || (n[5] == '2' &&
	    (n[6] == 'A' || n[6] == 'B'))))
		return fail(why, "a NIR has only digits, except 2A or 2B for "
		    "Corsica");
	if (strchr("123478", n[0]) == NULL)
		return fail(why, "the first digit (sex) must be 1 or 2");
	month = num2(n + 3);
	if (month == 0 || (month > 12 && month < 20) ||
	    (month > 42 && month < 50))
		return fail(why, "no such birth month (digits 4 and 5)");
	key = id_nir_key(n);
	if (key != num2(n + 13))
		return fail(why, "wrong key (the last two digits)");
	return 0;
}

int
id_luhn(const char *s, size_t n)
{
	int sum = 0, dbl = 0, d;
	size_t i = n;

	while (i-- > 0) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		d = s[i] - '0';
		if (dbl && (d *= 2) > 9)
			d -= 9;
		sum += d;
		dbl = !dbl;
	}
	return sum % 10 == 0;
}

int
id_siren_check(const char *s, const char **why)
{
	char n[32];

	if (id_compact(s, n, sizeof n) < 0 || strlen(n) != 9 ||
	    !all_digits(n, 9))
		return fail(why, "a SIREN has 9 digits");
	if (!id_luhn(n, 9))
		return fail(why, "wrong check digit (Luhn)");
	return 0;
}

int
id_siret_check(const char *s, const char **why)
{
	char n[32];
	int sum = 0, i;

	if (id_compact(s, n, sizeof n) < 0 || strlen(n) != 14 ||
	    !all_digits(n, 14))
		return fail(why, "a SIRET has 14 digits");
	if (strncmp(n, "356000000", 9) == 0 &&
	    strcmp(n, "35600000000048") != 0) {
		/* La Poste: the sum of the digits is a multiple of 5 */
		for (i = 0; i < 14; i++)
			sum += n[i] - '0';
		if (sum % 5 != 0)
			return fail(why, "wrong check digit (La Poste rule: "
			    "the digits must add up to a multiple of 5)");
		return 0;
	}
	if (!id_luhn(n, 9))
		return fail(why, "wrong SIREN check digit (Luhn, first 9 "
		    "digits)");
	if (!id_luhn(n, 14))
		return fail(why, "wrong check digit (Luhn)");
	return 0;
}

int
id_iban_check(const char *s, const char **why)
{
	char n[64];
	size_t len, i, k;
	unsigned rem = 0;

	if (id_compact(s, n, sizeof n) < 0 || (len = strlen(n)) < 15 ||
	    len > 34)
		return fail(why, "an IBAN has 15 to 34 characters");
	if (!(n[0] >= 'A' && n[0] <= 'Z' && n[1] >= 'A' && n[1] <= 'Z') ||
	    !all_digits(n + 2, 2))
		return fail(why, "an IBAN starts with a country code and two "
		    "check digits");
	if (strncmp(n, "FR", 2) == 0 && len != 27)
		return fail(why, "a French IBAN has 27 characters");
	for (k = 0; k < len; k++) {
		char c = n[(k + 4) % len];

		if (c >= '0' && c <= '9')
			rem = (rem * 10 + (unsigned)(c - '0')) % 97;
		else if (c >= 'A' && c <= 'Z') {
			i = (size_t)(c - 'A' + 10);
			rem = (unsigned)((rem * 100 + i) % 97);
		} else
			return fail(why, "an IBAN has only letters and digits");
	}
	if (rem != 1)
		return fail(why, "wrong check digits (mod 97)");
	return 0;
}

int
id_ape_check(const char *s, const char **why)
{
	char n[16];

	if (id_compact(s, n, sizeof n) < 0 || strlen(n) != 5 ||
	    !all_digits(n, 4) || n[4] < 'A' || n[4] > 'Z')
		return fail(why, "an APE code has four digits and a letter "
		    "(5911C or 59.11C)");
	return 0;
}
