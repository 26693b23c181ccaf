"""A former State whose name joins two by "and" is one State (the aud59a addressee audit of the Council): "Calls on all
States, especially Serbia and Montenegro, Croatia and Bosnia and Herzegovina, and on the Republika Srpska within Bosnia
and Herzegovina" (S/RES/1534 (2004) op 1; S/RES/1503 (2003) op 2) asked state:SRB and state:MNE: the list was split at
"and", Montenegro read as a State it was not until 2006. The name is now the State's (countries.yaml, as the former
United Nations names "Libyan Arab Jamahiriya", "East Timor"): Serbia, which continued its membership of the United
Nations, as it had continued the Federal Republic of Yugoslavia's (no alias: that name is the tail of "the Socialist
Federal Republic of Yugoslavia", which Serbia is not). Guards: two States joined by "and" stay two; the SFRY is no State
of the vocabulary.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1503 (2003),\n\n1. "

CASES = [
    (  # S/RES/1534 (2004) op 1
        "Reaffirms the necessity of trial of persons indicted by the ICTY and reiterates its call on all States, "
        "especially Serbia and Montenegro, Croatia and Bosnia and Herzegovina, and on the Republika Srpska within "
        "Bosnia and Herzegovina, to intensify cooperation with and render all necessary assistance to the ICTY;",
        [("calls-upon", {"States", "state:SRB", "state:HRV", "state:BIH"})],
    ),
    (  # guard: the Socialist Federal Republic of Yugoslavia is not Serbia (no alias reads its name's tail)
        "Calls upon the Government of the Socialist Federal Republic of Yugoslavia to cooperate fully with the Tribunal;",
        [("calls-upon", set())],
    ),
    (  # guard: two States
        "Calls upon Serbia and Croatia to cooperate fully with the Tribunal;",
        [("calls-upon", {"state:SRB", "state:HRV"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_former_state_named_with_and(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
