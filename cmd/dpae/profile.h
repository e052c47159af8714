/*
 * profile.h: the format profile, the data file that says how a batch of
 * DPAE is written as XML (share/dpae/fr-due-upload.yaml, format in
 * dpae(1), FORMAT PROFILE). The XML format is not verified against
 * URSSAF's specification, so every choice that may be wrong lives there:
 * element names and nesting, namespaces, codes, date and time forms, the
 * test indicator, and the character rules of each kind of text.
 */
#ifndef DPAE_PROFILE_H
#define DPAE_PROFILE_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "people.h"
#include "re.h"
#include "ydoc.h"

enum dpae_fold {
	DPAE_FOLD_UPPER_ASCII,	/* upper case, accents removed */
	DPAE_FOLD_LATIN1	/* as written, in ISO-8859-1 */
};

enum dpae_datefmt {
	DPAE_DATE_ISO,		/* 2026-03-09 */
	DPAE_DATE_SLASH,	/* 09/03/2026 */
	DPAE_DATE_COMPACT	/* 09032026 */
};

enum dpae_timefmt {
	DPAE_TIME_HMS,		/* 08:00:00 */
	DPAE_TIME_HM,		/* 08:00 */
	DPAE_TIME_COMPACT	/* 0800 */
};

/* The character rules of one kind of text ("employer", "name"...). */
struct dpae_textrule {
	const char *kind;
	enum dpae_fold fold;
	size_t max;		/* characters */
	const char *chars;	/* the allowed characters as a PCRE2 class */
	struct re *char_re;	/* one allowed character, anchored */
	struct re *pattern;	/* the whole value, or NULL */
	const char *hint;	/* what pattern asks for, or NULL */
};

/* An element of the tree: a field's value, or elements. */
struct dpae_xnode {
	const char *name;
	int field;		/* enum dpae_field, or -1 */
	int repeat;		/* written once per declaration */
	struct dpae_xnode *kids;
	size_t nkids;
};

struct dpae_ns {
	const char *prefix, *uri;
};

struct dpae_profile {
	struct ydoc *doc;
	const char *test_value, *real_value;	/* the test indicator */
	enum dpae_datefmt date;
	enum dpae_timefmt time;
	const char *sex_code[3];		/* by enum sex */
	const char *nature_code[3];		/* by enum contract_nature */
	struct dpae_textrule *rules;
	size_t nrules;
	struct dpae_ns *ns;
	size_t nns;
	struct dpae_xnode root;
};

/* Loads path; problems are reported at their place and counted in d.
 * Returns 0, or -1 when the profile cannot be used. Free with
 * dpae_profile_free (also after a failure). */
int dpae_profile_load(const char *path, struct dpae_profile *p,
    struct diag *d);
/* The same over a loaded document (NULL: its loading failed), which p
 * then owns. */
int dpae_profile_from(struct ydoc *doc, struct dpae_profile *p,
    struct diag *d);
void dpae_profile_free(struct dpae_profile *p);
/* The rules of kind, or NULL. */
const struct dpae_textrule *dpae_profile_rule(const struct dpae_profile *p,
    const char *kind);
/* day and a time of day in minutes as the profile writes them; the result
 * is a new string. */
char *dpae_profile_date(const struct dpae_profile *p, int32_t day);
char *dpae_profile_time(const struct dpae_profile *p, int minutes);

#endif
