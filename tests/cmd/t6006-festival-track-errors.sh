#!/bin/sh
# t6006-festival-track-errors: one fixture per error message, each named
# after it: db-*.yaml for the festival database, film-*.yaml for the
# film's facts, log-*.csv for the submissions log (all exit 1, with
# file:line and a hint where the fix is known; *-many files show that
# every problem is reported in one run), then the usage and system
# errors (exit 2), and that nothing is written when input is rejected.
. "$(dirname "$0")/lib.sh"

for f in db-*.yaml; do
	tcase "${f%.yaml}" 1 festival-track -N -D "$f" -s /dev/null eligible
done
for f in film-*.yaml; do
	tcase "${f%.yaml}" 1 festival-track -N -D ok.yaml -F "$f" \
	    -s /dev/null eligible
done
for f in log-*.csv; do
	tcase "${f%.csv}" 1 festival-track -N -D ok.yaml -s "$f" status
done
# A rejected database: the log, which names its festivals, is not read.
tcase db-errors-first 1 festival-track -N -D db-unknown-zone.yaml \
    -s log-festival.csv status
tassert "nothing written when the input is rejected" sh -c \
    "! festival-track -N -D ok.yaml -s log-date.csv -o '$T_TMP/s.csv' \
    status 2>/dev/null && ! test -e '$T_TMP/s.csv'"

ft() { festival-track -N -D ok.yaml -s /dev/null "$@"; }
tcase usage-no-command 2 ft
tcase usage-two-commands 2 ft due plan
tcase usage-unknown-command 2 ft calendar
tcase usage-unknown-option 2 ft -x due
tcase usage-today 2 ft -t 2027-02-29 due
tcase usage-within 2 ft -w soon due
tcase usage-zone 2 ft -z Europe/Pari due
tcase usage-alarms 2 ft -a 7,-1 ics
tcase usage-format 2 ft -f pdf due
tcase usage-ics-format 2 ft -f csv ics
tcase missing-film 2 ft -F nonexistent.yaml due
tcase missing-log 2 festival-track -N -D ok.yaml -s nonexistent.csv due
tcase missing-festivals 2 festival-track -N -D nonexistent.yaml due
tcase missing-seed 2 festival-track -d nonexistent-dir due
tcase help 0 ft -h
tdone
