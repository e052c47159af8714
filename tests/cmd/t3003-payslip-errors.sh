#!/bin/sh
# t3003-payslip-errors: one fixture per message of payslip, each rejected
# with the place of the problem and exit 1, nothing written; usage and
# system errors exit 2.
. "$(dirname "$0")/lib.sh"

ps() { payslip -D ../../../share -c crew.yaml -p production.yaml "$@"; }

tcase good 0 ps -S -f csv good.csv
# timesheets(5)
for f in unknown-person outside bad-date bad-time start-without-end \
    no-hours-span long-break break-without-times bad-cachets \
    technician-cachets artist-no-cachets technician-no-hours overlap \
    second-row no-person-column ragged; do
	tcase "$f" 1 ps "$f.csv"
done
# the contract against the grid and the tables
for f in unknown-function below-minimum technician-by-cachet no-table; do
	tcase "$f" 1 ps "$f.csv"
done
tcase below-smic 1 payslip -D ../../../share -c crew.yaml \
    -p production-short.yaml below-smic.csv
tcase nir-key 1 payslip -D ../../../share -c crew-nir.yaml \
    -p production.yaml perrin-only.csv
tcase no-grid 1 payslip -D ../../../share -c crew.yaml \
    -p production-9999.yaml good.csv
tcase bad-table 1 ps -r bad-table.yaml good.csv
tcase bad-grid 1 ps -g bad-grid.yaml good.csv
tcase no-budget-code 1 ps -L no-budget-code.csv
tcase no-charges-codes 1 payslip -D ../../../share -c crew.yaml \
    -p production-nocodes.yaml -L good.csv
# a warning does not stop the payslips
tcase no-at-rate 0 payslip -D ../../../share -c crew.yaml \
    -p production-noat.yaml -S -f csv perrin-only.csv
tcase numero-objet 0 payslip -D ../../../share -c crew.yaml \
    -p production-objet.yaml -S -f csv perrin-only.csv
# nothing is written when the input is rejected
tassert "rejected input leaves no file" sh -c "cd '$T_DIR' && \
    ! payslip -D ../../../share -c crew.yaml -p production.yaml \
    -o '$T_TMP/out.csv' -P outside.csv 2>/dev/null && \
    [ ! -e '$T_TMP/out.csv' ]"
# usage and system errors
tcase bad-option 2 payslip -x good.csv
tcase bad-month 2 ps -m 2026-13 good.csv
tcase bad-format 2 ps -f xlsx good.csv
tcase two-operands 2 ps good.csv good.csv
tcase no-crew 2 payslip -c nosuch.yaml -p production.yaml good.csv
tdone
