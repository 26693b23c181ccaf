"""The Secretary-General of a United Nations conference, the officer the Secretary-General appoints "to serve as focal
point within the Secretariat", was read as the Secretary-General himself: "Requests the Secretary-General of the
Conference to prepare ... concept papers" (heldout38 A/RES/78/128 op 24: the gold's Secretariat). actors.yaml gives
Secretariat the alias "Secretary-General of the Conference". Not taken: the Secretary-General asked to appoint that
officer (op 17) stays SecretaryGeneral; nor the front of a longer name, the Secretary-General of another body
(review56-A 2: "the Secretary-General of the Conference on Disarmament" is the Conference's, "... of the Conference of the
Parties to the Convention" no one's id: the alias refuses "on", "of", "for" after it)."""

import pytest

from tests.snippets import mandates, snippet

CASES = [
    (
        "1. Requests the Secretary-General of the Conference to prepare, in coordination with the co-hosts of the "
        "Conference and the appointed Co-Chairs of each Ocean Action panel, concept papers on each of the themes of the "
        "Ocean Action panels;",
        [("requests", ("Secretariat",))],
    ),
    (
        "1. Requests the Secretary-General to appoint a Secretary-General of the Conference to serve as focal point "
        "within the Secretariat for providing support to the organization of the Conference;",
        [("requests", ("SecretaryGeneral",))],
    ),
    (  # not taken: a longer name, the Conference's own (review56-A 2)
        "1. Requests the Secretary-General of the Conference on Disarmament to transmit the report to the General "
        "Assembly;",
        [("requests", ("ConferenceOnDisarmament",))],
    ),
    (  # not taken: a convention's conference of the parties, whose officer no id holds (review56-A 2)
        "1. Requests the Secretary-General of the Conference of the Parties to the Convention to report;",
        [("requests", ())],
    ),
    (  # the officer's deputy, a Secretariat officer as well (review56-A 8)
        "1. Requests the Deputy Secretary-General of the Conference to prepare a note;",
        [("requests", ("Secretariat",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_secretary_general_of_a_conference(text, expected):
    r = snippet("The General Assembly,\n\n" + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
