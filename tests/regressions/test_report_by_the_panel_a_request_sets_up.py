"""The reports among the tasks of a panel or mechanism that the Secretary-General is asked to set up were read as
his: "Requests the Secretary-General to create ... a group of up to seven experts (“Panel of Experts”), ... to carry
out the following tasks: ... (d) provide an interim report on its work to the Council no later than 90 days after
adoption of this resolution, and a final report" (S/RES/1874 (2009) op 26, 1929 (2010) op 29: the tasks inline),
"Requests the Secretary-General ... to establish a panel of experts, ...: (d) To report to the Council through the
Committee ... no later than 31 October 2000" (S/RES/1306 (2000) op 19), "to establish ... a mechanism: ... (c) to
collate, assess, verify wherever possible, report and make recommendations" (S/RES/1363 (2001) op 3). The panel
reports (report_created): the document's panel, the one whose resolutions hold its number (bodies.yaml), now also
where the text writes it in lower case. The Secretary-General's own report after the list is still his."""

import pytest

from tests.snippets import facts, resolution

CASES = [
    (
        "S/RES/1874 (2009)",
        "2009-06-12",
        "26. Requests the Secretary-General to create for an initial period of one year, in consultation with the "
        "Committee, a group of up to seven experts (“Panel of Experts”), acting under the direction of the Committee "
        "to carry out the following tasks: (a) assist the Committee in carrying out its mandate; (b) gather, examine "
        "and analyze information from States; and (c) provide an interim report on its work to the Council no later "
        "than 90 days after adoption of this resolution, and a final report to the Council no later than 30 days "
        "prior to termination of its mandate with its findings and recommendations;",
        [("PanelOfExperts1874", "SecurityCouncil"), ("PanelOfExperts1874", "SecurityCouncil")],
    ),
    (
        "S/RES/1306 (2000)",
        "2000-07-05",
        "19. Requests the Secretary-General, in consultation with the Committee, to establish a panel of experts, for "
        "an initial period of four months, consisting of no more than five members:\n\n(a) To collect information on "
        "possible violations of the measures imposed by paragraph 2 of resolution 1171 (1998);\n\n(b) To report to "
        "the Council through the Committee with observations and recommendations no later than 31 October 2000; and "
        "further requests the Secretary-General to provide the necessary resources;",
        [("PanelOfExperts1306", "SecurityCouncil")],
    ),
    (
        "S/RES/1874 (2009)",
        "2009-06-12",
        "26. Requests the Secretary-General to create a group of up to seven experts (“Panel of Experts”) to assist "
        "the Committee, and to report to the Council on its establishment within 30 days;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("symbol,date,text,expected", CASES)
def test_report_by_the_panel_a_request_sets_up(symbol, date, text, expected):
    r = resolution(text, date=date, symbol=symbol)
    assert facts(r.reports_due, ("by", "to")) == expected
