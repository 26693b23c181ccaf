"""A directive verb capitalised after a bare comma is no verb of the paragraph's (review 49, finding 7): e33d5bd read a
capitalised "Requests" after "and" or ";" (S/RES/2241 (2015) op 5, 2453 (2019) op 14) and after a comma too, where it
is most often the operative words of a text the paragraph quotes: a draft resolution the Council recommends to the
Assembly ("“The General Assembly, Recalling its resolution 70/1, Requests the Secretary-General ...”") gave the Council a
request of the Secretary-General, a Committee's letter quoted ("“The Committee, Decides to designate ...”") a decision
of the Security Council. After "and" and ";" it is still read."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "1. Recommends to the General Assembly the adoption of the following draft resolution: “The General Assembly, "
        "Recalling its resolution 70/1, Requests the Secretary-General to submit a report to the General Assembly at "
        "its seventy-fifth session”;",
        "ECOSOC",
        [("recommends", {"GeneralAssembly"})],
    ),
    (
        "1. Takes note of the letter from the Chair, which states: “The Committee, Decides to designate the "
        "individuals”; and requests the Committee to update the list;",
        "SC",
        [("requests", {"SanctionsCommittee"})],
    ),
    (  # the new readings stay (S/RES/2241 (2015) op 5, 2453 (2019) op 14)
        "5. Requests and Encourages the Special Representative of the Secretary-General to exercise her good offices;",
        "SC",
        [("requests", {"SpecialRepresentatives"}), ("encourages", {"SpecialRepresentatives"})],
    ),
    (
        "14. Welcomes the mission's efforts to improve its capacity for liaison and engagement with the sides; and "
        "Requests the Secretary-General to increase the number of women in UNFICYP;",
        "SC",
        [("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_a_capitalised_verb_after_a_comma(text, organ, expected):
    r = resolution(text, date="2019-07-23", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
