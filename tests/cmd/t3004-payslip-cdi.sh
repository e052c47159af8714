#!/bin/sh
# t3004-payslip-cdi: a permanent contract (CDI, no end date) is not paid
# under the intermittents' tables: rejected at its nature; a day before
# it starts is outside it.
. "$(dirname "$0")/lib.sh"

tcase cdi 1 payslip -c crew.yaml -p production.yaml timesheets.csv
tcase before-start 1 payslip -c crew.yaml -p production.yaml before.csv
tdone
