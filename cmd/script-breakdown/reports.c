/*
 * reports.c: the reports that add the scenes up: by set, by character,
 * by element, and the summary. Each keeps one entry per set, character or
 * element (not per scene), and writes a table at the end.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "map.h"
#include "render.h"
#include "text.h"
#include "xalloc.h"

enum { L_DAY, L_NIGHT, L_DAWN, L_DUSK, L_OTHER, NLIGHTS };
enum { IE_INT, IE_EXT, IE_BOTH, IE_OTHER, NIE };

/* Where an element comes from: a tag, the action (groups of extras in
 * capitals), or the dictionary. */
enum source { SRC_TAG, SRC_ACTION, SRC_SUGGESTION };
static const char *const source_names[] = { "tag", "action", "suggestion" };

struct set_agg {
	char *name;
	unsigned scenes;
	unsigned long eighths;
	unsigned ie[NIE], light[NLIGHTS];
	struct buf list;
};

struct char_agg {
	char *name;
	unsigned speaking, silent;
	char *first, *last;
	unsigned long eighths;
	unsigned speeches, lines, words;
};

struct elem_agg {
	int code;
	enum source source;
	unsigned last;		/* the last scene counted (an id) */
	char *name;
	unsigned scenes;
	struct buf list;
};

struct reports {
	const struct sb_rules *r;
	struct sb_render_opts o;
	FILE *f;
	struct sb_map sets, chars, elems;
	unsigned ie[NIE], light[NLIGHTS];
	unsigned long light_eighths[NLIGHTS];
	unsigned long extras, silhouettes;
	unsigned extras_max;
	struct buf key;
};

static int
light_index(const char *light)
{
	static const char *const names[] = { "day", "night", "dawn", "dusk" };
	int i;

	for (i = 0; i < L_OTHER; i++)
		if (strcmp(light, names[i]) == 0)
			return i;
	return L_OTHER;
}

static int
ie_index(const char *ie)
{
	if (strcmp(ie, "INT") == 0)
		return IE_INT;
	if (strcmp(ie, "EXT") == 0)
		return IE_EXT;
	return strcmp(ie, "INT/EXT") == 0 ? IE_BOTH : IE_OTHER;
}

/* The entry of map under the folded name, created with size bytes. */
static void *
entry(struct reports *rp, struct sb_map *map, const char *prefix,
    const char *name, size_t size)
{
	struct sb_mapent *e;

	buf_clear(&rp->key);
	buf_adds(&rp->key, prefix);
	if (sb_fold(&rp->key, name, strlen(name)) == 0)
		buf_adds(&rp->key, name);
	e = sb_map_put(map, rp->key.s, rp->key.len, NULL);
	if (e->ptr == NULL)
		e->ptr = xcalloc(1, size);
	return e->ptr;
}

static void
add_to_list(struct buf *b, const char *number)
{
	buf_addf(b, "%s%s", b->len ? ";" : "", number);
}

static void
count_set(struct reports *rp, const struct sb_scene *s)
{
	struct set_agg *a = entry(rp, &rp->sets, "", s->set,
	    sizeof *a);

	if (a->name == NULL)
		a->name = xstrdup(s->set);
	a->scenes++;
	a->eighths += s->eighths;
	a->ie[ie_index(s->int_ext)]++;
	a->light[light_index(s->light)]++;
	add_to_list(&a->list, s->number);
}

static void
count_character(struct reports *rp, const struct sb_scene *s,
    const char *name, const struct sb_speech *sp)
{
	struct char_agg *a = entry(rp, &rp->chars, "", name, sizeof *a);

	if (a->name == NULL) {
		a->name = xstrdup(name);
		a->first = xstrdup(s->number);
	}
	free(a->last);
	a->last = xstrdup(s->number);
	a->eighths += s->eighths;
	if (sp == NULL) {
		a->silent++;
		return;
	}
	a->speaking++;
	a->speeches += sp->speeches;
	a->lines += sp->lines;
	a->words += sp->words;
}

