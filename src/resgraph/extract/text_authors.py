"""Who "them" does not stand for: the author of a text that is sent on to others. Split from pronouns.py, which reads
what a pronoun stands for (pronouns.antecedent), at its line limit.

"Requests the Secretary-General to circulate the report of the Committee to all the competent bodies of the United
Nations, and urges them to take the necessary action" (A/RES/74/10 op 10, 75/20, 77/22): "them" is the bodies the report
goes to, not the Committee whose report it is. Only where the text goes "to" an actor named after its author: "Takes
note of the reports of the human rights treaty bodies, and encourages them", "Welcomes the reports of the
Secretary-General and the United Nations High Commissioner for Human Rights, and requests them", "the letters of the
Governments of Sudan and South Sudan, and urges them" ask the authors, as plural texts by plural authors often do (a
first rule that dropped every author after "reports of" left the treaty bodies out and split the Sudans' run).
"Him", "her" and "it" always may stand for a text's author ("Takes note of the report of the Special Rapporteur, and
requests him", A/HRC/RES/54/18 op 23).
"""

from __future__ import annotations

import re

# an actor right after "report(s)/note(s)/letter(s) of/by (the)": a text's author
TEXT_OF = re.compile(r"\b(?:reports?|notes?|letters?)\s+(?:of|by)\s+(?:the\s+)?$")
# ... and what lies between it and an actor named later, when the text is sent on "to" that one: "to all the competent
# bodies of the" (no comma or semicolon: ", and requests them to report to the General Assembly" sends nothing on)
SENT_TO = re.compile(r"\s+to\s+[^,;]{0,40}")
PLURAL = ("them", "they")


def not_sent_on(pronoun: str, text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """found (actors of text before the pronoun, (id, start, end), in order) without the author of a text that is sent
    on to an actor named after it, where the pronoun is "them" or "they"; else found as it is."""
    if pronoun.lower() not in PLURAL:
        return found
    return [
        f
        for f in found
        if not (
            TEXT_OF.search(text, max(0, f[1] - 40), f[1])
            and any(g[1] >= f[2] and SENT_TO.fullmatch(text, f[2], g[1]) for g in found)
        )
    ]
