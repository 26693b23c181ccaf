"""Addressee words heldout36 read that the vocabulary lacked or misread: "for industrialized countries to agree to
cancel all the official bilateral debt" (A/HRC/RES/55/6 op 6: DevelopedCountries, an alias), "the Joint United
Nations Programme on HIV/AIDS and its co-sponsor organizations" (A/HRC/RES/56/20 op 31: UNAIDS and UNFundsProgrammes),
"the former Sierra Leone Armed Forces/Armed Forces Revolutionary Council (AFRC)" (S/RES/1289 (2000) op 6: a faction,
no longer the State's army: PartiesToConflict, not state:SLE), and "Authorizes the increases in the ... personnel of
UNAMSIL proposed by the Secretary-General" (op 12: a nominal object, no one asked, as the singular "the increase in"
already was, heldout7 S/RES/1270 op 3). Not taken: a State's present army ("the Sierra Leone Armed Forces")."""

import pytest

from tests.snippets import mandates, snippet

CASES = [
    (
        "HRC",
        "Reiterates its call on States, international financial institutions and private creditors to participate in "
        "and implement the enhanced programme of debt relief without further delay and for industrialized countries to "
        "agree to cancel all the official bilateral debt of those countries covered by the programme;",
        [("calls-upon", ("States", "InternationalFinancialInstitutions", "Creditors", "DevelopedCountries"))],
    ),
    (
        "HRC",
        "Calls upon the Joint United Nations Programme on HIV/AIDS and its co-sponsor organizations to support "
        "countries in addressing the legal, social, economic, political and structural drivers of the AIDS epidemic;",
        [("calls-upon", ("UNAIDS", "UNFundsProgrammes"))],
    ),
    (  # not the end of "newly industrialized countries" (review54-F 3)
        "HRC",
        "Encourages newly industrialized countries to contribute to the Fund;",
        [("encourages", ("States",))],
    ),
    (
        "SC",
        "Calls upon the parties and all others involved to take steps, and in particular urges the Revolutionary United "
        "Front (RUF), the Civil Defence Forces, the former Sierra Leone Armed Forces/Armed Forces Revolutionary Council "
        "(AFRC) and all other armed groups to participate fully in the programme;",
        [("calls-upon", ("PartiesToConflict",)), ("urges", ("RUF", "PartiesToConflict"))],
    ),
    (
        "SC",
        "Authorizes the increases in the civil affairs, civilian police, administrative and technical personnel of "
        "UNAMSIL proposed by the Secretary-General in his report of 11 January 2000;",
        [("authorizes", ())],
    ),
    # (not taken: a State's present army)
    (
        "SC",
        "Urges the Sierra Leone Armed Forces to respect human rights;",
        [("urges", ("state:SLE",))],
    ),
]

OPENERS = {
    "SC": "The Security Council,\n\nRecalling its resolution 1270 (1999),\n\n1. ",
    "HRC": "The Human Rights Council,\n\nRecalling its resolutions,\n\n1. ",
}


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_addressee_words_of_heldout36(organ, text, expected):
    r = snippet(OPENERS[organ] + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
