#!/bin/sh
# t1003-script-breakdown-public-domain: THE LIBRARY FREAK-OUT, a complete
# public-domain short screenplay (SOURCE and LICENSE in the folder): every
# report, on both page profiles. afterwriting 1.17 prints it on 8 A4
# pages and 9 US Letter pages after the title page; the scenes start on
# pages 1, 1 and 7 (A4). Hand check of the A4 lengths: 64 eighths in all,
# 8 pages x 8, as the scenes fill their pages: 2/8 + 6 5/8 + 1 1/8.
. "$(dirname "$0")/lib.sh"

f=THE_LIBRARY_FREAK-OUT.fountain
tcase scenes 0 script-breakdown -f csv $f
tcase scenes-letter 0 script-breakdown -p letter -f csv $f
tcase scenes-table 0 script-breakdown -f table $f
tcase scenes-tsv 0 script-breakdown -f tsv $f
for r in sets characters elements summary; do
	tcase $r 0 script-breakdown -r $r -f csv $f
	tcase $r-table 0 script-breakdown -r $r -f table $f
done
tcase summary-letter 0 script-breakdown -p letter -r summary -f csv $f
tcase sheets 0 script-breakdown -r sheets $f
tcase summary-html 0 script-breakdown -r summary -f html $f
tdone
