"""Third held-out gold (E/RES/2022/17 op 30 (a)): "... to be convened by the Forum secretariat ..., and
that the secretariat should submit the report of the ad hoc expert group to the Forum at its
nineteenth session" gave the Council as reporter: "the secretariat" named no actor. In a text that
named the Forum secretariat it is that secretariat (actors.yaml: a contextual alias it shares with
the other secretariats, each standing for the one named last)."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes

CASES = [
    (
        "30. Further decides:\n\n(a) To establish an open-ended intergovernmental ad hoc expert group, to be "
        "convened by the Forum secretariat towards the end of 2023, and that the secretariat should submit the "
        "report of the ad hoc expert group to the Forum at its nineteenth session for its consideration;",
        [(30, "UNFFSecretariat", "UNFF", 19, 2024)],
    ),
]


def _extract(text: str):
    doc = f"---\ndate: 2022-07-21\n---\n\nThe Economic and Social Council,\n\nRecalling its resolution 2015/33,\n\n{text}\n"
    return extract_source(read_bytes(doc.encode(), "snippet.md"))


@pytest.mark.parametrize("text,expected", CASES)
def test_the_secretariat_of_the_forum(text, expected):
    r = _extract(text)
    assert [(x.op, x.by, x.to, x.session, x.year) for x in r.reports_due] == expected
