#!/bin/sh
# t4003-dpae-due: dpae due day by day around the end of February 2026
# (Thu 26, Fri 27, Sat 28, Sun 1 March, Mon 2), a hire starting today,
# late ones, one acknowledged, Easter with and without Alsace-Moselle's
# Good Friday, and days with nothing due, when nothing is printed.
#   brun  Fri 2026-02-27 06:00 (acknowledged Thu 26 at 17:45)
#   colin Sun 2026-03-01 22:00      adam  Mon 2026-03-02 09:00
#   dumas Mon 2026-03-09 08:00      faure Tue 2026-04-07 08:00
. "$(dirname "$0")/lib.sh"

due() {
	dpae due -f csv -l none.csv "$@"
}

# nothing within eight days: silent, for cron
tcase nothing-due 0 due --today 2026-02-10
# Wed 25: brun in two days (Thu is left), colin and adam within 8 days
tcase wed-25 0 due --today 2026-02-25
# Thu 26: brun tomorrow is urgent; Fri 27 is left for colin and adam
tcase thu-26 0 due --today 2026-02-26
# Fri 27: brun starts today; no office day before Sunday or Monday
tcase fri-27 0 due --today 2026-02-27
# Sat 28: brun is late; colin and adam are urgent
tcase sat-28 0 due --today 2026-02-28
# Sun 1 March: colin starts tonight; dumas's window opens (8 days)
tcase sun-01 0 due --today 2026-03-01
# Mon 2: adam today, colin late
tcase mon-02 0 due --today 2026-03-02 -f table
# brun's acknowledgement counts from the day it was filed
tcase ack-thu-26 0 dpae due -f csv --today 2026-02-26
tcase ack-sat-28 0 dpae due -f csv --today 2026-02-28
tcase ack-long-after 0 dpae due -f csv --today 2026-11-26
# Thu 2 April: Good Friday leaves a day, except in Alsace-Moselle
tcase easter 0 due --today 2026-04-02 faure
tcase easter-alsace 0 due --today 2026-04-02 -p alsace.yaml faure
# a broken log: nothing printed, the problem said
tcase bad-log 1 dpae due -f csv --today 2026-02-26 -l bad-log.csv
tdone
