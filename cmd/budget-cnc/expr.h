/*
 * expr.h: the small arithmetic of budget quantities and globals.
 *
 * A quantity or a global is an expression over decimal numbers, names of
 * globals, + - * / and parentheses ("shoot_days / 5 + 2"). It evaluates
 * exactly, as a fraction of two int64 integers, so that "8 / 3 * 3" is 8;
 * rounding happens once, where the value becomes a line's quantity.
 */
#ifndef BCNC_EXPR_H
#define BCNC_EXPR_H

#include <stddef.h>
#include <stdint.h>

/* An exact rational: den > 0, num/den in lowest terms. */
struct bcnc_q {
	int64_t num, den;
};

#define BCNC_NAME_MAX 64
#define BCNC_WHY_MAX 160

/* Called for each name in an expression; fills *out and returns 0, or
 * returns -1 after reporting the problem itself. */
typedef int (*bcnc_lookup_fn)(void *ctx, const char *name,
    struct bcnc_q *out);

/* Evaluates text. Returns 0 with *out set; -1 with a message in why (a
 * syntax error, a division by zero, a number too large); -2 when lookup
 * failed (it has reported). */
int bcnc_expr_eval(const char *text, bcnc_lookup_fn lookup, void *ctx,
    struct bcnc_q *out, char why[BCNC_WHY_MAX]);

/* Calls fn for each name text refers to, in order (duplicates included).
 * Returns 0, or -1 when text does not tokenize. */
int bcnc_expr_names(const char *text,
    void (*fn)(void *ctx, const char *name), void *ctx);

/* 1 when s is a valid global name: [A-Za-z_][A-Za-z0-9_]*, at most
 * BCNC_NAME_MAX - 1 bytes. */
int bcnc_expr_is_name(const char *s);

/* The spreadsheet form of text: names pass through fn (which writes the
 * cell or defined name to use for them into buf), numbers get a '.'.
 * Returns a new string, or NULL when text does not tokenize. */
char *bcnc_expr_to_formula(const char *text,
    void (*fn)(void *ctx, const char *name, char *buf, size_t size),
    void *ctx);

/* q rounded to hundredths with half away from zero; -1 when too large. */
int bcnc_q_hundredths(struct bcnc_q q, int64_t *out);
/* The rational n / 10^digits, reduced. */
struct bcnc_q bcnc_q_from_fixed(int64_t n, int digits);
/* Arithmetic; -1 on overflow or division by zero. */
int bcnc_q_add(struct bcnc_q a, struct bcnc_q b, struct bcnc_q *out);
int bcnc_q_sub(struct bcnc_q a, struct bcnc_q b, struct bcnc_q *out);
int bcnc_q_mul(struct bcnc_q a, struct bcnc_q b, struct bcnc_q *out);
int bcnc_q_div(struct bcnc_q a, struct bcnc_q b, struct bcnc_q *out);

#endif
