"""The wording lists of mandates' and addressees' patterns are data (ontology/vocab/mandates.yaml), read through the
vocabulary, as reports' are (test_report_wording_data.py).

Each list must load as strings, and the patterns built from the lists must read the examples their code comments name
as they did when the words were written in the regexes: the Bureau of the Commission and "States members of"
(addressees.OFFICER), "Decides that Iraq has been and remains in material breach" (asked.FINDING), A/RES/77/90 op 8's
"to invite, as appropriate, ... to prepare" (elliptic.CONTROL), "made by" (agents.PARTICIPLE), "the continuation of
their efforts" (continued.CONTINUED), "the mechanisms established at the end of the mandate of the" (A/HRC/RES/57/34
op 5, list_members.AUTHORED), "listed in paragraph 40.c" (listed_refs.REFERENCE).
"""

from __future__ import annotations

import re

import pytest

from resgraph.extract import (
    addressees,
    agents,
    asides,
    asked,
    channels,
    continued,
    directives,
    elliptic,
    list_members,
    listed_refs,
    mandates,
    modifiers,
    products,
    pronouns,
    subjects,
    subparagraphs,
    that_opening,
    thing_subjects,
    unaddressed,
    windows,
)
from resgraph.vocab import load
from tests.wording_lists import check_wording_list, wording_lists


@pytest.mark.parametrize("path,words", list(wording_lists(load().mandates)))
def test_each_wording_list_loads_as_strings(path, words):
    check_wording_list(path, words)


@pytest.mark.parametrize(
    "before,officer",
    [
        ("the Bureau of the ", True),
        ("the President of the ", True),
        ("the Secretary-General of ", True),
        ("the Secretary General of the ", True),
        ("the Vice-Chairs of the ", True),
        ("all members of the ", True),
        ("the leadership of ", True),
        ("States members of the ", False),  # the States
        ("the Office of the ", False),
        ("the chairmen of the ", False),
    ],
)
def test_an_officer_of_a_body_asks_the_body(before, officer):
    assert bool(addressees.OFFICER.search(before)) is officer


@pytest.mark.parametrize(
    "after,finding",
    [
        (" has been and remains in material breach", True),  # the deciding organ's
        (" is authorized to", False),
        (" is to", False),
        (" is also hereby requested to", False),
        (" has the primary responsibility to", False),
        (" are fully able to", False),
        (" is a State", True),
    ],
)
def test_a_that_clause_states_a_finding(after, finding):
    assert bool(asked.FINDING.match(after)) is finding


@pytest.mark.parametrize(
    "after,control",
    [
        (" to invite, as appropriate,", "to invite"),  # A/RES/77/90 op 8
        (" to authorise", "to authorise"),
        (" to encourage individuals", "to encourage"),
        (" to requests", None),
        (" to ensure", None),
    ],
)
def test_an_infinitive_with_an_object_and_an_infinitive(after, control):
    m = elliptic.CONTROL.match(after)
    assert (m.group().strip() if m else None) == control


@pytest.mark.parametrize(
    "word,participle",
    [("made", True), ("sought", True), ("Undertaken", True), ("provided", True), ("been", True), ("efforts", False)],
)
def test_a_participle_before_by(word, participle):
    assert bool(agents.PARTICIPLE.search(word)) is participle


@pytest.mark.parametrize(
    "window,continued_",
    [
        ("their continuation", True),
        ("its continuation in all areas", True),
        ("the continuation of their efforts", True),
        ("the further intensification of their joint commitments", True),
        ("the continuation of their programmes", False),
        ("their implementation", False),
    ],
)
def test_an_activity_asked_to_go_on(window, continued_):
    assert bool(continued.CONTINUED.fullmatch(window)) is continued_


