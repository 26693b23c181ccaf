"""Mandates and reports due: (operative paragraph, expected facts) tables."""

import pytest

from tests.snippets import snippet

PRE = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n"

MANDATES = [
    ("Requests the Secretary-General to submit a report;", {("requests", ("SecretaryGeneral",))}),
    ("Strongly encourages all States to enhance cooperation;", {("encourages", ("States",))}),
    (
        "Also calls upon relevant entities of the United Nations system to continue;",
        {("calls-upon", ("UNSystemEntities",))},
    ),
    (
        "Invites Member States and other donors to provide extrabudgetary resources;",
        {("invites", ("MemberStates", "Donors"))},
    ),
    (
        "Urges Member States that have not yet done so to ratify the Convention, and urges States parties to implement it;",
        {("urges", ("MemberStates",)), ("urges", ("StatesParties",))},
    ),
    # the verb after "and" in the middle; "the Office" after the Office was named
    (
        "Recognizes the efforts made by the United Nations Office on Drugs and Crime, and requests the Office to continue;",
        {("requests", ("UNODC",))},
    ),
    # "Requests that X continue"; "Reiterates its request to"; "Reiterates the invitation to"
    (
        "Requests that the United Nations Office on Drugs and Crime continue to provide assistance;",
        {("requests", ("UNODC",))},
    ),
    (
        "Reiterates its request to the United Nations Office on Drugs and Crime to enhance its assistance;",
        {("requests", ("UNODC",))},
    ),
    (
        "Reiterates the invitation to Member States and other donors to provide resources;",
        {("invites", ("MemberStates", "Donors"))},
    ),
    (
        "Reiterates its call upon those Member States that have not yet done so to consider ratifying;",
        {("calls-upon", ("MemberStates",))},
    ),
    # recommendation made elsewhere, and the request in that resolution
    (
        "Reiterates its recommendation, made in its resolution 66/181 of 19 December 2011, that Member States adopt an approach, and its request in that resolution to the United Nations Office on Drugs and Crime to continue;",
        {("recommends", ("MemberStates",)), ("requests", ("UNODC",))},
    ),
    # a thing "such" goes back to, that is to do something, is no one's: not the addressees before it in the paragraph
    # ("Urges States ... to undertake ... performance reviews ..., and encourages that such performance reviews
    # include", heldout18 26 op 173: empty)
    (
        "Urges Member States to increase assistance, and recommends that such assistance include the rule of law;",
        {("urges", ("MemberStates",)), ("recommends", ())},
    ),
    # an activity "such" goes back to that is to go on is still its agent's
    (
        "Urges Member States to increase assistance, and recommends that such assistance continue;",
        {("urges", ("MemberStates",)), ("recommends", ("MemberStates",))},
    ),
    # the longest alias wins: the Executive Director, not the Office
    (
        "Requests the Executive Director of the United Nations Office on Drugs and Crime, as the Co-Chair, to keep Member States informed;",
        {("requests", ("UNODCExecutiveDirector",))},
    ),
    (
        "Invites the Eleventh United Nations Congress on Crime Prevention and Criminal Justice, to be held in Bangkok, to address the issues;",
        {("invites", ("CrimeCongress",))},
    ),
    # "to request" is not a mandate of this text
    (
        "Invites the United Nations Office on Drugs and Crime to request Member States to submit their views;",
        {("invites", ("UNODC",))},
    ),
    # a decision's addressee is the deciding organ
    (
        "Decides to include in the provisional agenda of its seventieth session the item;",
        {("decides", ("GeneralAssembly",))},
    ),
    # no directive verb
    ("Reaffirms the importance of the programme;", set()),
    ("Notes with appreciation the work of the expert group and the execution of requests for assistance;", set()),
]


@pytest.mark.parametrize("text,expected", MANDATES)
def test_mandate_table(text, expected):
    r = snippet(PRE + "1. " + text + "\n")
    assert {(m.verb, m.addressees) for m in r.mandates} == expected
    assert all(m.op == 1 for m in r.mandates)


