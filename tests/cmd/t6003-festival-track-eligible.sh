#!/bin/sh
# t6003-festival-track-eligible: each rule of a section against the film,
# one section a rule (db.yaml says which fail and why): runtime bounds,
# genre, format, completion, the director's features, student films,
# origin, each premiere status from the screening history (private
# screenings do not count, online ones count everywhere unless
# geo-blocked), earlier festivals, the Internet, resubmission, a
# selection of the log spending a premiere, and "check" when the data
# cannot decide.
. "$(dirname "$0")/lib.sh"

ft() { festival-track -N -D db.yaml -t 2026-11-26 -f csv "$@"; }

tcase rules 0 ft eligible
tcase online 0 ft -F online.yaml eligible
tcase geoblocked 0 ft -F geoblocked.yaml eligible
tcase unknown-facts 0 ft -F unknown.yaml eligible
# Selected in the Netherlands on 2027-02-01: the international premiere
# is spent for Rules (2027-05-10), not for Early itself.
tcase selection 0 ft -s selected.csv eligible
tcase tsv 0 festival-track -N -D db.yaml -t 2026-11-26 -f tsv eligible
tcase html 0 festival-track -N -D db.yaml -t 2026-11-26 -f html eligible
tdone
