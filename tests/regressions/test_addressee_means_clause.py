"""A means the addressee acts through, in a clause of its own after a comma, is no addressee (issue 12,
the heldout4 gold: S/RES/1493 (2003) op 11, S/RES/2366 (2017) op 8).

- "encourages the Secretary-General, through his Special Representative, and the United Nations High
  Commissioner for Human Rights to coordinate" asks the two, not the Special Representative;
- "requests the Secretary-General, based on the reporting of the Special Representative, to report";
- "Calls upon all States, directly and through their action in the specialized agencies and other
  organizations of the United Nations system, to" (A/RES/77/149 op 16), "States, directly or through
  regional fisheries management organizations and arrangements" (the oceans and fisheries resolutions):
  the States are asked, the bodies they act through are not;
- "UNIOGBIS, including through the good offices ... of the Special Representative" (S/RES/2512 (2020)).
A body listed after the clause, past its comma, is asked again.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        SC,
        "Urges the Government to act, encourages the Secretary-General, through his Special Representative, and "
        "the United Nations High Commissioner for Human Rights to coordinate their efforts, and encourages also "
        "the African Union to play a role in this regard;",
        [
            ("urges", set()),
            ("encourages", {"SecretaryGeneral", "HighCommissionerHumanRights"}),
            ("encourages", {"AfricanUnion"}),
        ],
    ),
    (
        SC,
        "Further requests the Secretary-General, based on the reporting of the Special Representative, to report "
        "to the Security Council every 90 days;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        GA,
        "Calls upon all States, directly and through their action in the specialized agencies and other "
        "organizations of the United Nations system, to provide all possible assistance;",
        [("calls-upon", {"States"})],
    ),
    (
        GA,
        "Calls upon all States, directly or through regional fisheries management organizations and "
        "arrangements, to apply the precautionary approach;",
        [("calls-upon", {"States"})],
    ),
    (
        SC,
        "Requests UNIOGBIS, including through the good offices and political support of the Special "
        "Representative, to support the electoral process;",
        [("requests", {"UNIOGBIS"})],
    ),
    (
        GA,
        "Requests the Secretary-General, the specialized agencies and other organizations of the United Nations "
        "system to continue to provide assistance;",
        [("requests", {"SecretaryGeneral", "UNSystemEntities"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_addressee_means_clause(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
