#!/bin/sh
# t5002-cost-report-hand: a cost report computed by hand, reproduced to
# the cent, and every group equal to the sum of its lines.
#
# budget.csv: 11100 1000.00; 22100 3000.00; 23100 1600.00; 23200 700.00;
# 86100 2000.00 (500.00 France, 1500.00 abroad); subtotal 8300.00;
# FG 7 % = 581.00; IMP 5 % = 415.00; total 9296.00.
#
# ledger.csv, line by line (committed = every row, invoiced = invoiced +
# paid, paid; etc = max(0, budget - committed); efc = committed + etc;
# variance = budget - efc; % = committed / budget, half away, 0.01 %):
#   11100: 400.00 paid + 650.50 invoiced: committed 1050.50, invoiced
#          1050.50, paid 400.00; etc 0.00 (1000 < 1050.50); efc 1050.50;
#          variance -50.50; 1050.50 / 1000 = 105.05 %
#   22100: 1500.00 paid + 1500.00 committed: 3000.00 / 1500.00 / 1500.00;
#          etc 0.00; efc 3000.00; variance 0.00; 100 %
#   23100: 800.00 paid: 800.00 / 800.00 / 800.00; etc 800.00; efc 1600.00;
#          50 %
#   23200: 233.33 invoiced - 33.33 credit note: 200.00 / 200.00 / 0.00;
#          etc 500.00; efc 700.00; 200 / 700 = 28.5714 -> 28.57 %
#   86100: 1200.00 paid + 1100.00 invoiced (abroad) + 50.00 committed:
#          2350.00 / 2300.00 / 1200.00; etc 0.00; efc 2350.00;
#          variance -350.00; 2350 / 2000 = 117.5 %
#   FG, IMP: nothing booked: etc = budget, 581.00 and 415.00
#   post 23: 1000.00 / 1000.00 / 800.00; etc 1300.00; efc 2300.00;
#          1000 / 2300 = 43.478 -> 43.48 %
#   chapter 2: 4000.00 / 2500.00 / 2300.00; etc 1300.00; efc 5300.00;
#          4000 / 5300 = 75.4717 -> 75.47 %
#   subtotal: committed 1050.50 + 4000.00 + 2350.00 = 7400.50; invoiced
#          5850.50; paid 3900.00; etc 1300.00; efc 8700.50; variance
#          8300.00 - 8700.50 = -400.50; 7400.50 / 8300 = 89.16 %
#   total: etc 1300.00 + 581.00 + 415.00 = 2296.00; efc 9696.50;
#          variance 9296.00 - 9696.50 = -400.50; 7400.50 / 9296 = 79.61 %
. "$(dirname "$0")/lib.sh"

tcase table 0 cost-report -f table budget.csv ledger.csv
tcase csv 0 cost-report -f csv budget.csv ledger.csv

# check NAME KEY ROW ARGS...: the CSV row starting with KEY is ROW.
check() {
	name=$1 key=$2 want=$3
	shift 3
	tassert "$name" sh -c 'key=$0 want=$1; shift
	    got=$(cost-report -f csv "$@" | grep "^$key,")
	    [ "$got" = "$want" ] || { echo "got:  $got"; echo "want: $want"; exit 1; }' \
	    "$key" "$want" "$@"
}
check "11100 to the cent" line,11100 \
    'line,11100,Droits d'"'"'adaptation,1000.00,1050.50,1050.50,400.00,0.00,1050.50,-50.50,105.05%' \
    budget.csv ledger.csv
check "23200 with a credit note" line,23200 \
    'line,23200,Scripte,700.00,200.00,200.00,0.00,500.00,700.00,0.00,28.57%' \
    budget.csv ledger.csv
check "post 23 is its lines" post,23 \
    'post,23,Mise en scène,2300.00,1000.00,1000.00,800.00,1300.00,2300.00,0.00,43.48%' \
    budget.csv ledger.csv
check "subtotal" subtotal \
    'subtotal,,Sous-total chapitres 1 à 9,8300.00,7400.50,5850.50,3900.00,1300.00,8700.50,-400.50,89.16%' \
    budget.csv ledger.csv
check "total" total \
    'total,,Total,9296.00,7400.50,5850.50,3900.00,2296.00,9696.50,-400.50,79.61%' \
    budget.csv ledger.csv

