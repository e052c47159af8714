#!/bin/sh
# t2008-budget-cnc-diff: what changed between two versions of a devis.
#
# v2 against v1 (t2001's hand devis):
#   23100 rate 1 234.56 -> 1 300.00: 3.40 x 2 x 1 300 = 8 840.00
#         (+444.99 on 8 395.01);
#   54100 added: 3 x 80 = 240.00; 71100 removed (0.03);
#   85100 abroad 37.5 % -> 50 %: 2 222.22 abroad, amount unchanged;
#   imprévus 3.5 % -> 4 %.
#   Subtotal 33 075.14 + 444.99 + 240.00 - 0.03 = 33 760.10; base
#   31 760.10; FG 7 % = 2 223.207 -> 2 223.21; IMP 4 % = 1 270.404 ->
#   1 270.40; TOTAL 33 760.10 + 2 223.21 + 1 270.40 = 37 253.71
#   (36 338.03 before: +915.68).
. "$(dirname "$0")/lib.sh"

tcase diff-table 0 budget-cnc diff -f table v1.yaml v2.yaml
tcase diff-csv 0 budget-cnc diff -f csv v1.yaml v2.yaml
tcase same 0 budget-cnc diff -f csv v1.yaml v1.yaml
tcase diff-html 0 budget-cnc diff -f html v1.yaml v2.yaml
tcase diff-what-if 0 budget-cnc diff -f csv -g days=20 v1.yaml v2.yaml
tcase diff-bad-new 1 budget-cnc diff v1.yaml ../t2002-budget-cnc-errors/no-rate.yaml
tcase diff-xlsx 2 budget-cnc diff -f xlsx v1.yaml v2.yaml
tdone
