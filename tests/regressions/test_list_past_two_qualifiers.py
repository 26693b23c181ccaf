"""An addressee list that goes on past two qualifying phrases in a row, each set off by commas (list_ends._qualifiers):
"all countries, intergovernmental bodies, organizations of the United Nations system, as appropriate, within their
existing mandates, relevant non-governmental organizations and all other relevant stakeholders to enhance"
(A/RES/76/214 op 19, the same words in 74/230 op 18, 78/161 op 19, 80/148 op 17) had ended at "system" (the
non-governmental organizations and stakeholders lost), while one such phrase alone ("..., within their respective
mandates, relevant non-governmental organizations", A/RES/74/230 op 16) was read through (list_ends._aside).

Not past the run where the window's infinitive follows it ("all countries, as appropriate, within their financial
means, to enhance": the pair so worded before an infinitive, A/RES/80/227, E/RES/2025/17), nor where a partner's phrase follows it ("the Secretary-General,
as appropriate, within existing resources, in consultation with Member States, to"), nor where a phrase names a body
("within the framework of the United Nations Development Assistance Framework").
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 74/230,\n\n1. "

CASES = [
    (
        "Encourages all countries, intergovernmental bodies, organizations of the United Nations system, as "
        "appropriate, within their existing mandates, relevant non‑governmental organizations and all other relevant "
        "stakeholders to enhance cooperation in identifying and addressing the challenges of sand and dust storms;",
        [("encourages", {"States", "IntergovernmentalBodies", "UNSystemEntities", "CivilSociety", "Stakeholders"})],
    ),
    (
        "Encourages all countries, intergovernmental bodies, organizations of the United Nations system, within their "
        "respective mandates, relevant non-governmental organizations and all other relevant stakeholders to act;",
        [("encourages", {"States", "IntergovernmentalBodies", "UNSystemEntities", "CivilSociety", "Stakeholders"})],
    ),
    (
        "Encourages all countries, as appropriate, within their financial means, to enhance the effectiveness of "
        "action aimed at tackling illicit financial flows;",
        [("encourages", {"States"})],
    ),
    (
        "Requests the Secretary-General, as appropriate, within existing resources, in consultation with Member "
        "States, to prepare a report;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        "Invites Member States, as appropriate, within the framework of the United Nations Development Assistance "
        "Framework, to cooperate;",
        [("invites", {"MemberStates"})],
    ),
    (  # the run after "and," (review52-A 10, made up): the comma after "entities" had ended the list
        "Invites Member States, where appropriate, within their respective mandates, relevant United Nations "
        "entities, and, as appropriate, within existing resources, civil society to support the Fund;",
        [("invites", {"MemberStates", "UNSystemEntities", "CivilSociety"})],
    ),
    (  # one phrase after "and," as before (heldout14 S/RES/1455 (2003) op 7)
        "Calls upon all States, relevant United Nations bodies, and, as appropriate, other organizations and "
        "interested parties to cooperate fully;",
        [("calls-upon", {"States", "UNSystemEntities", "InternationalOrganizations", "Stakeholders"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_list_past_two_qualifiers(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
