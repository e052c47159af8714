# lib.sh: helpers for the shell tests in tests/cmd, sourced by each
# tNNNN-command-topic.sh. Output is TAP: one "ok" or "not ok" line a case.
#
#   tcase NAME STATUS COMMAND [ARGS...]
#	runs COMMAND in the test's folder (tests/cmd/tNNNN-command-topic/) and
#	checks its exit status, its standard output against NAME.out and its
#	standard error against NAME.err in that folder (an absent file means
#	the stream must be empty). Standard input is /dev/null.
#   tcase_stdin NAME STATUS FILE COMMAND [ARGS...]
#	the same with FILE as standard input.
#   tassert NAME COMMAND [ARGS...]
#	passes when COMMAND exits 0 (use for properties: a sum, a file mode).
#
# UPDATE=1 writes the expected files from what the commands print: review
# the diff before committing it. $T_TMP is a scratch folder for outputs.
set -u
T_NAME=$(basename "$0" .sh)
T_DIR=$TOP/tests/cmd/$T_NAME
T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/$T_NAME.XXXXXX")
T_N=0
T_FAILED=0
trap 'rm -rf "$T_TMP"' EXIT
[ "${UPDATE:-0}" = 1 ] && mkdir -p "$T_DIR"
if [ -d "$T_DIR" ]; then cd "$T_DIR" || exit 2; else cd "$T_TMP" || exit 2; fi

t_report() {	# ok|not-ok name [details-file]
	T_N=$((T_N + 1))
	if [ "$1" = ok ]; then
		echo "ok $T_N - $2"
	else
		T_FAILED=$((T_FAILED + 1))
		echo "not ok $T_N - $2"
		[ $# -ge 3 ] && sed 's/^/# /' "$3"
	fi
}

# Compares a stream with its expected file; appends a diff to $T_TMP/why.
t_compare() {	# actual expected-file label
	if [ "${UPDATE:-0}" = 1 ]; then
		if [ -s "$1" ]; then cp "$1" "$2"; else rm -f "$2"; fi
		return 0
	fi
	if [ -f "$2" ]; then
		cmp -s "$1" "$2" && return 0
		diff -u "$2" "$1" | sed "1,2d; s/^/$3: /" | head -40 >>"$T_TMP/why"
	else
		[ -s "$1" ] || return 0
		sed "s/^/unexpected $3: /" "$1" | head -20 >>"$T_TMP/why"
	fi
	return 1
}

tcase() {
	name=$1 want=$2
	shift 2
	tcase_stdin "$name" "$want" /dev/null "$@"
}

tcase_stdin() {
	name=$1 want=$2 input=$3
	shift 3
	: >"$T_TMP/why"
	"$@" >"$T_TMP/out" 2>"$T_TMP/err" <"$input"
	got=$?
	ok=1
	if [ "$got" != "$want" ]; then
		echo "exit status $got, expected $want" >>"$T_TMP/why"
		ok=0
	fi
	t_compare "$T_TMP/out" "$T_DIR/$name.out" stdout || ok=0
	t_compare "$T_TMP/err" "$T_DIR/$name.err" stderr || ok=0
	if [ $ok = 1 ]; then
		t_report ok "$name"
	else
		t_report not-ok "$name" "$T_TMP/why"
	fi
}

tassert() {
	name=$1
	shift
	if "$@" >"$T_TMP/why" 2>&1; then
		t_report ok "$name"
	else
		t_report not-ok "$name" "$T_TMP/why"
	fi
}

# Ends the test file: the count line of TAP and the exit status.
tdone() {
	echo "1..$T_N"
	[ "$T_FAILED" -eq 0 ]
}
