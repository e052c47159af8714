/*
 * money.c: parsing, formatting and exact arithmetic on euro cents and
 * fixed-point rates. Products go through 128-bit integers so that
 * amount x rate is exact before the one rounding that names its mode.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "money.h"
#include "xalloc.h"

__extension__ typedef __int128 i128;

#define FIXED_LIMIT INT64_C(100000000000000000)	/* 10^17 */

static const char nbsp[] = "\xc2\xa0";		/* U+00A0 */
static const char nnbsp[] = "\xe2\x80\xaf";	/* U+202F */
static const char minus[] = "\xe2\x88\x92";	/* U+2212 */
static const char euro[] = "\xe2\x82\xac";	/* U+20AC */

static int
fail(const char **why, const char *msg)
{
	if (why != NULL)
		*why = msg;
	return -1;
}

static int
starts(const char *p, const char *e, const char *lit)
{
	size_t n = strlen(lit);

	return (size_t)(e - p) >= n && memcmp(p, lit, n) == 0;
}

/* Length of a space at p (ASCII, no-break or narrow no-break), else 0. */
static size_t
space_len(const char *p, const char *e)
{
	if (p < e && (*p == ' ' || *p == '\t'))
		return 1;
	if (starts(p, e, nbsp))
		return 2;
	if (starts(p, e, nnbsp))
		return 3;
	return 0;
}

static size_t
space_len_back(const char *p, const char *e)
{
	if (e > p && (e[-1] == ' ' || e[-1] == '\t'))
		return 1;
	if (e - p >= 2 && memcmp(e - 2, nbsp, 2) == 0)
		return 2;
	if (e - p >= 3 && memcmp(e - 3, nnbsp, 3) == 0)
		return 3;
	return 0;
}

static void
trim(const char **pp, const char **ep)
{
	size_t n;

	while ((n = space_len(*pp, *ep)) > 0)
		*pp += n;
	while ((n = space_len_back(*pp, *ep)) > 0)
		*ep -= n;
}

