/*
 * listing.c: the CSV listing (columns in dpae(1), THE LISTING).
 */
#include "date.h"
#include "listing.h"

static const struct {
	const char *name;
	enum table_type type;
} columns[] = {
	{ "contract", COL_TEXT }, { "surname", COL_TEXT },
	{ "usual_name", COL_TEXT }, { "first_names", COL_TEXT },
	{ "sex", COL_TEXT }, { "birth_date", COL_DATE },
	{ "birth_place", COL_TEXT }, { "birth_department", COL_TEXT },
	{ "nir", COL_TEXT }, { "nature", COL_TEXT }, { "start", COL_DATE },
	{ "start_time", COL_TEXT }, { "end", COL_DATE },
	{ "trial_days", COL_INT }, { "filed_date", COL_DATE },
	{ "filed_time", COL_TEXT }, { "reference", COL_TEXT },
};

static void
listing_columns(struct table *t)
{
	size_t i;

	for (i = 0; i < sizeof columns / sizeof *columns; i++)
		table_col(t, columns[i].name, NULL, columns[i].type);
}

static void
text_or_empty(struct table *t, const char *s, int show)
{
	if (show && s != NULL && *s != '\0')
		table_text(t, s);
	else
		table_empty(t);
}

static void
identity_cells(struct table *t, const struct dpae_batch *b,
    const struct dpae_decl *x, int show_personal)
{
	const struct person *p = x->person;

	table_text(t, x->contract->id);
	table_text(t, dpae_value(b, x, DF_EMPLOYEE_SURNAME));
	table_text(t, dpae_value(b, x, DF_EMPLOYEE_USUAL_NAME));
	table_text(t, dpae_value(b, x, DF_EMPLOYEE_FIRST_NAMES));
	/* the sex is written, or the NIR gives it (dpae_check_person) */
	table_text(t, (p->sex != SEX_UNKNOWN ? p->sex : dpae_nir_sex(p->nir))
	    == SEX_F ? "F" : "M");
	if (show_personal)
		table_date(t, p->birth_date);
	else
		table_empty(t);
	table_text(t, dpae_value(b, x, DF_EMPLOYEE_BIRTH_PLACE));
	table_text(t, dpae_value(b, x, DF_EMPLOYEE_BIRTH_DEPARTMENT));
	text_or_empty(t, p->nir, show_personal);
}

static void
contract_cells(struct table *t, const struct dpae_batch *b,
    const struct dpae_decl *x, const struct dpae_ack *ack)
{
	const struct contract *c = x->contract;
	char tb[TIME_BUFSZ];

	table_text(t, contract_nature_name(c->nature));
	table_date(t, c->start);
	table_text(t, time_format(tb, c->start_time));
	if (*dpae_value(b, x, DF_CONTRACT_END_DATE) != '\0')
		table_date(t, c->end);
	else
		table_empty(t);
	if (*dpae_value(b, x, DF_CONTRACT_TRIAL_DAYS) != '\0')
		table_int(t, c->trial_days);
	else
		table_empty(t);
	if (ack != NULL) {
		table_date(t, ack->filed);
		table_text(t, time_format(tb, ack->filed_time));
		table_text(t, ack->reference);
	} else {
		table_empty(t);
		table_empty(t);
		table_empty(t);
	}
}

struct table *
dpae_listing(const struct dpae_batch *b, const struct dpae_acklog *log,
    int show_personal)
{
	struct table *t = table_new();
	size_t i;

	listing_columns(t);
	for (i = 0; i < b->n; i++) {
		const struct dpae_decl *x = &b->decls[i];

		if (!dpae_decl_ok(b, x))
			continue;
		table_row(t, 0);
		identity_cells(t, b, x, show_personal);
		contract_cells(t, b, x, log == NULL ? NULL :
		    dpae_acklog_find(log, x->person->id, x->contract->start,
		    INT32_MAX));
	}
	return t;
}
