"""The wording lists of mandate terms' patterns are data (ontology/vocab/terms.yaml), read through the vocabulary, as
reports' are (test_report_wording_data.py).

Each list must load as strings, and the patterns built from the lists must read the examples their code comments name
as they did when the words were written in the regexes: "the six month period called for in paragraph 16 above"
(S/RES/1483 (2003) op 19, term_refs.SAME_PERIOD), "maintain, until 15 May 2021, the authorized troop ceiling"
(term_ceiling.CEILING), "for a final two-month period until 31 March 2026" (S/RES/2813 (2026) op 1,
term_times.PERIOD), "its decision ..., and decides to extend" (term_mentioned), "to make use of this extended mandate"
(S/RES/1752 (2007) op 14, terms.py), "the notification requirements set out in paragraph 5 of resolution 1807 (2008)
shall no longer apply" (S/RES/2667, term_endings), "the exemptions ... set forth in" (S/RES/2035 op 4, term_measures).
"""

from __future__ import annotations

import re

import pytest

from resgraph.extract import (
    term_appointed,
    term_ceiling,
    term_continued,
    term_dissolved,
    term_endings,
    term_imposed,
    term_kind,
    term_measures,
    term_mentioned,
    term_of,
    term_office,
    term_refs,
    term_times,
    terms,
)
from resgraph.vocab import load
from tests.wording_lists import check_wording_list, wording_lists

LISTS = (
    "period_of_paragraph",
    "ceiling",
    "period_adjectives",
    "held",
    "extending_verbs",
    "next_task_verbs",
    "task_list",
)
LISTS += ("item_verbs", "states_shall", "ended", "measures")
LISTS += ("until", "mandate_of", "office", "dissolved")
LISTS += ("gate_words", "ending_verbs", "at_most", "person")  # moved from the code at stop 40
LISTS += ("span_not_with", "span_of_a_thing")  # stop 49
LISTS += ("set_up_heads",)  # stop 60
LISTS += ("extended_things",)  # stop 65
LISTS += ("measures_run_until",)  # stop 66
LISTS += ("window_not_after", "not_measures_run")  # stop 66, review 66


@pytest.mark.parametrize("path,words", [pw for k in LISTS for pw in wording_lists(load().terms[k], k)])
def test_each_wording_list_loads_as_strings(path, words):
    check_wording_list(path, words)


@pytest.mark.parametrize(
    "text,paragraph",
    [
        ("at the conclusion of the six month period called for in paragraph 16 above", "16"),  # S/RES/1483 (2003)
        ("for the period specified in paragraph 1 above", "1"),
        ("for a further period ending on the date referred\n to in paragraph 1 above", "1"),
        ("during the period of enforcement of the measures set out in paragraph 3", "3"),
        ("for the period specified in paragraph 1 of resolution 1596 (2005)", None),
        ("for the period provided for in paragraph 1 above", None),
    ],
)
def test_a_period_named_by_its_paragraph(text, paragraph):
    m = term_refs.SAME_PERIOD.search(text)
    assert (m.group(1) if m else None) == paragraph


@pytest.mark.parametrize(
    "before,runs",
    [
        ("Reaffirms the measures established by paragraph 20 of resolution 1493, and extended ", True),  # S/RES/1596
        ("these measures shall remain in force ", True),
        ("these measures shall continue to apply, ", True),
        ("the Group of Experts, whose mandate runs ", False),
        ("to report on the period ", False),
    ],
)
def test_the_words_of_measures_that_run_till_a_date(before, runs):
    assert bool(term_refs.RUN_UNTIL.search(before)) == runs


@pytest.mark.parametrize(
    "text,ceiling",
    [
        ("Decides to maintain, until 15 May 2021, the authorized troop ceiling", "maintain"),
        ("Reduces the authorized strength of UNMIL's police component", "Reduces"),
        ("to keep its current troop and police ceilings", "keep"),
        ("Authorizes a temporary increase in UNMIL's personnel ceiling", "Authorizes a temporary increase in "),
        ("to lower the authorized uniformed and military ceiling", "lower"),
        ("to maintain the level of support", None),  # a level needs "authorized"
        ("to raise the ceiling of civilians", "raise"),
        ("to raises the civilian ceiling", None),
    ],
)
def test_a_verb_that_sets_a_ceiling(text, ceiling):
    m = term_ceiling.CEILING.search(text)
    assert (m.group() if m else None) == ceiling


