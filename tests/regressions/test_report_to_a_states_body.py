"""A State's own body by its name as a second receiver: "to provide to the Security Council, and to the CMD and the
Office of National Security, by 13 November 2025, an update" (S/RES/2776 (2025) op 47, 2806 (2025) op 52, heldout13
06) gave each reporter's update to the Council alone: the CMD (the Somali Government's Central Monitoring Department)
was unknown, then read as a place after "to". countries.yaml names it (state:SOM) among `states.bodies`, a State's
bodies that are never a place: a report to each receiver. A State's name after "to" is still a place ("support to
Somalia": no receiver)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "47. Requests the European Union to provide to the Security Council, and to the CMD and the Office of National "
        "Security, by 13 November 2025, an update on the support provided to Somalia since the adoption of this "
        "resolution;",
        [("EuropeanUnion", "SecurityCouncil", "2025-11-13"), ("EuropeanUnion", "state:SOM", "2025-11-13")],
    ),
    (
        "47. Requests the European Union to provide to the Security Council, and to the Central Monitoring Department, "
        "by 13 November 2025, an update on its support;",
        [("EuropeanUnion", "SecurityCouncil", "2025-11-13"), ("EuropeanUnion", "state:SOM", "2025-11-13")],
    ),
    (  # the State's name after "to" is the support's place, no receiver
        "47. Requests the European Union to provide to the Security Council, by 13 November 2025, an update on the "
        "support provided to Somalia;",
        [("EuropeanUnion", "SecurityCouncil", "2025-11-13")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_to_a_states_body(text, expected):
    r = resolution(text, date="2025-03-03")
    assert reports(r, "by", "to", "due") == expected
