#!/bin/sh
# t6005-festival-track-plan: the suggested submission order (db.yaml
# gives the expected order and conflicts), the first tier still open and
# its fee, totals per currency (EUR 50 + 30 + 20 + 15 = 115.00, USD
# 40.00, Echo's fee unknown), estimated deadlines and -c, and a user file
# layered over the database.
. "$(dirname "$0")/lib.sh"

ft() { festival-track -N -D db.yaml -f csv "$@"; }

tcase plan 0 ft -t 2026-11-26 plan
tcase plan-table 0 festival-track -N -D db.yaml -f table -t 2026-11-26 plan
# On 2027-01-20 Alpha's early tier has closed: its late one (80.00) is
# the first open; Bravo's and Charlie's 2027 deadlines have passed, so
# their 2028 editions are estimated.
tcase later 0 ft -t 2027-01-20 plan
tcase confirmed-only 0 ft -t 2026-11-26 -c plan
tcase override 0 festival-track -N -D db.yaml -D override.yaml -f csv \
    -t 2026-11-26 plan
tdone
