#!/bin/sh
# deps.sh: check that the libraries and tools cineprod builds and tests with
# are present; install the missing Debian packages with apt-get (through sudo
# when not root); otherwise say exactly what to install and fail.
#
# Each check is "package kind what": kind is "h" for a C header the compiler
# must find, "c" for a command, "py" for a module of Debian's own Python
# (/usr/bin/python3, which the tests use: a pyenv python3 earlier on PATH does
# not see Debian's python3-* packages), "f" for a file.
set -u
CC=${CC:-cc}

checks='
gcc               c  cc
libyaml-dev       h  yaml.h
libcsv-dev        h  csv.h
libpcre2-dev      h  pcre2.h
libcmocka-dev     h  cmocka.h
libexpat1-dev     h  expat.h
libxlsxwriter-dev h  xlsxwriter.h
mandoc            c  mandoc
libxml2-utils     c  xmllint
python3           c  /usr/bin/python3
python3-icalendar py icalendar
python3-yaml      py yaml
tzdata            f  /usr/share/zoneinfo/Pacific/Auckland
'

have_header() {
	printf '#include <stddef.h>\n#include <stdint.h>\n#include <stdarg.h>\n#include <setjmp.h>\n#define PCRE2_CODE_UNIT_WIDTH 8\n#include <%s>\n' "$1" |
		"$CC" -E -x c - >/dev/null 2>&1
}

missing=
printf '%s\n' "$checks" | {
	while read -r pkg kind what; do
		[ -n "$pkg" ] || continue
		case $kind in
		h)  have_header "$what" && continue ;;
		c)  command -v "$what" >/dev/null 2>&1 && continue ;;
		py) /usr/bin/python3 -c "import $what" 2>/dev/null && continue ;;
		f)  [ -e "$what" ] && continue ;;
		esac
		printf '%s ' "$pkg"
	done
	echo
} >/tmp/cineprod-deps.$$
missing=$(cat /tmp/cineprod-deps.$$)
rm -f /tmp/cineprod-deps.$$
missing=${missing% }
[ -z "$missing" ] && exit 0

echo "deps: missing: $missing"
if [ "$(id -u)" -eq 0 ]; then
	sudo=
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	sudo=sudo
else
	echo "deps: cannot install as $(id -un) without sudo; as root, run:" >&2
	echo "  apt-get update && apt-get install -y $missing" >&2
	exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
	echo "deps: no apt-get here; install the equivalents of: $missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq &&
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
	echo "deps: apt-get failed; run: apt-get update && apt-get install -y $missing" >&2
	exit 1
}
echo "deps: installed $missing"
