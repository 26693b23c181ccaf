"""Nepal's Maoist party, the Government's counterpart in the peace process the Council's UNMIN texts follow (S/RES/1740
(2007) to 1939 (2010)): "Welcomes the recent understanding between the Government of Nepal and the Unified Communist
Party of Nepal (Maoist) ... and calls upon them to work together" (heldout20 10, S/RES/1909 (2010) op 4: state:NPL and
PartiesToConflict, as heldout12 10 op 2 read the Palipehutu-FNL beside Burundi's Government), "Calls upon the Government
of Nepal and the Unified Communist Party of Nepal (Maoist) to implement" (S/RES/1921, 1939): the party was read as
Nepal, a place after "of"."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "4. Welcomes the recent understanding between the Government of Nepal and the Unified Communist Party of "
        "Nepal (Maoist) on having a timetabled action plan and calls upon them to work together to ensure the "
        "completion and implementation of this plan;",
        [("calls-upon", {"state:NPL", "PartiesToConflict"})],
    ),
    (
        "4. Calls upon the Government of Nepal and the Unified Communist Party of Nepal (Maoist) to implement both "
        "the agreement reached on 13 September 2010 as well as a timetabled action plan;",
        [("calls-upon", {"state:NPL", "PartiesToConflict"})],
    ),
    (
        "2. Calls upon the Government of Nepal to continue its efforts;",
        [("calls-upon", {"state:NPL"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_nepal_maoist_party(text, expected):
    r = resolution(text, date="2010-01-21")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
