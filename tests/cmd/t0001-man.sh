#!/bin/sh
# t0001-man: every man page passes mandoc -Tlint without a warning, and the
# commands shown in the EXAMPLES sections run against the sample
# production, so the documentation cannot drift.
#
# In EXAMPLES, a line "$ command ..." inside a .Bd -literal display runs
# when its first word is a cineprod command; it runs with sh in a copy of
# samples/heures-creuses and must exit 0, unless the line ends with a
# comment "# exit N". Lines that follow it up to the next "$ " line are
# its output as shown, which is not compared.
. "$(dirname "$0")/lib.sh"

commands=$(ls "$TOP"/cmd 2>/dev/null | tr '\n' ' ')
cp -R "$TOP/samples/heures-creuses" "$T_TMP/sample"

# Prints the example commands of a page, one a line, with mdoc escapes
# undone.
examples() {
	awk '
	/^\.Sh / { inex = ($2 == "EXAMPLES") ; next }
	inex && /^\.Bd/ { inbd = 1; next }
	inex && /^\.Ed/ { inbd = 0; next }
	inex && inbd && /^\$ / { sub(/^\$ /, ""); print }
	' "$1" | sed 's/\\-/-/g; s/\\e/\\/g; s/\\(aq/'"'"'/g; s/\\&//g'
}

for page in "$TOP"/man/*.[1-9]; do
	pname=${page##*/}
	tassert "lint $pname" sh -c "out=\$(mandoc -Tlint -Wwarning '$page' 2>&1); \
		[ -z \"\$out\" ] || { echo \"\$out\"; exit 1; }"
	n=0
	examples "$page" >"$T_TMP/examples"
	while IFS= read -r cmd; do
		first=${cmd%% *}
		case " $commands " in *" $first "*) ;; *) continue ;; esac
		n=$((n + 1))
		want=0
		case $cmd in *"# exit "*) want=${cmd##*# exit }
			cmd=${cmd%%# exit *} ;; esac
		tassert "$pname example $n: $cmd" sh -c \
			"cd '$T_TMP/sample' && { $cmd ; } >/dev/null 2>'$T_TMP/err'; \
			rc=\$?; [ \$rc -eq $want ] || \
			{ echo \"exit \$rc, expected $want\"; cat '$T_TMP/err'; \
			exit 1; }"
	done <"$T_TMP/examples"
done
tdone
