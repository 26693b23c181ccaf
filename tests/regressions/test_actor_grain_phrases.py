"""The grain of actor ids: phrases the golds name with one near id while a shorter alias inside them named
another (stop 27, /work/coord/s27/grain-table.md). "its humanitarian partners" are HumanitarianActors, not the
DevelopmentPartners of a bare "partners"; "all actors engaged in the provision of humanitarian assistance" are
HumanitarianActors, not the Stakeholders of "all actors"; "the United Nations funds and programmes and the
specialized agencies" is the group UNFundsProgrammes names by its label, while "United Nations agencies, funds
and programmes" stays UNSystemEntities (seven golds); "other providers of development assistance" are
DevelopmentPartners. The neighbours that must not move are rows too."""

import pytest

from tests.snippets import mandates, snippet

OPENER = "The Economic and Social Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # heldout8 E/RES/2024/8 op 24, heldout11 E/RES/2023/16 op 23
        "Calls upon the United Nations and its humanitarian partners to enhance accountability to Member States;",
        {"UNSystemEntities", "HumanitarianActors"},
    ),
    ("Urges humanitarian partners to come forward to reduce the gap;", {"HumanitarianActors"}),
    (  # E/RES/2022/9-like: both heads of a coordinated modifier
        "Calls upon Member States and development and humanitarian partners to consider;",
        {"MemberStates", "DevelopmentPartners", "HumanitarianActors"},
    ),
    ("Calls upon development partners to continue;", {"DevelopmentPartners"}),
    ("Calls upon all partners to continue;", {"DevelopmentPartners"}),
    (  # heldout8 E/RES/2024/8 op 41, heldout11 E/RES/2023/16 op 40
        "Urges all actors engaged in the provision of humanitarian assistance to fully commit to the guiding principles;",
        {"HumanitarianActors"},
    ),
    ("Urges all actors to respect the principles;", {"Stakeholders"}),
    (  # heldout8 E/RES/2024/8 op 13, heldout11 E/RES/2023/16 op 13
        "Encourages Member States and the United Nations funds and programmes and the specialized agencies to respond "
        "more effectively to needs in humanitarian contexts;",
        {"MemberStates", "UNFundsProgrammes"},
    ),
    ("Urges the United Nations funds, programmes and specialized agencies to ensure;", {"UNFundsProgrammes"}),
    (  # heldout4 A/HRC/RES/55/4 op 27 (shape): the golds' UNSystemEntities
        "Invites Governments and relevant United Nations agencies, funds and programmes to cooperate fully;",
        {"States", "UNSystemEntities"},
    ),
    ("Invites the specialized agencies to cooperate;", {"UNSystemEntities"}),
    (  # heldout11 A/HRC/RES/59/12 op 17
        "Encourages Member States and humanitarian agencies, as well as development donors and other providers of "
        "development assistance, to continue to work together;",
        {"MemberStates", "HumanitarianActors", "Donors", "DevelopmentPartners"},
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_actor_grain(text, expected):
    got = mandates(snippet(OPENER + text), "verb", "addressees", as_sets=True)
    assert [a for _, a in got] == [expected]
