"""A directive verb after "particularly" or "especially" in a paragraph's middle ("and, during the current process of
transition and beyond, particularly encourages careful coordination with the Afghan national security forces",
S/RES/2145 (2014) op 11, S/RES/2096 (2013) op 11, heldout32 18) was not read at all: neither adverb was in verbs.yaml
`adverbs`. Such an ask narrows the one before it: when its object is an activity with no agent named, the addressees
of that ask are its own (extract/narrowed.py; the first gold and heldout32 read the Secretary-General twice). A narrowed
ask that names its addressees keeps them; one after another adverb names no one (heldout8 E/RES/2024/8 op 34).
Review 50: the two adverbs are read only after "and" (a comma or an aside between), as in every such text, not as
adverbs anywhere ("..., especially requests from Member States" is a noun); the organ's own decision before is not
passed on to the narrowed ask.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2041 (2012),\n\n1. "

CASES = [
    (
        "Encourages the Secretary-General to continue his current efforts to take necessary measures to address the "
        "security issues associated with the United Nations presence and, during the current process of transition "
        "and beyond, particularly encourages careful coordination with the Afghan national security forces;",
        [("encourages", {"SecretaryGeneral"}), ("encourages", {"SecretaryGeneral"})],
    ),
    (
        "Encourages the Secretary-General to continue his current efforts to take necessary measures to address the "
        "security issues associated with the United Nations presence and, particularly encourages careful "
        "coordination with the Afghan National Defence and Security Forces;",
        [("encourages", {"SecretaryGeneral"}), ("encourages", {"SecretaryGeneral"})],
    ),
    (
        "Reminds all States of their obligation to implement all the measures under resolutions 1521 (2003) and 1532 "
        "(2004) and particularly urges the National Transitional Government of Liberia to implement the measures;",
        [("urges", {"state:LBR"})],
    ),
    (
        "Urges Member States to strengthen efforts to reduce risk, and especially encourages Member States to increase "
        "support for preparedness;",
        [("urges", {"MemberStates"}), ("encourages", {"MemberStates"})],
    ),
    # another adverb: an ask of its own, its activity's agent unnamed
    (
        "Urges Member States to strengthen efforts to reduce risk, and further encourages increased cooperation with "
        "regional and subregional organizations;",
        [("urges", {"MemberStates"}), ("encourages", set())],
    ),
    # the organ's own decision before: not passed on, the organ does not encourage itself (review 50, 5)
    (
        "Decides to extend the mandate of UNMISS until 30 April 2016, and particularly encourages careful coordination "
        "with the Government;",
        [("decides", {"SecurityCouncil"}), ("encourages", set())],
    ),
    # a noun with a verb's form after the adverb, no "and" before it: no verb (review 50, 4)
    (
        "Notes the growing demands on the Office, especially requests from Member States for technical assistance;",
        [],
    ),
    (
        "Notes the strain on the regular budget, particularly demands arising from new mandates, and requests the "
        "Secretary-General to report thereon;",
        [("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_narrowed_ask(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
