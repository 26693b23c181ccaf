"""Addressees named but not found (issue 12, corpus-full's mandates naming no actor, class "body"): bodies
and spellings the vocabulary lacked, added as data (ontology/vocab/actors.yaml, bodies.yaml):

- the Investigative Team for ISIL (Da'esh) crimes in Iraq, UNITAD (S/RES/2379 op 12 "Requests the Team to
  cooperate", 2697 op 5 "Requests the Investigative Team ... determine"); the United Nations Support
  Office in Haiti and the Gang Suppression Force (S/RES/2793 ops 3, 11);
- the abbreviation WHO, among the specialized agencies as the golds read the full name (A/RES/77/171 op
  18; S/RES/2177 op 12 "Encourages the WHO to continue"); "each Tribunal" (S/RES/1534 ops 3, 5, 6);
  "the Secretary-Genera1" (S/RES/1519 op 3), "the SG" (S/RES/1865 op 25); "all relevant United Nations
  actors" (S/RES/1947 op 2), "relevant parts of the UN system" (S/RES/2427 op 39); "prospective
  police-contributors" (S/RES/2185 op 3);
- "the Somaliland authorities", a region's, as the gold reads them (A/HRC/RES/57/27 op 7: LocalGovernments).

"with other United Nations actors" stays a partner, no addressee ("requests UNMISS, with other United
Nations actors, to advise", as "requests MINUSMA, in coordination with relevant partners" in the golds).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions on the situation,\n\n"
HRC = "The Human Rights Council,\n\nRecalling its resolutions on the situation,\n\n"

CASES = [
    (
        SC,
        "1. Underscores that the Investigative Team shall operate with full respect for the sovereignty of "
        "Iraq;\n\n2. Requests the Team to cooperate with the Analytical Support and Sanctions Monitoring Team;",
        [("requests", {"UNITAD"})],
    ),
    (
        SC,
        "1. Requests the Investigative Team, with the approval of the Government of Iraq, to determine the "
        "modalities for evidence sharing;",
        [("requests", {"UNITAD"})],
    ),
    (
        SC,
        "1. Requests the GSF to take fully into account child protection;\n\n2. Requests UNSOH to maintain "
        "close collaboration;",
        [("requests", {"GSF"}), ("requests", {"UNSOH"})],
    ),
    (
        SC,
        "1. Encourages the WHO to continue to strengthen its technical leadership;",
        [("encourages", {"UNFundsProgrammes"})],
    ),
    (
        "The Security Council,\n\nRecalling the completion strategy of the International Criminal Tribunal for "
        "Rwanda,\n\n",
        "1. Urges each Tribunal to plan and act accordingly;",
        [("urges", {"InternationalTribunals"})],
    ),
    (
        SC,
        "1. Further requests the Secretary-Genera1 to make the necessary arrangements;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "1. Requests all relevant United Nations actors to take forward the recommendations;",
        [("requests", {"UNSystemEntities"})],
    ),
    (
        SC,
        "1. Urges prospective police-contributors to also contribute such personnel;",
        [("urges", {"TroopPoliceContributors"})],
    ),
    (
        SC,
        "1. Requests UNMISS, with other United Nations actors, to advise and assist the Government;",
        [("requests", {"UNMISS"})],
    ),
    (
        HRC,
        "1. Encourages the Somaliland authorities to respect the right to freedom of expression;",
        [("encourages", {"LocalGovernments"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_bodies_the_vocabulary_lacked(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