static void
count_elements(struct reports *rp, const struct sb_scene *s,
    const struct sb_list *l, int code, enum source src)
{
	struct elem_agg *a;
	char prefix[16];
	const char *item;
	size_t i;

	for (i = 0; i < l->n; i++) {
		item = l->v[i];
		if (src == SRC_SUGGESTION) {
			code = (int)l->count[i];
			item = strchr(item, ':') + 2;
		}
		snprintf(prefix, sizeof prefix, "%d:%d ", code, (int)src);
		a = entry(rp, &rp->elems, prefix, item, sizeof *a);
		if (a->name == NULL) {
			a->name = xstrdup(item);
			a->code = code;
			a->source = src;
		}
		if (a->last == s->id)
			continue;
		a->last = s->id;
		a->scenes++;
		add_to_list(&a->list, s->number);
	}
}

static void
reports_scene(void *ctx, const struct sb_scene *s)
{
	struct reports *rp = ctx;
	size_t i;

	count_set(rp, s);
	for (i = 0; i < s->cast.n; i++)
		count_character(rp, s, s->cast.v[i], &s->speech[i]);
	for (i = 0; i < s->silent.n; i++)
		count_character(rp, s, s->silent.v[i], NULL);
	for (i = 0; i < rp->r->ncats; i++)
		count_elements(rp, s, &s->elems[i], (int)i, SRC_TAG);
	count_elements(rp, s, &s->figurants, SB_PEOPLE + SB_P_FIGURANTS,
	    s->tagged_figurants ? SRC_TAG : SRC_ACTION);
	count_elements(rp, s, &s->silhouettes, SB_PEOPLE + SB_P_SILHOUETTES,
	    SRC_TAG);
	count_elements(rp, s, &s->suggestions, 0, SRC_SUGGESTION);
	rp->ie[ie_index(s->int_ext)]++;
	rp->light[light_index(s->light)]++;
	rp->light_eighths[light_index(s->light)] += s->eighths;
	rp->extras += s->extras;
	for (i = 0; i < s->silhouettes.n; i++)
		rp->silhouettes += s->silhouettes.count[i];
	if (s->extras > rp->extras_max)
		rp->extras_max = s->extras;
}

/* --- tables -------------------------------------------------------------- */

static void
length_cell(struct table *t, unsigned long eighths)
{
	char buf[32];

	table_text(t, sb_eighths_text(buf, eighths));
}

static struct table *
sets_table(struct reports *rp)
{
	struct table *t = table_new();
	struct set_agg *a;
	size_t i;
	int k;

	table_col(t, "set", "Décor", COL_TEXT);
	table_col(t, "scenes", "Séq.", COL_INT);
	table_col(t, "eighths", "Huitièmes", COL_INT);
	table_col(t, "length", "Longueur", COL_TEXT);
	table_col(t, "int", "Int.", COL_INT);
	table_col(t, "ext", "Ext.", COL_INT);
	table_col(t, "int_ext", "Int./Ext.", COL_INT);
	table_col(t, "day", "Jour", COL_INT);
	table_col(t, "night", "Nuit", COL_INT);
	table_col(t, "dawn", "Aube", COL_INT);
	table_col(t, "dusk", "Crépuscule", COL_INT);
	table_col(t, "scene_list", "Séquences", COL_TEXT);
	for (i = 0; i < rp->sets.n; i++) {
		a = rp->sets.ent[i].ptr;
		table_row(t, 0);
		table_text(t, a->name);
		table_int(t, a->scenes);
		table_int(t, (long long)a->eighths);
		length_cell(t, a->eighths);
		for (k = 0; k < IE_OTHER; k++)
			table_int(t, a->ie[k]);
		for (k = 0; k < L_OTHER; k++)
			table_int(t, a->light[k]);
		table_text(t, buf_str(&a->list));
	}
	return t;
}