@pytest.mark.parametrize(
    "text,n,unit",
    [
        ("for a final two-month period until 31 March 2026", "two", "month"),  # S/RES/2813 (2026) op 1
        ("for a further planned period of 12 months", "12", "months"),  # SFOR
        ("for a limited period of up to 30 days", "30", "days"),
        ("for a transition period not exceeding 30 days", "30", "days"),
        ("for a Transitional Period of six months", "six", "months"),
        ("for a further additional period of 12 months", "12", "months"),
        ("for a short period of 12 months", None, None),  # "short" is no listed adjective
    ],
)
def test_the_length_of_a_term(text, n, unit):
    m = term_times.PERIOD.search(text)
    assert ((m.group("n"), m.group("unit")) if m else (None, None)) == (n, unit)


@pytest.mark.parametrize(
    "text,held",
    [
        ("Recalls its decision in resolution 2100 to extend", True),
        ("Expresses its intention to renew", True),
        ("Welcomes the efforts to extend", True),
        ("Recalls its decision in resolution 2100, and decides to extend", False),  # a comma: no noun's
        ("Recalls its decision in resolution 2100 and Authorises to extend", False),  # a directive verb between
        ("Reiterates its intention to renew", False),
        ("Decides to extend", False),
    ],
)
def test_a_noun_that_holds_the_term_s_verb(text, held):
    assert term_mentioned.mentioned(text, text.rindex("to ")) is held


def _extends(text):
    return [m.group() for m in dict(terms.ACTIONS)["extends"].finditer(text)]


@pytest.mark.parametrize(
    "text,found",
    [
        ("Decides to extend the mandate of UNMISS until 30 April 2026", ["extend"]),
        ("Decides to prolong the mandate of UNMISS until 30 April 2026", ["prolong"]),
        ("Renews the measures imposed by paragraph 1", ["Renews"]),
        ("to make use of this extended mandate", []),  # S/RES/1752 (2007) op 14: an adjective
        ("Decides to expand the mandate of UNMISS", []),
    ],
)
def test_a_verb_that_extends_a_term(text, found):
    assert _extends(text) == found


def test_each_extending_verb_passes_the_clause_filter():
    """A verb listed but not found by terms.ACTION_WORDS would never be tried: the filter reads a clause first."""
    for verb in load().terms["extending_verbs"]:
        assert any(w in verb for w in terms.ACTION_WORDS["extends"]), verb
        assert any(w in verb for w in terms.TERM_WORDS), verb


@pytest.mark.parametrize(
    "text,cut",
    [
        ("Decides to extend the mandate until 31 August 2026, and requests the Secretary-General", ", and "),
        ("Decides to extend the mandate, and further decides to renew", ", and further "),
        ("Decides to extend the mandate, and regrets", None),
    ],
)
def test_the_next_task_cuts_a_clause(text, cut):
    m = terms.CLAUSE_CUT.search(text)
    assert (m.group() if m else None) == cut


@pytest.mark.parametrize(
    "verb,lead,item,governed",
    [
        ("decides", "Decides:", "(a) To establish a Panel", False),  # the label is no "To"
        ("decides", "Decides:", "To establish a Panel", True),
        ("decides", "Decides:", "To re-appoint the members", True),
        ("decides", "Decides:", "To set\n up a Panel", True),
        ("decides", "Decides to adopt the following mandate:", "to establish the necessary operational links", False),
        ("decides", "Decides to adopt the following responsibilities:", "To establish links", False),
        ("decides", "Decides:", "To welcome the report", False),
        (
            "decides",
            "Decides:",
            "to request the Secretary-General, in consultation with the Committee, to appoint for",
            True,
        ),
        ("decides", "Decides:", "To request the Secretary-General to submit a report; to establish", False),
    ],
)
def test_an_item_that_sets_a_term(verb, lead, item, governed):
    assert terms.governed_item(verb, lead, item) is governed


@pytest.mark.parametrize(
    "text,verb",
    [
        ("Decides that all States shall, for a period of 12 months, take the necessary measures to", "take"),
        ("Decides that all States shall freeze", "freeze"),
        ("Decides that all States shall prohibit", "prohibit"),
        ("Decides that all States shall report", None),
    ],
)
def test_what_all_states_shall_do(text, verb):
    m = term_imposed.STATES_SHALL.search(text)
    assert (m.group().split()[-1] if m else None) == verb


@pytest.mark.parametrize(
    "text,ended",
    [
        (
            "Decides to terminate the weapons of mass destruction, missile, and civil nuclear-related measures imposed "
            "by paragraphs 8, 9, 10, 12 and 13 of resolution 687 (1991)",  # S/RES/1957 (2010)
            True,
        ),
        ("Decides to lift the arms embargoes imposed by paragraph 5 of resolution 733 (1992)", True),
        ("Decides to end the authorisations set out in paragraph 2 of resolution 2240 (2015)", True),
        ("Decides to end the cooperation set out in paragraph 2 of resolution 2240 (2015)", False),
        (
            "Decides that the notification requirements set out in paragraph 5 of resolution 1807 (2008) shall no "
            "longer apply;",  # S/RES/2667
            True,
        ),
        ("Decides that the guidelines set out in paragraph 5 of resolution 1807 (2008) shall no longer apply;", False),
    ],
)
def test_what_a_paragraph_ends(text, ended):
    assert bool(re.search(term_endings.PATTERN, text, re.I)) is ended


