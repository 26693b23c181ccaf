"""Found in heldout21 (S/RES/2805 (2025), file 03, and its General Assembly twin A/RES/80/11): an update asked of
someone told past an aside in commas ("to update, within existing modalities, the Peacebuilding Commission", op 19;
"to update, as appropriate, the Peacebuilding Commission", op 25) or as a gerund that goes on ("to continue updating
the Peacebuilding Commission on this collaboration", op 6) is one report to the body named, its form not said (the
README: "update it"); a thing updated past an aside stays a thing ("to update, as necessary, the standard form for
listing", S/RES/1904 (2009), 2083 (2012), 2253 (2015), 2368 (2017), 2610 (2021), 2734 (2024)), as does one updated going on ("to continue updating the
Consolidation Plan", S/RES/1840 (2008), 1892 (2009); "to continue updating regularly and equally the multilingual web page", the
yearly revitalization texts). What "capabilities from across the system to track and report on" serve is a means,
no report (op 25; the gold: one update to the Commission), as is what "their technical capacity to identify and report
on instances of trafficking" serves (S/RES/2388 (2017) op 28). Corpus-full: 9 facts, in those three documents."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "19. Requests the Secretary-General to update, within existing modalities, the Peacebuilding Commission and "
        "inform its discussions on progress made and forthcoming opportunities with respect to innovative finance for "
        "peacebuilding, including recommendations for further action;",
        [("SecretaryGeneral", "PeacebuildingCommission", None)],
    ),
    (
        "6. Requests the Secretary-General to further encourage systematic and strategic collaboration with "
        "international financial institutions at the country level, and also requests the Secretary-General to "
        "continue updating the Peacebuilding Commission on this collaboration through existing modalities;",
        [("SecretaryGeneral", "PeacebuildingCommission", None)],
    ),
    (
        "25. Encourages the Secretary-General to more systematically include data and analysis in his reporting on "
        "peacebuilding and sustaining peace, and in this regard further encourages the Secretary-General to leverage "
        "the expertise of the Peacebuilding Support Office on measuring impact for an evidence-based and more cohesive "
        "approach to peacebuilding impact, drawing on capabilities from across the system to track and report on "
        "peacebuilding impact at the country and regional levels more effectively, with the support of all relevant "
        "national stakeholders, and to update, as appropriate, the Peacebuilding Commission, within existing "
        "resources;",
        [("SecretaryGeneral", "PeacebuildingCommission", None)],
    ),
    (
        "6. Requests the Secretary-General to update, as necessary, the Council on progress;",
        [("SecretaryGeneral", "SecurityCouncil", None)],
    ),
    ("6. Directs the Committee to update, as necessary, the standard form for listing;", []),
    (
        "6. Requests the Secretary-General to continue updating the Consolidation Plan on the basis of the outline "
        "provided, in consultation with the Government of Haiti;",
        [],
    ),
    ("6. Requests the Secretariat to continue updating regularly and equally the multilingual web page;", []),
    ("6. Welcomes the updating of the list by the Committee;", []),
    (
        "28. Also requests the Secretary-General to ensure that members of the Monitoring Groups, teams and panels "
        "supporting the work of relevant sanctions committees build their technical capacity to identify and report "
        "on instances of trafficking in persons encountered in the discharge of their duties;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_update_past_an_aside_or_going_on(text, expected):
    r = resolution(text, date="2025-11-26", organ="SC")
    assert reports(r, "by", "to", "form") == expected


@pytest.mark.parametrize(
    "pattern,make",
    [
        ("means", lambda n: "capacity from " + "the " * n + "to track and"),  # a long run of words past the noun
        ("means", lambda n: "capacity to " + "track and " * n),  # joined verbs over and over
        ("aside", lambda n: "," + " " * n + "as appropriate"),  # a run of spaces after the comma, no closing comma
        ("aside", lambda n: ", as" * n),  # commas over and over
    ],
)
def test_aside_and_means_linear(pattern, make):
    """ASIDE and MEANS_OF read free text with bounded runs: their cost grows linearly in a hostile run."""
    from resgraph.extract.report_updated import ASIDE
    from resgraph.extract.report_within import MEANS_OF
    from tests.growth import LINEAR, growth

    regex = {"means": MEANS_OF, "aside": ASIDE}[pattern]
    assert growth(make, regex.search, 2000) < LINEAR
