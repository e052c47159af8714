#!/bin/sh
# t3001-payslip-sample: the sample production's payslips, as bulletins
# (text and HTML), payroll.csv, the employer-cost ledger and the summary;
# files written 0600; net = gross - employee contributions - withholding
# on every payslip; the ledger holds the cost of every payslip; numbers
# do not change with -e and -m.
. "$(dirname "$0")/lib.sh"

S=$TOP/samples/heures-creuses
ps() { payslip -c "$S/crew.yaml" -p "$S/production.yaml" "$@" "$S/timesheets.csv"; }

tcase roussel-text 0 ps -e roussel
tcase fabre-april-html 0 ps -e fabre -m 2026-04 -f html
tcase diallo-easter-monday 0 ps -e diallo -m 2026-04
tcase perrin-payroll 0 ps -P -e perrin
tcase ledger 0 ps -L -a 2026-11-26
tcase ledger-early 0 ps -L -a 2026-03-31 -m 2026-03 -e morel
tcase summary 0 ps -S -f csv
tcase summary-nir-tsv 0 ps -S -n -f tsv -e aubert

ps -P -o "$T_TMP/payroll.csv"
ps -L -a 2026-11-26 -o "$T_TMP/ledger.csv"
ps -d "$T_TMP/b"
tassert "payroll.csv is 0600" sh -c \
    "[ \"\$(stat -c %a '$T_TMP/payroll.csv')\" = 600 ]"
tassert "bulletins and their folder are private" sh -c \
    "[ \"\$(stat -c %a '$T_TMP/b')\" = 700 ] && \
    [ \"\$(stat -c %a '$T_TMP/b/2026-03-fabre-1.txt')\" = 600 ] && \
    [ \"\$(ls '$T_TMP/b' | wc -l)\" = 20 ]"
tassert "net = gross - employee - withholding on every payslip" \
    /usr/bin/python3 -c '
import csv, sys
slips = {}
for r in csv.DictReader(open(sys.argv[1])):
    if r["kind"] in ("total", "withholding"):
        slips.setdefault(r["reference"], {})[r["line"]] = round(float(r["amount"]) * 100)
for ref, t in slips.items():
    wh = t.get("pas", t.get("pas-neutral"))
    assert t["net_paid"] == t["gross"] - t["employee"] + wh, ref
    assert t["cost"] == t["gross"] + t["employer"], ref
assert len(slips) == 20, len(slips)
' "$T_TMP/payroll.csv"
tassert "the ledger holds the cost of every payslip" /usr/bin/python3 -c '
import csv, sys
cost = sum(round(float(r["amount"]) * 100) for r in csv.DictReader(open(sys.argv[1]))
           if r["kind"] == "total" and r["line"] == "cost")
led = sum(round(float(r["amount"]) * 100) for r in csv.DictReader(open(sys.argv[2])))
assert cost == led, (cost, led)
' "$T_TMP/payroll.csv" "$T_TMP/ledger.csv"
tassert "numbers do not depend on -e and -m" sh -c \
    "grep -q '^2026-03-17,31200,.*,BP-2026-03-011,' '$T_TMP/ledger.csv'"
tdone
