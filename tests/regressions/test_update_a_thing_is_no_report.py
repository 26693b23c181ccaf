"""Third held-out gold (E/RES/2022/17 ops 18, 25): "to regularly update the Global Forest Financing
Facilitation Network clearing house databases" was read as "update the AUHIP" (a report given to
someone: any capital word after "update the" passed), and "a global workshop on national voluntary
reporting on progress" as reporting asked for (a topic after a preposition allowed one modifier only).
In corpus-full the same fault made 51 more false reports: "to update the United Nations Procurement
Manual accordingly" (GA budget resolutions), "update the CONOPS", "update the United Nations
Sustainable Development Coordination Framework"."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "ECOSOC",
        "18. Also requests the Forum secretariat, within existing resources, to regularly update the Global Forest "
        "Financing Facilitation Network clearing house databases and communicate information to familiarize members "
        "of the Forum with the databases;",
        [],
    ),
    (
        "ECOSOC",
        "25. Also requests that the Forum secretariat organize a global workshop on national voluntary reporting on "
        "progress towards global forest goals and targets;",
        [],
    ),
    (
        "GA",
        "9. Requests the Secretary-General to establish clear frameworks and guidelines, and to update the United "
        "Nations Procurement Manual accordingly;",
        [],
    ),
    ("SC", "13. Requests the African Union (AU) to continue to develop and update the CONOPS;", []),
    # still reports: an organ or an officer updated, or an update for an organ's session
    (
        "SC",
        "3. Requests the Secretary-General to update the Council on the implementation of the recommendations;",
        [(3, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (
        "SC",
        "5. Requests UNODC to update the Committee on its work related to this resolution by 13 November 2025;",
        [(5, "UNODC", "SanctionsCommittee")],
    ),
    (
        "GA",
        "66. Also requests the Secretary-General to update the World Survey on the Role of Women in Development for "
        "the consideration of the Assembly at its seventy-ninth session.",
        [(66, "SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "GA",
        "17. Calls upon the United Nations development system entities to accelerate the mainstreaming of disability "
        "inclusion, including by implementing and providing measurable reporting on the United Nations Disability "
        "Inclusion Strategy across their programmes;",
        [(17, "UNSystemEntities", "GeneralAssembly")],
    ),
]
PREAMBLE = "Recalling the Committee established pursuant to resolution 1533 (2004),"


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_update_a_thing_is_no_report(organ, text, expected):
    r = resolution(text, date="2020-05-29", organ=organ, preamble=PREAMBLE)
    assert reports(r, "op", "by", "to") == expected
