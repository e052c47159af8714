/*
 * charges.c: the employer's charges of chapter 4 from the contribution
 * tables payslip applies.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "charges.h"
#include "data.h"
#include "date.h"
#include "payrates.h"
#include "xalloc.h"

int
bcnc_charges_load(struct bcnc_charges *c, const struct bcnc_budget *b,
    const char *datadir, struct diag *d)
{
	int year, month, mday;
	char rel[64], *path;

	memset(c, 0, sizeof *c);
	c->day = b->date;
	c->e = &b->employer;
	date_to_ymd(b->date, &year, &month, &mday);
	snprintf(rel, sizeof rel, "payroll/contributions-%d.yaml", year);
	path = data_path(datadir, rel);
	if (access(path, R_OK) != 0) {
		diag_error(d, NULL, "the budget's date chooses the year; see "
		    "payrates(5)", "no contribution table for %d in the data "
		    "folder (%s)", year, rel);
		free(path);
		return -1;
	}
	free(path);
	c->pr = payrates_new();
	if (payrates_load_year(c->pr, datadir, year, d) < 0) {
		bcnc_charges_free(c);
		return -1;
	}
	return 0;
}

void
bcnc_charges_free(struct bcnc_charges *c)
{
	payrates_free(c->pr);
	c->pr = NULL;
}

/* Intermittents on CDDU of three months or less, the common case of a
 * film's crew and cast (the +0.5 pt unemployment majoration applies
 * when the tables switch it on). */
rate_t
bcnc_charges_rate(const struct bcnc_charges *c, enum bcnc_kind kind,
    int cadre)
{
	struct payctx ctx;

	memset(&ctx, 0, sizeof ctx);
	ctx.day = c->day;
	ctx.kind = kind == BCNC_ARTIST ? PERSON_ARTIST : PERSON_TECHNICIAN;
	ctx.cadre = cadre;
	ctx.headcount = c->e->headcount;
	ctx.alsace_moselle = c->e->alsace_moselle;
	ctx.short_cddu = 1;
	ctx.at_rate = c->e->at_rate;
	ctx.mobility_rate = c->e->mobility_rate;
	return payrates_employer_rate(c->pr, &ctx);
}

/* "(non-cadres 47,23 % × 29 310,00 €, cadres ...)" after the label. */
static char *
charges_label(const char *label, const struct bcnc_line *l)
{
	static const char *const status[2] = { "non-cadres", "cadres" };
	struct buf b = BUF_INIT;
	char r[RATE_BUFSZ], m[MONEY_BUFSZ];
	int c, both = l->base[0] != 0 && l->base[1] != 0;

	buf_addf(&b, "%s (", label);
	for (c = 0; c < 2; c++) {
		if (l->base[c] == 0)
			continue;
		buf_addf(&b, "%s%s%s%s × %s", c == 1 && both ? ", " : "",
		    both ? status[c] : "", both ? " " : "",
		    rate_format_fr(r, l->charge_rate[c]),
		    money_format_fr(m, l->base[c], MONEY_FR_EURO));
	}
	buf_addc(&b, ')');
	return buf_take(&b);
}

/* The salaries of chapters 2 and 3 of kind, French part, cadres apart;
 * elig: those flagged for the tax credit. */
static void
salary_bases(const struct bcnc_budget *b, int kind, int64_t base[2],
    int64_t elig[2])
{
	size_t i;

	base[0] = base[1] = elig[0] = elig[1] = 0;
	for (i = 0; i < b->nlines; i++) {
		const struct bcnc_line *l = &b->lines[i];

		if (l->computed || (int)l->kind != kind ||
		    (l->code[0] != '2' && l->code[0] != '3'))
			continue;
		base[l->cadre != 0] += l->france;
		if (l->tax_credit)
			elig[l->cadre != 0] += l->france;
	}
}

static struct bcnc_line *
add_computed(struct bcnc_budget *b, const struct bcnc_tline *t)
{
	struct bcnc_line *l;

	xgrow(&b->lines, &b->caplines, b->nlines + 1, sizeof *b->lines);
	l = &b->lines[b->nlines++];
	memset(l, 0, sizeof *l);
	memcpy(l->code, t->code, 6);
	l->t = t;
	l->kind = BCNC_CHARGES;
	l->computed = 1;
	l->persons = 1;
	l->qty_text = xstrdup("1");
	l->tax_credit = t->tax_credit;
	return l;
}

/* One computed line: each base (non-cadres, cadres) times its rate,
 * half away from zero to the cent; spent in France. */
static void
charge_line(struct bcnc_budget *b, const struct bcnc_charges *c,
    const struct bcnc_tline *t)
{
	int64_t base[2], elig[2], part;
	struct bcnc_line *l;
	int k;

	salary_bases(b, t->charges, base, elig);
	if (base[0] == 0 && base[1] == 0)
		return;
	l = add_computed(b, t);
	for (k = 0; k < 2; k++) {
		l->base[k] = base[k];
		l->charge_rate[k] = bcnc_charges_rate(c,
		    (enum bcnc_kind)t->charges, k);
		(void)money_apply_rate(base[k], l->charge_rate[k],
		    ROUND_HALF_AWAY, &part);
		l->amount += part;
		(void)money_apply_rate(elig[k], l->charge_rate[k],
		    ROUND_HALF_AWAY, &part);
		l->tc_amount += l->tax_credit ? part : 0;
	}
	l->rate = l->amount;
	l->qty = 100;
	l->france = l->amount;
	l->label = charges_label(t->label, l);
}

/* Warnings for what the tables cannot charge: an unknown work-accident
 * rate, and permanent salaries with no hand-written line in chapter 4. */
static void
charge_warnings(const struct bcnc_budget *b, struct diag *d)
{
	const struct bcnc_line *perm = NULL, *any = NULL;
	int manual4 = 0;
	size_t i;

	for (i = 0; i < b->nlines; i++) {
		const struct bcnc_line *l = &b->lines[i];

		if (l->computed)
			any = l;
		else if (l->code[0] == '4')
			manual4 = 1;
		else if (l->kind == BCNC_PERMANENT && perm == NULL &&
		    (l->code[0] == '2' || l->code[0] == '3'))
			perm = l;
	}
	if (any != NULL && !b->employer.has_at_rate)
		diag_warning(d, b->employer.pos.file != NULL ?
		    &b->employer.pos : &b->lines[0].pos, "name production.yaml "
		    "under 'employer', or give 'employer: {at_rate: ...}'",
		    "no work-accident rate: the charges leave AT/MP out");
	if (perm != NULL && !manual4)
		diag_warning(d, &perm->pos, "the contribution tables cover "
		    "intermittents; write these charges on a line of chapter "
		    "4", "the charges on permanent staff's salaries are not "
		    "computed");
}

void
bcnc_charges_apply(struct bcnc_budget *b, const struct bcnc_charges *c,
    struct diag *d)
{
	const struct bcnc_template *t = b->tmpl;
	size_t i;

	for (i = 0; i < t->nlines; i++)
		if (t->lines[i].charges >= 0)
			charge_line(b, c, &t->lines[i]);
	charge_warnings(b, d);
}

int
bcnc_charges_needed(const struct bcnc_budget *b)
{
	size_t i, j;

	for (i = 0; i < b->tmpl->nlines; i++) {
		int k = b->tmpl->lines[i].charges;

		for (j = 0; k >= 0 && j < b->nlines; j++)
			if ((int)b->lines[j].kind == k &&
			    (b->lines[j].code[0] == '2' ||
			    b->lines[j].code[0] == '3'))
				return 1;
	}
	return 0;
}
