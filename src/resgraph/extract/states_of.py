"""The States of organizations named after one "States of": "encourages the States of the Economic Community of West
African States (ECOWAS), the Economic Community of Central African States (ECCAS) and the Gulf of Guinea Commission
(GGC)", "Encourages States of ECOWAS, ECCAS and the GGC" (S/RES/2018 (2011) ops 2, 3, 5; heldout47 18's gold: the
member States of each, ECOWASMemberStates, ECCASMemberStates, GGCMemberStates).

Read apart, "States" was asked and the first organization after its "of" taken for a qualifier, but every other
organization of the list was asked as itself. "(member) States (members) of" shares its head with every name of the
list: each organization with a member-States id (mandates.yaml `states_of`, as data) is read as that id, and the head
"States" is not asked apart. The list ends at the first name without one ("the States of ECOWAS and the African
Union": the Union is asked); an alias that already names one organization's States ("member States of ECOWAS") opens
such a list too, but only an alias ending "of (the) <name>" (OPENS): "ECOWAS member States, ECCAS and the African Union"
shares no head with ECCAS, which stays asked. Each name of the list must end there (NAME_END: a join, a bracket, the
window's end or the infinitive): "the member States of ECOWAS, and the ECCAS secretariat" asks the secretariat, so
ECCAS keeps its own id. Split from addressees.py, which reads the window's aliases once this has rewritten them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.vocab import Vocabulary, load

# what joins the head to the first name: "States of the", "States members of", "member States of"
HEAD_OF = re.compile(r"\s+(?:members\s+)?of\s+(?:the\s+)?")
# what joins two names of the list: a short name in brackets ("... West African States (ECOWAS), the ..."), a comma,
# "and", "and of"
JOIN = re.compile(r"\s*(?:\)\s*)?(?:\(|,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:of\s+)?(?:the\s+)?")
# what may follow a name of the list: another name's join, a bracket or punctuation, the window's end, the infinitive
# or an aside ("ECCAS and GGC, in conjunction with flag States,"); a noun ("the ECCAS secretariat") ends the list
NAME_END = re.compile(r"\s*(?:[(),;:.]|$|(?:and|or|to|in|as|with|through)\b)")
# an alias that names one organization's States and may open a list: "member States of ECOWAS", "States members of
# the Economic Community of Central African States"; not "ECOWAS member States" (the name first: no shared head)
OPENS = re.compile(r"\b(?:[Ss]tates|members)\s+of\b")
HEAD_KINDS = frozenset(("States", "MemberStates"))
HEAD_WORD = re.compile(r"\b[Ss]tates$")

Span = tuple[int, int, str, tuple[str, ...], bool]  # (start, end, alias, ids, contextual), as addressees.actors_in


@lru_cache(maxsize=2)
def _by_name(v: Vocabulary) -> dict[str, str]:
    """mandates.yaml `states_of` by name: the organization's name -> its member-States id."""
    return {name: sid for sid, names in (v.mandates.get("states_of") or {}).items() for name in names}


def rewrite(text: str, aliases: list[Span], v: Vocabulary | None = None) -> list[Span]:
    """aliases (text's, in order) with each organization of a list after "States of" read as its member-States id
    and the head "States" dropped; unchanged where no such list is named."""
    v = v or load()
    names = _by_name(v)
    if not names or not any(a[2] in names for a in aliases):
        return aliases
    member_ids = set(names.values())
    out: list[Span] = []
    run_end, join = -1, JOIN  # where the last name (or the head) of a list being read ends, and what must follow it
    for i, (s, e, alias, ids, contextual) in enumerate(aliases):
        sid = names.get(alias)
        if sid and run_end >= 0 and join.fullmatch(text, run_end, s) and NAME_END.match(text, e):
            out.append((s, e, alias, (sid,), False))
            run_end, join = e, JOIN
            continue
        run_end, join = -1, JOIN
        nxt = aliases[i + 1] if i + 1 < len(aliases) else None
        if nxt and nxt[2] in names and ids and not contextual and NAME_END.match(text, nxt[1]):
            if ids[0] in HEAD_KINDS and HEAD_WORD.search(alias) and HEAD_OF.fullmatch(text, e, nxt[0]):
                run_end, join = e, HEAD_OF  # the head: not asked apart, its "of" opens the list
                continue
            if ids[0] in member_ids and OPENS.search(alias) and JOIN.fullmatch(text, e, nxt[0]):
                run_end = e  # "member States of ECOWAS, ECCAS and the GGC": the States of each
        out.append((s, e, alias, ids, contextual))
    return out
