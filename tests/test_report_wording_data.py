"""The wording lists of reports' patterns are data (ontology/vocab/reports.yaml), read through the vocabulary.

Each list must load as strings (a bare `on` or `no` in YAML is a boolean, which wordsearch.phrases refuses), and the
patterns built from the lists must read the examples their code comments name as they did when the words were
written in the regexes: the data object of A/RES/76/71 op 25, "refine and update them" of S/RES/1880 (2009) op 21,
the keeping informed with a deadline of S/RES/2767 (2024) op 46, a report's adjectives, "the support provided by
MINUSMA to" of S/RES/2391 (2017) op 33.
"""

from __future__ import annotations

import re

import pytest

from resgraph.extract import (
    report_addressed,
    report_conducted,
    report_contents,
    report_each,
    report_handed,
    report_hosted,
    report_keywords,
    report_listed,
    report_loose_dates,
    report_mentions,
    report_not_received,
    report_pairs,
    report_part_of,
    report_recalled,
    report_receiver_first,
    report_receiver_tails,
    report_redelivered,
    report_refs,
    report_renewed,
    report_reporters,
    report_sessions,
    report_set_up,
    report_summaries,
    report_term_end,
    report_times,
    report_triggers,
    report_unknown,
    report_updated,
    report_within,
    report_words,
)
from resgraph.vocab import load
from resgraph.wordsearch import phrases
from tests.wording_lists import check_wording_list, wording_lists


@pytest.mark.parametrize("path,words", list(wording_lists(load().reports)))
def test_each_wording_list_loads_as_strings(path, words):
    check_wording_list(path, words)


def test_phrases_refuses_a_yaml_boolean_and_reads_a_space_as_any_run_of_whitespace():
    with pytest.raises(TypeError):
        phrases(["set up", True])
    import re

    rx = re.compile(rf"(?:{phrases(['set up', 'set', 'sets up'])})\b")
    assert rx.match("set\n  up").group() == "set\n  up"
    assert rx.match("sets up").group() == "sets up"
    assert rx.match("set out").group() == "set"


DATA = "to collect and, where appropriate, report to the Food and Agriculture Organization of the United Nations required catch and effort data"


@pytest.mark.parametrize(
    "text,data",
    [
        (DATA, True),  # A/RES/76/71 op 25: data, no report
        ("to regularly report data and information relating to all aspects of the world drug problem", True),
        ("to report to the Committee information about such travel", False),  # information is a report
        ("to report to the Council on progress made", False),
    ],
)
def test_data_nouns_make_a_report_verb_hand_over_data(text, data):
    s = text.index("report")
    assert report_mentions.reports_data(text, s, s + len("report")) is data


@pytest.mark.parametrize(
    "before,delivered",
    [
        ("to submit ", True),
        ("to finalise ", True),
        ("and updates ", True),
        ("to consider ", False),
        ("submitted ", False),
    ],
)
def test_a_verb_that_asks_for_the_report_named_by_its_kind(before, delivered):
    assert bool(report_mentions.DELIVERED_THE.search(before)) is delivered


@pytest.mark.parametrize(
    "before,thing",
    [
        ("encourages him to continue to refine and ", True),  # S/RES/1880 (2009) op 21: the benchmarks
        ("to regularly brief and ", False),  # someone
        ("to consult and ", False),
        ("to meet and ", False),
        ("to review and periodically ", True),
    ],
)
def test_a_verb_of_someone_before_and_update_them_is_no_thing(before, thing):
    assert bool(report_updated.THING_VERB_AND.search(before)) is thing


@pytest.mark.parametrize(
    "after,body",
    [
        (" the Council on", True),
        (" the KP Chair on", True),
        (" the Special Representative", True),
        (" the Chairperson", True),
        (" the list referred to", False),
        (" the Councils", False),
    ],
)
def test_update_the_body(after, body):
    assert bool(report_updated.BODY_OBJECT.match(after)) is body


KEPT = (
    "Requests the African Union to keep the Security Council informed, through the Secretary-General, on the "
    "implementation of AUSSOM's mandate, by 30 March and 30 September 2025"
)


@pytest.mark.parametrize(
    "text,due",
    [
        (KEPT, True),  # S/RES/2767 (2024) op 46, heldout16: a report due
        (
            "to keep the Council informed of progress and requests the Secretary-General to report by 30 June 2025",
            False,
        ),
        ("to keep the Council informed, in an interim report by 15 January 2002", False),  # the report's deadline
        ("to keep the Council informed of the measures taken by 30 June 2025", False),  # the measures'
        ("to keep the Council informed of the need by 30 June 2025", True),  # "need" is no participle
    ],
)
def test_keeping_informed_is_a_report_with_its_own_deadline(text, due):
    s = text.index("informed")
    assert report_addressed.asked(text, 0, s, s + len("informed")) is due


