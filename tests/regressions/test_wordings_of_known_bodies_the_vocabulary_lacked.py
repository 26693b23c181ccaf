"""Wordings of bodies the vocabulary knows, and one body it lacked, that left a mandate naming no one (stop 58: the
mandates whose addressee is "named but not found", scripts/mandate_stats.py --named-only): "the entities of the system
of administration of justice" and "all parts of the system of administration of justice" (A/RES/79/254 ops 15, 21,
77/260 op 17: InternalJustice), "the executive heads of the member organizations" (A/RES/78/243 op 13:
UNSystemEntities, as "the executive heads of the participating organizations"), "the opposition actors" (S/RES/2409
(2018) op 13: PoliticalActors, as "opposition parties"), "the Liberian actors" (S/RES/2008 (2011) op 3: Stakeholders,
heldout5 10's reading of it), the Human Rights Council's task force on secretariat services and
accessibility (A/HRC/RES/55/8 op 15: the new id HRCAccessibilityTaskForce, and its oral report; its name capitalised
and "the task force" after it). Not taken: "the
Conference" of A/RES/79/190 op 27 (UNCACCOSP has no contextual alias, test_the_conference_named_last), "the Ivorian
actors" (PoliticalActors, heldout11 15, as before)."""

import pytest

from tests.snippets import mandates, reports, snippet

OPENERS = {
    "SC": "The Security Council,\n\nRecalling its resolutions,\n\n1. ",
    "GA": "The General Assembly,\n\nRecalling its resolutions,\n\n1. ",
    "HRC": "The Human Rights Council,\n\nRecalling its resolutions,\n\n1. ",
}

CASES = [
    (
        "GA",
        "Further recalls paragraph 38 of the report of the Advisory Committee, and encourages the entities of the system"
        " of administration of justice to enhance consultation and communication across the system;",
        [("encourages", ("InternalJustice",))],
    ),
    (
        "GA",
        "Encourages improved communication between all parts of the system of administration of justice;",
        [("encourages", ("InternalJustice",))],
    ),
    (
        "GA",
        "Notes with appreciation the report of the Joint Inspection Unit, and invites the executive heads of the member"
        " organizations, as appropriate, to implement the relevant recommendations;",
        [("invites", ("UNSystemEntities",))],
    ),
    (
        "SC",
        "Also calls upon the opposition actors to ensure the peaceful character of their demonstrations;",
        [("calls-upon", ("PoliticalActors",))],
    ),
    (
        "SC",
        "Calls upon the Liberian actors to ensure that any outstanding issues regarding the electoral framework are"
        " finalized;",
        [("calls-upon", ("Stakeholders",))],
    ),
    (
        "HRC",
        "Encourages the task force on secretariat services and accessibility for persons with disabilities to report"
        " orally to the Human Rights Council on its work;",
        [("encourages", ("HRCAccessibilityTaskForce",))],
    ),
    # near miss: the Ivorian actors as before
    (
        "SC",
        "Urges the Ivorian actors to meet their commitments in full and without delay;",
        [("urges", ("PoliticalActors",))],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_a_known_body_by_a_wording_the_vocabulary_lacked(organ, text, expected):
    assert mandates(snippet(OPENERS[organ] + text + "\n"), "verb", "addressees") == expected


@pytest.mark.parametrize(
    "preamble,expected",
    [
        (  # its name capitalised as a title, then "the task force" (contextual, as its task-force neighbours)
            "Welcoming the work of the Task Force on secretariat services, accessibility for persons with disabilities"
            " and use of information technology,",
            [("encourages", ("HRCAccessibilityTaskForce",))],
        ),
        # near miss: "the task force" with no task force named before it names no one
        ("Welcoming the work of the Working Group,", [("encourages", ())]),
    ],
)
def test_the_task_force_named_again(preamble, expected):
    text = f"The Human Rights Council,\n\n{preamble}\n\n1. Encourages the task force to report orally on its work;\n"
    assert mandates(snippet(text), "verb", "addressees") == expected


def test_the_task_forces_oral_report():
    """A/HRC/RES/55/8 op 15: the task force reports, orally, to the Council."""
    r = snippet(
        OPENERS["HRC"] + "Encourages the task force on secretariat services and accessibility for persons with"
        " disabilities to report orally to the Human Rights Council on its work;\n"
    )
    assert reports(r, "by", "to", "form") == [("HRCAccessibilityTaskForce", "HumanRightsCouncil", "oral")]
