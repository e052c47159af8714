#!/bin/sh
# t1007-script-breakdown-errors: every message, with the file, line and
# column it names; exit 1 and nothing written when the input or a data
# file is rejected, exit 2 for usage and system errors, exit 0 with
# warnings for input that can be used.
. "$(dirname "$0")/lib.sh"

# Input rejected: every bad line is reported (two in latin1.fountain).
tcase latin1 1 script-breakdown latin1.fountain
tcase nul 1 script-breakdown nul.fountain
tcase utf16 1 script-breakdown utf16.fountain
tcase boneyard 1 script-breakdown boneyard.fountain
tcase note 1 script-breakdown note.fountain
tcase latin1-o 1 script-breakdown -o "$T_TMP/out.csv" latin1.fountain
tassert "latin1: -o file not written" test ! -e "$T_TMP/out.csv"
tcase_stdin latin1-stdin 1 latin1.fountain script-breakdown -i fountain

# Warnings, and the breakdown all the same: a tag before the first scene,
# an unknown category (its items dropped, the next category read), a
# group of figurants without its number, a scene number used twice. A
# writer's note whose words before the colon name no category ("Note to
# self: ...") is left alone.
tcase warnings 0 script-breakdown -f csv warnings.fountain

# Usage and system errors.
tcase missing 2 script-breakdown no-such.fountain
tcase rate-zero 2 script-breakdown -s 0 ok.fountain
tcase rate-three-decimals 2 script-breakdown -s 2.125 ok.fountain
tcase rate-words 2 script-breakdown -s trois ok.fountain
tcase report 2 script-breakdown -r budget ok.fountain
tcase input 2 script-breakdown -i pdf ok.fountain
tcase format 2 script-breakdown -f xlsx ok.fountain
tcase sheets-format 2 script-breakdown -r sheets -f csv ok.fountain
# The data folder by a relative path, so that the hint does not depend
# on where the clone is.
tcase profile 2 script-breakdown -D ../../../share -p legal ok.fountain
tcase operands 2 script-breakdown ok.fountain ok.fountain
tcase option 2 script-breakdown -x ok.fountain
tcase dictionary-missing 2 script-breakdown -d no-such.yaml ok.fountain
tcase data-missing 2 script-breakdown -D data-missing ok.fountain

# Data files rejected: each problem at its place.
tcase bad-headings 1 script-breakdown -H bad-pattern.yaml ok.fountain
tcase bad-dictionary 1 script-breakdown -d bad-dictionary.yaml ok.fountain
tcase list-dictionary 1 script-breakdown -d list-dictionary.yaml \
    ok.fountain
tcase bad-profiles 1 script-breakdown -D data-broken ok.fountain
tdone