REPORTS = [
    (
        "Requests the Secretary-General to submit to the General Assembly at its sixty-eighth session a report on the implementation of the present resolution;",
        ("SecretaryGeneral", "GeneralAssembly", 68, 2013, None),
    ),
    (
        "Requests the Secretary-General to report to the Commission on Crime Prevention and Criminal Justice at its fifteenth session on the use of standards;",
        ("SecretaryGeneral", "CCPCJ", 15, 2006, None),
    ),
    (
        "Invites the Office to collect views, and requests the Office to report on those submissions to the Commission on Crime Prevention and Criminal Justice at its twenty-second session;",
        (None, "CCPCJ", 22, 2013, None),
    ),
    (
        # one session named: the cycle kept (two sessions named are one report at each, test_report_at_each_session_named)
        "Requests the Secretary-General to report biennially to the General Assembly at its seventy-ninth session on the matter;",
        ("SecretaryGeneral", "GeneralAssembly", 79, 2024, "biennial"),
    ),
    # a report to the organ that speaks: "at its seventieth session"
    (
        "Requests the Secretary-General to submit a report at its seventieth session;",
        ("SecretaryGeneral", "GeneralAssembly", 70, 2015, None),
    ),
]


@pytest.mark.parametrize("text,expected", REPORTS)
def test_report_due_table(text, expected):
    r = snippet("The General Assembly,\n\nRecalling the United Nations Office on Drugs and Crime,\n\n1. " + text + "\n")
    due = [x for x in r.reports_due if x.adds_to is None]
    assert len(due) == 1
    x = due[0]
    by, to, session, year, rec = expected
    assert (x.to, x.session, x.year, x.recurrence) == (to, session, year, rec)
    if by:
        assert x.by == by
    else:
        assert x.by == "UNODC"


def test_additions_to_a_report_are_not_new_reports():
    r = snippet(
        PRE
        + "40. Requests the Secretary-General to submit a report to the General Assembly at its sixty-eighth session;\n\n"
        "41. Also requests the Secretary-General to include in the report referred to in paragraph 40 above information on ratifications.\n"
    )
    assert [(x.op, x.session) for x in r.reports_due if x.adds_to is None] == [(40, 68)]
    assert [(x.op, x.adds_to) for x in r.reports_due if x.adds_to is not None] == [(41, 40)]


def test_mandates_keep_their_span():
    text = PRE + "1. Requests the Secretary-General to act;\n"
    r = snippet(text)
    (m,) = r.mandates
    assert text[m.span.start : m.span.end].startswith("Requests the Secretary-General")


def test_actor_vocabulary_is_consistent():
    """A plain alias names one actor; a contextual one is a description ("the Commission", "its
    parties", "participants", "each Tribunal", "both United Nations missions", or a capitalized spelling of one,
    "Parties") that several actors may share, never a name; every organ is an actor."""
    from collections import Counter

    from resgraph.vocab import load

    v = load()
    plain = Counter(a for act in v.actors.values() for a in act.aliases)
    assert [a for a, n in plain.items() if n > 1] == []
    assert [
        a
        for act in v.actors.values()
        for a in act.contextual
        if not (a.startswith(("the ", "its ", "all ", "each ", "both ")) or a.islower() or a.lower() in act.contextual)
    ] == []
    assert [k for k, o in v.organs.items() if o.actor not in v.actors] == []


@pytest.mark.parametrize(
    "organ,session",
    [
        ("GA", 68),
        ("HRC", 1),
        ("HRC", 4),
        ("HRC", 59),
        ("HRC", 62),
        ("CCPCJ", 22),
        ("CND", 60),
        ("CSW", 69),
        ("CTOC", 3),
        ("CTOC", 12),
        ("ECOSOC", 2012),
    ],
)
def test_session_years_agree_with_the_graph(organ, session):
    from resgraph.graph.iris import session_year
    from resgraph.vocab import load

    assert load().organs[organ].session_year(session) == session_year(organ, session)


def test_word_indexed_alias_matching_sees_every_overlapping_alias():
    """Aliases are tried only where a word can begin one; overlapping ones are all seen, so that
    the longest can win ("United Nations Office on Drugs and Crime" over "Office on Drugs and
    Crime"), and "the United Nations" is no actor when a capital word follows."""
    from resgraph.vocab import load

    text = "Requests the United Nations Office on Drugs and Crime and the Secretary-General to report"
    found = sorted((m.start(), m.group(1)) for m in load().actor_pattern.finditer(text))
    assert found == [
        (13, "United Nations Office on Drugs and Crime"),
        (28, "Office on Drugs and Crime"),
        (62, "Secretary-General"),
    ]