/* Reads an optional sign; returns -1 for a minus, 1 otherwise. */
static int
read_sign(const char **pp, const char *e)
{
	if (*pp < e && **pp == '+') {
		(*pp)++;
		return 1;
	}
	if (*pp < e && **pp == '-') {
		(*pp)++;
		return -1;
	}
	if (starts(*pp, e, minus)) {
		*pp += 3;
		return -1;
	}
	return 1;
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The integer part of an amount, digits optionally grouped by three. */
static int
read_int_part(const char **pp, const char *e, int64_t *ip, int *grouped,
    int *ndigits, const char **why)
{
	const char *p = *pp;
	int glen = 0;
	size_t sl;

	*ip = 0;
	*grouped = 0;
	*ndigits = 0;
	while (p < e) {
		if (is_digit(*p)) {
			if (*ip > MONEY_MAX / 100)
				return fail(why, "out of range");
			*ip = *ip * 10 + (*p++ - '0');
			glen++;
			(*ndigits)++;
		} else if ((sl = space_len(p, e)) > 0) {
			if (*ndigits == 0 || glen > 3 ||
			    (*grouped && glen != 3))
				return fail(why, "misplaced group separator");
			*grouped = 1;
			glen = 0;
			p += sl;
		} else
			break;
	}
	if (*grouped && glen != 3)
		return fail(why, "misplaced group separator");
	*pp = p;
	return 0;
}

static int
read_fraction(const char *p, const char *e, int64_t ip, int grouped,
    int ndigits, int64_t *frac, const char **why)
{
	char sep = *p++;
	const char *f = p;

	while (p < e && is_digit(*p))
		p++;
	if (p < e)
		return fail(why, (*p == '.' || *p == ',') && *p != sep ?
		    "ambiguous: both '.' and ',' in one amount" :
		    "not a number");
	if (p == f)
		return fail(why, "no digit after the decimal separator");
	if (p - f == 3 && !grouped && ip != 0 && ndigits <= 3)
		return fail(why, "ambiguous: three digits after the "
		    "separator could be thousands; write 1234 or 1234.00");
	if (p - f > 2)
		return fail(why, "more than two decimals");
	*frac = (f[0] - '0') * 10 + (p - f == 2 ? f[1] - '0' : 0);
	return 0;
}

/* The machine form, "-1234.5" or "1234.56" and nothing else, read
 * directly: most amounts in CSV files; 0 when s is not in that form. */
static int
parse_plain(const char *s, size_t len, int64_t *cents)
{
	const char *p = s, *e = s + len;
	int64_t ip = 0;
	int neg = p < e && *p == '-', nd = 0;

	p += neg;
	while (p < e && is_digit(*p) && nd < 15) {
		ip = ip * 10 + (*p++ - '0');
		nd++;
	}
	if (nd == 0 || e - p > 3)
		return 0;
	if (p == e) {
		*cents = (neg ? -ip : ip) * 100;
		return 1;
	}
	if (*p != '.' || e - p < 2 || !is_digit(p[1]) ||
	    (e - p == 3 && !is_digit(p[2])))
		return 0;
	ip = ip * 100 + (p[1] - '0') * 10 + (e - p == 3 ? p[2] - '0' : 0);
	*cents = neg ? -ip : ip;
	return 1;
}

int
money_parse_n(const char *s, size_t len, int64_t *cents, const char **why)
{
	const char *p = s, *e = s + len;
	int64_t ip, frac = 0;
	int sign, grouped, ndigits;

	if (parse_plain(s, len, cents))
		return 0;
	trim(&p, &e);
	if (p == e)
		return fail(why, "empty amount");
	if (e - p >= 3 && memcmp(e - 3, euro, 3) == 0) {
		e -= 3;
		trim(&p, &e);
	}
	sign = read_sign(&p, e);
	if (read_int_part(&p, e, &ip, &grouped, &ndigits, why) < 0)
		return -1;
	if (ndigits == 0)
		return fail(why, p < e && (*p == '.' || *p == ',') ?
		    "no digit before the decimal separator" : "not a number");
	if (p < e && (*p == '.' || *p == ',')) {
		if (read_fraction(p, e, ip, grouped, ndigits, &frac, why) < 0)
			return -1;
	} else if (p < e)
		return fail(why, "not a number");
	if (ip > MONEY_MAX / 100)
		return fail(why, "out of range");
	*cents = sign * (ip * 100 + frac);
	return 0;
}

int
money_parse(const char *s, int64_t *cents, const char **why)
{
	return money_parse_n(s, strlen(s), cents, why);
}

/* Writes the decimal digits of v at p; returns their number. */
static size_t
put_digits(char *p, uint64_t v)
{
	char tmp[24];
	size_t n = 0, i;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	for (i = 0; i < n; i++)
		p[i] = tmp[n - 1 - i];
	return n;
}

/* Writes ",05" or ".05" and the NUL. */
static void
put_cents(char *p, char sep, uint64_t c)
{
	p[0] = sep;
	p[1] = (char)('0' + c / 10);
	p[2] = (char)('0' + c % 10);
	p[3] = '\0';
}

char *
money_format(char buf[MONEY_BUFSZ], int64_t cents)
{
	uint64_t a = cents < 0 ? -(uint64_t)cents : (uint64_t)cents;
	size_t o = 0;

	if (cents < 0)
		buf[o++] = '-';
	o += put_digits(buf + o, a / 100);
	put_cents(buf + o, '.', a % 100);
	return buf;
}

char *
money_format_fr(char buf[MONEY_BUFSZ], int64_t cents, unsigned flags)
{
	uint64_t a = cents < 0 ? -(uint64_t)cents : (uint64_t)cents;
	const char *gsep = flags & MONEY_FR_NBSP ? nnbsp : " ";
	size_t glen = strlen(gsep), n, i, o = 0;
	char digits[24];

	n = put_digits(digits, a / 100);
	if (cents < 0)
		buf[o++] = '-';
	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0) {
			memcpy(buf + o, gsep, glen);
			o += glen;
		}
		buf[o++] = digits[i];
	}
	put_cents(buf + o, ',', a % 100);
	if (flags & MONEY_FR_EURO)
		snprintf(buf + o + 3, MONEY_BUFSZ - o - 3, "%s%s",
		    flags & MONEY_FR_NBSP ? nbsp : " ", euro);
	return buf;
}

