#!/bin/sh
# t6004-festival-track-status: the submissions by status, the current
# status being the last line for a submission, fees summed per
# submission and per currency, results, "no news" after the notification
# date, a log without optional columns (the edition then inferred), a
# warning for a line dated before the one above it, and empty logs.
#
# Fees spent (submissions.csv), by hand: EUR 30 + 20 (Alpha shorts) + 2
# (Bravo's platform) + 15 (Delta) + 45 (Alpha features) + 25 + 12 + 10 + 8
# = 167.00; USD 40.00 (Bravo). Counts: submitted 3 (Alpha shorts, Bravo,
# Charlie), withdrawn, disqualified, selected, not-selected, awarded and
# unknown 1 each; Delta's incomplete step is not its last.
. "$(dirname "$0")/lib.sh"

ft() { festival-track -N -D db.yaml -t 2026-11-26 "$@"; }

tcase all-statuses 0 ft -f csv status
tcase all-statuses-table 0 ft -f table status
# Editions inferred from the dates: Alpha 2027 (starts 2027-01-20).
tcase minimal-columns 0 ft -f csv -s minimal.csv status
tcase bom-and-crlf 0 ft -f csv -s bom-crlf.csv status
tcase disorder-warns 0 ft -f csv -s disorder.csv status
tcase header-only 0 ft -f csv -s header-only.csv status
tcase empty-file 0 ft -f csv -s /dev/null status
# status needs no film.yaml.
tcase no-film 0 ft -f csv -F nonexistent.yaml status
tdone
