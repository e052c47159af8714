/*
 * fuzz_money.c: money, rate, date and time parsers on arbitrary bytes: no
 * crash, and whatever parses formats back to something that parses to the
 * same value.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "money.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), b[MONEY_BUFSZ];
	int64_t c, c2;
	rate_t r;
	int32_t d;
	int m;
	const char *why;

	memcpy(s, data, size);
	s[size] = '\0';
	if (money_parse(s, &c, &why) == 0) {
		if (money_parse(money_format(b, c), &c2, &why) != 0 || c2 != c)
			abort();
		if (money_parse(money_format_fr(b, c, MONEY_FR_EURO), &c2,
		    &why) != 0 || c2 != c)
			abort();
	}
	(void)rate_parse(s, &r, &why);
	if (date_parse(s, &d, &why) == 0 &&
	    strcmp(date_format(b, d), s) != 0)
		abort();
	(void)time_parse(s, &m, &why);
	free(s);
	return 0;
}
