"""The reporter of a list of reports whose items are sub-paragraphs, each naming whom it is from: "Requests the
following reports: (a) from the FGS, ..., by 1 March 2023 and then by 1 September 2023, reports which include: ...;
(b) from the Secretary-General an update ...; (c) from the Panel of Experts: (i) regular updates to the Committee ...;
(ii) a comprehensive mid-term update; and (iii) ... a final report by 1 October 2023" (S/RES/2662 (2022) op 47).

An item opening with "from X" asks for X's reports (report_reporters.FROM reads "from X" only up to 120 characters
before the report word, and the FGS's item names it 280 characters on); an item that is "from X:" alone heads a list
of X's reports, the items under it (up to the next "from" item or paragraph) each one of X's. The one-paragraph form
(S/RES/2713 (2023) op 45, "a. from the GFRS, ...") is report_reporters.from_items's. Split from mandates.py, which
walks the sub-paragraphs.
"""

from __future__ import annotations

import re

from resgraph.extract.report_receivers import Context, actor_as_panel
from resgraph.extract.report_summaries import CLAUSE_WORDS

FROM_START = re.compile(r"\s*from\s+(?:the\s+)?")


def opened_from(ctx: Context) -> tuple[str | None, bool]:
    """(whom a sub-paragraph's text, ctx.text, says its reports are from, as the document means it (its panel);
    whether the item is "from X:" alone, heading a list of X's reports); (None, False) where it does not open with
    "from" and an actor."""
    text = ctx.text
    m = FROM_START.match(text)
    if not m:
        return None, False
    who = ctx.actors(m.end(), min(len(text), m.end() + 160))
    if not who or who[0][1] > m.end() + 2:
        return None, False
    actor, s, e = who[0]
    rest = text[e:].strip()
    heads = rest.endswith(":") and not any(w in rest.lower() for w in CLAUSE_WORDS)
    return actor_as_panel(actor, text[s:e], ctx), heads
