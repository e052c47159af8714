#!/bin/sh
# bench/recoup.sh: 10 million receipts over ten years through a 20-tier
# waterfall (6 distribution tiers, 14 in the producer's waterfall, a
# theatrical stream split row by row). Target: under 5 s, with memory
# flat: the maximum resident size for 10 million rows is the same as for
# 1 million. The issue names no peer tool; as a floor, awk sums the same
# file by stream (reading and adding, nothing else), in the same run.
#
# BENCH_ROWS changes the number of rows (default 10000000).
set -u
: "${BENCH_WORK:=$(dirname "$0")/work}"
ROWS=${BENCH_ROWS:-10000000}
W=$BENCH_WORK/recoup-waterfall.yaml
R=$BENCH_WORK/recoup-receipts-$ROWS.csv
R1=$BENCH_WORK/recoup-receipts-1m.csv
mkdir -p "$BENCH_WORK"

cat >"$W" <<'EOF'
film: Bench
producer: prod
statements:
  - every: quarter
  - {from: 2022-01-01, every: half-year}
  - {from: 2025-01-01, every: year}
parties:
  prod: {name: Producteur}
  copro: {name: Coproducteur}
  dist: {name: Distributeur}
  agent: {name: Vendeur}
  sofica1: {name: SOFICA 1}
  sofica2: {name: SOFICA 2}
  bank: {name: Banque}
  region: {name: Région}
  talent: {name: Comédienne}
  real: {name: Réalisateur}
streams:
  salles:
    mode: theatrical
    theatrical:
      rental_rate:
        - {from: 2020-01-01, rate: 50%}
        - {from: 2020-02-01, rate: 45%}
        - {from: 2020-04-01, rate: 40%}
  tv: {mode: television}
  video: {mode: video}
  vod: {mode: vod}
  intl: {mode: international}
  festivals: {mode: other}
groups:
  sofica: {sofica1: 600000, sofica2: 400000}
  producteurs: {prod: 2/3, copro: 1/3}
distribution:
  - {name: Commission salles, streams: [salles], commission: 35%, payee: dist}
  - {name: Commission vidéo, streams: [video, vod], commission: 25%, payee: dist}
  - {name: Frais d'édition, streams: [salles, video, vod], expenses: 1500000, payee: dist}
  - {name: Minimum garanti, streams: [salles, video, vod], mg: 2000000, payee: dist}
  - {name: Commission vendeur, streams: [intl], commission: 20%, payee: agent}
  - {name: Frais vendeur, streams: [intl], expenses: 80000, payee: agent}
waterfall:
  - {name: Couloir SOFICA, corridor: 5%, payee: sofica, until: sofica}
  - {name: Couloir producteur, corridor: 2.5%, payee: prod, cap: 200000}
  - {id: bank, name: Prêt bancaire, premium: 8%, recoup: {bank: 1200000}}
  - {id: sofica, name: SOFICA, premium: 15%, recoup: {sofica1: 600000, sofica2: 400000}}
  - {name: Région, recoup: {region: 300000}}
  - {name: Différé comédienne, recoup: {talent: 50000}}
  - {name: Différé réalisateur, recoup: {real: 80000}}
  - {name: Apports, recoup: {prod: 2500000, copro: 1200000}}
  - {name: Intéressement réalisateur, commission: 5%, payee: real}
  - {name: Intéressement comédienne, commission: 2%, payee: talent}
  - {name: Prime de succès, commission: 1%, payee: real, cap: 50000}
  - {name: Couloir festival, streams: [festivals], corridor: 10%, payee: real}
  - {name: Commission banque, commission: 0.5%, payee: bank, cap: 20000}
  - {name: Partage, split: {producteurs: 60%, sofica: 30%, real: 10%}}
authors:
  - {party: real, advance: 50000, shares: [{modes: [theatrical], base: box-office, rate: 1.5%}, {rate: 3%}]}
EOF

# Receipts: ten years, six streams, a third of them theatrical box
# office, some refunds, advances against the minimum guarantee.
gen() {	# rows file
	[ -s "$2" ] && return 0
	awk -v n="$1" 'BEGIN {
		srand(2027)
		split("salles salles tv video vod intl festivals", s, " ")
		split("FR FR FR FR DE GB US JP", t, " ")
		print "date,stream,territory,kind,amount"
		print "2020-01-05,salles,FR,advance,1000000.00"
		print "2020-06-05,vod,FR,advance,1000000.00"
		for (i = 0; i < n; i++) {
			st = s[int(rand() * 7) + 1]
			a = int(rand() * 500000) - (rand() < 0.02 ? 400000 : 0)
			m = a < 0 ? -a : a
			printf "%d-%02d-%02d,%s,%s,receipt,%s%d.%02d\n",
			    2020 + int(rand() * 10), 1 + int(rand() * 12),
			    1 + int(rand() * 28), st,
			    st == "intl" ? t[int(rand() * 8) + 1] : "FR",
			    a < 0 ? "-" : "", int(m / 100), m % 100
		}
	}' >"$2.tmp" && mv "$2.tmp" "$2"
}
gen "$ROWS" "$R"
gen 1000000 "$R1"

# Wall seconds, CPU seconds (user + system) and maximum resident
# kilobytes of a command. On a shared machine the wall time follows the
# load; the CPU time and the ratio much less.
measure() {
	/usr/bin/time -f '%e %U %S %M' -o "$BENCH_WORK/time" "$@" \
	    >/dev/null || { echo "recoup.sh: $1 failed" >&2; exit 1; }
	awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$BENCH_WORK/time"
}

set -- $(measure recoup report -f csv "$W" "$R")
wall=$1 cpu=$2 rss=$3
set -- $(measure recoup report -f csv "$W" "$R1")
rss1=$3
set -- $(measure awk -F, 'NR > 1 { s[$2] += $5 } END { for (k in s) print k, s[k] }' "$R")
awk_wall=$1 awk_cpu=$2

echo "rows:           $ROWS (+2 advances), 20 tiers, 6 streams"
echo "recoup report:  ${wall} s wall, ${cpu} s CPU   (target < 5 s)"
echo "awk sum floor:  ${awk_wall} s wall, ${awk_cpu} s CPU"
echo "ratio recoup/awk (CPU): $(echo "$cpu $awk_cpu" |
	awk '{ printf "%.2f", $1 / $2 }')"
echo "max RSS:        ${rss1} kB for 1 M rows, ${rss} kB for $ROWS rows"
echo "$wall" | awk '{ exit !($1 < 5) }' || echo "recoup.sh: over 5 s wall"
