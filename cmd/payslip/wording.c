/*
 * wording.c: French wording of payslip figures.
 */
#include <stdio.h>
#include <string.h>

#include "money.h"
#include "wording.h"

/* "25 %" without trailing zeros, French decimal comma. */
static char *
percent(char buf[RATE_BUFSZ], rate_t r)
{
	char *dot;

	rate_format(buf, r < 0 ? -r : r);
	if ((dot = strchr(buf, '.')) != NULL)
		*dot = ',';
	memmove(buf + strlen(buf) - 1, " %", 3);
	return buf;
}

char *
word_element(char buf[WORD_BUFSZ], const struct element *el, int day_hours)
{
	char p[RATE_BUFSZ], h[HOURS_BUFSZ];

	percent(p, el->maj);
	switch (el->kind) {
	case EL_HOURS:
		return strcpy(buf, "Salaire de base");
	case EL_DAYS:
		return strcpy(buf, "Salaire journalier");
	case EL_DAY_EXTRA:
		snprintf(buf, WORD_BUFSZ, "Heures au-delà de %s h, majorées de "
		    "%s", word_hours(h, day_hours, 1), p);
		return buf;
	case EL_CACHETS:
		return strcpy(buf, "Cachets");
	case EL_PAID:
		return strcpy(buf, "Heures payées non travaillées");
	case EL_OVERTIME:
		snprintf(buf, WORD_BUFSZ, "Majoration heures supplémentaires "
		    "%s", p);
		return buf;
	case EL_LONG_DAY:
		snprintf(buf, WORD_BUFSZ, "Majoration au-delà de la 10e heure "
		    "%s", p);
		return buf;
	case EL_NIGHT:
		snprintf(buf, WORD_BUFSZ, "Majoration heures de nuit %s", p);
		return buf;
	case EL_SUNDAY:
		snprintf(buf, WORD_BUFSZ, "Majoration dimanche %s", p);
		return buf;
	case EL_HOLIDAY:
		snprintf(buf, WORD_BUFSZ, "Majoration jour férié %s", p);
		return buf;
	default:
		snprintf(buf, WORD_BUFSZ, "Écrêtement du cumul des majorations "
		    "(-%s)", p);
		return buf;
	}
}

char *
word_element_code(char buf[WORD_BUFSZ], const struct element *el)
{
	static const char *const codes[EL_NKINDS] = { "hours", "days",
	    "day-extra", "cachets", "paid", "overtime", "long-day", "night",
	    "sunday", "holiday", "cap" };
	char p[RATE_BUFSZ];

	if (el->kind == EL_HOURS || el->kind == EL_DAYS ||
	    el->kind == EL_CACHETS || el->kind == EL_PAID)
		return strcpy(buf, codes[el->kind]);
	rate_format(p, el->maj);
	p[strlen(p) - 1] = '\0';
	snprintf(buf, WORD_BUFSZ, "%s-%s", codes[el->kind], p);
	return buf;
}

char *
word_hours(char buf[HOURS_BUFSZ], int64_t minutes, int french)
{
	int64_t h = round_div(minutes * 100, 60, ROUND_HALF_AWAY);

	snprintf(buf, HOURS_BUFSZ, "%s%lld%c%02lld", h < 0 ? "-" : "",
	    (long long)((h < 0 ? -h : h) / 100), french ? ',' : '.',
	    (long long)((h < 0 ? -h : h) % 100));
	return buf;
}

char *
word_quantity(char buf[WORD_BUFSZ], const struct element *el)
{
	char h[HOURS_BUFSZ];

	switch (el->kind) {
	case EL_DAYS:
		snprintf(buf, WORD_BUFSZ, "%lld j", (long long)el->qty);
		break;
	case EL_CACHETS:
		snprintf(buf, WORD_BUFSZ, "%lld", (long long)el->qty);
		break;
	default:
		snprintf(buf, WORD_BUFSZ, "%s h", word_hours(h, el->qty, 1));
	}
	return buf;
}

char *
word_element_unit(char buf[WORD_BUFSZ], const struct element *el)
{
	char m[MONEY_BUFSZ];

	if (el->kind == EL_DAYS || el->kind == EL_CACHETS)
		return strcpy(buf, money_format_fr(m, el->unit / 100, 0));
	return word_unit(buf, el->unit, 1);
}

char *
word_unit(char buf[WORD_BUFSZ], int64_t unit, int french)
{
	int64_t a = unit < 0 ? -unit : unit;

	snprintf(buf, WORD_BUFSZ, "%s%lld%c%04lld", unit < 0 ? "-" : "",
	    (long long)(a / 10000), french ? ',' : '.',
	    (long long)(a % 10000));
	return buf;
}

/* 1 88 05 75 114 231 80: sex, year, month, department, commune, order,
 * key. */
char *
word_nir(char buf[WORD_BUFSZ], const char *nir)
{
	if (strlen(nir) != 15)
		return strcpy(buf, "");
	snprintf(buf, WORD_BUFSZ, "%.1s %.2s %.2s %.2s %.3s %.3s %.2s", nir,
	    nir + 1, nir + 3, nir + 5, nir + 7, nir + 10, nir + 13);
	return buf;
}

const char *
word_basis(enum pay_basis b)
{
	static const char *const words[] = { "de l'heure", "par jour",
	    "par semaine", "par cachet" };

	return words[b];
}

char *
word_name(char buf[WORD_BUFSZ], const struct person *p)
{
	snprintf(buf, WORD_BUFSZ, "%s %s", p->first_names,
	    p->usual_name != NULL ? p->usual_name : p->surname);
	return buf;
}

char *
word_ceiling(char buf[WORD_BUFSZ], const struct slip *s)
{
	switch (s->ceiling_rule) {
	case CEILING_ARTIST_DAYS:
		snprintf(buf, WORD_BUFSZ, "%d jour%s de cachet, 12 heures de "
		    "plafond par jour", s->ceiling_days,
		    s->ceiling_days > 1 ? "s" : "");
		break;
	case CEILING_CALENDAR_DAYS:
		snprintf(buf, WORD_BUFSZ, "%d jour%s calendaire%s du contrat "
		    "dans le mois", s->ceiling_days,
		    s->ceiling_days > 1 ? "s" : "",
		    s->ceiling_days > 1 ? "s" : "");
		break;
	default:
		snprintf(buf, WORD_BUFSZ, "%d jour%s payé%s, trentièmes du "
		    "plafond mensuel", s->ceiling_days,
		    s->ceiling_days > 1 ? "s" : "",
		    s->ceiling_days > 1 ? "s" : "");
	}
	return buf;
}
