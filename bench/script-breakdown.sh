#!/bin/sh
# bench/script-breakdown.sh: script-breakdown against the peer tools of
# issue 3, in one run, on the same files:
#   afterwriting 1.17.3 (npm): parses and paginates to PDF (its CLI);
#   fountain-js 1.2.4 (npm): parses only (in one node process, best of
#     several parses, node's start not counted).
# Files: THE_LIBRARY_FREAK-OUT.fountain (public domain, 7 KB), and a
# synthetic French screenplay that this script generates (1 MB for the
# peers, which are slow on it: fountain-js grows quadratically; 20 MB and
# 100 MB for script-breakdown's throughput and memory).
# It also checks script-breakdown's page counts against afterwriting's
# PDF on the same profile (PDF pages less the title page), within 3 %,
# on every Fountain fixture of the tests, afterwriting's own samples, the
# sample production's screenplay and the 1 MB synthetic file.
#
# The peers are installed under bench/node_modules (git-ignored) from
# bench/package.json; pdfinfo (poppler-utils) counts the PDF's pages.
set -u
top=${TOP:-$(cd "$(dirname "$0")/.." && pwd)}
bench=$top/bench
work=${BENCH_WORK:-$bench/work}
sb=${BUILD:-$top/build/default}/bin/script-breakdown
export CINEPROD_DATA=${CINEPROD_DATA:-$top/share}
mkdir -p "$work"

need() {
	command -v "$1" >/dev/null 2>&1 && return 0
	echo "script-breakdown.sh: $1 is needed ($2)" >&2
	exit 2
}
need node "the peer tools run on node"
need pdfinfo "poppler-utils: to count afterwriting's PDF pages"
[ -x "$sb" ] || { echo "script-breakdown.sh: build first (make)" >&2; exit 2; }
if [ ! -d "$bench/node_modules/afterwriting" ] ||
    [ ! -d "$bench/node_modules/fountain-js" ]; then
	need npm "to install the peer tools"
	(cd "$bench" && npm ci --no-audit --no-fund >/dev/null 2>&1) || {
		echo "script-breakdown.sh: npm ci failed in bench/" >&2
		exit 2
	}
fi
aw=$bench/node_modules/afterwriting/awc.js

# --- the synthetic screenplay --------------------------------------------

# synth MB FILE: a French screenplay of MB megabytes: scenes of about
# 1.4 KB (a short film's, as the sample production's), twelve sets, six
# times of day, three characters and la voisine, two notes of tags a
# scene, dual dialogue, extras in capitals, scene numbers.
synth() {
	LC_ALL=C awk -v MB="$1" -f "$bench/synth.awk" >"$2"
}
[ -s "$work/synth-1.fountain" ] || synth 1 "$work/synth-1.fountain"
[ -s "$work/synth-20.fountain" ] || synth 20 "$work/synth-20.fountain"
[ -s "$work/synth-100.fountain" ] || synth 100 "$work/synth-100.fountain"

# --- timing ----------------------------------------------------------------

now() { date +%s%N; }

# best N CMD...: the best wall time of N runs, in milliseconds (3 decimals).
best() {
	n=$1
	shift
	b=
	while [ "$n" -gt 0 ]; do
		t0=$(now)
		"$@" >/dev/null 2>&1
		t1=$(now)
		t=$((t1 - t0))
		[ -z "$b" ] || [ "$t" -lt "$b" ] && b=$t
		n=$((n - 1))
	done
	awk -v ns="$b" 'BEGIN { printf "%.3f", ns / 1e6 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", a / b }'; }
mbps() {	# MS BYTES: "201 MB/s (192 MiB/s)"
	awk -v ms="$1" -v f="$2" 'BEGIN { s = ms / 1000
	    printf "%.0f MB/s (%.0f MiB/s)", f / 1e6 / s, f / 1048576 / s }'
}
size() { wc -c <"$1" | tr -d ' '; }

