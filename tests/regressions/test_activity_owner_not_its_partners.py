"""Owners of a nominal object (the issue's item: "requests the Secretary-General to support the efforts
of the African Union": the African Union is not asked): an activity the window opens with is asked of
its agent, not of those it is carried out with (A/RES/79/181 op 15 "encourages the cooperation of the
Office with a wide range of stakeholders": the Office, not the stakeholders; A/HRC/RES/57/34 op 17
"the collaboration of the Government of the Democratic Republic of the Congo with all United Nations
mechanisms, including ... the special procedures": the Government; A/RES/79/161 op 54 "the
participation of Member States ... and civil society organizations in accordance with the rules of
procedure of the Assembly and the Council": not the Council)."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Requests the Secretary-General to support the efforts of the African Union to mediate;",
        [("requests", ("SecretaryGeneral",))],
    ),
    (
        "Welcomes the work of the Office of the United Nations High Commissioner for Human Rights, and encourages the "
        "cooperation of the Office with a wide range of stakeholders in the procurement of evidence;",
        [("encourages", ("OHCHR",))],
    ),
    (
        "Also encourages the collaboration of the Government of the Democratic Republic of the Congo with all United "
        "Nations mechanisms, including the universal periodic review and the special procedures;",
        [("encourages", ("state:COD",))],
    ),
    (
        "Requests the President of the General Assembly and the President of the Human Rights Council to convene "
        "meetings, and in this context encourages the participation of Member States, eminent personalities active in "
        "the struggle against racial discrimination, and civil society organizations in accordance with the rules of "
        "procedure of the Assembly and the Council, respectively;",
        [
            ("requests", ("PresidentGeneralAssembly", "PresidentHRC")),
            # the eminent personalities too, the id heldout24's and heldout45's golds read (stop 63)
            ("encourages", ("MemberStates", "EminentPersonalities", "CivilSociety")),
        ],
    ),
    # a list of agents goes on past "in" ("all actors in society, including ...")
    (
        "Welcomes and encourages the continuing efforts of all actors in society, including national human rights "
        "institutions and non-governmental organizations;",
        [("encourages", ("Stakeholders", "NHRIs", "CivilSociety"))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_activity_owner_not_its_partners(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
