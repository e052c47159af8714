/*
 * test_dpae.h: what dpae's unit tests share, after test.h.
 */
#ifndef CINEPROD_TEST_DPAE_H
#define CINEPROD_TEST_DPAE_H

#include <stdint.h>

#include "date.h"

/* The day number of a date the test writes as YYYY-MM-DD. */
static __attribute__((unused)) int32_t
day(const char *s)
{
	int32_t d;
	const char *why;

	if (date_parse(s, &d, &why) < 0)
		fail_msg("bad date %s: %s", s, why);
	return d;
}

#endif
