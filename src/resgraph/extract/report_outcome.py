"""The outcome of a review, an assessment or an analysis handed to an organ by a time: a report due, though no "report"
is said. "Requests the Secretary-General to conduct a strategic review of MINUSCA ..., and to present recommendations
to the Security Council by 22 June 2016" (S/RES/2281 (2016) op 4); "to carry out a strategic review of UNSOA ..., and
further requests the Secretary-General to present these options to the Council by no later than 30 September 2015"
(2232 (2015) op 13, heldout22 14); "to conduct an analysis
of implementation of the review of UNAMID ...; requests that he present this analysis, together with recommendations
..., by 28 February 2015" (2173 (2014) op 7, heldout12 14). The golds count each as one written report (heldout22 14
op 13's note, after heldout15 16 op 39, heldout4 01 op 38 and heldout8 15 op 23; heldout20 15 op 18's review: where a
document, a review, an analysis or an assessment, is what is delivered).

Options or recommendations alone are no report (tests/mandate_gold/README.md: "submit recommendations" is not
counted): only where the paragraph speaks of a review, an assessment or an analysis before them, a delivery verb hands
them over and a deadline follows before the clause's next task. Where a report word of the clause came first ("to
submit a report ... including options ... by"), they are that report's contents. Split from report_triggers.py,
which asks this module about these nouns (ontology/vocab/reports.yaml `outcome`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.extract import report_term_end
from resgraph.extract.deadlines import DATE
from resgraph.vocab import load
from resgraph.wordsearch import phrases

_OUTCOME = load().reports["outcome"]
# the nouns whose handing is the outcome's (options, recommendations); "analysis" too, read where handed so, and by
# report_triggers' other tests where not
NOUNS = tuple(_OUTCOME["nouns"])
# a delivery verb right before the noun, past a demonstrative or possessive: "to present these options", "that he
# presents options and recommendations", "to provide recommendations"; or one that names the receiver first, then
# "with": "with a view to: (a) Providing the Security Council with options, no later than 30 September 2017" (S/RES/2348
# (2017) op 51 (a), heldout44 18), "to provide it with recommendations"; a body told so, not "to provide the Government
# with options" (the verbs are data: reports.yaml `outcome`; the bodies' last words `body_heads`)
_DETERMINER = r"(?:(?:these|this|those|the|its|his|her|their|such)\s+)?"
_BODY = rf"(?:it|them|the\s+(?:[\w-]+\s+){{0,3}}?(?-i:{phrases(load().reports['body_heads'])}))"
HANDED = re.compile(
    rf"\b(?:(?:{phrases(_OUTCOME['verbs'])})\s+|(?:{phrases(_OUTCOME['verbs_with'])})\s+{_BODY}\s+with\s+)"
    rf"{_DETERMINER}$",
    re.I,
)
# the deadline, before another task of the clause (", and to ...", "; and expresses"): a date, or the renewal or end of
# a mandate the text sets ("(b) ... providing advice to the Security Council on an exit strategy, in line with paragraph
# 50 above and in advance of the next mandate renewal", S/RES/2348 (2017) op 51, heldout44 18: report_term_end dates it)
DUE = re.compile(
    r"(?:(?!,\s+and\s+(?:also\s+|further\s+)?to\b)[^;]){0,260}?(?:\b(?:by|no\s+later\s+than|not\s+later\s+than)\s+"
    r"(?:no\s+later\s+than\s+)?" + DATE + f"|{report_term_end.RENEWAL.pattern}|{report_term_end.TERM_END.pattern})",
    re.I,
)
# what the outcome is of, a document said before it in the paragraph: "a strategic review", "an analysis of
# implementation", "the Secretary-General's inter-agency review"; not an assessment mission, a visit ("to conduct an
# assessment mission to Liberia in order to provide recommendations to the Security Council by 15 November 2016",
# S/RES/2239 (2015) op 18: none, heldout20 15's review r3, against heldout22 15 op 24's doubtful reading)
# (the nouns are data: ontology/vocab/reports.yaml `outcome.of`); not the verb, the organ's own task ("Decides to
# review the measures in paragraph 3"), nor one kept "under review" ("to keep the situation under review and to provide
# advice to the Council ahead of the renewal of the mandate of the Mission": no review handed on)
OF = re.compile(
    rf"(?<!\bto\s)(?<!\bunder\s)\b(?:{phrases(_OUTCOME['of'])})\b(?!\s+(?:missions?|visits?|teams?)\b)", re.I
)
# the organ's own review, not one handed to it: "based on the Security Council's review by 15 December 2016" (S/RES/2239
# (2015) op 18), "its review"
OWN = re.compile(r"(?:Council[’']s|\bits)\s+(?:[\w-]+\s+)?$")
# a review welcomed, noted or recalled is done or under way, not one whose outcome is asked for: "Welcomes the review of
# the peacebuilding architecture, and requests the Peacebuilding Commission to provide advice to the Security Council
# ahead of the renewal of the mandate of UNIOGBIS" (as report_conducted.OWN)
NOTED = re.compile(r"\b(?:welcomes|welcoming|notes|noting|recalls|recalling|takes\s+note\s+of)\b[^;]{0,40}$", re.I)


def handed(text: str, after_report: bool, head: str, at: tuple[int, int, int, int], lead: str = "") -> bool | None:
    """For report_triggers: True where the options, recommendations or analysis (head; at: the clause's start, the
    words' start and end, the clause's end) are a review's outcome handed on by a time (asked), and no report word of
    the clause came before (after_report: they are its contents); False for options and recommendations otherwise;
    None for an analysis otherwise, which report_triggers' other tests read as before. lead: for a sub-paragraph, its
    operative paragraph's text, where the review may be named."""
    _, s, e, end = at
    if not after_report and asked(text, s, e, end, lead):
        return True
    return None if head == "analysis" else False


