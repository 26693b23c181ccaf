"""An obligation to report that another resolution set, recalled after a request in the clause ("and recalls in
this regard that ... are required to submit written reports"), asks for no report of this one (audit46 class 2).
S/RES/2266 (2016) op 10 and its yearly successors 2342, 2402, 2456: "Calls upon all Member States ... to report to
the Committee as soon as possible ... and recalls in this regard that Member States undertaking cargo inspections
pursuant to paragraph 15 of resolution 2216 (2015) are required to submit written reports to the Committee as set
out in paragraph 17 of resolution 2216 (2015)" gave two reports, the second resolution 2216's; S/RES/1851 (2008)
op 4 "and recalls that future recommendations ... are to be detailed in a report by the Secretary-General no later
than three months after the adoption of resolution 1846" gave resolution 1846's report as due; S/RES/1808 (2008) op 6 "and in this regard recalls the recommendations of the
Secretary-General contained in S/2007/439 and his subsequent reports" a report by the parties."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "10. Calls upon all Member States which have not already done so to report to the Committee as soon as "
        "possible on the steps they have taken with a view to implementing effectively the measures imposed by "
        "paragraphs 11 and 15 of resolution 2140 (2014) and paragraph 14 of resolution 2216 (2015), and recalls in "
        "this regard that Member States undertaking cargo inspections pursuant to paragraph 15 of resolution 2216 "
        "(2015) are required to submit written reports to the Committee as set out in paragraph 17 of resolution "
        "2216 (2015);",
        [(10, "MemberStates")],
    ),
    (
        "4. Encourages all States and regional organizations fighting piracy and armed robbery at sea off the coast of "
        "Somalia to establish an international cooperation mechanism; and recalls that future recommendations on ways "
        "to ensure the long-term security of international navigation off the coast of Somalia are to be detailed in "
        "a report by the Secretary-General no later than three months after the adoption of resolution 1846;",
        [],
    ),
    (
        # reports recalled, S/RES/1808 (2008) op 6
        "6. Strongly urges all parties to consider and address seriously each other's legitimate security concerns, "
        "to refrain from any acts of violence or provocation, and to maintain the security zone and the restricted "
        "weapons zone free of any unauthorized military activities; and in this regard recalls the recommendations of "
        "the Secretary-General contained in S/2007/439 and his subsequent reports;",
        [],
    ),
    (
        # an aside "recalling" before the report asked: the report counts (A/RES/76/274 op 75)
        "75. Requests the Secretary-General to ensure the responsible use of technologies in peacekeeping operations, "
        "recalling the commitment of the Organization to privacy, confidentiality, transparency and respect for State "
        "sovereignty, and to report to the Security Council on the contribution of technology;",
        [(75, "SecretaryGeneral")],
    ),
    (
        # a request after the recalled obligation, with a verb of its own, still counts
        "15. Demands that all the parties desist from any interference with freedom of movement of United Nations "
        "personnel, recalls that all the parties have the obligation to provide full and unhindered access to MONUC "
        "to allow it to carry out its mandate, and asks the Special Representative of the Secretary-General to report "
        "any failure to comply with this obligation;",
        [(15, "SpecialRepresentatives")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_recalled_obligation_asks_no_report(text, expected):
    r = resolution(text, date="2016-02-24")
    assert reports(r, "op", "by") == expected