@pytest.mark.parametrize(
    "text,paras",
    [
        (
            "the exemptions in support of the implementation of the Agreement set forth in paragraph 9 of resolution",
            "9",
        ),
        ("the notification requirements of paragraph 5 of resolution", "5"),
        ("the arms embargo imposed by paragraphs 1 and 2 of resolution", "1 and 2"),
        ("all necessary measures to carry out the mandate set out in paragraph 9 of resolution", None),  # S/RES/1863
        ("the reporting requirements of paragraph 5 of resolution", None),
    ],
)
def test_what_a_resolution_s_paragraphs_set_up(text, paras):
    m = term_measures.MEASURES.search(text)
    assert (m.group("paras") if m else None) == paras


@pytest.mark.parametrize(
    "text,whole",
    [
        ("the authorizations as set out in resolution 2473", True),
        ("the measures imposed by resolution 2473", True),
        ("the measures provided in resolution 2473", True),
        ("the measures described in resolution 2473", False),
    ],
)
def test_measures_of_a_whole_resolution(text, whole):
    assert bool(term_measures.WHOLE.search(text)) is whole


@pytest.mark.parametrize(
    "text,until",
    [
        ("until 31 July 2016", "until 31 July 2016"),
        ("for a new period terminating on 31 July 2000", "terminating on 31 July 2000"),
        ("with effect from 1 January 2007", "with effect from 1 January 2007"),
        ("up to and including 15 March 2005", "up to and including 15 March 2005"),
        ("Effective 30 June 2010", "Effective 30 June 2010"),
        ("since 31 July 2016", None),
    ],
)
def test_the_words_before_a_term_s_end_date(text, until):
    m = term_times.UNTIL.search(text)
    assert (m.group() if m else None) == until


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "to extend the mandate of the Special Rapporteur on the situation of human rights in Belarus for a period of",
            "Special Rapporteur on the situation of human rights in Belarus",
        ),
        (
            "the mandate of the Independent Expert as the Special Rapporteur on Cambodia, in accordance with",
            "Special Rapporteur on Cambodia",
        ),
        ("the mandate of the Commission on Human Rights, which is", "Commission on Human Rights"),
        ("the mandate of the Special Envoy on Syria, which is", None),  # not a title of the list
    ],
)
def test_a_special_procedure_s_name(text, name):
    m = term_of.SP_MANDATE.search(text)
    assert (m.group("name") if m else None) == name


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "the mandate of the High Representative for the Elections laid down in",
            "High Representative for the Elections",
        ),
        ("the mandate of UNMISS until 30 April 2026", "UNMISS"),
        ("the mandate of the Panel appointed pursuant to", "Panel"),
        ("the mandate of the Group for a further period", "Group"),
    ],
)
def test_where_the_name_after_mandate_of_ends(text, name):
    m = term_of.MANDATE_OF.search(text)
    assert (m.group("name") if m else None) == name


@pytest.mark.parametrize(
    "text,holders",
    [
        (
            " the term of office of the following permanent judges at the International Tribunal, who are members of the"
            " Appeals Chamber, until 31 December 2013 or until the completion of the cases",
            "permanent judges of the International Tribunal, members of the Appeals Chamber",
        ),
        (" the terms of office of the judges at the Tribunal, if sooner", "judges of the Tribunal"),
        (" the terms of office of the Prosecutor at the Tribunal for another year", "Prosecutor of the Tribunal"),
        (" the mandate of the Panel", None),
    ],
)
def test_the_holders_of_a_term_of_office(text, holders):
    found = term_office.holders(text, 0, len(text))
    assert (found[0] if found else None) == holders


@pytest.mark.parametrize(
    "text,passive",
    [
        ("the term of office of the judge shall be extended until", True),
        ("the term of office of the judge shall extend until", True),
        ("the term of office of the judge shall be prolonged", True),
        ("the term of office of the judge shall end", False),
    ],
)
def test_a_term_of_office_extended_in_the_passive(text, passive):
    assert bool(re.search(term_office.PASSIVE, text)) is passive


@pytest.mark.parametrize(
    "text,terminated",
    [
        ("Decides to terminate the Committee established pursuant to paragraph 6", True),  # S/RES/1483 (2003) op 19
        ("Decides to terminate the Sanctions Committee established", True),
        ("Decides to terminate the Monitoring Team", True),
        ("Decides to terminate the Mission", False),
    ],
)
def test_a_body_of_the_council_terminated(text, terminated):
    assert bool(term_dissolved.TERMINATE.search(text)) is terminated


