"""A paragraph's kind from its first words: preambular ("Recalling", "Deeply concerned") or operative
("Decides", "Deeply regrets").

Apart from `segment.py`, which reads a text's lines into paragraphs: the words that lead each kind
are data (leads.yaml, verbs' adverbs); this module only weighs them.
"""

from __future__ import annotations

import re

from resgraph.vocab import Vocabulary

__all__ = ["lead"]

# the first word, past emphasis marks, spaces and an opening quotation mark (S/RES/1467 (2003) quotes
# the declaration it adopts: "“Decides to adopt ...")
LEAD_WORD = re.compile(r"[*_ ]*[“\"‘]?[*_ ]*([A-Z][\w\-]*)")


def lead(text: str, v: Vocabulary) -> tuple[str | None, str | None]:
    """(kind, lead words) from a paragraph's first words: 'preambular' or 'operative'; (None, None)
    when they lead neither. Never raises."""
    words = LEAD_WORD.match(text)
    if not words:
        return None, None
    first = words.group(1)
    second = text[words.end() :].split(maxsplit=1)[:1]
    adverb = first.endswith("ly") or first.lower() in {a.split()[0] for a in v.adverbs}
    after = second[0].rstrip(",;:").capitalize() if second and second[0].islower() else ""
    if adverb and (after.endswith("ing") or (after in v.preambular_leads and after not in v.operative_leads)):
        # "Strongly deploring", "Further recalling": an adverb before a participle; "Deeply concerned",
        # "Further convinced": before an adjective that opens a preambular paragraph ("Deeply" alone
        # also opens "Deeply regrets")
        kind = "preambular"
    elif first in v.operative_leads and not first.endswith("ing"):
        kind = "operative"
    elif first in v.preambular_leads or (first.endswith("ing") and first[0].isupper()):
        kind = "preambular"
    else:
        return None, None
    return kind, " ".join(text.split(maxsplit=4)[:4]).lower()