static int
store(i128 v, int64_t *out)
{
	if (v > MONEY_MAX || v < -MONEY_MAX)
		return -1;
	*out = (int64_t)v;
	return 0;
}

int
money_add(int64_t a, int64_t b, int64_t *out)
{
	return store((i128)a + b, out);
}

int
money_sub(int64_t a, int64_t b, int64_t *out)
{
	return store((i128)a - b, out);
}

int
money_mul(int64_t a, int64_t n, int64_t *out)
{
	return store((i128)a * n, out);
}

/* num / den rounded with mode; den > 0. */
static i128
div_round(i128 num, i128 den, enum round_mode mode)
{
	i128 q = num / den, r = num % den, twice;
	int sign = num < 0 ? -1 : 1;

	if (r == 0)
		return q;
	twice = 2 * (r < 0 ? -r : r);
	switch (mode) {
	case ROUND_HALF_AWAY:
		return twice >= den ? q + sign : q;
	case ROUND_HALF_EVEN:
		if (twice > den || (twice == den && q % 2 != 0))
			return q + sign;
		return q;
	case ROUND_DOWN:
		return q;
	case ROUND_UP:
		return q + sign;
	case ROUND_FLOOR:
		return sign < 0 ? q - 1 : q;
	case ROUND_CEIL:
		return sign > 0 ? q + 1 : q;
	}
	return q;
}

int64_t
round_div(int64_t num, int64_t den, enum round_mode mode)
{
	if (den < 0)
		return (int64_t)div_round(-(i128)num, -(i128)den, mode);
	return (int64_t)div_round(num, den, mode);
}

int
money_muldiv(int64_t a, int64_t num, int64_t den, enum round_mode mode,
    int64_t *out)
{
	i128 n = (i128)a * num, d = den;

	if (den == 0)
		return -1;
	if (d < 0) {
		n = -n;
		d = -d;
	}
	return store(div_round(n, d, mode), out);
}

int
money_apply_rate(int64_t cents, rate_t rate, enum round_mode mode,
    int64_t *out)
{
	return money_muldiv(cents, rate, RATE_ONE, mode, out);
}

struct remainder {
	i128 r;
	size_t i;
};