@pytest.mark.parametrize(
    "text,name",
    [
        ("the Commission established by paragraph 2", "Commission"),
        ("the Independent Commission set up under", "Independent Commission"),
        ("the Commission of Experts referred to in", "Commission of Experts"),
        ("the Commission of Inquiry of resolution 1234", "Commission of Inquiry"),
        ("the Commission appointed by", "Commission appointed by"),
    ],
)
def test_the_name_of_a_body_dissolved(text, name):
    m = term_dissolved.NAME.match(text)
    assert (m.group("name") if m else None) == name


@pytest.mark.parametrize(
    "text,words",
    [
        (" the voluntary funding mechanism for 10 years", "voluntary funding mechanism"),  # A/RES/79/254 (2024) op 25
        (" its review mechanisms until 31 December 2030", "review mechanisms"),
        (" the Residual Mechanism for a period of two years", None),  # a name, with a capital
        (" the voluntary funding mechanism to other duty stations", None),  # no time right after it
        (" the coordination mechanism for humanitarian assistance", None),  # "for" no time
    ],
)
def test_a_thing_extended_by_its_noun(text, words):
    m = term_kind.THING_NAMED.match(text)
    assert (m.group("words") if m else None) == words


# the lists moved from the code at stop 40 (terms.yaml, "moved out of the patterns' code")


def test_the_gate_words_of_each_action():
    assert (
        terms.ACTION_WORDS["terminates"]
        == term_endings.WORDS
        == ("terminat", "discontinu", "end", "shall", "will", "lift", "conclude")
    )
    assert terms.ACTION_WORDS["establishes"] == (
        "establish",
        "create",
        "set",
        "shall include",
        "shall comprise",
        "appoint for",
        # a time said first, the verb after it: "MONUSCO shall, for an initial period of one year ..., include an
        # “Intervention Brigade”" (S/RES/2098 (2013) op 9, term_established.INCLUDES_FOR)
        "include a",
        "comprise a",
    )
    assert "shall continue to" in term_continued.WORDS and set(term_continued.WORDS) <= set(terms.TERM_WORDS)
    assert set(terms.ACTION_WORDS["extends"]) <= set(terms.TERM_WORDS) | {"shall also"}


@pytest.mark.parametrize(
    "text,found",
    [
        # the nouns that head a body set up, moved from terms.py's pattern at stop 60 (terms.yaml `set_up_heads`), their
        # first letter in either case: the pattern is the one it was, byte for byte
        ("Decides to establish a Panel of Experts", True),
        ("Decides to establish an intervention brigade", True),
        ("Decides to establish an Intervention Brigade", True),
        ("Decides to establish a regional Regime", True),
        # near misses: a head noun not in the list, and no noun of the list
        ("Decides to establish an Intervention Unit", False),
        ("Decides to establish a trust fund to support the Brigade", False),
        ("Decides to establish a network of focal points", False),
    ],
)
def test_the_nouns_that_head_a_body_set_up(text, found):
    assert bool(dict(terms.ACTIONS)["establishes"].search(text)) is found


@pytest.mark.parametrize(
    "text,ended",
    [
        ("Decides to terminate the mandate of UNMIN", True),
        ("Decides to lift with immediate effect the measures", True),
        ("Decides to Discontinue the mandate", True),
        ("Decides to review the mandate", False),
    ],
)
def test_a_verb_that_ends_a_mandate(text, ended):
    assert bool(re.search(term_endings.PATTERN, text, re.I)) is ended


@pytest.mark.parametrize(
    "text,n",
    [
        ("to extend by up to four additional weeks the temporary redeployment", "four"),
        ("for a period not exceeding six months", "six"),
        ("for a maximum of\n three months", "three"),
        ("for a period of about six months", None),
    ],
)
def test_a_period_given_as_a_ceiling(text, n):
    m = term_times.PERIOD.search(text)
    assert (m.group("n") if m else None) == n


@pytest.mark.parametrize(
    "text,holder",
    [
        ("Decides to appoint Mr. Hassan Bubacar Jallow as Prosecutor of the Mechanism", "Mr. Hassan Bubacar Jallow"),
        ("Decides to appoint Judge Carmel Agius as President", "Judge Carmel Agius"),
        ("Decides to reappoint Ms Carla del Ponte as the Prosecutor", "Ms Carla del Ponte"),
        ("Decides to appoint Sir Brian Urquhart as Head", "Sir Brian Urquhart"),  # no title: its words read as names
    ],
)
def test_a_holder_named_in_person(text, holder):
    m = term_appointed.APPOINTED.search(text)
    assert (m.group("holder") if m else None) == holder
