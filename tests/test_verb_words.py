"""The skips that spare a paragraph a regex it cannot match (extract/verb_words.py, report_redated.NEEDED) hold only while
each skipped pattern reads its words as the check looks for them: the directive verbs, adverbs and restating verbs as
written (no re.I, no "(?i:" around them), report_redated's deadline nouns between spaces and case-blind as its patterns
are. A change that breaks that loses hits silently, every other test passing; these rows catch it: one per form of the
vocabulary where the check lets the pattern run and the pattern reads the form, case variants the check refuses where
the pattern must find nothing either, and the patterns' flags."""

from __future__ import annotations

import re

import pytest

from resgraph.extract import directive_asides, directives, report_redated, verb_words
from resgraph.vocab import load

V = load()
_, _, MID, _, MID_RENEWED, UNPUNCTUATED, UNPUNCTUATED_RENEWED, _, _, _, _ = directives._verb_regexes(V)
BARE = directive_asides._bare_pattern(V)
FORMS = sorted({f for d in V.verbs.values() for f in d.get("forms") or ()})
# the third person's forms, which directives reads capitalised inside a paragraph ("...; and Requests the Council")
CAPS = [f[0].upper() + f[1:] for f in FORMS if f.split()[0].endswith("s")]
RESTATING = sorted({*(V.restating.get("its_or_the") or ()), *(V.restating.get("its") or ())})
# the forms the bare verbs' pattern reads (directive_asides._bare_pattern: not one whose first word is another's noun,
# "calls upon"; with the forms that are nouns too, "requests")
BARE_FORMS = sorted(
    {f for f in directive_asides._pattern(V)[1] if f.split()[0] not in V.mandates["anothers"]}
    | set(directive_asides._nouns_too(V))
)


def _read(rx: re.Pattern[str], text: str, group: str) -> str | None:
    m = rx.search(text)
    return " ".join(m.group(group).split()) if m and m.group(group) else None


def test_the_skipped_patterns_read_their_words_as_written():
    for rx in (MID, MID_RENEWED, UNPUNCTUATED, UNPUNCTUATED_RENEWED, BARE):
        assert rx.flags & re.I == 0, rx.pattern[:80]


@pytest.mark.parametrize("form", FORMS)
def test_a_verb_after_and_runs_mid(form):
    text = f"Notes the report, and {form} the Council to act"
    assert verb_words.present(text, V).any_verb
    assert _read(MID, text, "verb") == form


@pytest.mark.parametrize("form", CAPS)
def test_a_capitalised_verb_after_and_runs_mid(form):
    text = f"Notes the report and {form} the Council to act"
    assert verb_words.present(text, V).any_verb
    assert _read(MID, text, "verb") == form


@pytest.mark.parametrize("adverb", sorted(V.adverbs))
def test_a_verb_after_an_unpunctuated_adverb_runs_unpunctuated(adverb):
    for form in FORMS:
        text = f"Notes the report work {adverb} {form} the Council to act"
        has = verb_words.present(text, V)
        assert has.adverbs and has.verbs, text
        assert _read(UNPUNCTUATED, text, "verb") == form, text


@pytest.mark.parametrize("verb", [*RESTATING, "reiterates"])
def test_a_restated_request_runs_mid_renewed_and_unpunctuated_renewed(verb):
    noun = "decision" if verb == "reiterates" else "request"  # ("reiterates" alone renews a decision)
    text = f"Notes the report, and {verb} its {noun} to the Council to act"
    assert verb_words.present(text, V).restating
    assert _read(MID_RENEWED, text, "noun") == noun
    text = f"Notes the report work further {verb} its {noun} to the Council to act"
    has = verb_words.present(text, V)
    assert has.adverbs and has.restating
    assert _read(UNPUNCTUATED_RENEWED, text, "noun") == noun


@pytest.mark.parametrize("form", BARE_FORMS)
def test_a_bare_verb_runs_the_asides_pattern(form):
    text = f"Notes that the charcoal ban {form} the Secretary-General to act"
    assert verb_words.holds_verb(text, V)
    assert _read(BARE, text, "verb") == form or _read(BARE, text, "noun") == form


@pytest.mark.parametrize("form", FORMS)
def test_where_the_check_finds_no_word_the_patterns_find_nothing(form):
    # (upper case, and title case for a form the check does not capitalise: the words re.I or "(?i:" would read)
    for word in {form.upper(), form[0].upper() + form[1:]}:
        texts = (
            (f"Notes the report, and {word} the Council to act", MID),
            (f"Notes the report work FURTHER {word} the Council to act", UNPUNCTUATED),
            (f"Notes the report work further {word} the Council to act", UNPUNCTUATED),
            (f"Notes the report work FURTHER {form} the Council to act", UNPUNCTUATED),
            (f"Notes that the charcoal ban {word} the Secretary-General to act", BARE),
        )
        for text, rx in texts:
            has = verb_words.present(text, V)
            may = has.any_verb if rx is MID else has.adverbs and has.verbs if rx is UNPUNCTUATED else has.verbs
            if not may:
                assert rx.search(text) is None, text
    for verb in RESTATING:
        for word in (verb.upper(), verb.capitalize()):
            text = f"Notes the report, and {word} its request to the Council to act"
            assert verb_words.present(text, V).restating or MID_RENEWED.search(text) is None, text
            text = f"Notes the report work further {word} its request to the Council to act"
            assert verb_words.present(text, V).restating or UNPUNCTUATED_RENEWED.search(text) is None, text
        text = f"Notes the report work FURTHER {verb} its request to the Council to act"
        assert verb_words.present(text, V).adverbs or UNPUNCTUATED_RENEWED.search(text) is None, text


# report_redated: NEEDED is the check, EXTENDED, DEADLINE_OF and REFERENCES the patterns it spares
DEADLINES = sorted(report_redated._WORDS["deadlines"])


def test_the_redated_check_is_as_case_blind_as_its_patterns():
    for rx in (report_redated.EXTENDED, report_redated.DEADLINE_OF, report_redated.REFERENCES):
        assert rx.flags & re.I == report_redated.NEEDED.flags & re.I


@pytest.mark.parametrize(
    "text, rx",
    [
        ("Decides that the due date for the report of the Panel shall be extended to 15 August 2017", "DEADLINE_OF"),
        (
            "References to the reports of the Panel of Experts should be updated to 31 January 2026",
            "REFERENCES",
        ),
        ("Notes that references to the final report of the Panel should be updated to 15 June 2026", "REFERENCES"),
        *((f"Extends to 15 August 2017 the {d} for the final report of the Panel", "EXTENDED") for d in DEADLINES),
        *((f"EXTENDS TO 15 AUGUST 2017 THE {d.upper()} FOR THE FINAL REPORT", "EXTENDED") for d in DEADLINES),
        *((f"Recalls that the {d}\nof the report of the Panel was extended", "DEADLINE_OF") for d in DEADLINES),
    ],
)
def test_a_redated_report_passes_the_check(text, rx):
    assert report_redated.NEEDED.search(text), text
    assert getattr(report_redated, rx).search(text), text


def test_a_mandate_alone_is_no_deadline():
    # ("date" is in "mandate": the check looks for the noun between spaces, as the patterns read it)
    assert not report_redated.NEEDED.search("Decides to extend the mandate of the Panel until 15 August 2017")