static struct table *
characters_table(struct reports *rp)
{
	struct table *t = table_new();
	struct char_agg *a;
	size_t i;

	table_col(t, "character", "Personnage", COL_TEXT);
	table_col(t, "scenes", "Séq.", COL_INT);
	table_col(t, "speaking", "Parlant", COL_INT);
	table_col(t, "silent", "Muet", COL_INT);
	table_col(t, "first", "Première", COL_TEXT);
	table_col(t, "last", "Dernière", COL_TEXT);
	table_col(t, "eighths", "Huitièmes", COL_INT);
	table_col(t, "length", "Longueur", COL_TEXT);
	table_col(t, "speeches", "Répliques", COL_INT);
	table_col(t, "lines", "Lignes", COL_INT);
	table_col(t, "words", "Mots", COL_INT);
	for (i = 0; i < rp->chars.n; i++) {
		a = rp->chars.ent[i].ptr;
		table_row(t, 0);
		table_text(t, a->name);
		table_int(t, a->speaking + a->silent);
		table_int(t, a->speaking);
		table_int(t, a->silent);
		table_text(t, a->first);
		table_text(t, a->last);
		table_int(t, (long long)a->eighths);
		length_cell(t, a->eighths);
		table_int(t, a->speeches);
		table_int(t, a->lines);
		table_int(t, a->words);
	}
	return t;
}

static const char *
code_id(const struct sb_rules *r, int code)
{
	return code >= SB_PEOPLE ? r->people[code - SB_PEOPLE].id :
	    r->cats[code].id;
}

static struct table *
elements_table(struct reports *rp)
{
	struct table *t = table_new();
	struct elem_agg *a;
	size_t i;

	table_col(t, "category", "Catégorie", COL_TEXT);
	table_col(t, "element", "Élément", COL_TEXT);
	table_col(t, "source", "Source", COL_TEXT);
	table_col(t, "scenes", "Séq.", COL_INT);
	table_col(t, "scene_list", "Séquences", COL_TEXT);
	for (i = 0; i < rp->elems.n; i++) {
		a = rp->elems.ent[i].ptr;
		table_row(t, 0);
		table_text(t, code_id(rp->r, a->code));
		table_text(t, a->name);
		table_text(t, source_names[a->source]);
		table_int(t, a->scenes);
		table_text(t, buf_str(&a->list));
	}
	return t;
}

static void
item(struct table *t, const char *name, const char *label, const char *v)
{
	table_row(t, 0);
	table_text(t, name);
	table_text(t, label);
	table_text(t, v != NULL ? v : "");
}

static void
item_int(struct table *t, const char *name, const char *label,
    unsigned long v)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%lu", v);
	item(t, name, label, buf);
}

/* Shooting days at the rate set: eighths / (8 x pages a day), rounded
 * up (ROUND_CEIL: a day begun is a day). */
static unsigned long
shooting_days(unsigned long eighths, int64_t pages_per_day)
{
	uint64_t num = (uint64_t)eighths * 100, den = 8 *
	    (uint64_t)pages_per_day;

	return (unsigned long)((num + den - 1) / den);
}

static void
light_items(struct table *t, struct reports *rp)
{
	static const char *const names[NLIGHTS][2] = {
		{ "day", "Jour" }, { "night", "Nuit" }, { "dawn", "Aube" },
		{ "dusk", "Crépuscule" }, { "unknown", "Effet non précisé" }
	};
	char buf[64], len[32];
	int k;

	for (k = 0; k < NLIGHTS; k++) {
		snprintf(buf, sizeof buf, "%u (%s)", rp->light[k],
		    sb_eighths_text(len, rp->light_eighths[k]));
		item(t, names[k][0], names[k][1], buf);
	}
}

static unsigned long
speaking_roles(const struct reports *rp)
{
	unsigned long n = 0;
	size_t i;

	for (i = 0; i < rp->chars.n; i++)
		n += ((struct char_agg *)rp->chars.ent[i].ptr)->speaking > 0;
	return n;
}

