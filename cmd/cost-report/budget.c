/*
 * budget.c: reads the devis lines of budget(5), as budget-cnc writes them,
 * into lines grouped by post and chapter, with a code index that the
 * ledger reader asks once per row (five-digit codes by direct lookup, the
 * others through a small hash table).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "costreport.h"
#include "csvio.h"
#include "money.h"
#include "xalloc.h"

#define NUMBER_CODES 100000	/* five-digit line codes, CNC 2018 devis */

static const char *const budget_columns[] = {
	"code", "chapter", "chapter_label", "post", "post_label", "label",
	"amount", "france", "abroad", "tax_credit", NULL
};

/* The columns of one budget row. */
struct brow {
	struct csv_reader *r;
	int code, chapter, chapter_label, post, post_label, label;
	int amount, france, abroad, tax_credit;
};

static int
is_number_code(const char *s, size_t len)
{
	size_t i;

	if (len != 5)
		return 0;
	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static uint64_t
code_hash(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

static void
hash_insert(struct cr_budget *b, size_t idx)
{
	const char *code = b->lines[idx].code;
	size_t mask = b->hashcap - 1, i;

	i = (size_t)code_hash(code, strlen(code)) & mask;
	while (b->hash[i] >= 0)
		i = (i + 1) & mask;
	b->hash[i] = (int32_t)idx;
}

static void
hash_grow(struct cr_budget *b)
{
	size_t i;

	free(b->hash);
	b->hashcap = b->hashcap ? b->hashcap * 2 : 64;
	b->hash = xreallocarray(NULL, b->hashcap, sizeof *b->hash);
	for (i = 0; i < b->hashcap; i++)
		b->hash[i] = -1;
	for (i = 0; i < b->nlines; i++)
		if (!is_number_code(b->lines[i].code,
		    strlen(b->lines[i].code)))
			hash_insert(b, i);
}

/* Indexes line idx, the last one added. */
static void
index_line(struct cr_budget *b, size_t idx)
{
	const char *code = b->lines[idx].code;
	size_t len = strlen(code), i;

	if (is_number_code(code, len)) {
		if (b->by_number == NULL) {
			b->by_number = xreallocarray(NULL, NUMBER_CODES,
			    sizeof *b->by_number);
			for (i = 0; i < NUMBER_CODES; i++)
				b->by_number[i] = -1;
		}
		b->by_number[atoi(code)] = (int32_t)idx;
		return;
	}
	if (2 * (b->nlines + 1) > b->hashcap)
		hash_grow(b);
	else
		hash_insert(b, idx);
}

long
cr_budget_find(const struct cr_budget *b, const char *code, size_t len)
{
	size_t mask, i;
	int32_t k;

	if (is_number_code(code, len)) {
		if (b->by_number == NULL)
			return -1;
		return b->by_number[(code[0] - '0') * 10000 +
		    (code[1] - '0') * 1000 + (code[2] - '0') * 100 +
		    (code[3] - '0') * 10 + (code[4] - '0')];
	}
	if (b->hashcap == 0)
		return -1;
	mask = b->hashcap - 1;
	for (i = (size_t)code_hash(code, len) & mask; (k = b->hash[i]) >= 0;
	    i = (i + 1) & mask)
		if (strlen(b->lines[k].code) == len &&
		    memcmp(b->lines[k].code, code, len) == 0)
			return k;
	return -1;
}

static struct cr_line *
new_line(struct cr_budget *b, const char *code, size_t len)
{
	struct cr_line *l;

	xgrow(&b->lines, &b->caplines, b->nlines + 1, sizeof *b->lines);
	l = &b->lines[b->nlines];
	memset(l, 0, sizeof *l);
	l->code = xstrndup(code, len);
	l->chapter = l->post = -1;
	return l;
}

size_t
cr_budget_add_unknown(struct cr_budget *b, const char *code, size_t len,
    const char *label)
{
	struct cr_line *l = new_line(b, code, len);

	l->kind = CR_UNKNOWN;
	l->label = xstrdup(label);
	index_line(b, b->nlines++);
	return b->nlines - 1;
}

/* "yes", "oui", "true", "1" or "x": eligible; "no", "non", "false", "0" or
 * empty: not; another amount: eligible when not zero (budget-cnc may give
 * the eligible amount rather than a flag). -1 when none of these. */
static int
parse_flag(const char *s)
{
	static const char *const yes[] = { "yes", "oui", "true", "1", "x",
	    NULL };
	static const char *const no[] = { "no", "non", "false", "0", "",
	    NULL };
	int64_t v;
	size_t i;

	for (i = 0; yes[i] != NULL; i++)
		if (strcasecmp(s, yes[i]) == 0)
			return 1;
	for (i = 0; no[i] != NULL; i++)
		if (strcasecmp(s, no[i]) == 0)
			return 0;
	if (money_parse(s, &v, NULL) == 0)
		return v != 0;
	return -1;
}

/* The amount in column col; -1 after an error. */
static int
amount_field(struct brow *c, int col, int64_t *v, struct diag *d)
{
	struct srcpos at = csv_reader_pos(c->r);
	const char *s = csv_reader_field(c->r, col), *why;

	if (money_parse(s, v, &why) == 0)
		return 0;
	diag_error(d, &at, NULL, "invalid %s '%s': %s",
	    csv_reader_colname(c->r, col), s, why);
	return -1;
}

/* The group (chapter or post) with this code, added when new; -1 when its
 * label or, for a post, its chapter disagrees with an earlier row. */
static int
find_group(struct cr_group **v, size_t *n, size_t *cap, const char *code,
    const char *label, int chapter, struct brow *c, struct diag *d)
{
	struct srcpos at = csv_reader_pos(c->r);
	const char *what = chapter < 0 ? "chapter" : "post";
	char hint[64];
	size_t i;

	for (i = 0; i < *n; i++) {
		struct cr_group *g = &(*v)[i];

		if (strcmp(g->code, code) != 0)
			continue;
		snprintf(hint, sizeof hint, "as on line %u", g->src_line);
		if (strcmp(g->label, label) != 0) {
			diag_error(d, &at, hint, "%s '%s' is labelled '%s', "
			    "not '%s'", what, code, g->label, label);
			return -1;
		}
		if (g->chapter != chapter) {
			diag_error(d, &at, hint, "post '%s' is in another "
			    "chapter", code);
			return -1;
		}
		return (int)i;
	}
	xgrow(v, cap, *n + 1, sizeof **v);
	(*v)[*n].code = xstrdup(code);
	(*v)[*n].label = xstrdup(label);
	(*v)[*n].chapter = chapter;
	(*v)[*n].src_line = at.line;
	return (int)(*n)++;
}

/* Places a chapter 1-9 line in its chapter and post. */
static void
place_line(struct cr_budget *b, struct cr_line *l, struct brow *c,
    struct diag *d)
{
	struct srcpos at = csv_reader_pos(c->r);
	const char *ch = csv_reader_field(c->r, c->chapter);
	const char *post = csv_reader_field(c->r, c->post);

	if (*ch == '\0' || *post == '\0') {
		diag_error(d, &at, "every line but FG and IMP belongs to a "
		    "chapter and a post", "line '%s' has no %s", l->code,
		    *ch == '\0' ? "chapter" : "post");
		return;
	}
	l->chapter = find_group(&b->chapters, &b->nchapters,
	    &b->capchapters, ch, csv_reader_field(c->r, c->chapter_label), -1,
	    c, d);
	if (l->chapter < 0)
		return;
	l->post = find_group(&b->posts, &b->nposts, &b->capposts, post,
	    csv_reader_field(c->r, c->post_label), l->chapter, c, d);
}

static void
check_split(struct cr_line *l, struct brow *c, struct diag *d)
{
	struct srcpos at = csv_reader_pos(c->r);
	char a[MONEY_BUFSZ], f[MONEY_BUFSZ], x[MONEY_BUFSZ];

	if (l->budget_fr + l->budget_abroad == l->budget)
		return;
	diag_error(d, &at, NULL, "france %s and abroad %s do not add up to "
	    "amount %s", money_format(f, l->budget_fr),
	    money_format(x, l->budget_abroad), money_format(a, l->budget));
}

static void
read_row(struct cr_budget *b, struct brow *c, struct diag *d)
{
	struct srcpos at = csv_reader_pos(c->r);
	const char *code = csv_reader_field(c->r, c->code);
	const char *flag = csv_reader_field(c->r, c->tax_credit);
	size_t len = strlen(code);
	struct cr_line *l;
	long dup;

	if (len == 0) {
		diag_error(d, &at, NULL, "empty code");
		return;
	}
	if ((dup = cr_budget_find(b, code, len)) >= 0) {
		char hint[64];

		snprintf(hint, sizeof hint, "first on line %u",
		    b->lines[dup].src_line);
		diag_error(d, &at, hint, "code '%s' appears twice", code);
		return;
	}
	l = new_line(b, code, len);
	l->label = xstrdup(csv_reader_field(c->r, c->label));
	l->src_line = at.line;
	l->kind = strcmp(code, "FG") == 0 ? CR_FG :
	    strcmp(code, "IMP") == 0 ? CR_IMP : CR_LINE;
	if ((amount_field(c, c->amount, &l->budget, d) |
	    amount_field(c, c->france, &l->budget_fr, d) |
	    amount_field(c, c->abroad, &l->budget_abroad, d)) == 0)
		check_split(l, c, d);
	if ((l->tax_credit = parse_flag(flag)) < 0) {
		diag_error(d, &at, "write yes or no", "invalid tax_credit "
		    "'%s'", flag);
		l->tax_credit = 0;
	}
	if (l->kind == CR_LINE)
		place_line(b, l, c, d);
	index_line(b, b->nlines++);
}

static void
find_columns(struct brow *c)
{
	c->code = csv_reader_col(c->r, "code");
	c->chapter = csv_reader_col(c->r, "chapter");
	c->chapter_label = csv_reader_col(c->r, "chapter_label");
	c->post = csv_reader_col(c->r, "post");
	c->post_label = csv_reader_col(c->r, "post_label");
	c->label = csv_reader_col(c->r, "label");
	c->amount = csv_reader_col(c->r, "amount");
	c->france = csv_reader_col(c->r, "france");
	c->abroad = csv_reader_col(c->r, "abroad");
	c->tax_credit = csv_reader_col(c->r, "tax_credit");
}

struct cr_budget *
cr_budget_read(const char *path, struct diag *d, int *unreadable)
{
	struct cr_budget *b;
	struct brow c;
	unsigned before = d->errors;

	if ((c.r = csv_reader_open(path, ',', d)) == NULL) {
		*unreadable = 1;
		return NULL;
	}
	b = xcalloc(1, sizeof *b);
	b->file = xstrdup(csv_reader_name(c.r));
	if (csv_reader_header(c.r, budget_columns) == 0) {
		find_columns(&c);
		while (csv_reader_next(c.r))
			read_row(b, &c, d);
		if (b->nlines == 0 && d->errors == before) {
			struct srcpos at = { b->file, 0, 0 };

			diag_error(d, &at, NULL, "no budget lines");
		}
	}
	csv_reader_close(c.r);
	if (d->errors > before) {
		cr_budget_free(b);
		return NULL;
	}
	return b;
}

static void
free_groups(struct cr_group *g, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(g[i].code);
		free(g[i].label);
	}
	free(g);
}

void
cr_budget_free(struct cr_budget *b)
{
	size_t i;

	if (b == NULL)
		return;
	for (i = 0; i < b->nlines; i++) {
		free(b->lines[i].code);
		free(b->lines[i].label);
	}
	free(b->lines);
	free_groups(b->chapters, b->nchapters);
	free_groups(b->posts, b->nposts);
	free(b->by_number);
	free(b->hash);
	free(b->file);
	free(b);
}

int64_t
cr_line_etc(const struct cr_line *l)
{
	if (l->has_etc)
		return l->etc_override;
	return l->budget > l->s.committed ? l->budget - l->s.committed : 0;
}
