/*
 * reports.c: payroll.csv, the employer-cost ledger and the monthly
 * summary per person.
 */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "reports.h"
#include "wording.h"
#include "xalloc.h"

static const char *const payroll_cols[] = { "reference", "person",
    "contract", "period_start", "period_end", "kind", "line", "label",
    "quantity", "unit_price", "rate", "base", "employee_rate", "employee",
    "employer_rate", "employer", "amount", "confidence" };
#define NPAYROLL (sizeof payroll_cols / sizeof *payroll_cols)

void
report_payroll_header(struct csv_writer *w)
{
	csv_row(w, payroll_cols, NPAYROLL);
}

/* The first columns, shared by every row of a payslip. */
static void
row_start(struct csv_writer *w, const struct slip *s, const char *kind,
    const char *line, const char *label)
{
	csv_put(w, s->ref);
	csv_put(w, s->person->id);
	csv_put(w, s->contract->id);
	csv_put_date(w, s->start);
	csv_put_date(w, s->end);
	csv_put(w, kind);
	csv_put(w, line);
	csv_put(w, label);
}

static void
put_rate(struct csv_writer *w, rate_t r)
{
	char b[RATE_BUFSZ];

	csv_put(w, rate_format(b, r));
}

static void
put_empty(struct csv_writer *w, int n)
{
	while (n-- > 0)
		csv_put(w, "");
}

static void
payroll_elements(struct csv_writer *w, const struct slip *s)
{
	char code[WORD_BUFSZ], label[WORD_BUFSZ], q[HOURS_BUFSZ],
	    u[WORD_BUFSZ];
	size_t i;

	for (i = 0; i < s->pay->nel; i++) {
		const struct element *el = &s->pay->el[i];

		row_start(w, s, "gross", word_element_code(code, el),
		    word_element(label, el, s->day_hours));
		if (el->kind == EL_DAYS || el->kind == EL_CACHETS)
			csv_put_int(w, el->qty);
		else
			csv_put(w, word_hours(q, el->qty, 0));
		csv_put(w, word_unit(u, el->unit, 0));
		put_empty(w, 6);
		csv_put_money(w, el->amount);
		csv_put(w, "");
		csv_endrow(w);
	}
}

static void
payroll_line(struct csv_writer *w, const struct slip *s,
    const struct payamount *a)
{
	row_start(w, s, "contribution", a->line->id, a->line->label);
	put_empty(w, 3);
	csv_put_money(w, a->base);
	put_rate(w, a->employee_rate);
	csv_put_money(w, a->employee);
	put_rate(w, a->employer_rate);
	csv_put_money(w, a->employer);
	csv_put(w, "");
	csv_put(w, a->line->confidence);
	csv_endrow(w);
}

/* A total: its amount, with a base and rate for some. */
static void
payroll_total(struct csv_writer *w, const struct slip *s, const char *line,
    const char *label, int64_t amount)
{
	row_start(w, s, "total", line, label);
	put_empty(w, 8);
	csv_put_money(w, amount);
	csv_put(w, "");
	csv_endrow(w);
}

static void
payroll_adjustments(struct csv_writer *w, const struct slip *s)
{
	if (s->dfs > 0) {
		row_start(w, s, "deduction", "dfs",
		    "Déduction forfaitaire spécifique");
		put_empty(w, 2);
		put_rate(w, s->dfs_rate);
		csv_put_money(w, s->gross);
		put_empty(w, 4);
		csv_put_money(w, -s->dfs);
		csv_put(w, "");
		csv_endrow(w);
	}
	if (s->reduction != 0) {
		row_start(w, s, "reduction", "reduction",
		    "Réduction générale des cotisations");
		put_empty(w, 2);
		put_rate(w, -s->reduction_rate);
		csv_put_money(w, s->social);
		put_empty(w, 3);
		csv_put_money(w, -s->reduction);
		put_empty(w, 2);
		csv_endrow(w);
	}
}

static void
payroll_withholding(struct csv_writer *w, const struct slip *s)
{
	row_start(w, s, "withholding", s->pas_neutral ? "pas-neutral" :
	    "pas", "Impôt sur le revenu prélevé à la source");
	put_empty(w, 2);
	put_rate(w, s->pas_rate);
	csv_put_money(w, s->pas_base);
	put_empty(w, 4);
	csv_put_money(w, -s->withholding);
	csv_put(w, "");
	csv_endrow(w);
}

void
report_payroll(struct csv_writer *w, const struct slip *s)
{
	size_t i;

	payroll_elements(w, s);
	payroll_total(w, s, "gross", "Salaire brut", s->gross);
	payroll_adjustments(w, s);
	payroll_total(w, s, "ceiling", "Plafond de la période", s->ceiling);
	for (i = 0; i < s->nlines; i++)
		payroll_line(w, s, &s->lines[i]);
	payroll_total(w, s, "employee", "Total des cotisations salariales",
	    s->employee);
	payroll_total(w, s, "employer", "Total des cotisations patronales",
	    s->employer);
	payroll_total(w, s, "net_social", "Montant net social", s->net_social);
	payroll_total(w, s, "net_before_tax", "Net à payer avant impôt",
	    s->net_before_tax);
	payroll_total(w, s, "net_taxable", "Net imposable", s->net_taxable);
	payroll_withholding(w, s);
	payroll_total(w, s, "net_paid", "Net payé", s->net_paid);
	payroll_total(w, s, "cost", "Coût total pour l'employeur", s->cost);
}

