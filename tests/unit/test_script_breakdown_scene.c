/*
 * test_script_breakdown_scene.c: what a scene is made of, with the
 * reference data of share/screenplay: headings read into number,
 * INT/EXT, set, sub-sets and time; tags in notes; characters and extras
 * found in the action.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "../../cmd/script-breakdown/heading.h"
#include "../../cmd/script-breakdown/names.h"
#include "../../cmd/script-breakdown/tags.h"
#include "capture.h"

static struct sb_rules rules;

static int
setup(void **state)
{
	struct diag d = { 0, 0 };

	(void)state;
	return sb_rules_load(&rules, NULL, NULL, NULL, &d);
}

static int
teardown(void **state)
{
	(void)state;
	sb_rules_free(&rules);
	return 0;
}

struct parsed {
	char text[200];
};

/* "number|INT/EXT|set|subset|time" for a heading. */
static const char *
read_heading(struct parsed *out, const char *text, int forced)
{
	struct sb_heading h;
	struct sb_heading_parts p;
	size_t len = strlen(text);
	int rc = forced ? 0 : sb_heading_match(&rules, text, len, &h);

	if (!forced && rc != 1)
		return "no heading";
	sb_heading_read(&rules, text, len, rc == 1 ? &h : NULL, &p);
	snprintf(out->text, sizeof out->text, "%s|%s|%s|%s|%s",
	    p.number != NULL ? p.number : "", p.int_ext, p.set, p.subset,
	    p.time != NULL ? p.time->value : "");
	sb_heading_parts_free(&p);
	return out->text;
}

static void
heading__fountain_forms__parts(void **state)
{
	struct parsed p;

	(void)state;
	assert_string_equal(read_heading(&p, "INT. HOUSE - DAY", 0),
	    "|INT|HOUSE||day");
	assert_string_equal(read_heading(&p, "EXT. LIBRARY--DAY", 0),
	    "|EXT|LIBRARY||day");
	assert_string_equal(read_heading(&p, "INT./EXT. CAR - NIGHT", 0),
	    "|INT/EXT|CAR||night");
	assert_string_equal(read_heading(&p, "I/E HOUSE DAY", 0),
	    "|INT/EXT|HOUSE||day");
	assert_string_equal(read_heading(&p, "EST. CITY - DAWN", 0),
	    "|EXT|CITY||dawn");
	assert_string_equal(read_heading(&p,
	    "INT.  WILL'S BEDROOM - NIGHT (1973)", 0),
	    "|INT|WILL'S BEDROOM||night");
	assert_string_equal(read_heading(&p,
	    "INT. SAN FRANCISCO APARTMENT, DAY", 0),
	    "|INT|SAN FRANCISCO APARTMENT||day");
	assert_string_equal(read_heading(&p,
	    "INT. HOUSE - KITCHEN - DAY - FLASHBACK (1944)", 0),
	    "|INT|HOUSE|KITCHEN|day");
	assert_string_equal(read_heading(&p, "EXT. ALLEY - CONTINUOUS", 0),
	    "|EXT|ALLEY||continuous");
	assert_string_equal(read_heading(&p, "EXTRA BAGGAGE", 0),
	    "no heading");
	assert_string_equal(read_heading(&p, "ESTABLISHING", 0),
	    "no heading");
	assert_string_equal(read_heading(&p, "SNIPER SCOPE POV", 1),
	    "||SNIPER SCOPE POV||");
}

static void
heading__french_forms__parts(void **state)
{
	struct parsed p;

	(void)state;
	assert_string_equal(read_heading(&p, "1. INT. CUISINE - JOUR", 0),
	    "1|INT|CUISINE||day");
	assert_string_equal(read_heading(&p, "SÉQ. 12 - EXT. RUE - NUIT", 0),
	    "12|EXT|RUE||night");
	assert_string_equal(read_heading(&p, "SEQUENCE 3A : INT. CAVE - SOIR",
	    0), "3A|INT|CAVE||evening");
	assert_string_equal(read_heading(&p, "12 INT/JOUR - CUISINE", 0),
	    "12|INT|CUISINE||day");
	assert_string_equal(read_heading(&p, "12 INT/EXT - VOITURE - NUIT",
	    0), "12|INT/EXT|VOITURE||night");
	assert_string_equal(read_heading(&p,
	    "24 : EXT - RUE / IMMEUBLE LUC - CRÉPUSCULE", 0),
	    "24|EXT|RUE|IMMEUBLE LUC|dusk");
	assert_string_equal(read_heading(&p,
	    "INTÉRIEUR APPARTEMENT - SALON - MATIN", 0),
	    "|INT|APPARTEMENT|SALON|morning");
	assert_string_equal(read_heading(&p, "EXT. TOIT - AUBE", 0),
	    "|EXT|TOIT||dawn");
	assert_string_equal(read_heading(&p, "INT. BAR - PLUS TARD", 0),
	    "|INT|BAR||later");
}

