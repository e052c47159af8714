/*
 * chart.c: spending over time against the budget and its forecast, as an
 * SVG drawing: cumulative committed and paid costs by day (steps), the
 * devis total and the estimated final cost as horizontal lines. Amounts
 * stay in cents; only pixel positions are computed in floating point.
 */
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "date.h"
#include "html.h"
#include "money.h"

#define W 800		/* drawing size */
#define H 420
#define X0 90		/* plot area */
#define Y0 40
#define PW 680
#define PH 320

struct frame {
	int32_t d0, d1;		/* days shown */
	int64_t vmax;		/* cents at the top */
};

static double
px(const struct frame *fr, int32_t day)
{
	return X0 + (double)(day - fr->d0) * PW / (double)(fr->d1 - fr->d0);
}

static double
py(const struct frame *fr, int64_t cents)
{
	return Y0 + PH - (double)cents * PH / (double)fr->vmax;
}

/* "45 000 €", whole euros rounded half away from zero. */
static char *
euros(char buf[MONEY_BUFSZ], int64_t cents)
{
	char *comma;

	money_format_fr(buf, round_div(cents, 100, ROUND_HALF_AWAY) * 100,
	    0);
	if ((comma = strrchr(buf, ',')) != NULL)
		strcpy(comma, " €");
	return buf;
}

/* A round step for about five grid lines: 1, 2 or 5 times a power of 10
 * euros, in cents. */
static int64_t
grid_step(int64_t vmax)
{
	int64_t target = vmax / 5, step = 100;

	while (step <= target / 10)
		step *= 10;
	if (step * 5 <= target)
		return step * 5;
	if (step * 2 <= target)
		return step * 2;
	return step;
}

/* The usual French abbreviations of the months. */
static const char *const month_abbr[12] = {
	"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
	"sept.", "oct.", "nov.", "déc."
};

static void
axes(FILE *f, const struct frame *fr)
{
	char b[MONEY_BUFSZ], d[DATE_BUFSZ];
	int64_t step = grid_step(fr->vmax), v;
	const char *name;
	int32_t m;
	int y, mo, dd;

	for (v = 0; v <= fr->vmax; v += step)
		fprintf(f, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" "
		    "x2=\"%d\" y2=\"%.1f\"/><text class=\"ylab\" x=\"%d\" "
		    "y=\"%.1f\">%s</text>\n", X0, py(fr, v), X0 + PW,
		    py(fr, v), X0 - 6, py(fr, v) + 4, euros(b, v));
	for (m = date_month_first(fr->d0); m <= fr->d1;
	    m = date_add_months(m, 1)) {
		if (m < fr->d0)
			continue;
		date_to_ymd(m, &y, &mo, &dd);
		name = month_abbr[mo - 1];
		fprintf(f, "<line class=\"tick\" x1=\"%.1f\" y1=\"%d\" "
		    "x2=\"%.1f\" y2=\"%d\"/><text class=\"xlab\" x=\"%.1f\" "
		    "y=\"%d\">%s %d</text>\n", px(fr, m), Y0 + PH,
		    px(fr, m), Y0 + PH + 5, px(fr, m), Y0 + PH + 18, name,
		    y % 100);
	}
	fprintf(f, "<rect class=\"frame\" x=\"%d\" y=\"%d\" width=\"%d\" "
	    "height=\"%d\"/>\n<text x=\"%d\" y=\"%d\" "
	    "text-anchor=\"end\">au %s</text>\n", X0, Y0, PW, PH, X0 + PW, Y0 + PH + 34,
	    date_format_fr(d, fr->d1));
}

/* The cumulative sum of committed (paid when paid is set) as steps. */
static void
steps(FILE *f, const struct frame *fr, const struct cr_day *v, size_t n,
    int paid, const char *cls)
{
	int64_t cum = 0;
	size_t i;

	fprintf(f, "<polyline class=\"%s\" points=\"%.1f,%.1f", cls,
	    px(fr, fr->d0), py(fr, 0));
	for (i = 0; i < n; i++) {
		fprintf(f, " %.1f,%.1f", px(fr, v[i].day), py(fr, cum));
		cum += paid ? v[i].paid : v[i].committed;
		fprintf(f, " %.1f,%.1f", px(fr, v[i].day), py(fr, cum));
	}
	fprintf(f, " %.1f,%.1f\"/>\n", px(fr, fr->d1), py(fr, cum));
}