/* --- the ledger ----------------------------------------------------- */

void
report_ledger_header(struct csv_writer *w)
{
	static const char *const cols[] = { "date", "code", "label", "party",
	    "amount", "vat", "status", "reference", "territory" };

	csv_row(w, cols, sizeof cols / sizeof *cols);
}

static void
ledger_row(struct csv_writer *w, const struct slip *s, const char *code,
    const char *label, int64_t amount, const char *status)
{
	char name[WORD_BUFSZ];

	csv_put_date(w, s->end);
	csv_put(w, code);
	csv_put(w, label);
	csv_put(w, word_name(name, s->person));
	csv_put_money(w, amount);
	csv_put(w, "");
	csv_put(w, status);
	csv_put(w, s->ref);
	csv_put(w, "france");
	csv_endrow(w);
}

void
report_ledger(struct csv_writer *w, const struct slip *s,
    const struct employer *e, int32_t asof)
{
	char mo[64], label[96];
	int32_t due = date_month_first(date_add_months(s->end, 1)) + 14;
	const char *code = s->person->kind == PERSON_ARTIST ?
	    e->charges_code_artists : e->charges_code_technicians;

	slip_month_fr(mo, sizeof mo, s);
	snprintf(label, sizeof label, "Salaire brut %s", mo);
	ledger_row(w, s, s->contract->budget_code, label, s->gross,
	    asof < s->end ? "committed" : "paid");
	snprintf(label, sizeof label, "Charges patronales %s", mo);
	ledger_row(w, s, code, label, s->employer, asof < s->end ?
	    "committed" : asof < due ? "invoiced" : "paid");
}

/* --- the summary ---------------------------------------------------- */

struct sumrow {
	const struct person *person;
	int year, month;
	char contracts[256];
	int days, cachets;
	int64_t minutes, gross;
};

struct summary {
	struct sumrow *rows;
	size_t n, cap;
	int show_nir;
};

struct summary *
summary_new(int show_nir)
{
	struct summary *sm = xcalloc(1, sizeof *sm);

	sm->show_nir = show_nir;
	return sm;
}

static struct sumrow *
sumrow_of(struct summary *sm, const struct slip *s)
{
	size_t i;
	struct sumrow *r;

	/* rows of one person come together: look back over them only */
	for (i = sm->n; i-- > 0 && sm->rows[i].person == s->person;)
		if (sm->rows[i].year == s->pay->year &&
		    sm->rows[i].month == s->pay->month)
			return &sm->rows[i];
	xgrow(&sm->rows, &sm->cap, sm->n + 1, sizeof *sm->rows);
	r = &sm->rows[sm->n++];
	memset(r, 0, sizeof *r);
	r->person = s->person;
	r->year = s->pay->year;
	r->month = s->pay->month;
	return r;
}

void
summary_add(struct summary *sm, const struct slip *s)
{
	struct sumrow *r = sumrow_of(sm, s);
	size_t len = strlen(r->contracts);

	snprintf(r->contracts + len, sizeof r->contracts - len, "%s%s",
	    len > 0 ? ";" : "", s->contract->id);
	r->days += s->pay->days;
	r->cachets += s->pay->cachets;
	r->minutes += s->pay->worked + s->pay->paid;
	r->gross += s->gross;
}

static int
sumrow_cmp(const void *a, const void *b)
{
	const struct sumrow *x = a, *y = b;

	if (x->person != y->person)
		return x->person < y->person ? -1 : 1;
	if (x->year != y->year)
		return x->year - y->year;
	return x->month - y->month;
}

static struct table *
summary_table(const struct summary *sm)
{
	struct table *t = table_new();

	table_col(t, "person", "Personne", COL_TEXT);
	table_col(t, "name", "Nom", COL_TEXT);
	if (sm->show_nir)
		table_col(t, "nir", "NIR", COL_TEXT);
	table_col(t, "annexe", "Annexe", COL_INT);
	table_col(t, "month", "Mois", COL_TEXT);
	table_col(t, "contracts", "Contrats", COL_TEXT);
	table_col(t, "days", "Jours", COL_INT);
	table_col(t, "hours", "Heures", COL_FIXED2);
	table_col(t, "cachets", "Cachets", COL_INT);
	table_col(t, "gross", "Brut", COL_MONEY);
	return t;
}

void
summary_finish(struct summary *sm, enum format fmt, FILE *f)
{
	struct table *t = summary_table(sm);
	char name[WORD_BUFSZ];
	size_t i;

	if (sm->n > 0)
		qsort(sm->rows, sm->n, sizeof *sm->rows, sumrow_cmp);
	for (i = 0; i < sm->n; i++) {
		const struct sumrow *r = &sm->rows[i];

		table_row(t, 0);
		table_text(t, r->person->id);
		table_text(t, word_name(name, r->person));
		if (sm->show_nir)
			table_text(t, r->person->nir);
		table_int(t, r->person->kind == PERSON_ARTIST ? 10 : 8);
		table_textf(t, "%04d-%02d", r->year, r->month);
		table_text(t, r->contracts);
		table_int(t, r->days);
		table_fixed2(t, round_div(r->minutes * 100, 60,
		    ROUND_HALF_AWAY));
		table_int(t, r->cachets);
		table_money(t, r->gross);
	}
	table_write(t, fmt, f);
	table_free(t);
	free(sm->rows);
	free(sm);
}
