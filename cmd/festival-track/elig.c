/*
 * elig.c: the rules of a section (festivals(5), SECTIONS) against the
 * film: runtime, genre, exhibition format, completion date, the
 * director's earlier features, student films, origin, premiere status,
 * earlier festivals and the Internet, and resubmission. Each rule that
 * fails says why; a rule the data cannot decide makes the verdict
 * "check" rather than a guess.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "elig.h"
#include "xalloc.h"

const char *const ft_verdict_names[] = { "no", "check", "yes", NULL };

struct judge {
	struct buf no, check;
};

static void __attribute__((format(printf, 2, 3)))
fail(struct judge *j, const char *fmt, ...)
{
	va_list ap;
	char s[512];

	va_start(ap, fmt);
	vsnprintf(s, sizeof s, fmt, ap);
	va_end(ap);
	buf_addf(&j->no, "%s%s", j->no.len ? "; " : "", s);
}

static void
unsure(struct judge *j, const char *s)
{
	buf_addf(&j->check, "%s%s", j->check.len ? "; " : "", s);
}

static void
check_runtime(struct judge *j, const struct ft_section *s, long rt)
{
	char a[FT_RUNTIME_BUFSZ], b[FT_RUNTIME_BUFSZ];

	if (s->runtime_max >= 0 && rt > s->runtime_max)
		fail(j, "runtime %s over the %s maximum",
		    ft_runtime_format(a, rt), ft_runtime_format(b,
		    s->runtime_max));
	if (s->runtime_min >= 0 && rt < s->runtime_min)
		fail(j, "runtime %s under the %s minimum",
		    ft_runtime_format(a, rt), ft_runtime_format(b,
		    s->runtime_min));
}

static void
check_genre(struct judge *j, const struct ft_section *s,
    const struct ft_film *film)
{
	struct buf names = BUF_INIT;
	int g;

	if (s->genres == 0 || (s->genres & (1u << film->genre)))
		return;
	for (g = 0; g < FT_GENRE_N; g++)
		if (s->genres & (1u << g))
			buf_addf(&names, "%s%s", names.len ? " or " : "",
			    ft_genre_names[g]);
	fail(j, "%s only, not %s", buf_str(&names),
	    ft_genre_names[film->genre]);
	buf_free(&names);
}

static void
check_format(struct judge *j, const struct ft_section *s,
    const struct ft_film *film)
{
	size_t a, b;

	if (s->nformats == 0)
		return;
	if (film->nformats == 0) {
		unsure(j, "the film's exhibition formats are not given");
		return;
	}
	for (a = 0; a < s->nformats; a++)
		for (b = 0; b < film->nformats; b++)
			if (strcasecmp(s->formats[a], film->formats[b]) == 0)
				return;
	fail(j, "exhibition format %s%s only", s->formats[0],
	    s->nformats > 1 ? " and others" : "");
}

static void
check_completion(struct judge *j, const struct ft_edition *e,
    const struct ft_section *s, const struct ft_film *film)
{
	char a[DATE_BUFSZ], b[DATE_BUFSZ];
	const char *est = e->from_year ? ", estimated" : "";

	if (e->completed_after != FT_NO_DAY &&
	    film->completed <= e->completed_after)
		fail(j, "completed %s, not after %s%s", date_format(a,
		    film->completed), date_format(b, e->completed_after), est);
	if (s->completed_within == 0)
		return;
	if (e->start == FT_NO_DAY) {
		unsure(j, "festival dates unknown: completion date not "
		    "checked");
		return;
	}
	if (film->completed < date_add_months(e->start,
	    -s->completed_within))
		fail(j, "completed %s, over %d months before the festival "
		    "(%s%s)", date_format(a, film->completed),
		    s->completed_within, date_format(b, e->start), est);
}

static void
check_director(struct judge *j, const struct ft_section *s,
    const struct ft_film *film)
{
	if (s->features_max < 0)
		return;
	if (film->features < 0)
		unsure(j, "the director's earlier features are not given");
	else if (film->features > 0 && s->features_max == 0)
		fail(j, "for directors without a feature, not after %d",
		    film->features);
	else if (film->features > s->features_max)
		fail(j, "for directors with at most %d earlier feature%s, "
		    "not %d", s->features_max, s->features_max == 1 ? "" :
		    "s", film->features);
}

static void
check_origin(struct judge *j, const struct ft_festival *f,
    const struct ft_section *s, const struct ft_film *film)
{
	int home = ft_film_home(film, f);

	if (s->student == FT_STUDENT_ONLY && !film->student)
		fail(j, "student films only");
	if (s->student == FT_STUDENT_EXCLUDED && film->student)
		fail(j, "no student films");
	if (s->origin == FT_ORIGIN_HOME && !home)
		fail(j, "for films from %s only (majority country)",
		    f->country);
	if (s->origin == FT_ORIGIN_FOREIGN && home)
		fail(j, "for films from outside %s only (majority country)",
		    f->country);
}

static void
check_resubmission(struct judge *j, const struct ft_ctx *c,
    const struct ft_festival *f, const struct ft_edition *e)
{
	const struct ft_sub *s;

	if (!f->resubmission && (s = ft_log_earlier(c->log, f, e->year)))
		fail(j, "entered in %d already; no resubmission", s->year);
}

/* The screenings before cutoff, with extra. */
static struct ft_show *
shows_before(const struct ft_ctx *c, int32_t cutoff,
    const struct ft_show *extra, size_t *n)
{
	struct ft_show *v = xcalloc(c->nshows + 2, sizeof *v);
	size_t i;

	*n = 0;
	for (i = 0; i < c->nshows; i++)
		if (cutoff == FT_NO_DAY || c->shows[i].day < cutoff)
			v[(*n)++] = c->shows[i];
	if (extra != NULL && (cutoff == FT_NO_DAY || extra->day < cutoff))
		v[(*n)++] = *extra;
	return v;
}