/* Larger remainder first; equal remainders in index order. */
static int
remainder_cmp(const void *a, const void *b)
{
	const struct remainder *x = a, *y = b;

	if (x->r != y->r)
		return x->r > y->r ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

int
money_split(int64_t total, const int64_t *weights, size_t n, int64_t *parts)
{
	struct remainder small[32], *rem;
	i128 wsum = 0, mag = total < 0 ? -(i128)total : total, left = mag;
	size_t i;

	for (i = 0; i < n; i++) {
		if (weights[i] < 0)
			return -1;
		wsum += weights[i];
	}
	if (wsum == 0)
		return -1;
	rem = n <= 32 ? small : xreallocarray(NULL, n, sizeof *rem);
	for (i = 0; i < n; i++) {
		parts[i] = (int64_t)(mag * weights[i] / wsum);
		rem[i].r = mag * weights[i] % wsum;
		rem[i].i = i;
		left -= parts[i];
	}
	/* 0 <= left < n: one cent each to the largest remainders. */
	if (left > 0)
		qsort(rem, n, sizeof *rem, remainder_cmp);
	for (i = 0; i < (size_t)left; i++)
		parts[rem[i].i]++;
	if (total < 0)
		for (i = 0; i < n; i++)
			parts[i] = -parts[i];
	if (rem != small)
		free(rem);
	return 0;
}

static const char *const round_names[] = {
	[ROUND_HALF_AWAY] = "half-away",
	[ROUND_HALF_EVEN] = "half-even",
	[ROUND_DOWN] = "down",
	[ROUND_UP] = "up",
	[ROUND_FLOOR] = "floor",
	[ROUND_CEIL] = "ceil",
};

const char *
round_mode_name(enum round_mode mode)
{
	return round_names[mode];
}

int
round_mode_parse(const char *name, enum round_mode *mode)
{
	size_t i;

	for (i = 0; i < sizeof round_names / sizeof round_names[0]; i++)
		if (strcmp(name, round_names[i]) == 0) {
			*mode = (enum round_mode)i;
			return 0;
		}
	return -1;
}

static int64_t
pow10_(int digits)
{
	int64_t p = 1;

	while (digits-- > 0)
		p *= 10;
	return p;
}

static int
fixed_parse_n(const char *p, const char *e, int digits, int64_t *out,
    const char **why)
{
	int64_t ip = 0, frac = 0, scale = pow10_(digits);
	int sign, nint = 0, nfrac = 0;

	trim(&p, &e);
	if (p == e)
		return fail(why, "empty number");
	sign = read_sign(&p, e);
	for (; p < e && is_digit(*p); p++, nint++) {
		if (ip > FIXED_LIMIT / scale)
			return fail(why, "out of range");
		ip = ip * 10 + (*p - '0');
	}
	if (nint == 0)
		return fail(why, "not a number");
	if (p < e && (*p == '.' || *p == ',')) {
		for (p++; p < e && is_digit(*p); p++, nfrac++) {
			if (nfrac >= digits)
				return fail(why, "too many decimals");
			frac = frac * 10 + (*p - '0');
		}
		if (nfrac == 0)
			return fail(why, "no digit after the decimal separator");
	}
	if (p < e)
		return fail(why, "not a number");
	if (ip > FIXED_LIMIT / scale)
		return fail(why, "out of range");
	*out = sign * (ip * scale + frac * pow10_(digits - nfrac));
	return 0;
}

int
fixed_parse(const char *s, int digits, int64_t *out, const char **why)
{
	return fixed_parse_n(s, s + strlen(s), digits, out, why);
}

char *
fixed_format(char *buf, size_t size, int64_t v, int digits, int min_dec)
{
	uint64_t a = v < 0 ? -(uint64_t)v : (uint64_t)v;
	uint64_t scale = (uint64_t)pow10_(digits), frac = a % scale;
	char tmp[64];
	size_t o = 0;
	int n = digits, i;

	if (v < 0)
		tmp[o++] = '-';
	o += put_digits(tmp + o, a / scale);
	tmp[o] = '.';
	for (i = digits; i > 0; i--, frac /= 10)
		tmp[o + (size_t)i] = (char)('0' + frac % 10);
	while (n > min_dec && tmp[o + (size_t)n] == '0')
		n--;
	o += n > 0 ? (size_t)n + 1 : 0;
	if (o >= size)
		o = size - 1;
	memcpy(buf, tmp, o);
	buf[o] = '\0';
	return buf;
}

int
rate_parse(const char *s, rate_t *rate, const char **why)
{
	const char *p = s, *e = s + strlen(s);

	trim(&p, &e);
	if (e > p && e[-1] == '%') {
		e--;
		trim(&p, &e);
		/* percent: seven decimals of the percent are nine of the
		 * fraction */
		return fixed_parse_n(p, e, RATE_DIGITS - 2, rate, why);
	}
	return fixed_parse_n(p, e, RATE_DIGITS, rate, why);
}

char *
rate_format(char buf[RATE_BUFSZ], rate_t rate)
{
	fixed_format(buf, RATE_BUFSZ - 1, rate, RATE_DIGITS - 2, 0);
	strcat(buf, "%");
	return buf;
}

char *
rate_format_fr(char buf[RATE_BUFSZ], rate_t rate)
{
	char *dot;

	fixed_format(buf, RATE_BUFSZ - 4, rate, RATE_DIGITS - 2, 2);
	if ((dot = strchr(buf, '.')) != NULL)
		*dot = ',';
	strcat(buf, " %");
	return buf;
}
