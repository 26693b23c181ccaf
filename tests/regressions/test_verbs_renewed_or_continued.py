"""Third held-out gold: S/RES/1495 (2003) op 4 "Reaffirms its call upon the Polisario Front to
release ..., and its call upon Morocco and the Polisario Front to continue to cooperate" had one
mandate (a second renewed call was read after "Reiterates" only); op 5 "and continues to urge the
international community" none ("Continues to encourage / urge / call upon / request / invite": 70
mandates of corpus-full; "to continue to encourage", someone else's task, is none). A reaffirmed
decision renews no mandate. Addressees: "the UN Truce Supervision Organization" is UNTSO (S/RES/2766
op 12), "the Executive Representative of the Secretary-General" a special representative (S/RES/1886
op 3). "update its guidelines" is no report ("it" is not the start of "its")."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "4. Reaffirms its call upon the Polisario Front to release without further delay all remaining prisoners of "
        "war, and its call upon Morocco and the Polisario Front to continue to cooperate with the International "
        "Committee of the Red Cross;",
        [(4, "calls-upon", ("Polisario",)), (4, "calls-upon", ("state:MAR", "Polisario"))],
    ),
    (
        "5. Reiterates its call upon the parties to collaborate with the UNHCR and continues to urge the "
        "international community to provide generous support to UNHCR;",
        [(5, "calls-upon", ("PartiesToConflict",)), (5, "urges", ("InternationalCommunity",))],
    ),
    ("5. Continues to encourage Member States to provide support;", [(5, "encourages", ("MemberStates",))]),
    (
        "6. Requests the Secretary-General to continue to encourage States to provide support;",
        [(6, "requests", ("SecretaryGeneral",))],
    ),
    (  # a decision reaffirmed, then another: no mandate
        "14. Reaffirms its decision to hold a midterm review in 2023, and its decision to convene a meeting;",
        [],
    ),
    (
        "12. Encourages the Department of Peace Operations, UNDOF, and the UN Truce Supervision Organization to "
        "continue relevant discussions;",
        [(12, "encourages", ("DPO", "UNDOF", "UNTSO"))],
    ),
    (
        "3. Encourages the Executive Representative of the Secretary-General to pursue his action;",
        [(3, "encourages", ("SpecialRepresentatives",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_verbs_renewed_or_continued(text, expected):
    r = resolution(text, date="2003-07-31")
    assert mandates(r, "op", "verb", "addressees") == expected


def test_updating_a_document_is_no_report():
    text = (
        "25. Decides that the Committee should update its guidelines within three months from the date of adoption "
        "of this resolution;"
    )
    assert resolution(text, date="2012-04-26").reports_due == ()