@pytest.mark.parametrize(
    "text,words",
    [
        ("Requests the Secretary-General to submit a final consolidated report", "a final consolidated report"),
        ("to submit its midterm report", "its midterm report"),
        ("to submit their mid-term progress report", "their mid-term progress report"),
        ("to submit a technical note", "note"),  # "technical" is no adjective of the list
    ],
)
def test_report_adjectives_are_read_back_to_the_article(text, words):
    found = [w for _, _, w, _, kind in report_keywords.keywords(text, 0, len(text)) if kind == "noun"]
    assert found[-1] == words


@pytest.mark.parametrize(
    "text,joined",
    [
        ("in its first and final reports", True),
        ("in her or his annual reports", True),
        ("within its mid-term and final reports", True),
        ("through the regular, thematic or country-specific reports", True),
        ("in its work and formally reports", False),
    ],
)
def test_report_adjectives_joined_before_a_report(text, joined):
    assert bool(report_within.JOINED_BEFORE.search(text)) is joined


@pytest.mark.parametrize(
    "lead,other",
    [
        ("external support to the ", True),
        ("the support provided by MINUSMA to the ", True),  # S/RES/2391 (2017) op 33
        ("provide assistance as appropriate to the ", True),  # S/RES/2626 (2022) op 5 (d)
        ("his Special Envoys and Special Representatives to ", True),  # S/RES/2122 (2013) op 2
        ("the handed over to the ", True),
        ("to submit a report to the ", False),
        ("to brief the Council and to report to the ", False),
    ],
)
def test_a_noun_whose_to_is_no_receiver(lead, other):
    assert bool(report_not_received.NOUN_TO.search(lead)) is other


@pytest.mark.parametrize(
    "lead,assigned",
    [
        ("in order to streamline the tasks assigned to ", True),  # S/RES/2147 (2014) op 8
        ("the functions entrusted by the Council to the ", True),
        ("the report submitted to the ", False),
    ],
)
def test_what_is_assigned_to_a_body_is_no_report_to_it(lead, assigned):
    assert bool(report_not_received.ASSIGNED_TO.search(lead)) is assigned


@pytest.mark.parametrize(
    "scope,event",
    [
        ("informal briefings to be held ", True),
        ("the elections ", True),
        ("the Decade of Action ", True),
        ("its mandate, which expires ", True),
        ("to report to the Council ", False),
    ],
)
def test_an_event_before_in_and_a_date(scope, event):
    assert bool(report_loose_dates.EVENT.search(scope)) is event


@pytest.mark.parametrize(
    "before,event",
    [
        ("for an initial period of 12 months beginning ", True),  # S/RES/1620 (2005) op 1
        ("the branch commences functioning ", True),  # S/RES/2054 op 3
        ("beyond its expiration ", True),  # S/RES/2802 op 35
        ("the agreement entered into force ", True),
        ("to report to the Council ", False),
    ],
)
def test_an_event_before_on_and_a_date(before, event):
    assert bool(report_times.EVENT_ON.search(before)) is event


@pytest.mark.parametrize(
    "text,joint",
    [
        ("to jointly report to the Council", True),
        ("to report Jointly", True),
        ("the Secretary-General, together with the Chairperson of the Commission, to report", True),
        ("to submit a consolidated report", True),
        ("to submit consolidated written updates", True),
        # one item per reporter asked, as the golds read a joint report of a list (report_each.ONE_OF_ALL)
        ("to submit a joint written assessment", False),
        ("to brief the Council in close consultation with the Panel", False),
        ("to submit a joint letter", False),
        ("to report, together with recommendations,", False),
        ("within the consolidated budget", False),
    ],
)
def test_one_report_of_several(text, joint):
    assert bool(report_each.ONE_OF_ALL.search(text)) is joint


@pytest.mark.parametrize(
    "rx,after,thing",
    [
        ("ASSESSMENT_OF", " scheme for", True),  # "an assessment scheme"
        ("ASSESSMENT_OF", " methodologies", True),
        ("ASSESSMENT_OF", " missions to", True),  # "a technical assessment mission"
        ("ASSESSMENT_OF", " of the situation", False),
        ("BRIEFING_OF", " notes", False),  # a note, written (report_forms.WRITTEN_BRIEFING)
        ("BRIEFING_OF", " meetings", True),
        ("BRIEFING_OF", " to be held", True),  # S/RES/1882 (2009) op 19
        ("BRIEFING_OF", " on the situation", False),
        ("NOTE_OF", " verbale to Member States", True),  # A/RES/74/24 op 7: a diplomatic letter
        ("NOTE_OF", " verbales", True),
        ("NOTE_OF", " on the matter", False),
        ("NOTE_OF", " by the Secretariat", False),
    ],
)
def test_a_report_word_naming_a_thing_of_its_own(rx, after, thing):
    assert bool(getattr(report_words, rx).match(after)) is thing


