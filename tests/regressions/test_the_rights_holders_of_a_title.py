"""Those whose rights a mandate holder's title names are its subject, not asked: "Invites the Expert Mechanism on the
Rights of Indigenous Peoples, the Permanent Forum on Indigenous Issues and the Special Rapporteur on the rights of
Indigenous Peoples to give due consideration" (A/RES/79/159 op 29 and its yearly twins, 74/135 op 18 to 80/191 op 29;
heldout23 A/RES/74/135 op 18, the gold's EMRIP, PFII, SpecialProcedures) read IndigenousPeoples beside the three
bodies. Not taken: the peoples asked in their own right, beside the Rapporteur or alone."""

import pytest

from tests.snippets import mandates, snippet

CASES = [
    (
        "Invites the Expert Mechanism on the Rights of Indigenous Peoples, the Permanent Forum on Indigenous Issues and "
        "the Special Rapporteur on the rights of Indigenous Peoples to give due consideration, within their mandates, to "
        "the rights of Indigenous Peoples as related to the implementation of the 2030 Agenda;",
        [("invites", ("EMRIP", "PFII", "SpecialProcedures"))],
    ),
    (  # the lower-case title of the earlier twins (A/RES/74/135 op 18)
        "Invites the Expert Mechanism on the Rights of Indigenous Peoples, the Permanent Forum on Indigenous Issues and "
        "the Special Rapporteur on the rights of indigenous peoples to give due consideration;",
        [("invites", ("EMRIP", "PFII", "SpecialProcedures"))],
    ),
    (
        "Invites the Special Rapporteur on the rights of indigenous peoples to continue to report;",
        [("invites", ("SpecialProcedures",))],
    ),
    # (not taken: the peoples asked in their own right)
    (
        "Invites the Special Rapporteur on the rights of indigenous peoples and indigenous peoples to cooperate;",
        [("invites", ("SpecialProcedures", "IndigenousPeoples"))],
    ),
    (
        "Encourages States and indigenous peoples to cooperate;",
        [("encourages", ("States", "IndigenousPeoples"))],
    ),
    (
        "Invites indigenous peoples’ organizations to contribute to the Fund;",
        [("invites", ("IndigenousPeoples",))],
    ),
]

OPENER = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "


@pytest.mark.parametrize("text,expected", CASES)
def test_the_rights_holders_of_a_title(text, expected):
    r = snippet(OPENER + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