static void
check_premiere(struct judge *j, const struct ft_festival *f,
    const struct ft_section *s, const struct ft_show *v, size_t n,
    const struct ft_film *film, const struct ft_continent *k)
{
	enum ft_premiere p = s->premiere;
	const struct ft_show *sh;
	struct buf b = BUF_INIT;

	if (f->country != NULL && ft_film_from(film, f->country) &&
	    s->premiere_home != FT_PREM_N)
		p = s->premiere_home;
	if (p == FT_PREM_NONE)
		return;
	if (p == FT_PREM_CONTINENTAL && k == NULL) {
		unsure(j, "the festival's continent is not given: "
		    "continental premiere not checked");
		return;
	}
	if ((sh = ft_premiere_spent(v, n, p, f, k, film)) == NULL)
		return;
	ft_show_describe(&b, sh);
	fail(j, "%s premiere required, spent at %s", ft_premiere_names[p],
	    buf_str(&b));
	buf_free(&b);
}

static const struct ft_show *
prior_breach(enum ft_prior rule, const struct ft_show *v, size_t n,
    const struct ft_film *film)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (v[i].kind != FT_SHOW_FESTIVAL)
			continue;
		if (rule == FT_PRIOR_NONE ||
		    (rule == FT_PRIOR_NATIONAL && v[i].international) ||
		    (rule == FT_PRIOR_HOME && !ft_film_from(film,
		    v[i].country)))
			return &v[i];
	}
	return NULL;
}

static void
check_prior(struct judge *j, const struct ft_festival *f,
    const struct ft_section *s, const struct ft_show *v, size_t n,
    const struct ft_film *film)
{
	static const char *const what[] = { "", "no international festival",
		"no festival outside the production countries", "no festival" };
	enum ft_prior rule = s->prior;
	const struct ft_show *sh;
	struct buf b = BUF_INIT;
	size_t i;

	if (f->country != NULL && ft_film_from(film, f->country) &&
	    s->prior_home != FT_PRIOR_N)
		rule = s->prior_home;
	if (rule != FT_PRIOR_ANY && (sh = prior_breach(rule, v, n, film))) {
		ft_show_describe(&b, sh);
		fail(j, "%s before, screened at %s", what[rule], buf_str(&b));
		buf_clear(&b);
	}
	for (i = 0; s->no_online && i < n; i++)
		if (v[i].kind == FT_SHOW_ONLINE) {
			ft_show_describe(&b, &v[i]);
			fail(j, "not on the Internet before, online at %s",
			    buf_str(&b));
			break;
		}
	buf_free(&b);
}

void
ft_eligible(const struct ft_ctx *c, const struct ft_festival *f,
    const struct ft_edition *e, const struct ft_section *s,
    const struct ft_show *extra, struct ft_elig *out)
{
	struct judge j = { BUF_INIT, BUF_INIT };
	const struct ft_continent *k = f->continent != NULL ?
	    ft_db_continent(c->db, f->continent) : NULL;
	struct ft_show *v;
	size_t n;

	v = shows_before(c, e != NULL ? e->start : FT_NO_DAY, extra, &n);
	check_runtime(&j, s, c->film->runtime);
	check_genre(&j, s, c->film);
	check_format(&j, s, c->film);
	if (e != NULL)
		check_completion(&j, e, s, c->film);
	check_director(&j, s, c->film);
	check_origin(&j, f, s, c->film);
	check_premiere(&j, f, s, v, n, c->film, k);
	check_prior(&j, f, s, v, n, c->film);
	if (e != NULL)
		check_resubmission(&j, c, f, e);
	out->open = ft_premiere_open(v, n, f, k, c->film);
	out->verdict = j.no.len ? FT_NO : j.check.len ? FT_MAYBE : FT_YES;
	out->why = j.no.len ? j.no : j.check;
	buf_free(j.no.len ? &j.check : &j.no);
	free(v);
}

int
ft_section_rank(const struct ft_festival *f, const struct ft_section *s)
{
	return s->rank > 0 ? s->rank : f->rank;
}