@pytest.mark.parametrize(
    "module,before,content",
    [
        (report_within, "the recommendations contained ", True),
        (report_within, "the proposals set\nout ", True),
        (report_within, "the measures highlighted ", True),
        (report_hosted, "the recommendations contained ", True),
        (report_hosted, "the measures highlighted ", False),  # not in the hosted list
        (report_hosted, "to include ", False),
    ],
)
def test_what_a_report_holds(module, before, content):
    assert bool(module.CONTENT_OF.search(before)) is content


@pytest.mark.parametrize(
    "text,words",
    [
        ("Requests the Secretary-General to report on", ["report"]),
        ("to submit a Report and to brief the Council", ["Report", "brief"]),
        ("to address the Council and to revert", ["address", "revert"]),
        ("the reporters and the reportage", []),
        ("findings, a summary and an analysis", ["findings", "summary", "analysis"]),
    ],
)
def test_the_report_words_found_first(text, words):
    assert [m.group() for m in report_keywords.KEYWORD.finditer(text)] == words


@pytest.mark.parametrize(
    "after,someone",
    [
        (" of the Special Envoy", True),
        (" of the independent panel", True),
        (" of its group of experts", True),
        (" of the situation in the region", False),
    ],
)
def test_the_report_of_someone(after, someone):
    assert bool(report_words.OF_SOMEONE.match(after)) is someone


@pytest.mark.parametrize(
    "before,means",
    [
        ("national capacity to ", True),
        ("a common basis for ", True),
        ("templates for regularly ", True),
        ("the monitoring mechanism to ", False),
        ("the Council to ", False),
    ],
)
def test_a_means_of_reporting(before, means):
    assert bool(report_within.MEANS_OF.search(before)) is means


@pytest.mark.parametrize(
    "text,kind",
    [("a strategic review", True), ("an Independent review", True), ("a review of all names", False)],
)
def test_a_kind_of_review(text, kind):
    assert bool(report_conducted.KIND.search(text)) is kind


@pytest.mark.parametrize(
    "text,set_up",
    [
        ("Decides to establish a Panel", True),
        ("to re-establish the Group", True),
        ("to set\n up a mechanism", True),
        ("to Convene a meeting", True),
        ("the establishment of a Panel", False),
    ],
)
def test_a_verb_that_sets_a_body_up(text, set_up):
    assert bool(report_set_up.SET_UP.search(text)) is set_up


@pytest.mark.parametrize(
    "before,established",
    [
        ("Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a ", True),
        ("to set up an ", True),
        ("to convene a ", False),  # a meeting, not a body
        ("to Establish a ", False),  # as written
    ],
)
def test_a_body_set_up_before_its_article(before, established):
    assert bool(report_reporters.ESTABLISHED.search(before)) is established


@pytest.mark.parametrize(
    "text,part",
    [
        (" as part of their regular briefings", True),  # S/RES/2171 (2014) op 19
        (" in the upcoming 90-day report", True),
        (" in its mandated reports", True),
        (" in the Periodical reports", True),
        (" in the special reports", False),
    ],
)
def test_a_task_put_in_reports_of_a_kind(text, part):
    assert bool(report_part_of.PART_OF_REPORTS.match(text)) is part


@pytest.mark.parametrize(
    "text,before",
    [
        ("directs the Chair, in regular reports to the Council pursuant to paragraph 87 below, to provide ", True),
        ("in the next national report to submit ", True),
        ("in the special reports to the Council, to provide", False),
        # a that-clause's subject after the reports (S/RES/1564 (2004) op 15, heldout21 08)
        ("Requests that, in the monthly reports pursuant to resolution 1556 (2004), the Secretary-General ", True),
        ("Requests that, in his regular reports, the Panel of Experts ", True),
        ("Requests that, in the light of the reports of the Panel, the Secretary-General ", False),  # no kind
        (
            "Decides, in the monthly reports pursuant to resolution 1556 (2004), the Secretary-General ",
            False,
        ),  # no that
    ],
)
def test_a_task_asked_in_such_reports_before_it(text, before):
    assert bool(report_part_of.IN_REPORTS_BEFORE.search(text)) is before


