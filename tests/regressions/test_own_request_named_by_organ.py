"""A call "made in" a capitalised text was another's (windows.anothers_call, NAMED_AUTHOR), the speaking organ's own
too: "Reiterates the request made in General Assembly resolution 75/1 for the Secretary-General to submit a report on
the implementation of the present resolution" in an Assembly text asked no one and lost its report (review48 finding
5; a wording not in the open corpus). The author or the text's organ that is the speaker makes the call the organ's own:
requests SecretaryGeneral, the report to the Assembly. Another organ's stays another's ("the requests made in Economic
and Social Council resolution 2019/15", A/RES/74/238 op 3)."""

import pytest

from tests.snippets import mandates, reports, resolution

CASES = [
    (
        "Reiterates the request made in General Assembly resolution 75/1 for the Secretary-General to submit a report "
        "on the implementation of the present resolution;",
        [("requests", {"SecretaryGeneral"})],
        [("SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "Recalls and reiterates the requests made in Economic and Social Council resolution 2019/15 for the "
        "Secretary-General to submit a report on the implementation of the present resolution;",
        [],
        [],
    ),
]


@pytest.mark.parametrize("text,asked,reported", CASES)
def test_own_request_named_by_organ(text, asked, reported):
    r = resolution("1. " + text, date="2021-12-20", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == asked
    assert reports(r, "by", "to") == reported
