"""A renewed request said with a comma before "made to": "Reiterates its request, made to the Secretary-General in its
resolution 73/188, taking into consideration the strategic plan of the Institute for the period 2017–2021, to continue
his efforts to mobilize the financial resources" (A/RES/75/197 op 21; "Also reiterates its request, made to the
Secretary-General in its resolution 73/188, to continue to provide the Institute", op 22; A/RES/77/234 op 25, the
Assembly's UNICRI/African Institute texts) named no actor: the window lead skipped "made to" with no comma only
("Reiterates its request made to the Secretary-General"), so the comma opened the window and named no one."""

import pytest

from tests.snippets import mandates, resolution

GA = "The General Assembly"

CASES = [
    (
        "21. Reiterates its request, made to the Secretary-General in its resolution 73/188, taking into "
        "consideration the strategic plan of the Institute for the period 2017–2021, to continue his efforts to "
        "mobilize the financial resources;",
        [("requests", ("SecretaryGeneral",))],
    ),
    (
        "22. Also reiterates its request, made to the Secretary-General in its resolution 73/188, to continue to "
        "provide the Institute with the assistance;",
        [("requests", ("SecretaryGeneral",))],
    ),
    # without the comma, as before
    (
        "21. Reiterates its request made to the Secretary-General in its resolution 73/188 to continue his efforts;",
        [("requests", ("SecretaryGeneral",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_request_comma_made_to(text, expected):
    r = resolution(text, date="2020-12-16", organ=GA)
    assert mandates(r, "verb", "addressees") == expected


def test_comma_made_lead_is_linear():
    from resgraph.extract.windows import WINDOW_LEAD
    from tests.growth import LINEAR, growth

    assert growth(lambda n: " " * n + "," + " " * n + "x", WINDOW_LEAD.match, 2000) < LINEAR
