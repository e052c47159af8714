/*
 * template.h: the devis template (matrice budgétaire): the nine chapters
 * of the CNC devis, their posts (2-digit codes) and detail lines (5-digit
 * codes whose first two digits are the post), with each line's default
 * contract kind and tax-credit eligibility.
 *
 * Templates are YAML files in share/templates/ (see budget(5)). A
 * template may extend another and rename, add or remove lines (the
 * producer's matrice personnalisée), but never leaves chapters 1-9.
 */
#ifndef BCNC_TEMPLATE_H
#define BCNC_TEMPLATE_H

#include <stddef.h>

#include "err.h"

/* Who or what a line pays (the contract kinds, plus the kinds of
 * the rows budget-cnc adds itself). */
enum bcnc_kind {
	BCNC_TECHNICIAN,	/* intermittent technician, CDDU (annexe 8) */
	BCNC_ARTIST,		/* intermittent artist, CDDU (annexe 10) */
	BCNC_AUTHOR,		/* author paid in rights, not a salary */
	BCNC_PERMANENT,		/* permanent staff (CDI, régime général) */
	BCNC_PROVIDER,		/* a person or agency that invoices */
	BCNC_EXPENSE,		/* goods, rentals, services: nobody hired */
	BCNC_CHARGES,		/* chapter 4: computed employer charges */
	BCNC_OVERHEAD,		/* frais généraux row (FG) */
	BCNC_CONTINGENCY,	/* imprévus row (IMP) */
	BCNC_NKINDS
};
#define BCNC_USER_KINDS 6	/* the kinds a budget line may name */

enum bcnc_work { BCNC_FEATURE, BCNC_SHORT, BCNC_TV, BCNC_NWORKS };
enum bcnc_genre {
	BCNC_FICTION, BCNC_DOCUMENTARY, BCNC_ANIMATION, BCNC_NGENRES
};

/* NULL-terminated name lists, in enum order (for ynode_as_enum). */
extern const char *const bcnc_kind_names[];
extern const char *const bcnc_work_names[];
extern const char *const bcnc_genre_names[];
/* French labels, in enum order. */
extern const char *const bcnc_kind_labels_fr[];
extern const char *const bcnc_work_labels_fr[];
extern const char *const bcnc_genre_labels_fr[];

/* 1 for the kinds paid as salaries (chapters 2 and 3 bases of charges). */
int bcnc_kind_is_salary(enum bcnc_kind k);

struct bcnc_tline {
	char code[6];		/* "24100" */
	char *label;
	enum bcnc_kind kind;	/* default kind of budget lines */
	int tax_credit;		/* default eligibility */
	int charges;		/* chapter 4: the salary kind (technician or
				   artist) whose employer charges this line
				   holds, or -1 */
	size_t post;		/* index in posts */
};

struct bcnc_tpost {
	char code[3];		/* "24" */
	char *label;
	int financial;		/* frais financiers (post 94 in the CNC 2018
				   template) */
	size_t chapter;		/* 0..8 */
	size_t first, n;	/* its lines */
};

struct bcnc_tchapter {
	int num;		/* 1..9 */
	char *label;
	size_t first, n;	/* its posts */
};

struct bcnc_template {
	char *name, *label;
	enum bcnc_work work;
	enum bcnc_genre genre;
	struct bcnc_tchapter chapters[9];
	struct bcnc_tpost *posts;	/* sorted by code */
	size_t nposts;
	struct bcnc_tline *lines;	/* sorted by code */
	size_t nlines;
};

/* Loads the template named ref: a path when it holds a '/' or ends in
 * ".yaml" (relative to the folder of the file that names it, from), else
 * share/templates/REF.yaml in the data folder datadir (NULL: the
 * default). Problems are reported at their place and counted in d;
 * returns NULL then. at is where ref was written, for a missing file. */
struct bcnc_template *bcnc_template_load(const char *ref, const char *from,
    const char *datadir, const struct srcpos *at, struct diag *d);
/* The same from len bytes of text named name (tests, fuzzing); a base
 * it extends is read from files as above. */
struct bcnc_template *bcnc_template_load_mem(const char *name,
    const char *text, size_t len, const char *datadir, struct diag *d);
void bcnc_template_free(struct bcnc_template *t);

/* The line with code (5 digits), or NULL. */
const struct bcnc_tline *bcnc_template_line(const struct bcnc_template *t,
    const char *code);
/* The post with code (2 digits), or NULL. */
const struct bcnc_tpost *bcnc_template_post(const struct bcnc_template *t,
    const char *code);

/* The file ref names, seen from the file from: ref itself when absolute
 * or when from has no folder, else ref in from's folder. The caller
 * frees it. */
char *bcnc_path_near(const char *ref, const char *from);

/* 1 when s is five digits whose first is 1..9. */
int bcnc_code_valid(const char *s);

#endif
