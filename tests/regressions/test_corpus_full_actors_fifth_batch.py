"""Bodies named by mandates that named no actor in corpus-full, fifth batch (issue 12, point 3):
each recurs across resolutions, and the short form its resolutions use after the full name
resolves to it ("the Committee", "the Organization", "the Centre").

- "Reaffirms its support for the High-level Committee on South-South Cooperation, and calls upon the
  Committee" (A/RES/74/239 op 3 and its yearly successors): the Committee is its own actor, no longer
  an alias of the Office for South-South Cooperation.
- "Invites the Committee to continue to examine the operational independence of the Office"
  (A/RES/74/256 op 4: the Independent Audit Advisory Committee); "Requests the Committee to continue
  its work" (A/RES/75/146 op 16: the Committee on Relations with the Host Country).
- "Commends the United Nations Educational, Scientific and Cultural Organization ..., and invites the
  Organization" (A/RES/74/21 op 5, 10 paragraphs): "the Organization" is the organization named last.
- "Calls upon the Centre to collaborate": the Regional Centre for Preventive Diplomacy for Central
  Asia; after "the United Nations Regional Centre for the Sustainable Development Goals for Central Asia
  and Afghanistan" (A/RES/79/317 op 57, A/RES/79/268 op 3), that centre (SDGCentreCentralAsia, added later:
  tests/regressions/test_addressees_named_but_not_found.py).
- "Requests the Forum secretariat to continue" (E/RES/2022/17 op 17): the Forum's secretariat.
- "calls upon all entities in the United Nations to inform" (A/RES/74/181 op 6).
- "Urges the co-sponsors of the 1995 resolution on the Middle East" (A/RES/74/46 op 13).
- "the Division for Ocean Affairs and the law of the Sea" (A/RES/78/69 op 6, a capital missing) is the
  Division, not a division the vocabulary lacks: "Calls upon the Division" after it is the Division.
- "the United Nations Children’s Fund" with a typographic apostrophe is UNICEF.
- "Reiterates its call upon the Working Group on Children and Armed Conflict" (S/RES/2068 (2012) op 5):
  the Council's working group, not a special procedure ("Working Group on" of the Human Rights Council).
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
EC = "The Economic and Social Council,\n\nRecalling its resolution 2020/14,\n\n1. "

CASES = [
    (
        GA,
        "Reaffirms its support for the High-level Committee on South-South Cooperation, and calls upon the "
        "Committee to dedicate its twentieth session to the implementation of the outcome document;",
        [("calls-upon", {"HLCSouthSouth"})],
    ),
    (
        "The General Assembly,\n\nHaving considered the report of the Independent Audit Advisory Committee,\n\n1. ",
        "Invites the Committee to continue to examine the operational independence of the Office;",
        [("invites", {"IAAC"})],
    ),
    (
        "The General Assembly,\n\nHaving considered the report of the Committee on Relations with the Host "
        "Country,\n\n1. ",
        "Requests the Committee to continue its work;",
        [("requests", {"HostCountryCommittee"})],
    ),
    (
        GA,
        "Commends the United Nations Educational, Scientific and Cultural Organization for strengthening "
        "efforts, and invites the Organization to continue to enhance communication;",
        [("invites", {"UNFundsProgrammes"})],
    ),
    (
        GA,
        "Requests the Organization to continue;",
        [("requests", set())],
    ),
    (
        GA,
        "Welcomes the work of the United Nations Regional Centre for Preventive Diplomacy for Central Asia, and "
        "calls upon the Centre to collaborate with Governments;",
        [("calls-upon", {"UNRCCA"})],
    ),
    (
        GA,
        "Welcomes the work of the United Nations Regional Centre for Preventive Diplomacy for Central Asia, "
        "further welcomes the formalization of the United Nations Regional Centre for the Sustainable Development "
        "Goals for Central Asia and Afghanistan, and encourages the Centre to work in close collaboration;",
        [("encourages", {"SDGCentreCentralAsia"})],
    ),
    (
        EC,
        "Requests the Forum secretariat to continue to develop the clearing house;",
        [("requests", {"UNFFSecretariat"})],
    ),
    (
        GA,
        "Calls upon all entities in the United Nations to inform the Office of Legal Affairs;",
        [("calls-upon", {"UNSystemEntities"})],
    ),
    (
        GA,
        "Urges the co-sponsors of the 1995 resolution on the Middle East to exert their utmost efforts;",
        [("urges", {"MiddleEast1995CoSponsors"})],
    ),
    (
        GA,
        "Notes the work of the Division for Ocean Affairs and the law of the Sea of the Office of Legal Affairs, "
        "and calls upon the Division to continue to disseminate information;",
        [("calls-upon", {"DOALOS"})],
    ),
    (
        "The Security Council,\n\nRecalling its resolution 1612 (2005),\n\n1. ",
        "Reiterates its call upon the Working Group on Children and Armed Conflict to consider a broad range of "
        "options;",
        [("calls-upon", {"SCWorkingGroupCAAC"})],
    ),
    # its name only: "the Working Group" stays a working group of the vocabulary (ExpertGroup); as a
    # contextual alias of the Council's group it named none in 28 mandates of corpus-full
    (GA, "Requests the Working Group to continue its work;", [("requests", {"ExpertGroup"})]),
    (
        GA,
        "Invites the United Nations Children’s Fund to continue its work;",
        [("invites", {"UNFundsProgrammes"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_corpus_full_actors_fifth_batch(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
