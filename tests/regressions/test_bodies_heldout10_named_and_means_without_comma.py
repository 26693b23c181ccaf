"""Bodies heldout10's annotators had to invent ids for (its README, "New ids"): the CNDP ("the forces of
Laurent Nkunda"), the Al-Nusrah Front (ANF), the Technology Facilitation Mechanism and Iraq's Committee of
Financial Experts (COFE) were no actors of the vocabulary, so the mandates naming them lost them. They are
vocabulary data now. COFE's paragraph names it as the means the addressee acts through, with no comma
("Requests the Government of Iraq through the head of the Committee of Financial Experts (COFE) to report",
S/RES/1905 (2009) op 5): the body after "through his/its/the ..." right after an addressee, and its
acronym in brackets, is a means (as after a comma), not another addressee; the report keeps it as
`through`."""

import pytest

from tests.snippets import mandates, reports, resolution

CASES = [  # (operative paragraph, organ, the addressee sets of its mandates)
    (
        "24. Demands, recalling its resolution 1698 (2006), that all armed groups, in particular the forces of "
        "Laurent Nkunda, the FDLR and the LRA immediately stop recruiting and using children;",
        "SC",
        [{"PartiesToConflict", "CNDP", "FDLR", "LRA"}],
    ),
    (
        "4. Demands that ISIL, ANF, and all other individuals, groups, undertakings and entities associated with "
        "Al-Qaida cease all violence and terrorist acts;",
        "SC",
        [{"ISIL", "ANF"}],
    ),
    (
        "3. Urges all States to prevent the supply of arms to ISIL and the Al-Nusra Front;",
        "SC",
        [{"States"}],
    ),
    (
        "14. Requests the Technology Facilitation Mechanism and the Commission on Science and Technology for "
        "Development to continue to promote science, technology and innovation;",
        "GA",
        [{"TechnologyFacilitationMechanism", "CSTD"}],
    ),
    (
        "5. Requests the Government of Iraq through the head of the Committee of Financial Experts (COFE) to "
        "report to the Security Council on a quarterly basis;",
        "SC",
        [{"state:IRQ"}],
    ),
    (
        "4. Invites the Secretary-General through his Special Representative for Children and Armed Conflict to "
        "exchange appropriate information;",
        "SC",
        [{"SecretaryGeneral"}],
    ),
    (  # a list of addressees, "and" with no "through", is unchanged
        "4. Requests the Secretary-General and his Special Representative for Children and Armed Conflict to "
        "exchange appropriate information;",
        "SC",
        [{"SecretaryGeneral", "SpecialRepresentatives"}],
    ),
]


@pytest.mark.parametrize("text,organ,want", CASES)
def test_named_bodies_and_means(text: str, organ: str, want: list[set[str]]):
    r = resolution(text, date="2014-08-15", organ=organ)
    assert mandates(r, "addressees", as_sets=True) == want


def test_the_body_acted_through_is_the_reports_intermediary():
    r = resolution(
        "5. Requests the Government of Iraq through the head of the Committee of Financial Experts (COFE) to "
        "report to the Security Council on a quarterly basis, with the first report no later than 1 April 2010;",
        date="2009-12-21",
    )
    assert reports(r, "by", "to", "through") == [("state:IRQ", "SecurityCouncil", "COFE")]
