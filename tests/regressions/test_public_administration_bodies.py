"""Public administration's bodies by their kind, and a working group's name in lower case (vocabulary, stop 49).

heldout31's misses (E/RES/2025/31, the Council's yearly text on the Committee of Experts on Public Administration):
"Encourages public institutions at all levels to promote" (op 7) named no actor, the gold's
NationalAuthorities,LocalGovernments (the State's organs, national and subnational, read as "governments at all
levels" is: States,LocalGovernments); "encourages national planners, civil service commissions, human resources
departments and others" (op 19) none, the gold's NationalAuthorities; "invites schools and institutes of public
administration" (op 20) none, the gold's Academia. "urges the international working group to meet" (S/RES/1633 (2005)
op 4, heldout31 09) read ExpertGroup for the generic "working group" inside it: the International Working Group on
Côte d'Ivoire named in lower case, IWGCoteDIvoire."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "7. Encourages public institutions at all levels to promote inclusive, science- and evidence-based solutions for "
        "the Sustainable Development Goals;",
        "ECOSOC",
        [("encourages", {"NationalAuthorities", "LocalGovernments"})],
    ),
    (
        "19. Recognizes that a dedicated and skilled public sector workforce is required, and encourages national "
        "planners, civil service commissions, human resources departments and others to take steps to align workforce "
        "capacities and skills with evolving needs;",
        "ECOSOC",
        [("encourages", {"NationalAuthorities"})],
    ),
    (
        "20. Takes note of the 2025 revision to the standards of excellence for public administration education and "
        "training, and invites schools and institutes of public administration to update their curricula;",
        "ECOSOC",
        [("invites", {"Academia"})],
    ),
    (
        "4. Supports the establishment of the International Working Group at a ministerial level, and urges the "
        "international working group to meet as soon as possible;",
        "SC",
        [("urges", {"IWGCoteDIvoire"})],
    ),
    (  # as before
        "12. Encourages governments at all levels to apply the principles of effective governance;",
        "ECOSOC",
        [("encourages", {"States", "LocalGovernments"})],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_public_administration_bodies(text, organ, expected):
    r = resolution(text, date="2025-07-30", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
