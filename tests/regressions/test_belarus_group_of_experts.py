"""A/HRC/RES/55/27 (2024) op 8 sets up "a group of three independent experts on the situation of human rights in
Belarus" (the Group of Independent Experts, GIEBelarus, as later texts name it) and op 12 asks "the group of experts"
for an oral update and a report: read as no one, so the two reports were dropped, the term's body was the words as
written and op 9's decision ("the group of experts will build on ...") the Council's."""

from tests.snippets import mandates, reports, resolution, terms

TEXT = (
    "8. Also decides to urgently establish, for a renewable period of one year, a group of three independent experts "
    "on the situation of human rights in Belarus, to be appointed by the President of the Human Rights Council;\n\n"
    "12. Requests the group of experts to give an oral update to the Human Rights Council at its fifty-seventh "
    "session and to present a comprehensive report at its fifty-eighth session, both to be followed by an "
    "interactive dialogue;"
)


def test_belarus_group_of_experts():
    r = resolution(TEXT, date="2024-04-04", organ="HRC")
    assert terms(r, "op", "of") == [(8, "GIEBelarus")]
    assert mandates(r, "op", "addressees")[-1] == (12, ("GIEBelarus",))
    assert reports(r, "op", "by", "session", "form") == [
        (12, "GIEBelarus", 57, "oral"),
        (12, "GIEBelarus", 58, "written"),
    ]