@pytest.mark.parametrize(
    "before,authored",
    [
        ("the mechanisms established at the end of the mandate of the ", True),  # A/HRC/RES/57/34 op 5
        ("the Special Envoy appointed by the ", True),
        ("the panel set\n up by the ", True),
        ("measures to be undertaken by the ", False),  # heldout8 S/RES/1494 (2003) op 15: a passive's agent
        ("the reports submitted by the ", False),
    ],
)
def test_a_participle_of_a_member_s_author(before, authored):
    assert bool(list_members.AUTHORED.search(before)) is authored


@pytest.mark.parametrize(
    "text,refs",
    [
        ("the entities listed in paragraph 40.c of this resolution", "40.c"),
        ("the actors referred to in paragraphs 2 (a) and 3 (b) above", "2 (a) and 3 (b)"),
        ("the bodies set forth in paragraph 4(d)", "4(d)"),
        ("the entities Listed In paragraph 5 (a)", "5 (a)"),
        ("the entities included in paragraph 40.c", None),
        ("the entities listed in paragraph 4 (a) of resolution 1521 (2003)", None),
    ],
)
def test_actors_named_by_a_paragraph_s_item(text, refs):
    m = listed_refs.REFERENCE.search(text)
    assert (m.group("refs") if m else None) == refs


@pytest.mark.parametrize(
    "between,means",
    [
        (", supported by ", True),  # A/RES/77/29 op 12
        (", facilitated by ", True),  # S/RES/2587 op 6
        (" and Led By ", True),
        (" through ", True),
        (", funded by ", False),
    ],
)
def test_the_body_an_addressee_acts_through(between, means):
    assert bool(channels.MEANS.match(between.lstrip(","))) is means


@pytest.mark.parametrize(
    "window,pronoun",
    [
        ("those entities", True),
        ("these organizations and national committees", True),  # A/RES/74/16 op 3
        ("the above mentioned stakeholders", True),
        ("all the aforementioned bodies", True),
        ("those experts", True),
        ("those countries", False),
    ],
)
def test_a_demonstrative_group(window, pronoun):
    assert bool(pronouns.PRONOUN.fullmatch(window)) is pronoun


@pytest.mark.parametrize(
    "window,reporting",
    [
        ("specific reporting on", True),
        ("regular updates on this force generation", True),
        ("an oral briefing to", True),
        ("Timely and regular updates on", False),  # "and" is no adjective
        ("reporting procedures on", False),
    ],
)
def test_reporting_asked_for_with_no_reporter(window, reporting):
    assert bool(products.REPORTING.match(window)) is reporting


@pytest.mark.parametrize(
    "after,made",
    [(" produced by ", True), (" drafted by ", True), (" received by ", False)],
)
def test_the_maker_a_mention_names(after, made):
    assert bool(products.MADE_BY.match(after)) is made


@pytest.mark.parametrize(
    "text,aside",
    [
        (", informed by consultations", True),  # heldout11 S/2024/826 op 5
        (", closely guided by", True),
        (", followed by", False),
    ],
)
def test_a_participle_set_off_after_the_subject(text, aside):
    assert bool(subjects.PARTICIPLE_ASIDE.match(text)) is aside


@pytest.mark.parametrize(
    "text,receives",
    [
        (" be informed of the results", True),  # heldout9 S/RES/2009 (2011) op 18
        (" be given a licence", True),  # S/RES/2003 (2011) op 12
        (" shall be kept fully informed", True),
        (" be provided with", True),
        (" be provided to", False),
        (" be deployed", False),
    ],
)
def test_a_subject_that_receives(text, receives):
    assert bool(subjects.RECEIVES.match(text)) is receives


@pytest.mark.parametrize(
    "text,partner",
    [
        ("and in close cooperation with UNODC", True),  # S/RES/2467 (2019) op 29
        ("jointly with", True),
        ("with the full support of", True),
        ("in line with", False),
    ],
)
def test_a_partner_inside_an_aside(text, partner):
    assert bool(asides.PARTNER.search(text)) is partner


