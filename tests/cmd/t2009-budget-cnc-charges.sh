#!/bin/sh
# t2009-budget-cnc-charges: chapter 4 from the contribution tables of
# payslip (payrates(5)), here a table of round rates
# (contributions-2026.yaml) in a data folder of the test's own.
#
# Employer rates that a budget applies (payrates_employer_rate: the
# lines for pay under one ceiling, not the CSG base; CDDU of three
# months or less; AT 1.5 % from budget.yaml's employer):
#   technicians, non-cadres: 40 + 1.5 + 0.5 + 2 = 44 %;
#   technicians, cadres: 44 + 1 = 45 %;
#   artists: 40 x 70 % + 1.5 + 0.5 = 30 %.
# Bases: the French part of the salaries of chapters 2 and 3:
#   technicians non-cadres 23200 2 x 1 234.56 = 2 469.12 and 25300
#   80 h x 28.50 = 2 280.00 of which 25 % abroad, 1 710.00 in France:
#   4 179.12 x 44 % = 1 838.8128 -> 1 838.81;
#   cadres 22100 4 x 2 000 = 8 000.00 x 45 % = 3 600.00;
#   41100 = 1 838.81 + 3 600.00 = 5 438.81;
#   artists 31100 8 x 600 = 4 800.00 x 30 % = 1 440.00 (43100).
# The author (12100) and the extras through an agency (34100, provider)
# carry no charges.
. "$(dirname "$0")/lib.sh"

data=$T_TMP/data
mkdir -p "$data/payroll"
cp -R "$TOP/share/budget" "$TOP/share/templates" "$data"
cp contributions-2026.yaml "$data/payroll/"

tcase charges 0 budget-cnc -D "$data" -f csv budget.yaml
tcase charges-table 0 sh -c "budget-cnc -D '$data' -f table budget.yaml | grep -E '^4'"
tcase no-at-rate 0 sh -c "budget-cnc -D '$data' no-at-rate.yaml | grep -E '^(41100|43100),'"
tcase permanent 0 sh -c "budget-cnc -D '$data' permanent.yaml | grep -E '^4'"
tcase permanent-written 0 sh -c "budget-cnc -D '$data' permanent-written.yaml | grep -E '^4'"
tcase year-2024 2 budget-cnc -D "$data" year-2024.yaml
# With the shared tables of 2026: the rates of payslip's share/payroll.
tcase shared-tables 0 sh -c 'budget-cnc -f csv budget.yaml | grep -E "^4"'
tdone