def asked(text: str, s: int, e: int, end: int, lead: str = "") -> bool:
    """Whether the options, recommendations or analysis whose words are text[s:e] (the clause ending at end) are the
    outcome of a review or assessment the paragraph (text, from its start, or lead, the operative paragraph of a
    sub-paragraph: "to conduct a strategic review of MONUSCO ..., with a view to: (a) Providing the Security Council
    with options") speaks of before them, handed over by a deadline: a report asked for."""
    if not (HANDED.search(text, max(0, s - 64), s) and DUE.match(text, e, end)):
        return False
    first = _review_at(text)
    return _review_at(lead) is not None or (first is not None and first < s)


@lru_cache(maxsize=64)
def _review_at(t: str) -> int | None:
    """Where the first review (assessment, analysis) of t that is not the organ's own begins, if any: found once per
    text, not again from its start for each outcome noun of a long paragraph (that was quadratic)."""
    for m in OF.finditer(t):
        if not OWN.search(t, max(0, m.start() - 40), m.start()) and not NOTED.search(
            t, max(0, m.start() - 60), m.start()
        ):
            return m.start()
    return None


# the receiver a gerund names before the outcome given to it, "with" between: "(a) Providing the Security Council with
# options, no later than 30 September 2017" (S/RES/2348 (2017) op 51 (a)); not a body provided with something else in
# the clause ("including through providing the Committee at any time with information", S/RES/2653 (2022) op 21 a., the
# Panel's reports going to the Council)
PROVIDING = re.compile(r"\b[Pp]roviding\s+(?:the\s+)?$")
WITH_IT = re.compile(rf"\s+with\s+{_DETERMINER}")


def provided_with(text: str, lead: str, e: int, at: int) -> bool:
    """For report_receivers: whether the body whose name ends at text[e], lead the text before it, is the receiver
    that "Providing ... with" names for the report whose words start at text[at]."""
    return bool(PROVIDING.search(lead) and WITH_IT.fullmatch(text, e, at))