static struct table *
summary_table(struct reports *rp, const struct sb_doc *d)
{
	struct table *t = table_new();
	char buf[64], len[32];

	table_col(t, "item", "Rubrique", COL_TEXT);
	table_col(t, "label", "Libellé", COL_TEXT);
	table_col(t, "value", "Valeur", COL_TEXT);
	item(t, "title", "Titre", d->title != NULL ? d->title : "");
	item(t, "profile", "Format de page", rp->r->profile.name);
	item_int(t, "pages", "Pages", (unsigned long)d->pages);
	item_int(t, "scenes", "Séquences", d->scenes);
	item_int(t, "eighths", "Huitièmes", d->eighths);
	item(t, "length", "Longueur", sb_eighths_text(len, d->eighths));
	item_int(t, "sets", "Décors", rp->sets.n);
	item_int(t, "speaking_roles", "Rôles parlants", speaking_roles(rp));
	item_int(t, "silent_roles", "Rôles muets", rp->chars.n -
	    speaking_roles(rp));
	item_int(t, "int", "Intérieurs", rp->ie[IE_INT]);
	item_int(t, "ext", "Extérieurs", rp->ie[IE_EXT]);
	item_int(t, "int_ext", "Intérieurs/extérieurs", rp->ie[IE_BOTH]);
	light_items(t, rp);
	item_int(t, "silhouettes", "Silhouettes", rp->silhouettes);
	item_int(t, "extras", "Figurants et silhouettes, total des séquences",
	    rp->extras);
	item_int(t, "extras_max", "Figurants et silhouettes, maximum d'une "
	    "séquence", rp->extras_max);
	fixed_format(buf, sizeof buf, rp->o.pages_per_day, 2, 0);
	item(t, "pages_per_day", "Pages par jour de tournage", buf);
	item_int(t, "shooting_days", "Jours de tournage estimés",
	    shooting_days(d->eighths, rp->o.pages_per_day));
	return t;
}

static const char *const titles[SB_NREPORTS] = {
	[SB_R_SETS] = "Dépouillement par décor",
	[SB_R_CHARACTERS] = "Dépouillement par personnage",
	[SB_R_ELEMENTS] = "Dépouillement par élément",
	[SB_R_SUMMARY] = "Dépouillement, synthèse"
};

static void
reports_finish(void *ctx, const struct sb_doc *d)
{
	struct reports *rp = ctx;
	struct table *t;

	switch (rp->o.report) {
	case SB_R_SETS: t = sets_table(rp); break;
	case SB_R_CHARACTERS: t = characters_table(rp); break;
	case SB_R_ELEMENTS: t = elements_table(rp); break;
	default: t = summary_table(rp, d); break;
	}
	sb_table_write(t, &rp->o, d, titles[rp->o.report], rp->f);
	table_free(t);
}

static void
free_set(void *p)
{
	struct set_agg *a = p;

	free(a->name);
	buf_free(&a->list);
	free(a);
}

static void
free_char(void *p)
{
	struct char_agg *a = p;

	free(a->name);
	free(a->first);
	free(a->last);
	free(a);
}

static void
free_elem(void *p)
{
	struct elem_agg *a = p;

	free(a->name);
	buf_free(&a->list);
	free(a);
}

static void
reports_free(void *ctx)
{
	struct reports *rp = ctx;

	sb_map_free(&rp->sets, free_set);
	sb_map_free(&rp->chars, free_char);
	sb_map_free(&rp->elems, free_elem);
	buf_free(&rp->key);
	free(rp);
}

struct sb_sink *
sb_reports_sink(const struct sb_rules *r, const struct sb_render_opts *o,
    FILE *f)
{
	struct sb_sink *sink = xcalloc(1, sizeof *sink);
	struct reports *rp = xcalloc(1, sizeof *rp);

	rp->r = r;
	rp->o = *o;
	rp->f = f;
	sink->scene = reports_scene;
	sink->finish = reports_finish;
	sink->free = reports_free;
	sink->ctx = rp;
	return sink;
}
