#!/bin/sh
# t1004-script-breakdown-french: a French screenplay written for the
# tests. Heading styles: "1. INT. BOULANGERIE - FOURNIL - NUIT" (number,
# set, sub-set, night), "SÉQ. 2 - EXT. ...", "3 INT/JOUR - BOUTIQUE" (the
# effect before the set), "INTÉRIEUR ...", "24 : EXT - RUE / IMMEUBLE LUC
# - CRÉPUSCULE" (sub-set after " / "), CONTINU and PLUS TARD keeping the
# light of the scene before, INT./EXT. Tags in French for every category,
# figurants counted in words ("huit passants": 8), silhouettes (the
# livreur 1, 2 éboueurs 2): scene 2 has 8 + 1 + 2 = 11 extras, and its
# groups in capitals give way to the tagged figurants. Cues with (SUITE),
# (OFF), (V.O.), a forced cue with a typographic apostrophe read as ',
# dual dialogue; characters introduced in capitals (LÉA, MADAME ROSE),
# signs after a colon and quoted capitals left out, a tagged silent
# character and one tagged absent.
. "$(dirname "$0")/lib.sh"

tcase scenes 0 script-breakdown -f csv french.fountain
tcase scenes-table 0 script-breakdown -f table french.fountain
for r in sets characters elements summary; do
	tcase $r 0 script-breakdown -r $r -f table french.fountain
done
tcase sheets 0 script-breakdown -r sheets french.fountain
# The dictionary: suggestions apart, those already tagged dropped
# (baguettes are in "huit baguettes"), MADAME ignored as a character.
tcase dictionary 0 script-breakdown -d dictionary.yaml -f csv french.fountain
tcase dictionary-elements 0 script-breakdown -d dictionary.yaml \
    -r elements -f csv french.fountain
# On the sheets, each suggestion under its category's French label.
tcase dictionary-sheets 0 script-breakdown -d dictionary.yaml -r sheets \
    french.fountain
# A production's own headings, tried before the default ones.
tcase user-headings 0 script-breakdown -H headings.yaml -f csv \
    tableau.fountain
tcase without-user-headings 0 script-breakdown -f csv tableau.fountain
# 2.5 pages a day: the summary's eighths / 20, rounded up.
tcase summary-rate 0 script-breakdown -r summary -s 2.5 -f csv \
    french.fountain
# Action wrapped by hand: a group of extras and a name broken over two
# lines are read whole ("HUIT VOYAGEURS", "MADAME ROSE"); "le chien de /
# Madame Rose" speaks of her, the next sentence shows her.
tcase wrapped 0 script-breakdown -f csv wrapped.fountain
tdone
