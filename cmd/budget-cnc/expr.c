/*
 * expr.c: exact rational arithmetic and the expression language of
 * quantities and globals (numbers, names, + - * /, parentheses, unary
 * minus), parsed by recursive descent.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "expr.h"
#include "money.h"

__extension__ typedef __int128 i128;

#define DEPTH_MAX 64
#define Q_LIMIT INT64_C(1000000000000000000)	/* 10^18 */

static i128
gcd128(i128 a, i128 b)
{
	if (a < 0)
		a = -a;
	while (b != 0) {
		i128 t = a % b;

		a = b;
		b = t;
	}
	return a;
}

/* Reduces num/den into *out; -1 when either part stays beyond 10^18. */
static int
q_make(i128 num, i128 den, struct bcnc_q *out)
{
	i128 g;

	if (den == 0)
		return -1;
	if (den < 0) {
		num = -num;
		den = -den;
	}
	g = gcd128(num, den);
	if (g > 1) {
		num /= g;
		den /= g;
	}
	if (num > Q_LIMIT || num < -Q_LIMIT || den > Q_LIMIT)
		return -1;
	out->num = (int64_t)num;
	out->den = (int64_t)den;
	return 0;
}

int
bcnc_q_add(struct bcnc_q a, struct bcnc_q b, struct bcnc_q *out)
{
	return q_make((i128)a.num * b.den + (i128)b.num * a.den,
	    (i128)a.den * b.den, out);
}

int
bcnc_q_sub(struct bcnc_q a, struct bcnc_q b, struct bcnc_q *out)
{
	return q_make((i128)a.num * b.den - (i128)b.num * a.den,
	    (i128)a.den * b.den, out);
}

int
bcnc_q_mul(struct bcnc_q a, struct bcnc_q b, struct bcnc_q *out)
{
	return q_make((i128)a.num * b.num, (i128)a.den * b.den, out);
}

int
bcnc_q_div(struct bcnc_q a, struct bcnc_q b, struct bcnc_q *out)
{
	if (b.num == 0)
		return -1;
	return q_make((i128)a.num * b.den, (i128)a.den * b.num, out);
}

struct bcnc_q
bcnc_q_from_fixed(int64_t n, int digits)
{
	struct bcnc_q q = { n, 1 };
	int64_t den = 1;

	while (digits-- > 0)
		den *= 10;
	if (q_make(n, den, &q) < 0)
		q.num = n, q.den = den;
	return q;
}

int
bcnc_q_hundredths(struct bcnc_q q, int64_t *out)
{
	i128 r = (i128)q.num * 100;

	if (r > (i128)INT64_MAX || r < -(i128)INT64_MAX)
		return -1;
	*out = round_div((int64_t)r, q.den, ROUND_HALF_AWAY);
	return 0;
}

/* --- tokens ---------------------------------------------------------- */

enum tok { T_END, T_NUM, T_NAME, T_OP, T_BAD };

struct lexer {
	const char *s, *p;
	enum tok tok;
	char op;
	char name[BCNC_NAME_MAX];
	struct bcnc_q num;
	char *why;
};

static int
lex_number(struct lexer *lx)
{
	int64_t v = 0, den = 1;
	int decimals = -1, digits = 0;

	for (;; lx->p++) {
		if (isdigit((unsigned char)*lx->p)) {
			if (++digits > 17)
				return -1;
			v = v * 10 + (*lx->p - '0');
			if (decimals >= 0) {
				decimals++;
				den *= 10;
			}
		} else if ((*lx->p == '.' || *lx->p == ',') && decimals < 0
		    && isdigit((unsigned char)lx->p[1]))
			decimals = 0;
		else
			break;
	}
	return q_make(v, den, &lx->num);
}

static int
lex_name(struct lexer *lx)
{
	size_t n = 0;

	while (isalnum((unsigned char)*lx->p) || *lx->p == '_') {
		if (n + 1 >= sizeof lx->name)
			return -1;
		lx->name[n++] = *lx->p++;
	}
	lx->name[n] = '\0';
	return 0;
}

/* Moves to the next token; T_BAD leaves a message in lx->why. */
static void
lex_next(struct lexer *lx)
{
	while (*lx->p == ' ' || *lx->p == '\t')
		lx->p++;
	if (*lx->p == '\0') {
		lx->tok = T_END;
	} else if (isdigit((unsigned char)*lx->p)) {
		lx->tok = lex_number(lx) < 0 ? T_BAD : T_NUM;
		if (lx->tok == T_BAD)
			snprintf(lx->why, BCNC_WHY_MAX, "number too long");
	} else if (isalpha((unsigned char)*lx->p) || *lx->p == '_') {
		lx->tok = lex_name(lx) < 0 ? T_BAD : T_NAME;
		if (lx->tok == T_BAD)
			snprintf(lx->why, BCNC_WHY_MAX, "name too long");
	} else if (strchr("+-*/()", *lx->p) != NULL) {
		lx->tok = T_OP;
		lx->op = *lx->p++;
	} else {
		lx->tok = T_BAD;
		snprintf(lx->why, BCNC_WHY_MAX, "unexpected '%.*s'",
		    (int)strcspn(lx->p, " \t"), lx->p);
	}
}

/* --- evaluation ------------------------------------------------------ */

struct parser {
	struct lexer lx;
	bcnc_lookup_fn lookup;
	void *ctx;
	int depth;
	int lookup_failed;
};

static int parse_sum(struct parser *ps, struct bcnc_q *out);

static int
fail(struct parser *ps, const char *msg)
{
	if (ps->lx.tok != T_BAD)
		snprintf(ps->lx.why, BCNC_WHY_MAX, "%s", msg);
	return -1;
}