static void
heading__scene_number__fountain_rule(void **state)
{
	struct sb_span n;
	size_t len;

	(void)state;
	len = strlen("INT. HOUSE - DAY #110A#");
	assert_true(sb_heading_scene_number("INT. HOUSE - DAY #110A#", &len,
	    &n));
	assert_int_equal(len, 16);
	assert_int_equal(n.off, 18);
	assert_int_equal(n.len, 4);
	len = strlen("INT. HOUSE #I-1-A#  ");
	assert_true(sb_heading_scene_number("INT. HOUSE #I-1-A#  ", &len,
	    &n));
	assert_int_equal(n.len, 5);
	len = strlen("INT. #1 HOUSE#");
	assert_false(sb_heading_scene_number("INT. #1 HOUSE#", &len, &n));
	len = strlen("INT. HOUSE ##");
	assert_false(sb_heading_scene_number("INT. HOUSE ##", &len, &n));
}

/* The first bytes a heading may start with, from the patterns
 * themselves: INT, EXT, EST, I/E (either case), SÉQ, numbers; not the
 * capitals that start most action lines and cues. */
static void
heading__starts__from_the_patterns(void **state)
{
	unsigned char may[256];

	(void)state;
	assert_true(rules.heading_start['I']);
	assert_true(rules.heading_start['e']);
	assert_true(rules.heading_start['S']);
	assert_true(rules.heading_start['1']);
	assert_true(rules.heading_start[0xC3]);	/* not ASCII: may */
	assert_false(rules.heading_start['M']);
	assert_false(rules.heading_start['L']);
	assert_false(rules.heading_start['(']);
	sb_heading_starts("^TABLEAU \\d+", may);
	assert_true(may['T'] && may['t']);
	assert_false(may['I']);
	sb_heading_starts("(", may);	/* not a pattern: anything may */
	assert_true(may['I'] && may['M']);
}

static char *
joined(const struct sb_list *l)
{
	return sb_list_join(l, ";");
}

static void
check_list(const struct sb_list *l, const char *want)
{
	char *got = joined(l);

	assert_string_equal(got, want);
	free(got);
}

static void
tags__note__categories_items_counts(void **state)
{
	struct sb_scene sc;
	struct sb_known known;
	struct diag d = { 0, 0 };
	struct srcpos at = { "t.fountain", 3, 1 };
	const char *note = "accessoires: revolver, lettre; véhicules: 2CV;"
	    " figurants: huit passants; silhouettes: 2 agents, le facteur";
	struct capture c;

	(void)state;
	memset(&sc, 0, sizeof sc);
	memset(&known, 0, sizeof known);
	assert_int_equal(sb_tags_note(&rules, &sc, &known, note, strlen(note),
	    &at, &d), 1);
	check_list(&sc.elems[0], "revolver;lettre");	/* props */
	check_list(&sc.elems[3], "2CV");		/* vehicles */
	check_list(&sc.figurants, "huit passants");
	assert_int_equal(sc.figurants.count[0], 8);
	assert_int_equal(sc.silhouettes.count[0], 2);
	assert_int_equal(sc.silhouettes.count[1], 1);
	/* a writer's note, and a URL: not tags */
	assert_int_equal(sb_tags_note(&rules, &sc, &known,
	    "Note to self: rewrite", 21, &at, &d), 0);
	assert_int_equal(sb_tags_note(&rules, &sc, &known,
	    "http://example.com", 18, &at, &d), 0);
	/* a typo in a one-word category: warned at its place */
	capture_start(&c);
	assert_int_equal(sb_tags_note(&rules, &sc, &known,
	    "acessoires: lampe", 17, &at, &d), 1);
	assert_non_null(strstr(capture_end(&c), "t.fountain:3:1: warning: "
	    "unknown breakdown category 'acessoires'"));
	assert_int_equal(d.warnings, 1);
	sb_scene_clear(&sc);
	sb_known_free(&known);
}

static void
names__scan__introductions_groups_signs(void **state)
{
	struct sb_scene sc;
	struct sb_known known;
	const char *a = "MATHILDE (32 ans) croise LA VOISINE et HUIT "
	    "VOYAGEURS. L'affiche dit : FERMÉ LE LUNDI. On crie \"YANN !\"";
	const char *b = "Mathilde sourit. Le post-it de Yann est tombé.";

	(void)state;
	memset(&sc, 0, sizeof sc);
	memset(&known, 0, sizeof known);
	sb_names_scan(&rules, NULL, &known, a, strlen(a), &sc);
	check_list(&sc.mentioned, "MATHILDE;LA VOISINE");
	check_list(&sc.figurants, "HUIT VOYAGEURS");
	assert_int_equal(sc.figurants.count[0], 8);
	sb_scene_clear(&sc);
	memset(&sc, 0, sizeof sc);
	sb_names_know(&rules, &known, "YANN", 4);
	sb_names_scan(&rules, NULL, &known, b, strlen(b), &sc);
	check_list(&sc.mentioned, "MATHILDE");	/* "de Yann": spoken of */
	sb_scene_clear(&sc);
	sb_known_free(&known);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(heading__fountain_forms__parts),
		cmocka_unit_test(heading__french_forms__parts),
		cmocka_unit_test(heading__scene_number__fountain_rule),
		cmocka_unit_test(heading__starts__from_the_patterns),
		cmocka_unit_test(tags__note__categories_items_counts),
		cmocka_unit_test(names__scan__introductions_groups_signs),
	};

	return cmocka_run_group_tests_name(__FILE__, tests, setup, teardown);
}