@pytest.mark.parametrize(
    "text,host",
    [
        ("in his next report", True),
        ("in the next overview report", True),
        ("through the peacekeeping oversight report", True),
        ("in the special report", False),
    ],
)
def test_a_report_that_hosts_a_task(text, host):
    assert bool(report_hosted.HOST.search(text)) is host


@pytest.mark.parametrize(
    "text,conducted",
    [
        ("to conduct ", True),
        ("to carry\n out ", True),
        ("undertaking ", True),
        ("to Conduct ", False),
        ("to submit ", False),
    ],
)
def test_a_verb_that_conducts_an_assessment(text, conducted):
    assert bool(report_words.CONDUCTED.search(text)) is conducted


# the lists moved from the patterns at stop 40 (reports.yaml, "moved out of the patterns' code"): each pattern reads the
# examples of its code comment as it did with the words written in it


@pytest.mark.parametrize(
    "text,verb",
    [
        ("to conduct, in collaboration with partners, a joint", "conduct"),
        ("to carry\n out an assessment", "conduct"),
        ("to Commission and submit", "conduct"),
        ("to provide the Security Council with an independent assessment", "deliver"),
        ("to brief the Council", None),
    ],
)
def test_a_review_conducted_or_delivered(text, verb):
    m = report_conducted.VERB.search(text)
    assert (m.lastgroup if m and m.lastgroup != "also" else ("conduct" if m else None)) == verb


@pytest.mark.parametrize(
    "text,passive",
    [
        (" be conveyed no later than 13 January 2023", True),
        (" to be reported to the Security Council by 31 July 2006", True),
        (" be considered by 31 July 2006", False),
    ],
)
def test_a_review_handed_on_passively(text, passive):
    assert bool(report_conducted.PASSIVE.match(text)) is passive


def test_the_heads_handed_only_and_the_clause_words():
    assert report_conducted.NOUNS == ("assessment", "evaluation", "review")
    assert report_words.HANDED_ONLY == ("study", "findings")
    assert report_words.CLAUSE_WORDS[:3] == ("report", "brief", "updat") and report_words.CLAUSE_WORDS[-2:] == (
        "study",
        "findings",
    )
    assert "letter" in report_triggers.NEEDS_LEAD and "report" not in report_triggers.NEEDS_LEAD


@pytest.mark.parametrize(
    "pattern,text,found",
    [
        (report_handed.HANDED_BEFORE, "and to submit the ", True),
        (report_handed.HANDED_BEFORE, "and to Submit the ", False),
        (report_handed.HANDED_BEFORE, "to conduct the ", False),
        (report_receiver_first.HANDED_TO_FIRST, "as well as to submit, for the Council's consideration, two ", True),
        (report_receiver_first.HANDED_TO_FIRST, "and Giving to the Council ", True),
        (report_receiver_first.HANDED_TO_FIRST, "to prepare for the Council ", False),
        (report_unknown.ASKED, "invite UNOCT", True),
        (report_unknown.ASKED, "authorises further the team", True),
        (report_unknown.ASKED, "Invites the team", False),
        (report_triggers.MADE_PUBLIC, "to make publicly available and to publish ", True),
        (report_triggers.MADE_PUBLIC, "to prepare ", False),
        (report_triggers.FED, "with the Secretary-General to inform ", True),
        (report_triggers.FED, "feeding\n into ", True),
        (report_triggers.FED, "to submit ", False),
        (report_summaries.SUMMARY_ASKED, "to draft and circulate ", True),
        (report_summaries.SUMMARY_ASKED, "and to submit to the General Assembly ", True),
        (report_summaries.SUMMARY_ASKED, "to consider ", False),
        (report_reporters.ENABLED, "to enable the ", True),
        (report_reporters.ENABLED, "permitting ", True),
        (report_reporters.ENABLED, "to request the ", False),
        (report_renewed.RENEWED, "Decides to renew the reporting requirements", True),
        (report_renewed.RENEWED, "Prolongs the related reporting request", True),
        (report_renewed.RENEWED, "Decides to recall the reporting requirements", False),
        (report_recalled.RECALLED, ", and reiterates the need", True),
        (report_recalled.RECALLED, ", and underscores further that", True),
        (report_recalled.RECALLED, ", and reaffirms the need", False),  # "reaffirms" only before "that"
        (report_mentions.REFERENCE_BEFORE, "welcomes the above-mentioned ", True),
        (report_mentions.REFERENCE_BEFORE, "the latest ", True),
        (report_mentions.REFERENCE_BEFORE, "to submit a ", False),
    ],
)
def test_a_moved_list_reads_its_examples(pattern, text, found):
    assert bool(pattern.search(text)) is found


