"""E/RES/2022/9 op 22: "to report on ... the present resolution through the established working
methods of the Committee" (the Committee of Experts on Public Administration, named before) gave
no `through`: the words between "through" and the body's name were longer than the 40 characters
read before a name. (The gold's one `through` miss, tests/mandate_gold.)"""

import pytest

from tests.snippets import snippet

ECOSOC = (
    "The Economic and Social Council,\n\nRecalling the work of the Committee of Experts on Public Administration,\n\n"
)
CASES = [
    (
        ECOSOC + "22. Further requests the Secretary-General to report on the implementation of and follow-up to the "
        "present resolution through the established working methods of the Committee.",
        ("SecretaryGeneral", "ECOSOC", "CEPA"),
    ),
    (
        "The General Assembly,\n\nRecalling its resolution 66/181,\n\n3. Requests the Secretary-General to report "
        "thereon to the General Assembly through the Commission on Crime Prevention and Criminal Justice;",
        ("SecretaryGeneral", "GeneralAssembly", "CCPCJ"),
    ),
    # "through" with no body after it within four words names no intermediary
    (
        "The General Assembly,\n\nRecalling its resolution 66/181,\n\n3. Requests the Secretary-General to report "
        "through the existing reporting mechanisms and channels of coordination to the General Assembly;",
        ("SecretaryGeneral", "GeneralAssembly", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_through(text, expected):
    (r,) = snippet(text).reports_due
    assert (r.by, r.to, r.through) == expected
