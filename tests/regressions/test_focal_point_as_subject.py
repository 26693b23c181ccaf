"""heldout13 S/RES/2083 (2012) ops 8 and 37: "authorizes the Focal Point mechanism established in resolution 1730
(2006) to receive exemption requests", "Decides that the Focal Point mechanism ... may:", "decides further that the
Focal Point shall transmit such requests" asked no one or the Council: the contextual alias "the Focal Point" shadowed
the alias "Focal Point" and, the Focal Point never named bare before, stood for no one. Every capitalised "the Focal
Point" of corpus-full is the Focal Point for De-listing (actors.yaml: no contextual alias)."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "8. Encourages Member States to make use of the provisions, and authorizes the Focal Point mechanism "
        "established in resolution 1730 (2006) to receive exemption requests;",
        [(8, "encourages", ("MemberStates",)), (8, "authorizes", ("FocalPoint",))],
    ),
    (
        "37. Decides that the Focal Point mechanism established in resolution 1730 (2006) may receive requests from "
        "listed individuals, and decides further that the Focal Point shall transmit such requests to the Committee;",
        [(37, "decides", ("FocalPoint",)), (37, "decides", ("FocalPoint",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_focal_point_as_subject(text, expected):
    r = resolution(text, date="2012-12-17")
    assert mandates(r, "op", "verb", "addressees") == expected
