"""Report words read as reports due though they ask for none, and a reporter read as its own receiver:
- "to broaden their existing country-level review mechanisms and report dissemination" (E/RES/2023/29 op 5,
  heldout10 20, and its six yearly twins): a bare "report" that modifies the noun of action after it is a
  compound's first part, no report (the developing countries reported to themselves);
- "reiterates its request that UNISFA, observe, document and report on the movement of weapons into Abyei and the
  presence ... of weapons within Abyei as part of the Secretary-General's regular reporting cycle" (S/RES/2205
  (2015) op 12, heldout10 14, and six twins): part of the Secretary-General's reports, no report of its own; "within
  Abyei" is a place, not the delay that kept the far "as part of" from being read;
- "Requests the Monitoring Group to report to the Committee by 31 March 2002" (S/RES/1390 (2002) op 10): the group,
  which the vocabulary reads as the Committee, reported to itself; a reporter read as its receiver is none known."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "5. Also calls upon the least developed countries, in cooperation with their development partners, to broaden "
        "their existing country-level review mechanisms and report dissemination, including those for the achievement "
        "of the Sustainable Development Goals, to cover the review of the Doha Programme of Action and extend them to "
        "all least developed countries;",
        "ECOSOC",
        [],
    ),
    (
        "12. Affirms that UNISFA may undertake weapons confiscation and destruction in the Abyei Area, and reiterates "
        "its request that UNISFA, observe, document and report on the movement of weapons into Abyei and the presence "
        ", destruction and confiscation of weapons within Abyei as part of the Secretary-General’s regular reporting "
        "cycle;",
        "SC",
        [],
    ),
    (
        "10. Requests the Monitoring Group to report to the Committee by 31 March 2002 and thereafter every 4 months;",
        "SC",
        [(10, None, "SanctionsCommittee")],
    ),
    (  # a report verb before a place and a far "as part of" with a delay between: its own
        "4. Requests UNISFA to report on the movement of weapons within Abyei within three months of the adoption of "
        "this resolution, and thereafter as part of the Secretary-General’s regular reporting cycle;",
        "SC",
        [(4, "UNISFA", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize(("text", "organ", "want"), CASES)
def test_no_report_or_no_reporter(text, organ, want):
    r = resolution(text, date="2015-02-26", organ=organ)
    assert reports(r, "op", "by", "to") == want


PART_CASES = [
    (  # an assessment included in another report named otherwise
        "53. Requests the Secretary-General to include in the comprehensive review an assessment of whether the "
        "restructured internship programme should be administered centrally or remain fully decentralized;",
        [],
    ),
    (  # reporting inside his report on another subject, far after the verb
        "22. Notes that the system of desirable ranges is a mechanism with quantifiable targets, and requests the "
        "Secretary-General to report on each Member State’s representation status, desirable range and movement of "
        "geographical posts needed to reach within-range status in his report on the composition of the Secretariat;",
        [],
    ),
    (
        "20. Requests the Secretary-General to report on the ongoing efforts and progress achieved towards geographical "
        "diversity across the Organization;",
        [(20, "SecretaryGeneral", "GeneralAssembly")],
    ),
]


@pytest.mark.parametrize(("text", "want"), PART_CASES)
def test_part_of_another_report(text, want):
    r = resolution(text, date="2023-04-06", organ="GA")
    assert reports(r, "op", "by", "to") == want
