#!/bin/sh
# t6002-festival-track-ics: the deadlines as an iCalendar file (RFC 5545),
# compared byte for byte and parsed back with Debian's python3-icalendar
# (check_ics.py): CRLF, folding at 75 octets between UTF-8 characters,
# TEXT escaping, stable UIDs, all-day and timed events, VTIMEZONE,
# VALARM. The UTC moments expected are worked out in db.yaml.
. "$(dirname "$0")/lib.sh"

ft() {
	festival-track -N -D db.yaml -s /dev/null -z Europe/Paris "$@"
}
check() {	# ics expect [alarms]
	/usr/bin/python3 check_ics.py "$@"
}

tcase calendar 0 ft -t 2026-11-26 ics
ft -t 2026-11-26 -o "$T_TMP/cal.ics" ics
tassert "parses back with python3-icalendar" check "$T_TMP/cal.ics" \
    expect.txt
# The same deadlines exported a day later (and on another clock) keep
# their UIDs, so a calendar updates them; only DTSTAMP moves.
festival-track -N -D db.yaml -s /dev/null -z America/New_York \
    -t 2026-11-27 -o "$T_TMP/later.ics" ics
tassert "UIDs are stable from one export to the next" sh -c \
    "grep '^UID' '$T_TMP/cal.ics' >'$T_TMP/u1' && \
    grep '^UID' '$T_TMP/later.ics' >'$T_TMP/u2' && cmp '$T_TMP/u1' '$T_TMP/u2'"
tassert "another clock gives the same moments" check "$T_TMP/later.ics" \
    expect.txt
ft -t 2026-11-26 -a 14,7,1 -o "$T_TMP/three.ics" ics
tassert "three alarms with -a 14,7,1" check "$T_TMP/three.ics" expect.txt 3
ft -t 2026-11-26 -a '' -o "$T_TMP/none.ics" ics
tassert "no alarm with -a ''" check "$T_TMP/none.ics" expect.txt 0
ft -t 2026-11-26 -w 14 -o "$T_TMP/week.ics" ics
tassert "-w 14 keeps the next two weeks" check "$T_TMP/week.ics" \
    expect-week.txt
ft -t 2027-06-01 -c -o "$T_TMP/empty.ics" ics
tassert "nothing open is an empty calendar" check "$T_TMP/empty.ics" \
    expect-none.txt
tdone
