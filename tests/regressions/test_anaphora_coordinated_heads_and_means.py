"""Faults of a random sample of corpus-full mandates checked by hand (seed 20261201, 40 mandates with
addressees; seed 777, 40 naming no actor although one is named):

- "Calls upon donor agencies and international financial institutions" (A/RES/75/239 op 16): donor
  agencies are donors;
- "Encourages States, individually and through relevant international bodies, to improve"
  (A/RES/75/89 op 180): the bodies States act through are not asked, as "Requests the
  Secretary-General, through his Special Representative" (so "Calls upon States, individually and
  through regional fisheries management organizations and arrangements": States); a list goes on
  after such a phrase ("States, individually and collectively, and international organizations");
- "humanitarian and development actors" are two kinds of actor (a coordinated modifier), not
  humanitarian actors alone;
- "calls upon these organizations and mechanisms to continue to coordinate" (A/RES/80/224 op 9): a
  demonstrative before two nouns is a pronoun for the bodies named before, as "those entities";
- "calls upon law enforcement and criminal justice authorities" (A/RES/75/291 op 43).
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Calls upon donor agencies and international financial institutions to keep their programmes under review;",
        [("calls-upon", {"Donors", "InternationalFinancialInstitutions"})],
    ),
    (
        "Encourages States, individually and through relevant international bodies, to improve the understanding "
        "of the causes of forced labour;",
        [("encourages", {"States"})],
    ),
    (
        "Calls upon States, individually and through regional fisheries management organizations and "
        "arrangements, to take steps to ensure the safety of observers;",
        [("calls-upon", {"States"})],
    ),
    (
        "Encourages States, individually and collectively, and international organizations to act;",
        [("encourages", {"States", "InternationalOrganizations"})],
    ),
    (
        "Encourages Member States, the United Nations system and other relevant humanitarian and development "
        "actors to support national efforts;",
        [("encourages", {"MemberStates", "UNSystemEntities", "HumanitarianActors", "DevelopmentPartners"})],
    ),
    (
        "Urges the parties to cooperate fully with the Office of the High Commissioner and the International, "
        "Impartial and Independent Mechanism, and in this regard calls upon these organizations and mechanisms to "
        "continue to coordinate their approach;",
        [("urges", {"PartiesToConflict"}), ("calls-upon", {"OHCHR", "IIIM"})],
    ),
    (
        "Calls upon law enforcement and criminal justice authorities to better counter the threat;",
        [("calls-upon", {"NationalAuthorities"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_anaphora_coordinated_heads_and_means(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
