#!/bin/sh
# t2001-budget-cnc-devis: a small devis computed by hand, reproduced to the
# cent in every format.
#
# hand.yaml (template cnc-long-metrage, FG 7 %, imprévus 3.5 %), globals
# days = 17, weeks = days / 5 = 3.4. Amounts round half away from zero to
# the cent per line, quantities to the hundredth.
#
#   12100  flat                              12 345.67
#   23100  3.40 weeks x 2 persons x 1 234.56 =  8 395.008   ->  8 395.01
#   52100  17/3 = 5.666.. -> 5.67 days x 333.33 = 1 889.9811 -> 1 889.98
#   71100  0.50 day x 0.05 = 0.025 (a half cent)              ->      0.03
#   85100  4 days x 1 111.11 = 4 444.44, abroad 37.5 %:
#          4 444.44 x 0.375 = 1 666.665 -> 1 666.67; France 2 777.77
#   84100  flat 3 000.00, abroad 1 250.50; France 1 749.50
#   94100  flat 2 000.00 (frais financiers, post 94)
#   91100  flat 1 000.01
#
#   chapters: 1 12 345.67; 2 8 395.01; 5 1 889.98; 7 0.03;
#             8 3 000.00 + 4 444.44 = 7 444.44 (France 4 527.27,
#             abroad 2 917.17); 9 2 000.00 + 1 000.01 = 3 000.01
#   subtotal 1-9 = 33 075.14, abroad 1 666.67 + 1 250.50 = 2 917.17,
#                  France 30 157.97
#   base of FG and IMP = subtotal - frais financiers 2 000.00 = 31 075.14
#                  (France 28 157.97, abroad 2 917.17)
#   FG  7 %   of 31 075.14 = 2 175.2598 -> 2 175.26, all France
#   IMP 3.5 % of 31 075.14 = 1 087.6299 -> 1 087.63; abroad
#          1 087.63 x 2 917.17 / 31 075.14 = 102.1009.. -> 102.10,
#          France 985.53
#   TOTAL = 33 075.14 + 2 175.26 + 1 087.63 = 36 338.03
#          (France 30 157.97 + 2 175.26 + 985.53 = 33 318.76,
#           abroad 2 917.17 + 102.10 = 3 019.27)
#   hors imprévus = 36 338.03 - 1 087.63 = 35 250.40
#   hors frais financiers = 36 338.03 - 2 000.00 = 34 338.03
. "$(dirname "$0")/lib.sh"

tcase lines-csv 0 budget-cnc -f csv hand.yaml
tcase lines-tsv 0 budget-cnc -f tsv hand.yaml
tcase devis-table 0 budget-cnc -f table hand.yaml
tcase summary-table 0 budget-cnc -r summary -f table hand.yaml
tcase summary-csv 0 budget-cnc -r summary -f csv hand.yaml
tcase devis-html 0 budget-cnc -f html hand.yaml
# Without -f, CSV when standard output is not a terminal.
tcase auto-csv 0 budget-cnc hand.yaml
# A global on the command line replaces the file's: days = 20 gives
# weeks 4 and 52100 6.67 days x 333.33 = 2 223.31.
tcase what-if 0 sh -c 'budget-cnc -g days=20 hand.yaml | grep -E "^(23100|52100),"'
# Standard input.
tcase_stdin stdin 0 hand.yaml budget-cnc -f csv -

# -o writes the file whole; its extension chooses the format.
budget-cnc -o "$T_TMP/devis.html" hand.yaml
tassert "-o .html writes HTML" grep -q '<h2>Devis détaillé</h2>' "$T_TMP/devis.html"
budget-cnc -o "$T_TMP/budget.csv" hand.yaml
tassert "-o .csv writes budget(5)" cmp -s "$T_TMP/budget.csv" lines-csv.out
budget-cnc -o "$T_TMP/devis.txt" hand.yaml
tassert "-o .txt writes the table" cmp -s "$T_TMP/devis.txt" devis-table.out
tassert "the devis is not written private" sh -c \
    "[ \"\$(stat -c %a '$T_TMP/budget.csv')\" != 600 ]"
tdone
