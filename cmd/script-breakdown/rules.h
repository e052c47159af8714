/*
 * rules.h: the reference data a breakdown applies, read from share/
 * screenplay/ (or the folder given with -D): heading and time-of-day
 * patterns (headings.yaml, extended by the user's file given with -H),
 * page profiles (profiles.yaml), element categories (categories.yaml)
 * and the words that tell characters from camera directions in the
 * action (names.yaml).
 */
#ifndef SB_RULES_H
#define SB_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "map.h"
#include "re.h"
#include "sb.h"

/* Element widths of a page profile. */
enum sb_width {
	SB_W_HEADING,
	SB_W_ACTION,
	SB_W_CHARACTER,
	SB_W_PAREN,
	SB_W_DIALOGUE,
	SB_W_TRANSITION,
	SB_W_CENTERED,
	SB_W_SHOT,
	SB_NWIDTHS
};

struct sb_profile {
	char *name, *label;
	unsigned lines_per_page;
	unsigned dual_percent;
	unsigned width[SB_NWIDTHS];	/* characters a line */
};

/* A pattern of headings.yaml with what it stands for. */
struct sb_pattern {
	char *name;		/* headings: the pattern's name */
	char *value;		/* int_ext and times: the code */
	char *label;		/* times: the French label */
	char *light;		/* times: day, night, dawn, dusk, previous */
	char *pattern;		/* as written */
	struct re *re;
};

/* An element category, or a kind of people (cast, extras...). */
struct sb_cat {
	char *id, *label, *color;
};

/* People kinds; their codes are SB_PEOPLE + kind. */
enum { SB_P_CAST, SB_P_SILENT, SB_P_SILHOUETTES, SB_P_FIGURANTS,
	SB_P_ABSENT, SB_NPEOPLE };
#define SB_PEOPLE 100
/* The code of an FDX category read and left aside. */
#define SB_IGNORED (-2)

struct sb_rules {
	struct sb_pattern *headings, *int_ext, *times;
	size_t nheadings, nint_ext, ntimes;
	struct re *heading_any;		/* all heading patterns in one */
	unsigned char heading_start[256];	/* bytes a heading may start
					   with (starts.c) */
	struct re *time_any;		/* all times, branch k named sb_tk */
	unsigned *time_group;		/* capture group of branch k */
	struct re *separators;
	struct sb_cat people[SB_NPEOPLE];
	struct sb_cat cats[SB_MAXCAT];
	size_t ncats;
	struct sb_map tagwords;		/* folded tag word -> code */
	struct sb_map fdxnames;		/* folded FDX category -> code */
	struct sb_map not_characters, groups, articles, mentions;	/* words */
	struct sb_map numbers;		/* folded word -> value */
	struct sb_profile profile;	/* the one chosen */
	int64_t pages_per_day;		/* default rate, hundredths of a page */
};

/* Loads the rules from datadir (NULL: the default data folder), the
 * user's heading file (NULL: none) and the profile named profile (NULL:
 * the file's default). Problems in the files are reported into d and give
 * -1; an unknown profile name is reported and gives -2 (a usage error). */
int sb_rules_load(struct sb_rules *r, const char *datadir,
    const char *user_headings, const char *profile, struct diag *d);
void sb_rules_free(struct sb_rules *r);

/* Fills may[b] with 1 when a line that starts with byte b may match
 * pattern (caseless), 0 when it cannot; bytes above 0x7F may. */
void sb_heading_starts(const char *pattern, unsigned char may[256]);

/* The category code of a tag word (a category index, SB_PEOPLE + kind),
 * or -1 when the word names none. */
int sb_rules_tag_code(const struct sb_rules *r, const char *word, size_t len);
/* The code of a Final Draft tag category name, SB_IGNORED, or -1. */
int sb_rules_fdx_code(const struct sb_rules *r, const char *name,
    size_t len);
/* "props, wardrobe, ..., cast, silent, ...": for hints. */
char *sb_rules_tag_names(const struct sb_rules *r);

#endif
