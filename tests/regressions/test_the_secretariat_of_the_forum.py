"""Third held-out gold (E/RES/2022/17 op 30 (a)): "... to be convened by the Forum secretariat ..., and
that the secretariat should submit the report of the ad hoc expert group to the Forum at its
nineteenth session" gave the Council as reporter: "the secretariat" named no actor. In a text that
named the Forum secretariat it is that secretariat (actors.yaml: a contextual alias it shares with
the other secretariats, each standing for the one named last)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "30. Further decides:\n\n(a) To establish an open-ended intergovernmental ad hoc expert group, to be "
        "convened by the Forum secretariat towards the end of 2023, and that the secretariat should submit the "
        "report of the ad hoc expert group to the Forum at its nineteenth session for its consideration;",
        [(30, "UNFFSecretariat", "UNFF", 19, 2024)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_secretariat_of_the_forum(text, expected):
    r = resolution(text, date="2022-07-21", organ="ECOSOC", preamble="Recalling its resolution 2015/33,")
    assert reports(r, "op", "by", "to", "session", "year") == expected
