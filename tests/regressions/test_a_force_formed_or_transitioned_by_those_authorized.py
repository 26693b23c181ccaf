"""An authorization for a time given to Member States to form, deploy or transition into a force the vocabulary has is
that force's term, as the golds read it (heldout19 04 op 1, S/RES/2699 (2023): "Authorizes Member States ... to form
and deploy a Multinational Security Support (MSS) mission ..., for an initial period of twelve months following the
adoption" -> of=MSS, as heldout16 04 op 16 of=AUSSOM and the AMISOM authorizations); both were of=MemberStates, as was
S/RES/2793 (2025) op 1 "Authorizes Member States to transition the MSS mission, as authorized in resolution 2699
(2023), and renewed in resolution 2751 (2024), to the Gang Suppression Force (GSF), ..., for an initial period of
twelve months" (now of=GSF). A force with no id stays the States' (the EUFOR ALTHEA authorizations: of=MemberStates).
"""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (  # S/RES/2793 (2025) op 1
        "2025-09-30",
        "1. Authorizes Member States to transition the MSS mission, as authorized in resolution 2699 (2023), and "
        "renewed in resolution 2751 (2024), to the Gang Suppression Force (GSF), in close cooperation and coordination "
        "with the Government of Haiti, for an initial period of twelve months following the adoption of this "
        "resolution;",
        [(1, "authorizes", "GSF", "2026-09-30", "P12M")],
    ),
    (  # heldout19 04 op 1, S/RES/2699 (2023)
        "2023-10-02",
        "1. Authorizes Member States that have notified the Secretary-General of their participation to form and "
        "deploy a Multinational Security Support (MSS) mission with a lead country, in close cooperation and "
        "coordination with the Government of Haiti, for an initial period of twelve months following the adoption "
        "of this resolution;",
        [(1, "authorizes", "MSS", "2024-10-02", "P12M")],
    ),
    (  # a force with no id: those authorized (heldout13 02 op 1)
        "2022-11-02",
        "1. Authorizes the Member States acting through or in cooperation with the EU to establish for a further "
        "period of twelve months, starting from the date of the adoption of this resolution, a multinational "
        "stabilization force (EUFOR ALTHEA);",
        [(1, "authorizes", "MemberStates", "2023-11-02", "P12M")],
    ),
]


@pytest.mark.parametrize("date,text,expected", CASES)
def test_a_force_formed_or_transitioned_by_those_authorized(date, text, expected):
    r = resolution(text, date=date)
    assert terms(r, "op", "action", "of", "until", "period") == expected