@pytest.mark.parametrize(
    "pattern,text,found",
    [
        (report_contents.CONTENTS_COLON, "to report to the Council every three months, including on:", True),
        (report_contents.CONTENTS_COLON, "an in-depth study, including in particular:", True),
        (report_contents.CONTENTS_COLON, "to take the following steps, including on:", False),
        (report_sessions.REPORTED_TO, "report to the ", True),
        (report_sessions.REPORTED_TO, "to submit regularly to the ", True),
        (report_sessions.REPORTED_TO, "to provide updates to the ", False),
        (report_redelivered.DELIVER_THE, "to submit the said ", True),
        (report_redelivered.DELIVER_THE, "shall Deliver the abovementioned ", True),
        (report_redelivered.DELIVER_THE, "to consider the said ", False),
        (report_redelivered.REPORT_BEFORE, "Takes note of the Briefings", True),
        (report_redelivered.REPORT_BEFORE, "Takes note of the study", False),
        (report_times.SUBJECT_EVENT, "which includes options to implement ", True),
        (report_times.SUBJECT_EVENT, "to report ", False),
        (report_times.TOPIC, " of the progress of actions undertaken", True),
        (report_times.TOPIC, " of its adoption", False),
        (report_mentions.QUOTED_TITLE, "an item entitled “Report on", True),
        (report_mentions.QUOTED_TITLE, "the sub-item “Report on", True),
        (report_mentions.QUOTED_TITLE, "a report “Report on", False),
        (report_mentions.ADOPTS, "the Conference shall adopt, by consensus, a declaration and a ", True),
        (report_mentions.ADOPTS, "to adopt its report and to transmit it, with a ", False),
        (report_mentions.ADOPTS, "to adopt and Submits a ", False),
        (report_listed.DELIVERED_TO, "to provide to the Committee ", True),
        (report_listed.DELIVERED_TO, "to give to the Committee ", False),
    ],
)
def test_a_moved_list_reads_its_examples_too(pattern, text, found):
    assert bool(pattern.search(text)) is found


@pytest.mark.parametrize(
    "text,handed_on",
    [
        (", and also to transmit the report to the Conference on Disarmament", True),
        (", and to present that report, in combination with an oral update, to the General Assembly", True),
        (", and to consider that report to the General Assembly", False),
    ],
)
def test_a_report_handed_on_to_a_second_receiver(text, handed_on):
    rx = re.compile(report_receiver_tails._HANDED_ON)
    assert bool(rx.match(text)) is handed_on


@pytest.mark.parametrize(
    "pattern,text,found",
    [
        (report_refs.SAME_TIME, "in the timeframe identified in paragraph 3 of this resolution", True),
        (report_refs.SAME_TIME, "on the schedule set\n forth in paragraph 12 above", True),
        (report_refs.SAME_TIME, "on the schedule adopted in paragraph 12 above", False),
        (
            report_pairs.SAME_REGULARITY,
            "and to provide the Security Council, with the same regularity, an update",
            True,
        ),
        (report_pairs.SAME_REGULARITY, "with the same regularity as set out in paragraph 4", False),
        (report_renewed.CITED, " set out in paragraphs 17 and 18 of resolution 2240", True),
        (report_renewed.CITED, " as Provided for in paragraph 10 of resolution 2722", True),
        (report_renewed.CITED, " set out in annex 2 of resolution 2722", False),
        (report_term_end.TERM_END, "by the end of the period referred to in paragraph 1", True),
        (report_term_end.TERM_END, "by the end of the period adopted in paragraph 1", False),
        (report_times.IN_MONTH, "to brief the Security Council in January 2009", True),
        (report_times.IN_MONTH, "to brief the Board in January 2009", False),
        (report_loose_dates.IN_YEAR, "to report to the Economic and Social Council in 2026", True),
        (report_loose_dates.IN_YEAR, "to report to the Board in 2026", False),
    ],
)
def test_a_cited_place_and_an_organ_s_words(pattern, text, found):
    assert bool(pattern.search(text)) is found


@pytest.mark.parametrize(
    "text,named",
    [
        ("the reports referred to in paragraph 5", True),
        ("his reports, as Called\nfor by the Council", True),
        ("the reports adopted in paragraph 5", False),
    ],
)
def test_reports_named_by_where_they_are_set(text, named):
    assert bool(re.match(report_within.NAMED_REPORTS, text, re.I)) is named
