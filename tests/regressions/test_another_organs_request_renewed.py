"""A request of another organ recalled with its call asks no one in the speaker's name: "Reiterates the
importance of the call by the General Assembly for all stakeholders to integrate information and communications
technologies ... and its request to United Nations entities facilitating the World Summit action lines to review
their reporting" is the Assembly's request (the ECOSOC WSIS resolutions, read as no mandate by three golds: gold
E/RES/2021/28 op 59, heldout4 E/RES/2024/13 op 78, heldout8 E/RES/2023/3 op 71). The organ's own request renewed
in the same shape still asks ("Reiterates the importance of gender analysis ... and its request to the
Secretary-General to enhance coordination", S/RES/2382 (2017) op 13). Entrepreneurs are of the private sector,
civil society by the golds' reading of it ("Encourages active participation of entrepreneurs in the World Summit
process", the same resolutions: heldout4 op 79, heldout8 op 72)."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "ECOSOC",
        "1. Reiterates the importance of the call by the General Assembly for all stakeholders to integrate "
        "information and communications technologies into approaches to implementing the Sustainable Development "
        "Goals and its request to United Nations entities facilitating the World Summit action lines to review "
        "their reporting and workplans to support implementation of the 2030 Agenda;",
        [],
    ),
    (
        "SC",
        "1. Reiterates the importance of gender analysis in all police activities and mission phases and its "
        "request to the Secretary-General to enhance coordination between Police Components and Child Protection "
        "Advisers;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        "ECOSOC",
        "1. Encourages active participation of entrepreneurs in the World Summit process and the Sustainable "
        "Development Goals, as called for in General Assembly resolution 77/160;",
        [("encourages", {"CivilSociety"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_another_organs_request_renewed(organ, text, expected):
    r = resolution(text, date="2024-07-23", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