/* A horizontal line with its label, at the left or the right end. */
static void
level(FILE *f, const struct frame *fr, int64_t cents, const char *cls,
    const char *label, int right)
{
	char b[MONEY_BUFSZ];

	fprintf(f, "<line class=\"%s\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" "
	    "y2=\"%.1f\"/><text class=\"%s\" x=\"%d\" y=\"%.1f\"%s>", cls,
	    X0, py(fr, cents), X0 + PW, py(fr, cents), cls,
	    right ? X0 + PW - 6 : X0 + 6, py(fr, cents) - 4,
	    right ? " text-anchor=\"end\"" : "");
	html_text(f, label);
	fprintf(f, " %s</text>\n", euros(b, cents));
}

static const char style[] =
    "<style>\n"
    "text { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11px;"
    " }\n"
    ".title { font-size: 14px; font-weight: bold; }\n"
    ".ylab { text-anchor: end; } .xlab { text-anchor: middle; }\n"
    ".grid { stroke: #ddd; } .tick, .frame { stroke: #888; fill: none; }\n"
    ".committed { stroke: #c0392b; stroke-width: 2; fill: none; }\n"
    ".paid { stroke: #2471a3; stroke-width: 2; fill: none; }\n"
    "line.budget { stroke: #000; stroke-width: 1.5; }\n"
    "line.efc { stroke: #d68910; stroke-width: 1.5;"
    " stroke-dasharray: 6 4; }\n"
    "text.efc { fill: #9c640c; }\n"
    "</style>\n";

static void
legend(FILE *f)
{
	fprintf(f, "<line class=\"committed\" x1=\"%d\" y1=\"%d\" x2=\"%d\" "
	    "y2=\"%d\"/><text x=\"%d\" y=\"%d\">Engagé cumulé</text>\n"
	    "<line class=\"paid\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
	    "<text x=\"%d\" y=\"%d\">Payé cumulé</text>\n",
	    X0, H - 14, X0 + 24, H - 14, X0 + 30, H - 10,
	    X0 + 160, H - 14, X0 + 184, H - 14, X0 + 190, H - 10);
}

/* The days shown and the top of the scale. */
static void
frame_of(struct frame *fr, const struct cr_day *v, size_t n,
    const struct cr_chart *c)
{
	int64_t cum = 0, top = c->budget > c->efc ? c->budget : c->efc;
	size_t i;

	fr->d0 = n > 0 ? v[0].day : c->to;
	fr->d1 = n > 0 ? v[n - 1].day : c->to;
	if (c->to != CR_CHART_NO_DAY && c->to > fr->d1)
		fr->d1 = c->to;
	if (fr->d0 == CR_CHART_NO_DAY)
		fr->d0 = fr->d1 = 0;
	if (fr->d1 <= fr->d0)
		fr->d1 = fr->d0 + 1;
	for (i = 0; i < n; i++) {
		cum += v[i].committed;
		if (cum > top)
			top = cum;
	}
	fr->vmax = top > 0 ? top + top / 20 : 100;
}

void
cr_chart_write(FILE *f, const struct cr_day *v, size_t n,
    const struct cr_chart *c)
{
	struct frame fr;

	frame_of(&fr, v, n, c);
	fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
	    "height=\"%d\" viewBox=\"0 0 %d %d\">\n%s<text class=\"title\" "
	    "x=\"%d\" y=\"22\">", W, H, W, H, style, X0);
	html_text(f, c->title);
	fputs("</text>\n", f);
	axes(f, &fr);
	level(f, &fr, c->budget, "budget", "Devis", 0);
	level(f, &fr, c->efc, "efc", "Coût final estimé", 1);
	steps(f, &fr, v, n, 0, "committed");
	steps(f, &fr, v, n, 1, "paid");
	legend(f);
	fputs("</svg>\n", f);
}
