"""Found in heldout36 (A/RES/76/303 op 16: "Decides to include in the provisional agenda of its seventy-seventh session
the item entitled “Sexual exploitation and abuse: implementing a zero-tolerance policy”, and requests the
Secretary-General to continue to submit annual reports, pursuant to resolution 57/306 ..., for consideration by the
General Assembly under the aforementioned item": every P1Y, session 77, year 2022): the annual reports took no session,
their cycle their own time (report_sessions.OWN_TIME); the text ties them to the item the paragraph places on the
seventy-seventh session's agenda, so that session is theirs with their cycle (report_sessions.AGENDA_ITEM_AT,
UNDER_THAT_ITEM). Corpus-full: the yearly texts 75/321, 76/303, 77/333 op 16. Not taken: annual reports with no tie to
the item (review of stop 46, finding 8: cycle alone), nor "to consider the above-mentioned report of the
Secretary-General under that item" (a report referred to, no report asked), nor reports naming a session of their own
("from its seventy-eighth session onwards", "beginning with its seventy-eighth session": review 54 B, finding 3)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "16. Decides to include in the provisional agenda of its seventy-seventh session the item entitled “Sexual "
        "exploitation and abuse: implementing a zero-tolerance policy”, and requests the Secretary-General to continue "
        "to submit annual reports, pursuant to resolution 57/306 of 15 April 2003, on special measures for protection "
        "from sexual exploitation and abuse, including on progress made in implementing a zero-tolerance policy within "
        "the United Nations system, for consideration by the General Assembly under the aforementioned item, in line "
        "with existing mandates and procedures;",
        [("SecretaryGeneral", "GeneralAssembly", 77, 2022, "P1Y")],
    ),
    (  # no tie to the item: its cycle alone
        "16. Decides to include in the provisional agenda of its seventy-seventh session the item entitled “Sexual "
        "exploitation and abuse: implementing a zero-tolerance policy”, and requests the Secretary-General to continue "
        "to submit annual reports on special measures for protection from sexual exploitation and abuse;",
        [("SecretaryGeneral", "GeneralAssembly", None, None, "P1Y")],
    ),
    (  # review 54 B finding 3: the report names its own start in words SESSIONS does not read: not the item's 77
        "16. Decides to include in the provisional agenda of its seventy-seventh session the item entitled “Sexual "
        "exploitation and abuse: implementing a zero-tolerance policy”, and requests the Secretary-General to submit "
        "annual reports, from its seventy-eighth session onwards, for consideration by the General Assembly under the "
        "aforementioned item;",
        [("SecretaryGeneral", "GeneralAssembly", None, None, "P1Y")],
    ),
    (
        "16. Decides to include in the provisional agenda of its seventy-seventh session the item entitled “Sexual "
        "exploitation and abuse: implementing a zero-tolerance policy”, and requests the Secretary-General to submit "
        "annual reports, beginning with its seventy-eighth session, for consideration by the General Assembly under the "
        "aforementioned item;",
        [("SecretaryGeneral", "GeneralAssembly", None, None, "P1Y")],
    ),
    (  # its own session, read: that one, not the item's
        "16. Decides to include in the provisional agenda of its seventy-seventh session the item entitled “Sexual "
        "exploitation and abuse: implementing a zero-tolerance policy”, and requests the Secretary-General to submit "
        "annual reports to the General Assembly at its seventy-eighth session for consideration under that item;",
        [("SecretaryGeneral", "GeneralAssembly", 78, 2023, "P1Y")],
    ),
    (  # a report referred to under the item: none asked
        "16. Decides to include in the provisional agenda of its seventy-seventh session the item entitled "
        "“Comprehensive review of special political missions” and to consider the above-mentioned report of the "
        "Secretary-General under that item;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_annual_reports_for_the_item_placed_on_a_session(text, expected):
    r = resolution(text, date="2022-09-02", organ="GA")
    assert reports(r, "by", "to", "session", "year", "every") == expected
