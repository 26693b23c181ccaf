"""A list of addressees cut short by a qualifier, and a demand's aside (heldout6; issue 12).

"Urges all States, relevant United Nations bodies and, as appropriate, other organizations and all interested
parties to cooperate" (heldout6 S/RES/1478 (2003) op 33) and "Requests the Government of the Democratic Republic
of the Congo, other governments in the region as appropriate, MONUC and the Group of Experts, to cooperate"
(S/RES/1857 (2008) op 11) asked the first bodies alone: "as" ended the window. "as appropriate" (applicable,
relevant, necessary) set off by a comma inside a list ends nothing; "as" still ends a clause ("Requests the
Secretary-General, as appropriate, to report" asks the Secretary-General).
"Reiterates its demand, reminding in particular the Syrian authorities, that all parties immediately comply"
(heldout6 S/RES/2401 (2018) op 7) asked the Syrian authorities too: an aside between a demand and its "that" is
passed over, as after "Decides"."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Urges all States, relevant United Nations bodies and, as appropriate, other organizations and all "
        "interested parties to cooperate fully with the Committee;",
        [("urges", {"States", "UNSystemEntities", "InternationalOrganizations", "Stakeholders"})],
    ),
    (
        "Requests the Government of the Democratic Republic of the Congo, other governments in the region as "
        "appropriate, the United Nations Organization Mission in the Democratic Republic of the Congo (MONUC) and "
        "the Secretary-General, to cooperate intensively;",
        [("requests", {"state:COD", "RegionalPartners", "MONUC", "SecretaryGeneral"})],
    ),
    (
        "Requests the Secretary-General, as appropriate, to report to the Council;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        "Reiterates its demand, reminding in particular the Syrian authorities, that all parties immediately comply "
        "with their obligations under international law;",
        [("demands", {"PartiesToConflict"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_list_qualifier_and_demand_aside(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
