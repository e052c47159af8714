#!/bin/sh
# t4006-dpae-log: dpae check compares the acknowledgement log with the
# crew: a hire recorded on a day no contract starts (the contract moved)
# and a hire recorded twice are warnings; a log without its columns, or
# broken, is rejected by every subcommand that reads it.
. "$(dirname "$0")/lib.sh"

S=$TOP/samples/heures-creuses
in="-c $S/crew.yaml -p $S/production.yaml"

tcase moved 0 dpae check $in -l moved.csv
tcase columns 1 dpae due $in -l columns.csv --today 2026-03-05
tcase quote 1 dpae list $in -l quote.csv
tdone
