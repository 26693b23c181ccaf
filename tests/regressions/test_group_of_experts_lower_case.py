"""The document's panel named "the Group of experts" (lower-case "experts"): "Requests the Group of experts above to
report to the Council in writing before 15 December 2004, through the Committee, ..." (S/RES/1552 (2004) op 6, the
Group re-established by its op 5) asked no one and lost its report; term_panels.PANEL_WORDS reads either case, and
1552 is among the resolutions that set GroupOfExperts1533 up again (bodies.yaml)."""

import pytest

from tests.snippets import mandates, reports, resolution

TEXT = (
    "5. Requests to this end the Secretary-General, in consultation with the Committee, to re-establish, within thirty "
    "days from the date of adoption of this resolution, and for a period expiring on 31 January 2005, the Group of "
    "experts referred to in paragraph 10 of resolution 1533;\n\n"
    "6. Requests the Group of experts above to report to the Council in writing before 15 December 2004, through the "
    "Committee, on the implementation of the measures imposed by paragraph 20 of resolution 1493;"
)

CASES = [(TEXT, "2004-07-29", [(6, "GroupOfExperts1533", "SecurityCouncil", "2004-12-15")])]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_group_of_experts_lower_case(text, adopted, expected):
    r = resolution(text, date=adopted, preamble="Recalling its resolution 1533 (2004),", symbol="S/RES/1552(2004)")
    assert reports(r, "op", "by", "to", "due") == expected
    assert ("requests", {"GroupOfExperts1533"}) in mandates(r, "verb", "addressees", as_sets=True)
