"""The "to" after "contributing troops" was skipped whatever followed it (windows.addressee_window, list_members.
SENT_TO), so the infinitive that ends the window was skipped too and its objects became addressees: "Urges the
countries contributing troops to support MINUSCA in protecting civilians" asked MINUSCA as well (review48 finding 1).
The "to" is the troops' own only when a name or "the" follows it ("contributing troops to the United Nations
Multidimensional Integrated Stabilization Mission ... and international forces ... to take", A/HRC/RES/54/31 op 12,
test_list_goes_on_after_the_mission_troops_go_to); an infinitive ends the window."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    ("Urges the countries contributing troops to support MINUSCA in protecting civilians;", "urges"),
    (
        "Urges the countries contributing troops to support MINUSCA and the Central African authorities in protecting "
        "civilians;",
        "urges",
    ),
    (
        "Calls upon countries contributing troops to assist the Transitional Federal Government and AMISOM in the "
        "implementation of the plan;",
        "calls-upon",
    ),
    (
        "Encourages States contributing police to provide the Secretary-General with information on vetting;",
        "encourages",
    ),
    (
        "Requests the countries contributing police to share information on misconduct with OIOS and the Secretariat;",
        "requests",
    ),
    (
        "Calls upon Member States contributing troops to cooperate closely with MINUSMA and the Government of Mali in "
        "order to prevent sexual exploitation;",
        "calls-upon",
    ),
]


@pytest.mark.parametrize("text,verb", CASES)
def test_troops_contributed_to_an_infinitive(text, verb):
    r = resolution("1. " + text, date="2015-01-01")
    assert mandates(r, "verb", "addressees", as_sets=True) == [(verb, {"TroopPoliceContributors"})]
