#!/bin/sh
# t2007-budget-cnc-xlsx: the XLSX devis, whose amounts and totals are
# formulas. xlsxcheck.py recomputes every formula with exact decimals
# (Excel's ROUND, SUM, SUMIF, SUMIFS, IF, MAX) and compares it with the
# value cached in the file, then prints the closing rows: they are the
# hand-computed ones of t2001 (TOTAL 36 338,03, France 33 318,76,
# abroad 3 019,27) and the sample's. Changing a global in the sheet
# "Globales" (days from 17 to 20) changes the totals as -g days=20 does
# (TOTAL 38 343,39).
. "$(dirname "$0")/lib.sh"

check() {
	python3 "$T_DIR/xlsxcheck.py" "$@"
}

budget-cnc -f xlsx -o "$T_TMP/hand.xlsx" hand.yaml
tcase hand 0 check "$T_TMP/hand.xlsx"
budget-cnc -f xlsx -g days=20 -o "$T_TMP/hand20.xlsx" hand.yaml
tassert "a global edited in the sheet gives the -g total" sh -c "
    python3 '$T_DIR/xlsxcheck.py' '$T_TMP/hand.xlsx' 'Globales!B2=20' |
        grep 'TOTAL' >'$T_TMP/edited'
    python3 '$T_DIR/xlsxcheck.py' '$T_TMP/hand20.xlsx' | grep 'TOTAL' >'$T_TMP/g20'
    grep -q 38343.39 '$T_TMP/g20' && cmp '$T_TMP/edited' '$T_TMP/g20'"
budget-cnc -f xlsx -o "$T_TMP/names.xlsx" names.yaml
tcase names 0 check "$T_TMP/names.xlsx"
tassert "misread names are renamed" python3 -c "import sys, zipfile
w = zipfile.ZipFile(sys.argv[1]).read('xl/workbook.xml').decode()
sys.exit('definedName name=\"g0_ab12\"' not in w)" "$T_TMP/names.xlsx"
# An empty devis: the imprévus' split and the shares divide by zero
# totals, which the formulas guard with IF.
budget-cnc -f xlsx -o "$T_TMP/empty.xlsx" empty.yaml empty-plan.yaml
tcase empty 0 check "$T_TMP/empty.xlsx"
cp -R "$TOP/samples/heures-creuses" "$T_TMP/sample"
(cd "$T_TMP/sample" && budget-cnc -o devis.xlsx budget.yaml financing.yaml)
tcase sample 0 check "$T_TMP/sample/devis.xlsx"
# The same budget gives the same file; standard output works too.
budget-cnc -f xlsx hand.yaml >"$T_TMP/stdout.xlsx"
tassert "the workbook is the same every time" cmp "$T_TMP/hand.xlsx" "$T_TMP/stdout.xlsx"
tdone
