"""Bodies set up after asides of any kind, or named with a comma: "Decides to establish, with immediate effect, in
accordance with rule 28 of its provisional rules of procedure, a Committee of the Security Council" (S/RES/1518
(2003) op 1); "to establish, within one month ..., in preparation for a Panel of Experts, a team of experts consisting
of two members for a period of 30 days" (S/RES/1407 (2002) op 1: what it consists of is no part of its name, as for
"a monitoring mechanism composed of up to five experts", S/RES/1295 (2000) op 3); "a Member State-led, open-ended ad
hoc intergovernmental committee" (A/RES/78/230 op 3: the comma before a compound adjective is in the name, and
"Member State-led" names no Member States); a thousands comma is no end of the name ("a military component of up
to 7,000 troops" was cut at "7")."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "SC",
        "1. Decides to establish, with immediate effect, in accordance with rule 28 of its provisional rules of "
        "procedure, a Committee of the Security Council, consisting of all the members of the Council, to continue to "
        "identify individuals and entities;",
        [(1, "establishes", "SanctionsCommittee", None, None)],
    ),
    (
        "SC",
        "1. Requests the Secretary-General to establish, within one month from the date of adoption of this resolution, "
        "in preparation for a Panel of Experts, a team of experts consisting of two members for a period of 30 days, to "
        "provide the Committee with an action plan;",
        [(1, "establishes", "team of experts", None, "P30D")],
    ),
    (
        "SC",
        "3. Requests the Secretary-General to establish a monitoring mechanism composed of up to five experts, for a "
        "period of six months from its effective entry into operation, to collect additional relevant information;",
        [(3, "establishes", "monitoring mechanism", None, "P6M")],
    ),
    (
        "GA",
        "3. Decides to establish a Member State-led, open-ended ad hoc intergovernmental committee for the purpose of "
        "drafting terms of reference for a United Nations framework convention on international tax cooperation;",
        [(3, "establishes", "AdHocCommittee", None, None)],
    ),
    (
        "GA",
        "3. Also decides to establish a Member State-led, open-ended intergovernmental negotiating committee for the "
        "purpose of drafting the United Nations Framework Convention on International Tax Cooperation;",
        [(3, "establishes", "AdHocCommittee", None, None)],
    ),
    (  # a thousands comma is no end of the name: it was "military component of up to 7" (review of stop 59), where
        # "up to 700 troops" ran on
        "SC",
        "1. Decides to establish, for a period of six months, a military component of up to 7,000 troops;",
        [(1, "establishes", "military component of up to 7,000 troops", None, "P6M")],
    ),
    (  # near miss: a comma after a figure that opens no thousands ends the name as before
        "SC",
        "1. Requests the Secretary-General to establish a team of 12, 4 of them police officers, for a period of 30 "
        "days;",
        [(1, "establishes", "team of 12", None, "P30D")],
    ),
    (  # near miss: the comma after a thousands figure, before a space, ends the name as before
        "SC",
        "1. Decides to establish, for a period of six months, a force of up to 1,500, 2,000 and 3,000 troops;",
        [(1, "establishes", "force of up to 1,500", None, "P6M")],
    ),
    (  # a fund set up after asides has no mandate
        "SC",
        "4. Requests the Secretary-General to establish, as soon as possible, in consultation with donors, a trust fund "
        "to support the mission;",
        [],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_term(organ, text, expected):
    r = resolution(text, date="2003-07-24", organ=organ)
    assert terms(r, "op", "action", "of", "until", "period") == expected
