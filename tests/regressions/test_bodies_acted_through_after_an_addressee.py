"""The bodies an addressee acts through, named after "through" with no comma before it, are a channel and not
addressed (the golds: heldout10 09 op 26 "Requests the Secretary-General, through his Special Representative",
heldout12 10 op 5, heldout15 05 op 7), every body of the list after "through", and after a pronoun too: S/RES/2039
(2012) op 4 "requests the Secretary-General through the United Nations Office of West Africa (UNOWA) and the United
Nations Office of Central Africa (UNOCA) to support" read [SecretaryGeneral, UNOWAS, UNOCA]; op 3 "Stresses the
primary responsibility of the States of the Gulf of Guinea ... and in this context urges them through ECCAS, ECOWAS
and the GGC to work towards" read the three organizations for "them". A body after a comma that closes an aside
(", and France") is still asked, as is one after a list the addressee does not act through; so after a pronoun's
channel ("urges them through ECCAS, ECOWAS and the GGC, and the African Union": the AU asked), and a body joined to
the pronoun by "and" before "through" ("urges them and through them the international community"; review51 B 1).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2018 (2011),\n\n1. "

CASES = [
    (  # S/RES/2039 (2012) op 4
        "Requests the Secretary-General through the United Nations Office of West Africa (UNOWA) and the United "
        "Nations Office of Central Africa (UNOCA) to support the States and subregional organizations;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (  # S/RES/2039 (2012) op 3
        "Stresses the primary responsibility of the States of the Gulf of Guinea to counter piracy and armed robbery "
        "at sea in the Gulf of Guinea and in this context urges them through ECCAS, ECOWAS and the GGC to work towards "
        "the convening of the planned joint Summit of Gulf of Guinea States, in cooperation with the African Union;",
        [("urges", {"States"})],
    ),
    (  # S/RES/1905 (2009) op 5, as before
        "Requests the Government of Iraq through the head of the Committee of Financial Experts (COFE) to report to "
        "the Security Council;",
        [("requests", {"state:IRQ"})],
    ),
    (  # an aside closed by a comma: the body after it is asked (S/RES/1464 (2003) op 10)
        "Requests ECOWAS, through the command of its force, and France to report to the Council;",
        [("requests", {"ECOWAS", "state:FRA"})],
    ),
    (  # no "through": every body asked
        "Urges ECCAS, ECOWAS and the GGC to work towards the convening of the Summit;",
        [("urges", {"ECCAS", "ECOWAS", "InternationalOrganizations"})],
    ),
    # not: a body after the ", and" that closes a pronoun's channel is asked (review51 B 1)
    (
        "Stresses the primary responsibility of the States of the Gulf of Guinea to counter piracy and in this context "
        "urges them through ECCAS, ECOWAS and the GGC, and the African Union to work towards the convening of the "
        "Summit;",
        [("urges", {"States", "AfricanUnion"})],
    ),
    (
        "Stresses the primary responsibility of the States of the Gulf of Guinea to counter piracy and in this context "
        "urges them through ECCAS, and also the European Union to work towards the convening of the Summit;",
        [("urges", {"States", "EuropeanUnion"})],
    ),
    (
        "Stresses the primary responsibility of the States of the Gulf of Guinea to counter piracy and in this context "
        "urges them and through them the international community to work towards the convening of the Summit;",
        [("urges", {"States", "InternationalCommunity"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_bodies_acted_through_after_an_addressee(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
