"""A report whose receiver and session are said before it: its scope begins at the verb that hands it over.

"and also to submit to the Council, at its fifty-seventh session, and to the General Assembly, at its
seventy-ninth session, a comprehensive report" (A/HRC/RES/54/20 op 9), "with a view to presenting to the Council,
at its sixty-eighth session, a comprehensive report" (A/HRC/RES/59/7 op 16): the receivers and sessions between
the verb and the report are the report's, not those of the report asked for before it in the clause (the oral
update of 54/20 took the fifty-seventh session, the comprehensive report none). Its scope (reports.py) begins at
that verb.
"""

from __future__ import annotations

import re

from resgraph.vocab import load
from resgraph.wordsearch import phrases

# the last delivery verb with its receiver right after it, before the report, with no report word between
# (or set off by a comma: "as well as to submit, for the Security Council's consideration, through the Committee, two
# final reports", S/RES/2244 (2015) op 32: not the receiver of the midterm update before it)
# (the verbs are data: ontology/vocab/reports.yaml `handed_to_first`)
HANDED_TO_FIRST = re.compile(
    rf"\b(?:{phrases(load().reports['handed_to_first'])})"
    r"(?:\s+to|\s*,\s+(?:for|through|to))\s+"
    r"(?:(?!\b(?:reports?|briefings?|updates?|study|studies)\b)[^;])*$",
    re.I,
)


def scope_start(text: str, lo: int, s: int) -> int:
    """Where the scope of the report noun starting at text[s] begins: at the delivery verb of "submit to the
    Council, at its fifty-seventh session, ... a comprehensive report" when one follows lo (the end of the report
    word before it in the clause), else at s."""
    m = HANDED_TO_FIRST.search(text, lo, s)
    return m.start() if m else s


# "to submit to the Human Rights Council, at its sixty-third session, a report on the implementation ..., and a
# report on the activities of the Global Alliance" (A/HRC/RES/57/23 op 16): both reports go where the verb sends them
# (also past the article and words the report's trigger leaves out: "an interim report in 2022 and a second, detailed
# report in 2024")
AND_A_REPORT = re.compile(r",?\s+and\s+(?:also\s+)?(?:(?:an?|the)\s+(?:[\w-]+,?\s+){0,2})?$", re.I)
SHARED = ("to", "receivers", "explicit_to", "through", "session", "sessions", "year", "session_of")
RECEIVERS = ("to", "receivers", "explicit_to", "through", "receiver_through")
OWN = ("explicit_to", "due", "every", "within", "session", "mandate_end")


def share(text: str, found: list[dict], starts: list[int]) -> None:
    """Give a report that names no receiver, joined by "and" to the report before it whose receiver and session
    were said before that report (between its delivery verb and its noun), the same receiver and session; a report
    with a time of its own takes the receivers alone ("to present to the General Assembly and the Security Council
    an interim report in 2022 and a second, detailed report in 2024", S/RES/2558 (2020) op 5: both to both). In
    place; found: the reports' fields in text order, starts[i] where the i-th report's words begin."""
    for i in range(1, len(found)):
        f, g = found[i - 1], found[i]
        if g.get("explicit_to") or g.get("by") != f.get("by") or not f.get("explicit_to"):
            continue
        if not HANDED_TO_FIRST.search(text, f["span"][0], starts[i - 1]):
            continue
        if not AND_A_REPORT.search(text, f["span"][0], g["span"][0]) or g["span"][0] != starts[i]:
            continue
        g.update({k: f.get(k) for k in (RECEIVERS if any(g.get(k) for k in OWN) else SHARED)})


def restated(received: dict[str, tuple[str, ...]], found: list[dict]) -> None:
    """Give a report of a later clause that names no receiver the receivers an earlier clause of the paragraph
    sent the same reporter's reports to, where it named several ("requests the Secretary-General to present to the
    General Assembly and the Security Council an interim report in 2022 ..., and also requests the Secretary-General
    to continue to present a report every two years", S/RES/2558 (2020) op 5: the later reports go to both, not to
    the speaking organ alone). One receiver before is not carried: the speaking organ stays as likely ("to provide
    to the Committee ... a midterm report ..., and provide an oral briefing on the report to all UN Member States",
    S/2024/255 op 2). In place; received: reporter -> the receivers named in the paragraph's clauses before
    (reports.py); found: this clause's reports' fields."""
    for f in found:
        was = received.get(f.get("by") or "")
        if not was or len(was) < 2 or f.get("explicit_to") or f.get("receivers") or f.get("session"):
            continue
        f["to"], f["receivers"] = was[0], list(was)
