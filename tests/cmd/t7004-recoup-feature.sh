#!/bin/sh
# t7004-recoup-feature: a feature film in French cinemas: box office split
# with the rental rate of each week, the distributor's minimum guarantee
# recouped from the advances it paid, capped P&A incurred over time, the
# theatrical commission capped in the RNPP (35 % with a minimum
# guarantee), a SOFICA's premium and the producer's corridor until it is
# recouped, coproducers pari passu through a group, and the director paid
# on the public price and through a corridor (she gets both statements).
. "$(dirname "$0")/lib.sh"

tcase check 0 recoup check waterfall.yaml receipts.csv
tcase report 0 recoup report -f csv waterfall.yaml receipts.csv
tcase flows 0 recoup flows -f csv waterfall.yaml receipts.csv
tcase statement-dist 0 recoup statement -a 2027-06-30 -P dist \
	waterfall.yaml receipts.csv
tcase statement-sofica 0 recoup statement -P sofica waterfall.yaml \
	receipts.csv
tcase statement-real 0 recoup statement -a 2027-12-31 -P real \
	waterfall.yaml receipts.csv
tcase explain-prod 0 recoup explain prod waterfall.yaml receipts.csv
tcase explain-real 0 recoup explain real waterfall.yaml receipts.csv

# Each period's flows add up to its receipts (box office and advances).
tassert "flows add up to the receipts" sh -c "
	recoup flows -p year -f csv waterfall.yaml receipts.csv | awk -F, '
		NR > 1 { v = \$10; sub(/\\./, \"\", v); f[\$1] += v }
		END { for (p in f) print p, f[p] }' | sort >'$T_TMP/f'
	printf '2027 %s\n2028 %s\n' 133995875 933000 >'$T_TMP/want'
	diff '$T_TMP/want' '$T_TMP/f'"
tdone
