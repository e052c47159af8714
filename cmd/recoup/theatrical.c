/*
 * theatrical.c: the split of a French box office. The public pays a price
 * that includes VAT (CGI art. 278-0 bis: 5.5 %) and the TSA (CCIA L115-1
 * ff.: 10.72 % of the price paid, L115-2); the rest is shared between the
 * exhibitor and the distributor at the rental rate (CCIA L213-4 to
 * L213-6), applied to the box office net of VAT and TSA and, where the
 * contract says so, net of the SACEM's share. Rates come dated from
 * share/recoup/fr-rates.yaml and the stream's terms; each part is rounded
 * with the waterfall's rounding mode and the last one is what is left, so
 * that the parts add up to the box office to the cent.
 */
#include "run.h"
#include "waterfall.h"

int
rc_theatrical_split(const struct legal *l, const struct theatrical *th,
    int32_t day, int64_t box, enum round_mode mode, struct bo_split *out,
    const char **why)
{
	rate_t vat = wf_rate_on(l->vat, l->nvat, day);
	rate_t tsa = th->increased_tsa ?
	    wf_rate_on(l->tsa_increased, l->ntsa_increased, day) :
	    wf_rate_on(l->tsa, l->ntsa, day);
	rate_t rental = wf_rate_on(th->rental, th->nrental, day);
	int64_t base;

	if (vat < 0 || tsa < 0) {
		*why = vat < 0 ? "no VAT rate is known on this date" :
		    "no TSA rate is known on this date";
		return -1;
	}
	if (rental < 0) {
		*why = "no rental rate holds yet on this date";
		return -1;
	}
	/* VAT included in the price: price * v / (1 + v) */
	if (money_muldiv(box, vat, RATE_ONE + vat, mode,
	    &out->part[BO_VAT]) < 0 ||
	    money_apply_rate(l->tsa_on_price_excl_vat ?
	    box - out->part[BO_VAT] : box, tsa, mode, &out->part[BO_TSA]) < 0)
		return *why = "amount out of range", -1;
	out->net = box - out->part[BO_VAT] - out->part[BO_TSA];
	if (money_apply_rate(out->net, th->sacem, mode,
	    &out->part[BO_SACEM]) < 0)
		return *why = "amount out of range", -1;
	base = out->net - out->part[BO_SACEM];
	if (money_apply_rate(base, rental, mode, &out->rbd) < 0)
		return *why = "amount out of range", -1;
	out->part[BO_EXHIBITORS] = base - out->rbd;
	return 0;
}