static int
parse_atom(struct parser *ps, struct bcnc_q *out)
{
	struct lexer *lx = &ps->lx;

	if (lx->tok == T_NUM) {
		*out = lx->num;
	} else if (lx->tok == T_NAME) {
		if (ps->lookup(ps->ctx, lx->name, out) < 0) {
			ps->lookup_failed = 1;
			return -1;
		}
	} else if (lx->tok == T_OP && lx->op == '(') {
		lex_next(lx);
		if (parse_sum(ps, out) < 0)
			return -1;
		if (lx->tok != T_OP || lx->op != ')')
			return fail(ps, "missing ')'");
	} else {
		return fail(ps, lx->tok == T_END ? "expression ends too soon"
		    : "expected a number or a name");
	}
	lex_next(lx);
	return 0;
}

static int
parse_unary(struct parser *ps, struct bcnc_q *out)
{
	struct bcnc_q zero = { 0, 1 };
	int rc;

	if (++ps->depth > DEPTH_MAX)
		return fail(ps, "expression nested too deeply");
	if (ps->lx.tok == T_OP && ps->lx.op == '-') {
		lex_next(&ps->lx);
		if ((rc = parse_unary(ps, out)) == 0 &&
		    bcnc_q_sub(zero, *out, out) < 0)
			rc = fail(ps, "number too large");
	} else {
		rc = parse_atom(ps, out);
	}
	ps->depth--;
	return rc;
}

static int
parse_product(struct parser *ps, struct bcnc_q *out)
{
	struct bcnc_q rhs;
	char op;

	if (parse_unary(ps, out) < 0)
		return -1;
	while (ps->lx.tok == T_OP && (ps->lx.op == '*' || ps->lx.op == '/')) {
		op = ps->lx.op;
		lex_next(&ps->lx);
		if (parse_unary(ps, &rhs) < 0)
			return -1;
		if (op == '/' && rhs.num == 0)
			return fail(ps, "division by zero");
		if ((op == '*' ? bcnc_q_mul(*out, rhs, out) :
		    bcnc_q_div(*out, rhs, out)) < 0)
			return fail(ps, "number too large");
	}
	return 0;
}

static int
parse_sum(struct parser *ps, struct bcnc_q *out)
{
	struct bcnc_q rhs;
	char op;

	if (++ps->depth > DEPTH_MAX)
		return fail(ps, "expression nested too deeply");
	if (parse_product(ps, out) < 0)
		return -1;
	while (ps->lx.tok == T_OP && (ps->lx.op == '+' || ps->lx.op == '-')) {
		op = ps->lx.op;
		lex_next(&ps->lx);
		if (parse_product(ps, &rhs) < 0)
			return -1;
		if ((op == '+' ? bcnc_q_add(*out, rhs, out) :
		    bcnc_q_sub(*out, rhs, out)) < 0)
			return fail(ps, "number too large");
	}
	ps->depth--;
	return 0;
}

int
bcnc_expr_eval(const char *text, bcnc_lookup_fn lookup, void *ctx,
    struct bcnc_q *out, char why[BCNC_WHY_MAX])
{
	struct parser ps;

	memset(&ps, 0, sizeof ps);
	ps.lx.s = ps.lx.p = text;
	ps.lx.why = why;
	ps.lookup = lookup;
	ps.ctx = ctx;
	why[0] = '\0';
	lex_next(&ps.lx);
	if (parse_sum(&ps, out) < 0)
		return ps.lookup_failed ? -2 : -1;
	if (ps.lx.tok != T_END)
		return fail(&ps, ps.lx.tok == T_OP && ps.lx.op == ')' ?
		    "unmatched ')'" : "expected an operator");
	return 0;
}

int
bcnc_expr_names(const char *text, void (*fn)(void *ctx, const char *name),
    void *ctx)
{
	struct lexer lx;
	char why[BCNC_WHY_MAX];

	memset(&lx, 0, sizeof lx);
	lx.s = lx.p = text;
	lx.why = why;
	for (lex_next(&lx); lx.tok != T_END; lex_next(&lx)) {
		if (lx.tok == T_BAD)
			return -1;
		if (lx.tok == T_NAME)
			fn(ctx, lx.name);
	}
	return 0;
}

int
bcnc_expr_is_name(const char *s)
{
	size_t n;

	if (!isalpha((unsigned char)*s) && *s != '_')
		return 0;
	for (n = 0; s[n] != '\0'; n++)
		if (!isalnum((unsigned char)s[n]) && s[n] != '_')
			return 0;
	return n < BCNC_NAME_MAX;
}

char *
bcnc_expr_to_formula(const char *text,
    void (*fn)(void *ctx, const char *name, char *buf, size_t size),
    void *ctx)
{
	struct buf b = BUF_INIT;
	struct lexer lx;
	char why[BCNC_WHY_MAX], ref[BCNC_NAME_MAX + 32];
	const char *start;

	memset(&lx, 0, sizeof lx);
	lx.s = lx.p = text;
	lx.why = why;
	buf_addc(&b, '(');
	for (;;) {
		start = lx.p + strspn(lx.p, " \t");
		lex_next(&lx);
		if (lx.tok == T_END)
			break;
		if (lx.tok == T_BAD) {
			buf_free(&b);
			return NULL;
		}
		if (lx.tok == T_NAME) {
			fn(ctx, lx.name, ref, sizeof ref);
			buf_adds(&b, ref);
		} else {
			for (; start < lx.p; start++)
				buf_addc(&b, *start == ',' ? '.' : *start);
		}
	}
	buf_addc(&b, ')');
	return buf_take(&b);
}