pdf_pages() {	# FILE PROFILE: afterwriting's pages less the title page
	printf '{"print_profile": "%s"}\n' "$2" >"$work/aw.json"
	node "$aw" --source "$1" --pdf "$work/aw.pdf" --overwrite \
	    --config "$work/aw.json" >/dev/null 2>&1 || { echo "?"; return; }
	pdfinfo "$work/aw.pdf" | awk '/^Pages:/ { print $2 - 1 }'
}
sb_pages() {	# FILE PROFILE
	"$sb" -p "$2" -r summary -f csv "$1" 2>/dev/null |
	    awk -F, '$1 == "pages" { print $3 }'
}

echo "script-breakdown against afterwriting and fountain-js, $(date +%F)"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo

lib=$top/tests/cmd/t1003-script-breakdown-public-domain/THE_LIBRARY_FREAK-OUT.fountain
echo "== speed (best wall time, ms; ratio = peer / script-breakdown)"
printf '%-28s %9s %9s %9s %9s %7s %7s %7s\n' file script-bd \
    fountainjs afterwrit fj-parse x-fj x-fjp x-aw
for f in "$lib" "$work/synth-1.fountain"; do
	t_sb=$(best 20 "$sb" -f csv "$f")
	t_fjp=$(node "$bench/fountain-js.js" "$f" 3 | cut -d' ' -f1)
	t_fj=$(best 3 node "$bench/fountain-js.js" "$f" 1)
	t_aw=$(best 3 node "$aw" --source "$f" --pdf "$work/aw.pdf" \
	    --overwrite)
	printf '%-28s %9s %9s %9s %9s %7s %7s %7s\n' "$(basename "$f")" \
	    "$t_sb" "$t_fj" "$t_aw" "$t_fjp" "$(ratio "$t_fj" "$t_sb")" \
	    "$(ratio "$t_fjp" "$t_sb")" "$(ratio "$t_aw" "$t_sb")"
done
echo "(script-bd, fountainjs, afterwrit: whole processes; fj-parse:"
echo " fountain-js's parse alone in a warm node process, best of 3;"
echo " x-fjp compares it with script-breakdown's whole run, start and"
echo " data files included)"
echo

echo "== throughput and memory of script-breakdown (scene list as CSV,"
echo "   best of 10; MB = 10^6 bytes)"
for mb in 20 100; do
	f=$work/synth-$mb.fountain
	t=$(best 10 "$sb" -f csv "$f")
	rss=$( { /usr/bin/time -f %M "$sb" -f csv "$f" >/dev/null; } 2>&1 )
	echo "synth-$mb.fountain: $(size "$f") bytes in $t ms:" \
	    "$(mbps "$t" "$(size "$f")"), max RSS ${rss} KB"
done
echo

echo "== page counts: afterwriting's PDF and script-breakdown, both profiles"
fail=0
for f in "$top"/tests/cmd/t100[1-4]*/*.fountain \
    "$bench"/node_modules/afterwriting/samples/*.fountain \
    "$top/samples/heures-creuses/screenplay.fountain" \
    "$work/synth-1.fountain"; do
	for p in a4 letter; do
		awp=$(pdf_pages "$f" "$( [ $p = letter ] && echo usletter || echo a4)")
		sbp=$(sb_pages "$f" $p)
		verdict=$(awk -v a="$awp" -v b="$sbp" 'BEGIN {
		    d = a > b ? a - b : b - a;
		    if (a == "?" || b == "") print "?";
		    else if (d <= a * 0.03) print "ok";
		    else print "OFF" }')
		[ "$verdict" = ok ] || fail=1
		printf '%-44s %-6s %5s %5s %s\n' "$(basename "$f")" $p \
		    "$awp" "$sbp" "$verdict"
	done
done
[ $fail = 0 ] && echo "all within 3 %" || echo "SOME PAGE COUNTS ARE OFF"
exit $fail
