"""Found in heldout18 (A/RES/78/133 op 4: "Requests the secretariat of the United Nations Conference on Trade and
Development ... to inform the General Assembly at its eighty-first session of the implementation of the present
resolution, through a dedicated section of the Creative Economy Outlook": a written report of UNCTAD to the Assembly
at its eighty-first session, 2026). The class recurs yearly in corpus-full (22 reports, none read before: A/RES/74/198,
78/133 creative economy; 74/199, 75/207, 76/197, 77/155, 78/141, 79/198, 80/127 "through a dedicated section of the
World Investment Report"; 77/154, 78/140, 79/234, 80/126 UNCTAD and UNODC, one each; 74/244, 75/263, 76/253, 78/127,
78/260, 78/279, 79/86 an International Year "mindful of the provisions of ... the annex to Economic and Social
Council resolution 1980/67", the Council cited, not the receiver). "inform" asks for a report only as an
infinitive whose object is an organ at a session named (report_addressed): not "at its future sessions", not "the need
for the Secretary-General to continue to inform" (A/RES/77/6 op 19, heldout11: no request), and the report named as
its means is the same report ("through ... the Sustainable Development Goals Pulse report"), whose author is no
intermediary ("through the International Maritime Organization report", A/RES/75/17 op 7). The report is written
where the clause names a written means (a dedicated section, a report, a note); an International Year's "to inform the
General Assembly at its eighty-second session about the implementation of the present resolution, including an
evaluation of the implementation of the International Year" names none and says no form (heldout20 26: A/RES/78/127
op 5)."""

import pytest

from tests.snippets import reports, resolution

FIELDS = ("by", "to", "through", "session", "year", "form")
CASES = [
    (
        "2023-12-19",
        "4. Requests the secretariat of the United Nations Conference on Trade and Development, and in consultation "
        "with the United Nations Educational, Scientific and Cultural Organization, the International Labour "
        "Organization and relevant entities of the United Nations system, to inform the General Assembly at its "
        "eighty-first session of the implementation of the present resolution, through a dedicated section of the "
        "Creative Economy Outlook, to be introduced to the Second Committee by the Secretariat, elaborating in "
        "particular on how the resolution is aligned with and advances the 2030 Agenda for Sustainable Development;",
        [("UNFundsProgrammes", "GeneralAssembly", None, 81, 2026, "written")],
    ),
    (
        "2019-12-19",
        "31. Requests the Secretary-General, in collaboration with the secretariat of the United Nations Conference "
        "on Trade and Development, to inform the General Assembly at its seventy-fifth session of the implementation "
        "of the present resolution, based on their ongoing research, through a dedicated section of the World "
        "Investment Report, with a special focus on the gaps and challenges faced;",
        [("SecretaryGeneral", "GeneralAssembly", None, 75, 2020, "written")],
    ),
    (
        "2022-12-14",
        "40. Requests the United Nations Conference on Trade and Development and the United Nations Office on Drugs "
        "and Crime to inform the General Assembly at its seventy-eighth session about the implementation of the "
        "present resolution, through a dedicated section of the Sustainable Development Goals Pulse report, "
        "elaborating in particular on the progress in testing the methodology;",
        [
            ("UNFundsProgrammes", "GeneralAssembly", None, 78, 2023, "written"),
            ("UNODC", "GeneralAssembly", None, 78, 2023, "written"),
        ],
    ),
    (
        "2019-12-19",
        "4. Also invites the Food and Agriculture Organization of the United Nations, mindful of the provisions of "
        "paragraphs 23 to 27 of the annex to Economic and Social Council resolution 1980/67, to inform the General "
        "Assembly at its seventy-eighth session regarding the implementation of the present resolution, including an "
        "evaluation of the International Year;",
        # no written means named: no form (heldout20 26 op 5, A/RES/78/127's same words; this case's "written" was a
        # survey reading with no gold)
        [("UNFundsProgrammes", "GeneralAssembly", None, 78, 2023, None)],
    ),
    (
        "2020-12-01",
        "7. Requests the Secretary-General, in collaboration with the International Maritime Organization and the "
        "United Nations Conference on Trade and Development, to inform the General Assembly at its seventy-sixth "
        "session through the International Maritime Organization report on the crew changes situation;",
        [("SecretaryGeneral", "GeneralAssembly", None, 76, 2021, "written")],
    ),
    (
        "2022-11-02",
        "19. Stresses the need for the Secretary-General to continue to inform the General Assembly at its "
        "seventy-eighth session of the expenses incurred and reimbursements received by the United Nations;",
        [],
    ),
    (
        "2019-12-27",
        "104. Requests the Secretary-General to hold competitive examinations in a timely manner and to inform the "
        "General Assembly at its future sessions of efforts in this regard;",
        [],
    ),
]


@pytest.mark.parametrize("date,text,expected", CASES)
def test_report_by_informing_an_organ_at_a_session(date, text, expected):
    r = resolution(text, date=date, organ="GA")
    assert sorted(reports(r, *FIELDS), key=str) == sorted(expected, key=str)


def test_the_session_pattern_is_linear():
    from resgraph.extract import report_addressed
    from tests.growth import LINEAR, growth

    after = report_addressed._AFTER["inform"]
    assert growth(lambda n: " the General Assembly at its " + "a" * n + " x", after.match, 1000) < LINEAR
