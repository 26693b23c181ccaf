"""A report referred to ("the report on ...") that a verb of delivery asks again with a cycle of its own said between
the verb and the report was read as a mention and lost: "To request the Secretary-General to submit, on a biennial
basis as from the seventy-seventh session of the General Assembly, the report on the follow-up to the outcome of the
Special Session of the General Assembly on Children of 2002, to both the General Assembly and the Economic and Social
Council, as mandated by General Assembly resolution S-27/2" (A/RES/76/147 op 43 (h)): a cycle is a time of its own, as
"by 31 March 2004" is (report_redelivered.TIMED_BEFORE), the verb may be closed by a comma ("to submit, by 1 May 2022,
the report"), and "to both the General Assembly and the Economic and Social Council" names two receivers. Near misses:
a cycle after the report may be another report's ("the report he presents annually to the Human Rights Council ...
also to the General Assembly", A/HRC/RES/54/24 op 15, heldout37 27: not read from there), and "the report" handed on
with no time of its own stays a mention."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "43. Requests the Secretary-General to submit, on a biennial basis as from the seventy-seventh session of the "
        "General Assembly, the report on the follow-up to the outcome of the Special Session of the General Assembly on "
        "Children of 2002, to both the General Assembly and the Economic and Social Council, as mandated by General "
        "Assembly resolution S-27/2, focusing on children and the Sustainable Development Goals;",
        [
            ("SecretaryGeneral", "GeneralAssembly", None, "P2Y", "written"),
            ("SecretaryGeneral", "ECOSOC", None, "P2Y", "written"),
        ],
    ),
    (
        "43. Requests the Secretary-General to submit, by 1 May 2022, the report on the rights of the child;",
        [("SecretaryGeneral", "GeneralAssembly", "2022-05-01", None, "written")],
    ),
    (  # near miss: the cycle of the report named in a relative clause, not read as this one's
        "15. Invites the Secretary-General to submit the report he presents annually to the Human Rights Council on "
        "cooperation with the United Nations also to the General Assembly;",
        [],
    ),
    (  # near miss: no time of its own
        "43. Requests the Secretary-General to submit, in due course, the report on the rights of the child;",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_report_referred_to_asked_again_with_a_cycle(text, want):
    r = resolution(text, date="2021-12-16", organ="The General Assembly")
    assert reports(r, "by", "to", "due", "every", "form") == want
