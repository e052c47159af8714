#!/bin/sh
# t4004-dpae-record: dpae record appends URSSAF's acknowledgements to the
# log (created with its header), which dpae due then reads; it refuses a
# hire already recorded, an unknown contract, a contract named twice, a
# filing date after today and a bad reference, appending nothing then;
# it warns about a late declaration and one filed too early.
. "$(dirname "$0")/lib.sh"

cp crew.yaml "$T_TMP/"
rec() {
	(cd "$T_TMP" && dpae record -l log.csv --today 2026-03-02 "$@")
}
lines() {	# expected number of lines in the log
	test "$(wc -l <"$T_TMP/log.csv")" -eq "$1"
}

tcase first 0 rec --at '2026-02-26 17:45' DPAE-7511-2602260311 brun-1
tcase batch 0 rec --at '2026-02-27T10:02' DPAE-7511-2602270020 colin-1 dumas-1
tcase log 0 cat "$T_TMP/log.csv"
tcase due-after 0 sh -c "cd '$T_TMP' && dpae due -f csv \
	-p '$TOP/samples/heures-creuses/production.yaml' -l log.csv \
	--today 2026-02-28"

tcase already 1 rec --at '2026-02-27 10:00' DPAE-X brun-1 adam-1
tcase unknown 1 rec DPAE-X adam-7 nobody
tcase person-id 1 rec DPAE-X adam
tcase twice 1 rec DPAE-X adam-1 adam-1
tcase after-today 1 rec --at '2026-03-03 09:00' DPAE-X adam-1
tcase bad-reference 1 rec "$(printf 'DPAE\tX')" adam-1
tcase empty-reference 1 rec '' adam-1
tcase all-problems 1 rec --at '2026-03-03 09:00' '' adam-9 brun-1
tassert "nothing appended when refused" lines 4

# facts worth a warning, recorded all the same
tcase late 0 rec --at '2026-03-02 09:15' DPAE-7511-2603020007 adam-1
tcase early 0 rec --at '2026-02-10 09:00' DPAE-7511-2602100001 faure-1
tassert "warned records appended" lines 6

tcase bad-at 2 rec --at '2026-02-30 10:00' DPAE-X adam-1
tcase no-contract 2 rec DPAE-X
mkdir "$T_TMP/dir.csv"
tcase unwritable 2 sh -c "cd '$T_TMP' && dpae record -l dir.csv \
	--at '2026-02-26 10:00' --today 2026-03-02 DPAE-X adam-1"
tcase no-folder 2 rec -l nowhere/log.csv --at '2026-02-26 10:00' DPAE-X adam-1
tdone
