"""A receiver named after "informing" ("with a view to informing the Forum at each session ..., to
provide comprehensive written updates", E/RES/2024/15 op 10 (d), held-out gold) was not read as the
receiver: only "inform", "update", "brief" led one, so the report went to the organ that speaks."""

import pytest

from tests.snippets import reports, snippet

PRE = "The Economic and Social Council,\n\nRecalling its resolution 2021/26,\n\n1. "

CASES = [
    (
        "Requests the Secretary-General, with a view to informing the Commission on the Status of Women of the progress "
        "made, to provide written updates on the matter;",
        [("SecretaryGeneral", "CSW", "written")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_informed_receiver(text, expected):
    r = snippet(PRE + text + "\n")
    assert reports(r, "by", "to", "form") == expected
