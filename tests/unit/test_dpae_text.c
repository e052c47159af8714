/*
 * test_dpae_text.c: texts folded for the declaration by the character
 * rules of the format profile: upper case without accents for names and
 * towns, ISO-8859-1 as written for the employer, lengths and patterns;
 * and the conversion to ISO-8859-1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "../../cmd/dpae/text.h"

struct rule {
	struct dpae_textrule r;
};

static void
rule_init(struct rule *x, enum dpae_fold fold, size_t max, const char *cls,
    const char *pattern)
{
	struct re_error e;
	char *full = malloc(strlen(cls) + 16);

	sprintf(full, "\\A(?:%s)\\z", cls);
	memset(x, 0, sizeof *x);
	x->r.kind = "test";
	x->r.fold = fold;
	x->r.max = max;
	x->r.chars = cls;
	x->r.char_re = re_compile(full, 0, &e);
	assert_non_null(x->r.char_re);
	if (pattern != NULL) {
		x->r.pattern = re_compile(pattern, 0, &e);
		x->r.hint = "five digits";
	}
	free(full);
}

static void
rule_free(struct rule *x)
{
	re_free(x->r.char_re);
	re_free(x->r.pattern);
}

/* The folded text, or "ERR: why | hint". */
static char *
fold(struct rule *x, const char *s)
{
	char why[DPAE_WHY_SIZE], hint[DPAE_WHY_SIZE], *out, *msg;

	if (dpae_text_fold(&x->r, s, &out, why, hint) == 0)
		return out;
	assert_null(out);
	msg = malloc(2 * DPAE_WHY_SIZE + 16);
	sprintf(msg, "ERR: %s | %s", why, hint);
	return msg;
}

static void
check(struct rule *x, const char *in, const char *want)
{
	char *got = fold(x, in);

	assert_string_equal(got, want);
	free(got);
}

static void
text__names__upper_case_without_accents(void **state)
{
	struct rule x;

	(void)state;
	rule_init(&x, DPAE_FOLD_UPPER_ASCII, 32, "[A-Z' .&-]", NULL);
	check(&x, "Lefèvre", "LEFEVRE");
	check(&x, "  Da Silva ", "DA SILVA");
	check(&x, "Inès", "INES");
	check(&x, "Cœur", "COEUR");
	check(&x, "d’Anglès", "D'ANGLES");		/* typographic ' */
	check(&x, "Le\xcc\x81o", "LEO");	/* e + combining acute */
	check(&x, "Jean-Pierre", "JEAN-PIERRE");
	check(&x, "Nguyễn", "ERR: 'ễ' cannot be written in the declaration "
	    "| the format allows [A-Z' .&-] (after upper-casing without "
	    "accents)");
	check(&x, "Louis 2", "ERR: '2' cannot be written in the declaration "
	    "| the format allows [A-Z' .&-] (after upper-casing without "
	    "accents)");
	check(&x, "A\tB", "ERR: a control character cannot be written in the "
	    "declaration | the format allows [A-Z' .&-] (after upper-casing "
	    "without accents)");
	check(&x, "a\xff", "ERR: not valid UTF-8 | the format allows "
	    "[A-Z' .&-] (after upper-casing without accents)");
	check(&x, "2\xc3\x97", "ERR: '2' cannot be written in the declaration "
	    "| the format allows [A-Z' .&-] (after upper-casing without "
	    "accents)");
	rule_free(&x);
}

static void
text__length__counted_in_characters_after_folding(void **state)
{
	struct rule x;

	(void)state;
	rule_init(&x, DPAE_FOLD_UPPER_ASCII, 5, "[A-Z]", NULL);
	check(&x, "Éèêëà", "EEEEA");		/* 5 characters, 10 bytes */
	check(&x, "Éèêëàé", "ERR: 6 characters, the declaration takes at "
	    "most 5 | abbreviate it");
	check(&x, "Œuvre", "ERR: 6 characters, the declaration takes at "
	    "most 5 | abbreviate it");	/* Œ is two letters */
	rule_free(&x);
}

static void
text__employer__latin1_as_written(void **state)
{
	struct rule x;

	(void)state;
	rule_init(&x, DPAE_FOLD_LATIN1, 32,
	    "[a-zA-Z0-9éèêëâàäöôûüîïç°²!#$%&'()*+,./:;<=>?@ -]", NULL);
	check(&x, "Films de la Lisière", "Films de la Lisière");
	check(&x, "L’Œil du cœur", "L'OEil du coeur");
	check(&x, "Théâtre\xc2\xa0" "du Rond-Point", "Théâtre du Rond-Point");
	check(&x, "École", "ERR: 'É' cannot be written in the declaration | "
	    "the format allows [a-zA-Z0-9éèêëâàäöôûüîïç°²!#$%&'()*+,./:;<=>?@ "
	    "-]");
	check(&x, "Films €", "ERR: '€' cannot be written in the declaration | "
	    "the format allows [a-zA-Z0-9éèêëâàäöôûüîïç°²!#$%&'()*+,./:;<=>?@ "
	    "-]");
	rule_free(&x);
}

static void
text__pattern__whole_value(void **state)
{
	struct rule x;

	(void)state;
	rule_init(&x, DPAE_FOLD_UPPER_ASCII, 5, "[0-9]", "^[0-9]{5}$");
	check(&x, "75020", "75020");
	check(&x, "7502", "ERR: not in the form the declaration takes | five "
	    "digits");
	rule_free(&x);
}

static void
text__latin1__one_byte_a_character(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	dpae_latin1(&b, "Lisière ç°²");
	assert_int_equal(b.len, 11);
	assert_memory_equal(b.s, "Lisi\xe8" "re \xe7\xb0\xb2", 11);
	buf_clear(&b);
	dpae_latin1(&b, "€\xff");	/* never let through by the checks */
	assert_string_equal(buf_str(&b), "??");
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text__names__upper_case_without_accents),
		cmocka_unit_test(
		    text__length__counted_in_characters_after_folding),
		cmocka_unit_test(text__employer__latin1_as_written),
		cmocka_unit_test(text__pattern__whole_value),
		cmocka_unit_test(text__latin1__one_byte_a_character),
	};

	return RUN(tests);
}
