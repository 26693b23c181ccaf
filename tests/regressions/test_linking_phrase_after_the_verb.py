"""A linking phrase between a verb and its addressees (corpus-full, issue 12).

"Recommends in this context to States in the region" (S/RES/1596 (2005) op 9) and "Reiterates
its request in this regard to the Government of Israel" (A/RES/79/200 op 5) named no actor: the
window began with the linking phrase and "to" was read as the infinitive. A linking phrase of
verbs.yaml `links` after the verb is now skipped like an adverb - but not after "decides":
"Further decides in this regard that the measures ... shall also apply to the individuals
designated by the Committee" (S/RES/2134 (2014) op 37) decides for the Council itself."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        SC,
        "Recommends in this context to States in the region to promote cooperation;",
        [("recommends", {"RegionalPartners"})],
    ),
    (
        GA,
        "Reiterates its request in this regard to the Government of Israel to assume responsibility;",
        [("requests", {"state:ISR"})],
    ),
    (SC, "Requests, in this regard, the Secretary-General to report;", [("requests", {"SecretaryGeneral"})]),
    (GA, "Encourages in this regard the establishment of partnerships;", [("encourages", set())]),
    # "in the strongest (possible) terms", a link since stop 60 (verbs.yaml `links`, for "reiterates in the strongest
    # terms its demand", S/RES/1531 (2004) op 2), is skipped after the verb too (review X4 of stop 60: right; before,
    # the demand asked no one and the call was lost)
    (
        SC,
        "Demands in the strongest possible terms that all parties cease hostilities immediately;",
        [("demands", {"PartiesToConflict"})],
    ),
    (
        SC,
        "Calls in the strongest terms upon all parties to the conflict to respect international humanitarian law;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (
        SC,
        "Welcomes the work of the Committee established pursuant to resolution 2127 (2013), and further decides in "
        "this regard that the measures shall also apply to the individuals designated by the Committee;",
        [("decides", {"SecurityCouncil"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_linking_phrase(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