# Every post, chapter, subtotal and total equals the sum of its lines, in
# every money column (awk sums cents as integers).
sums_ok() {
	cost-report -f tsv "$@" | awk -F '\t' '
	function cents(s) { sub(/\./, "", s); return s + 0 }
	NR == 1 { for (i = 4; i <= NF; i++) if ($i != "spent_pct") m[i] = 1; next }
	$1 == "line" {
		post = substr($2, 1, 2); ch = substr($2, 1, 1)
		for (i in m) {
			if ($2 ~ /^[0-9]/) { p[post, i] += cents($i); c[ch, i] += cents($i); s[i] += cents($i) }
			t[i] += cents($i)
		}
	}
	$1 == "post" { for (i in m) if (p[$2, i] != cents($i)) { print "post " $2 " col " i; bad = 1 } }
	$1 == "chapter" && $2 != "" { for (i in m) if (c[$2, i] != cents($i)) { print "chapter " $2 " col " i; bad = 1 } }
	$1 == "subtotal" { for (i in m) if (s[i] != cents($i)) { print "subtotal col " i; bad = 1 } }
	$1 == "total" { for (i in m) if (t[i] != cents($i)) { print "total col " i; bad = 1 } }
	END { exit bad }'
}
tassert "cost report: groups are the sums of their lines" \
    sums_ok budget.csv ledger.csv
tassert "budget exécuté: groups are the sums of their lines" \
    sums_ok -x budget.csv ledger.csv
tassert "the sample's groups are the sums of their lines" \
    sums_ok ../t5000-cost-report-report/budget.csv \
    "$TOP/samples/heures-creuses/ledger.csv" \
    ../t5000-cost-report-report/paie-ledger.csv

# Estimates: 23100 etc 600.00 -> efc 1400.00, variance 200.00; IMP
# released. Total etc 1100.00 + 581.00 = 1681.00; efc 8500.50 + 581.00 =
# 9081.50; variance 9296.00 - 9081.50 = 214.50.
check "estimates: 23100" line,23100 \
    'line,23100,Assistant réalisateur,1600.00,800.00,800.00,800.00,600.00,1400.00,200.00,50%' \
    -e estimates.csv budget.csv ledger.csv
check "estimates: total" total \
    'total,,Total,9296.00,7400.50,5850.50,3900.00,1681.00,9081.50,214.50,79.61%' \
    -e estimates.csv budget.csv ledger.csv

# Week 11 (2026-03-09 to 03-15): cumulative to the 15th (86100's June
# rows left out: etc 2000.00), period = 1500.00 (22100) + 233.33 - 33.33
# (23200) = 1700.00. Total committed 1050.50 + 3000.00 + 800.00 + 200.00
# = 5050.50; invoiced 1050.50 + 1500.00 + 800.00 + 200.00 = 3550.50; paid
# 400.00 + 1500.00 + 800.00 = 2700.00; etc 800 + 500 + 2000 + 581 + 415 =
# 4296.00; efc 9346.50; 5050.50 / 9296 = 54.33 %.
tcase week 0 cost-report -f csv -w 2026-W11 budget.csv ledger.csv
check "week 11: total" total \
    'total,,Total,9296.00,5050.50,3550.50,2700.00,1700.00,4296.00,9346.50,-50.50,54.33%' \
    -w 2026-W11 budget.csv ledger.csv

# Compared with week 11: 86100 efc 2000.00 -> 2350.00, +350.00; total
# 9346.50 -> 9696.50, +350.00.
cost-report -f csv -w 2026-W11 budget.csv ledger.csv >"$T_TMP/w11.csv"
tcase previous 0 cost-report -f csv -p "$T_TMP/w11.csv" budget.csv ledger.csv
check "previous: 86100 moved by 350.00" line,86100 \
    'line,86100,Mixage,2000.00,2350.00,2300.00,1200.00,0.00,2350.00,-350.00,117.5%,2000.00,350.00' \
    -p "$T_TMP/w11.csv" budget.csv ledger.csv

# Budget exécuté: spent = invoiced + paid. France 1050.50 + 1500.00 +
# 800.00 + 200.00 = 3550.50; abroad 2300.00 (86100; its 50.00 France row
# is only committed); total 5850.50; variance 9296.00 - 5850.50 =
# 3445.50. Tax credit: France, eligible lines (not 86100): 3550.50; from
# 2026-02-01 the 400.00 option of 01-10 is out: 3150.50.
tcase executed 0 cost-report -x -f csv budget.csv ledger.csv
check "exécuté: total" total \
    'total,,Total,9296.00,7796.00,1500.00,5850.50,3550.50,2300.00,3445.50,3550.50' \
    -x budget.csv ledger.csv
check "exécuté: credit from 2026-02-01" total \
    'total,,Total,9296.00,7796.00,1500.00,5850.50,3550.50,2300.00,3445.50,3150.50' \
    -x -a 2026-02-01 budget.csv ledger.csv
tdone
