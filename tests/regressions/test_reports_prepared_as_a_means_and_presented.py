"""Found in heldout36 (A/HRC/RES/58/18 op 22: "Requests the High Commissioner to strengthen monitoring and engagement,
including by preparing reports that are comprehensive, gender-responsive ... on the situation of human rights in
Nicaragua, building on previous reports of the High Commissioner ..., and to present them to the Council at its
sixtieth and sixty-third sessions, ..., and to present an oral update to the Council at its fifty-ninth and
sixty-second sessions": four items, written at HRC 60 and 63, oral at HRC 59 and 62): the reports after "including by
preparing" were read as what another report includes (report_triggers.INCLUDE_BEFORE) and as referred to, and only the
oral updates were kept. Reports made as a task's means and handed on later in the clause ("and to present them to")
are asked for (report_handed.made_and_handed, reports.yaml `making`). Corpus-full: the one text so worded. Not taken:
"including by submitting reports under the International Covenant" (a State's treaty reports, handed to no one), nor
reports prepared "including by" with no hand-over, nor "them" handed by a request after another one of the clause
("and to collect the views ..., and to present them"). Reports so made are an item of their own: they do not replace a
report verb asked before them ("to brief the Council ..., including by preparing reports ..., and to present them")."""

import pytest

from tests.snippets import reports, resolution

OP22 = (
    "22. Requests the High Commissioner to strengthen monitoring and engagement, including by preparing reports that "
    "are comprehensive, gender-responsive and take into account race and ethnic origin, on the situation of human "
    "rights in Nicaragua, building on previous reports of the High Commissioner and the reports and recommendations of "
    "Human Rights Council mechanisms and those of the treaty bodies, including on justice and due process for political "
    "dissidents and groups in vulnerable situations, and to present them to the Council at its sixtieth and "
    "sixty-third sessions, to be followed by an interactive dialogue, and to present an oral update to the Council at "
    "its fifty-ninth and sixty-second sessions;"
)
HC, HRC = "HighCommissionerHumanRights", "HumanRightsCouncil"
CASES = [
    (
        OP22,
        [
            (HC, HRC, 60, 2025, "written"),
            (HC, HRC, 63, 2026, "written"),
            (HC, HRC, 59, 2025, "oral"),
            (HC, HRC, 62, 2026, "oral"),
        ],
    ),
    (  # a State's treaty reports, handed to no one the clause names
        "5. Calls upon the Government to cooperate with the treaty bodies, including by submitting reports under the "
        "International Covenant on Civil and Political Rights;",
        [],
    ),
    (  # review 54 B finding 2: the reports are handed on by their own request, not the briefing's means: two items
        "22. Requests the High Commissioner to brief the Council at its fifty-ninth session on the situation, including "
        "by preparing reports on the situation of human rights in Nicaragua, and to present them to the Council at its "
        "sixtieth session;",
        [(HC, HRC, 59, 2025, "oral"), (HC, HRC, 60, 2025, "written")],
    ),
    (  # review 54 B finding 6: "them" are the views of another request of the clause, not the reports
        "22. Requests the High Commissioner to strengthen monitoring, including by preparing reports on the situation, "
        "and to collect the views of States and relevant stakeholders, and to present them to the Council at its "
        "sixtieth session;",
        [],
    ),
    (  # prepared as a means, handed to no one
        "22. Requests the High Commissioner to strengthen monitoring and engagement, including by preparing reports on "
        "the situation of human rights in Nicaragua;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reports_prepared_as_a_means_and_presented(text, expected):
    r = resolution(text, date="2025-04-04", organ="HRC")
    assert reports(r, "by", "to", "session", "year", "form") == expected
