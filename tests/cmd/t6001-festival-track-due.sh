#!/bin/sh
# t6001-festival-track-due: the deadlines due, at their boundaries: today,
# tomorrow, the last day of the window and the day after, deadlines at
# noon (and in the morning, and the evening before) in other time zones,
# leap years, estimated deadlines, and nothing at all when nothing is due.
# The expected days are worked out in the comments of db.yaml.
. "$(dirname "$0")/lib.sh"

ft() { festival-track -N -D db.yaml -f csv "$@"; }

# Paris, 2026-11-26 at 00:00: ten deadlines in the default 30 days.
tcase window-30 0 ft -t 2026-11-26 -z Europe/Paris due
# -w 0: today only, including the Auckland morning (21:00 in Paris) and
# the Los Angeles evening of the day before (03:00 in Paris).
tcase within-0 0 ft -t 2026-11-26 -z Europe/Paris -w 0 due
tcase within-1 0 ft -t 2026-11-26 -z Europe/Paris -w 1 due
# A day later, today's and the Auckland morning's have closed.
tcase next-day 0 ft -t 2026-11-27 -z Europe/Paris -w 1 due
# -w 29 leaves the last day (30 days) out; -w 31 takes the day after.
tcase within-29 0 ft -t 2026-11-26 -z Europe/Paris -w 29 due
tcase within-31 0 ft -t 2026-11-26 -z Europe/Paris -w 31 due
# In New York (UTC-5) the noon in Los Angeles is 15:00, the noon in
# Auckland 18:00 on 30 November; the zone comes from TZ without -z.
tcase new-york 0 env TZ=America/New_York festival-track -N -D db.yaml \
    -f csv -t 2026-11-26 -w 5 due
# Without the estimated deadline.
tcase confirmed 0 ft -t 2026-11-26 -z Europe/Paris -c due
# Nothing due: no output at all, not even a header, in any format.
tcase nothing-csv 0 ft -t 2027-01-01 -z Europe/Paris due
tcase nothing-table 0 festival-track -N -D db.yaml -f table \
    -t 2027-01-01 -z Europe/Paris due
tcase empty-database 0 festival-track -N -s /dev/null -f table \
    -t 2026-11-26 due
tcase empty-database-file 0 festival-track -N -D empty.yaml -s /dev/null \
    -f csv -t 2026-11-26 eligible
tassert "nothing due writes an empty -o file" sh -c "festival-track -N \
    -D db.yaml -t 2027-01-01 -o '$T_TMP/due.csv' due && \
    test -f '$T_TMP/due.csv' && ! test -s '$T_TMP/due.csv'"

# Leap years. 2028-02-28 to 2028-03-01 is 2 days (29 February between);
# 2027-02-28 to 2027-03-01 is 1, and the 2027 edition estimated from 2028
# has its 29 February on 28 February.
leap() {
	festival-track -N -D leap.yaml -s /dev/null -f csv -z Europe/Paris "$@"
}
tcase leap-2028 0 leap -t 2028-02-28 -w 2 due
tcase leap-2028-within-1 0 leap -t 2028-02-28 -w 1 due
tcase leap-2027 0 leap -t 2027-02-28 -w 1 due
# On 29 February itself; and in 2029, estimated from 2028, 28 February
# is 44 days after 2029-01-15 (16 days to 31 January, then 28).
tcase leap-day-today 0 leap -t 2028-02-29 -w 0 due
tcase leap-day-estimated 0 leap -t 2029-01-15 -w 45 due
tdone