@pytest.mark.parametrize(
    "window,reporting",
    [("enhanced reporting by UNMISS", True), ("further updates from", True), ("the reporters of", False)],
)
def test_a_window_that_asks_for_reporting(window, reporting):
    assert bool(asked.REPORTING.match(window)) is reporting


@pytest.mark.parametrize(
    "text,of",
    [
        ("the efforts of", True),  # "the continuation of the efforts of the Government"
        ("its endeavours of", True),
        ("the activities of", True),
        ("the efforts by", False),  # an agent after "by" is no owner asked
        ("the resources of", False),
    ],
)
def test_an_activity_whose_owners_are_asked(text, of):
    assert bool(asked.OF_EFFORTS.match(text)) is of


@pytest.mark.parametrize(
    "after,possessor",
    [
        (" resolution 70/125", True),
        (" personnel", True),
        (" dollars", True),  # "United States dollars": a currency
        ("’s mandate", True),
        (" region", True),  # "the Mano River Union region", S/RES/1346 op 11
        (" regional office", False),
        (" to", False),
    ],
)
def test_an_alias_that_qualifies_what_follows(after, possessor):
    assert bool(addressees.POSSESSOR.match(after)) is possessor


@pytest.mark.parametrize(
    "after,part",
    [
        ("’s military component", True),
        ("'s civilian, police and military components", True),
        ("'s leadership", True),
        ("'s military", False),
        ("'s engineering component", False),
    ],
)
def test_a_part_of_the_body_is_the_body(after, part):
    assert bool(addressees.PART.match(after)) is part


@pytest.mark.parametrize(
    "text,aside",
    [
        (", with the support of MINURCAT according to its mandate, ", True),  # heldout17 S/RES/1834 (2008) op 2
        (", in consultation with the Government, ", True),
        (", assisted by the Panel, ", True),
        (", in conjunction with the Government, ", False),  # not in elliptic's list
        (", funded by the Fund, ", False),
    ],
)
def test_whom_an_addressee_acts_with_in_commas(text, aside):
    assert bool(re.match(elliptic.WITH_ASIDE, text)) is aside


@pytest.mark.parametrize(
    "text,end",
    [
        (" in close liaison with", " in close liaison with"),
        (" jointly with", " jointly with"),
        (" with the full assistance of", " with the full assistance of"),
        (" receiving support from", " receiving support from"),  # A/RES/80/11 op 15
        (" receiving technical aid from", " receiving technical aid from"),
        (" receiving visits from", None),
    ],
)
def test_partners_end_a_list_of_addressees(text, end):
    m = windows.CLAUSE_END.match(text)
    assert (m.group() if m else None) == end


@pytest.mark.parametrize(
    "text,officer",
    [(" the chair of the ", True), ("Chairperson of ", True), (" the members of the ", False), (" the Head ", False)],
)
def test_an_officer_opening_a_subject(text, officer):
    assert bool(that_opening.OFFICER_FIRST.match(text)) is officer


@pytest.mark.parametrize(
    "text,said",
    [
        ("expressed in", True),  # S/RES/1741 (2007) op 3
        ("as set forth in", True),
        ("outlined in", True),  # S/RES/1844 op 11
        ("recalled in", False),
    ],
)
def test_where_an_earlier_resolution_said_it(text, said):
    assert bool(re.match(windows.SAID + r"\s+in\b", text)) is said


@pytest.mark.parametrize(
    "text,part",
    [
        (" and its Bureau", "Bureau"),
        (" and its members to", "members"),
        (" and its Members", None),
        (" and its staff", None),
    ],
)
def test_a_part_of_the_body_named_after_it(text, part):
    m = modifiers.ITS_PART.match(text)
    assert (m.group(1) if m else None) == part


@pytest.mark.parametrize(
    "text,anothers",
    [
        ("the call by the General Assembly for all stakeholders", True),  # E/RES/2021/28 op 59
        ("its requests of the Security Council", True),
        ("the invitation by the Assembly", True),
        ("the report by the General Assembly", False),
    ],
)
def test_what_another_organ_asked(text, anothers):
    assert bool(directives.ANOTHERS.search(text)) is anothers


