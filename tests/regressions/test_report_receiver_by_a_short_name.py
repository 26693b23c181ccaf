"""A receiver named by a short form was read in the wrong body: "brief the Commission" in a text that
named the Peacebuilding Commission was the crime commission (CCPCJ), the first organ whose name has
"Commission" (A/RES/80/11 op 2, S/RES/2805 (2025) op 2); "to submit to the Commission at its sixty-sixth
session, in 2028, a report" after "the Commission for Social Development" likewise (E/RES/2025/8 op 17).
"The Commission", "the Conference", "the Committee" are the speaker if it is called so, else the body
named last whose contextual aliases (actors.yaml) hold the short name, else the organ called so by
default, else none (the organ's default receiver). And a title before "to" is no receiver: "his Special
Envoys and Special Representatives to United Nations missions, ..., to update the Council" reports to the
Council, not to the missions (S/RES/2122 (2013) op 2, S/RES/2171 (2014) op 19); "the Special Adviser to
the Secretary-General" in an interactive dialogue (A/HRC/RES/54/2 op 18)."""

import pytest

from tests.snippets import reports, resolution

PBC = (
    "1. Welcomes the work of the Peacebuilding Commission in the countries on its agenda;\n\n"
    "2. Encourages the Commission to continue its work, and requests the United Nations leadership in countries "
    "considered by the Commission to regularly brief the Commission, as appropriate, on the peacebuilding "
    "components of relevant mandates and activities;"
)

CASES = [
    (PBC, "The Security Council", "PeacebuildingCommission"),
    (PBC, "The General Assembly", "PeacebuildingCommission"),
    (
        "1. Welcomes the work of the Commission for Social Development;\n\n"
        "2. Also requests the Secretary-General to submit to the Commission at its sixty-sixth session, in 2028, a "
        "report, including the conclusions of the fifth review and appraisal exercise;",
        "The Economic and Social Council",
        "CSocD",
    ),
    (
        # (without "as part of their regular briefings", which makes it a part of those briefings, no report:
        # test_report_part_of_regular_briefings)
        "2. Requests the Secretary-General and his Special Envoys and Special Representatives to United Nations "
        "missions to update the Council on progress in inviting women to participate;",
        "The Security Council",
        "SecurityCouncil",
    ),
]


@pytest.mark.parametrize("text,organ,receiver", CASES)
def test_short_name_is_the_body_named_before(text, organ, receiver):
    got = reports(resolution(text, date="2025-10-01", organ=organ), "to")
    assert got and all(to == receiver for to in got), got
