/*
 * test_arena.c: bump allocation, alignment, packed texts, large requests,
 * reuse.
 */
#include <stdint.h>
#include <string.h>

#include "test.h"
#include "arena.h"

static void
arena__many_small__aligned_zeroed_distinct(void **state)
{
	struct arena a = ARENA_INIT;
	char *p[5000];
	size_t i;

	(void)state;
	for (i = 0; i < 5000; i++) {
		p[i] = arena_alloc(&a, 1 + i % 37);
		assert_int_equal((uintptr_t)p[i] % _Alignof(max_align_t), 0);
		assert_int_equal(p[i][0], 0);
		memset(p[i], (int)(i & 0x7f), 1 + i % 37);
	}
	for (i = 0; i < 5000; i++)
		assert_int_equal(p[i][i % 37], (char)(i & 0x7f));
	arena_free(&a);
	assert_null(a.head);
}

static void
arena__large_request__own_chunk_current_kept(void **state)
{
	struct arena a = ARENA_INIT;
	char *small1, *big, *small2;

	(void)state;
	small1 = arena_alloc(&a, 10);
	big = arena_alloc(&a, 3 * 1024 * 1024);
	memset(big, 1, 3 * 1024 * 1024);
	small2 = arena_alloc(&a, 10);
	/* the small ones share the first chunk */
	assert_true(small2 > small1 && small2 - small1 < 1024);
	assert_string_equal(arena_strndup(&a, "abcdef", 3), "abc");
	arena_free(&a);
	small1 = arena_alloc(&a, 1);	/* usable again */
	assert_non_null(small1);
	arena_free(&a);
}

/* Texts are packed byte after byte; an aligned request after one is
 * aligned again, and nothing overlaps. */
static void
arena__texts_between_nodes__packed_and_realigned(void **state)
{
	struct arena a = ARENA_INIT;
	char *t[3000], *n[3000];
	size_t i;

	(void)state;
	for (i = 0; i < 3000; i++) {
		t[i] = arena_strndup(&a, "abcdefghijklmnopq", i % 17);
		n[i] = arena_alloc(&a, 32);
		assert_int_equal((uintptr_t)n[i] % _Alignof(max_align_t), 0);
		memset(n[i], 0x55, 32);
	}
	for (i = 0; i < 3000; i++) {
		assert_int_equal(strlen(t[i]), i % 17);
		assert_memory_equal(t[i], "abcdefghijklmnopq", i % 17);
		assert_int_equal((unsigned char)n[i][31], 0x55);
	}
	arena_free(&a);
	t[0] = arena_strndup(&a, "abc", 3);
	t[1] = arena_strndup(&a, "de", 2);
	assert_ptr_equal(t[1], t[0] + 4);	/* packed */
	arena_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(arena__many_small__aligned_zeroed_distinct),
		cmocka_unit_test(
		    arena__large_request__own_chunk_current_kept),
		cmocka_unit_test(
		    arena__texts_between_nodes__packed_and_realigned),
	};

	return RUN(tests);
}