@pytest.mark.parametrize(
    "text,glue",
    [
        (", and existing as well as potential new ", ", and existing as well as potential new "),  # S/RES/1886 op 5
        ("and all emerging ", "and all emerging "),
        ("and donor ", "and "),
    ],
)
def test_what_may_come_before_an_elliptic_addressee(text, glue):
    assert elliptic.LEAD_GLUE.match(text).group() == glue


@pytest.mark.parametrize(
    "text,aside",
    [(", as appropriate, ", True), (", where applicable ", True), (", if possible,", True), (", as required,", False)],
)
def test_an_aside_after_a_control_verb(text, aside):
    assert bool(elliptic.CONTROL_ASIDE.match(text)) is aside


@pytest.mark.parametrize(
    "text,ends",
    [
        (" and, as appropriate, other organizations", None),  # heldout6 S/RES/1478 op 33: "as" qualifies
        (" as needed, the Panel", None),
        (" as a matter of priority", " as "),
        (" as possible, the Panel", " as "),  # "possible" is not in windows' list
    ],
)
def test_an_as_that_qualifies_ends_no_list(text, ends):
    m = windows.CLAUSE_END.search(text, text.index("as") - 1 if "as " in text else 0)
    assert (m.group() if m and m.group().strip() == "as" else None) == ends


@pytest.mark.parametrize(
    "text,alone",
    [
        ("them once again", True),
        ("them in this regard", True),
        ("it also strongly", True),
        ("those entities in that context", True),
        ("them urgently", False),
    ],
)
def test_a_pronoun_and_its_adverbs(text, alone):
    assert bool(pronouns.PRONOUN_ALONE.fullmatch(text)) is alone


@pytest.mark.parametrize(
    "text,end",
    [
        ("efforts aimed at", " aimed"),
        ("activities related to", " related"),
        ("the work undertaken by", " undertaken"),
        ("the relatedness", None),
    ],
)
def test_a_participle_ends_an_object(text, end):
    m = unaddressed.NP_END.search(text)
    assert (m.group() if m else None) == end


@pytest.mark.parametrize(
    "text,cited",
    [
        ("contained in paragraph 80 of its resolution 74/252", True),
        ("referred\n to in", True),
        ("set out in", True),
        ("described in", False),
    ],
)
def test_who_was_asked_is_in_the_text_cited(text, cited):
    assert bool(unaddressed.CITED.match(text)) is cited


# the lists moved from the patterns at stop 40 (mandates.yaml, "moved out of the patterns' code")


@pytest.mark.parametrize(
    "window,noun",
    [
        ("further efforts made by ", "efforts"),
        ("the work carried\n out by ", "work"),
        ("efforts being made by ", "efforts"),
        ("efforts exerted by ", "efforts"),
        ("the support provided by ", "provided"),  # no lead participle: "provided" read as the head
        ("assistance in mine action by ", None),  # a preposition among the modifiers
    ],
)
def test_an_activity_whose_agent_by_marks(window, noun):
    m = agents.AGENT_LEAD.match(window)
    assert (m.group("noun") if m else None) == noun


def test_the_body_parts_and_the_bare_subject_verbs():
    assert {"bureau", "secretariat", "heads"} <= thing_subjects.BODY_PARTS and "office" not in thing_subjects.BODY_PARTS
    assert {"demands", "calls-upon", "invites"} <= mandates.BARE and "notes" not in mandates.BARE


@pytest.mark.parametrize(
    "before,adjunct",
    [
        ("under the direction of the ", True),
        ("in Consultation\nwith ", True),
        ("consisting of all the members of the ", True),
        ("through its ", True),
        ("the mandate of the ", False),
    ],
)
def test_an_actor_beside_the_one_whose_tasks_follow(before, adjunct):
    assert bool(subparagraphs.ADJUNCT.search(before)) is adjunct
