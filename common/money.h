/*
 * money.h: exact amounts and rates.
 *
 * An amount is an int64_t count of euro cents. A rate is a fixed-point
 * integer where RATE_ONE is 100 % (nine decimal places of the fraction, so
 * 0.016 % is exact). Every rounding names its mode; the default for the
 * whole toolchain is ROUND_HALF_AWAY (half away from zero), to the cent.
 * Arithmetic that would leave the range +-MONEY_MAX fails instead of
 * wrapping; functions that can fail return 0 on success and -1 on failure.
 */
#ifndef CINEPROD_MONEY_H
#define CINEPROD_MONEY_H

#include <stddef.h>
#include <stdint.h>

/* The largest amount handled: 999 999 999 999 999.99 EUR, in cents. */
#define MONEY_MAX INT64_C(99999999999999999)
/* Room for any formatted amount, with separators and the euro sign. */
#define MONEY_BUFSZ 64

typedef int64_t rate_t;
#define RATE_DIGITS 9
#define RATE_ONE INT64_C(1000000000)	/* 100 % */
#define RATE_BUFSZ 40

enum round_mode {
	ROUND_HALF_AWAY,	/* 0.5 -> 1, -0.5 -> -1 (the default) */
	ROUND_HALF_EVEN,	/* 0.5 -> 0, 1.5 -> 2 (banker's rounding) */
	ROUND_DOWN,		/* toward zero (truncation) */
	ROUND_UP,		/* away from zero */
	ROUND_FLOOR,		/* toward minus infinity */
	ROUND_CEIL		/* toward plus infinity */
};

/* Flags for money_format_fr. */
enum {
	MONEY_FR_EURO = 1,	/* append " €" */
	MONEY_FR_NBSP = 2	/* narrow no-break space between groups and a
				   no-break space before the sign (documents) */
};

/* Parses "1234.5", "-12", "1 234,56", "1234,56", "+3", "12 €" into cents.
 * One decimal separator, '.' or ',', with one or two digits after it;
 * groups of three digits may be separated by spaces (also U+00A0, U+202F).
 * Rejected with *why set to a static message: empty input, other
 * characters, three or more decimals, "1,234" or "1.234" (ambiguous), both
 * separators, misplaced group separators, |amount| > MONEY_MAX. */
int money_parse(const char *s, int64_t *cents, const char **why);
/* The same over len bytes of s (not necessarily NUL-terminated). */
int money_parse_n(const char *s, size_t len, int64_t *cents,
    const char **why);

/* Machine form: "1234.56", "-0.05". Returns buf. */
char *money_format(char buf[MONEY_BUFSZ], int64_t cents);
/* French human form: "1 234,56", with MONEY_FR_EURO "1 234,56 €". */
char *money_format_fr(char buf[MONEY_BUFSZ], int64_t cents, unsigned flags);

/* *out = a + b, a - b, a * n; -1 when the result is beyond MONEY_MAX. */
int money_add(int64_t a, int64_t b, int64_t *out);
int money_sub(int64_t a, int64_t b, int64_t *out);
int money_mul(int64_t a, int64_t n, int64_t *out);
/* *out = a * num / den rounded with mode; den != 0. The product is exact
 * (128-bit). -1 on division by zero or a result beyond MONEY_MAX. */
int money_muldiv(int64_t a, int64_t num, int64_t den, enum round_mode mode,
    int64_t *out);
/* *out = cents * rate, rounded to the cent with mode. */
int money_apply_rate(int64_t cents, rate_t rate, enum round_mode mode,
    int64_t *out);
/* Splits total into n parts proportional to weights (all >= 0, not all 0)
 * so that the parts add up exactly to total: each part is first rounded
 * toward zero, then the cents left over go one each to the largest
 * remainders (ties to the lower index). -1 on bad weights. */
int money_split(int64_t total, const int64_t *weights, size_t n,
    int64_t *parts);

/* Rounds num / den (den > 0) to an integer with mode. Helper for other
 * fixed-point units (hours in minutes, quantities in thousandths). */
int64_t round_div(int64_t num, int64_t den, enum round_mode mode);
/* "half-away", "half-even", "down", "up", "floor", "ceil". */
const char *round_mode_name(enum round_mode mode);
/* -1 when name is not one of the names above. */
int round_mode_parse(const char *name, enum round_mode *mode);

/* Parses a plain decimal number ("12", "-3.25", "7,5") into an integer
 * scaled by 10^digits (12.5 with digits 3 -> 12500). More decimals than
 * digits, grouping, or a result beyond 10^17 in magnitude are errors. */
int fixed_parse(const char *s, int digits, int64_t *out, const char **why);
/* Writes v / 10^digits with at least min_dec and at most digits decimals,
 * trailing zeros trimmed beyond min_dec, '.' as separator. */
char *fixed_format(char *buf, size_t size, int64_t v, int digits,
    int min_dec);

/* Parses a rate: "6.8%", "6,80 %" (percent) or "0.068" (a fraction). */
int rate_parse(const char *s, rate_t *rate, const char **why);
/* "6.8%": percent, trailing zeros trimmed. */
char *rate_format(char buf[RATE_BUFSZ], rate_t rate);
/* "6,80 %": French percent with at least two decimals. */
char *rate_format_fr(char buf[RATE_BUFSZ], rate_t rate);

#endif
