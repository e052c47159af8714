#!/bin/sh
# t6007-festival-track-seed: the seed database loads without a word, each
# of its deadlines has a source, a check date and a confidence tag, and
# the sample production's reports (seed, the office's festivals.yaml,
# film.yaml, submissions.csv, on 2026-11-26 in Paris) stay as reviewed:
# the Wellington deadline at noon is due on 30 November at 24:00 in
# Paris, Berlinale's single fee covers all its sections, and the fees
# spent are 75.00 + 2.00 = 77.00 EUR.
. "$(dirname "$0")/lib.sh"

S=$TOP/samples/heures-creuses
tassert "the seed has a source, check date and tag for each deadline" \
    /usr/bin/python3 check_seed.py "$TOP/share/festivals.yaml"
sample() {
	festival-track -D "$S/festivals.yaml" -F "$S/film.yaml" \
	    -s "$S/submissions.csv" -t 2026-11-26 -z Europe/Paris -f csv "$@"
}
tcase sample-due 0 sample due
tcase sample-eligible 0 sample eligible
tcase sample-status 0 sample status
tcase sample-plan 0 sample plan
# The seed alone, for a film without screenings: it loads cleanly.
tcase seed-alone 0 festival-track -s /dev/null \
    -t 2026-11-26 -z Europe/Paris -f csv plan
tdone
