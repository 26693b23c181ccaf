"""The parties of a joint activity that an asked-for activity's infinitive names: who the verb asks when its object
is an activity with no agent of its own, but the activity is to bring about a joint one between actors.

"Encourages continued efforts to improve dialogue, communication and coordination between the CAR Government and
MINUSCA" (S/RES/2800 (2025) op 40), "Encourages efforts to develop effective partnerships and promote closer
cooperation between the United Nations and the Association of Southeast Asian Nations" (A/RES/75/15 op 19), "further
efforts to enhance coordination, cooperation and information-sharing, at both the headquarters and field levels,
between the United Nations, regional organizations and ...", or its purpose "with a view to" ("encourages progress
with a view to concluding consultations between the nuclear-weapon States and the parties to the Bangkok Treaty",
A/RES/76/44 op 4): the efforts are those of the parties of the cooperation,
and under the addressee convention from stop 27 (tests/mandate_gold/README.md) the agents of a nominal activity are
asked. The verb's object ends at its infinitive (agents.OBJECT_STOP: "Encourages efforts to promote the work of the
Committee" does not ask the Committee), so agents.agents never reads this far (LEAD: the object, "to", "in order to" or
"with a view to", and the infinitive); only the parties of a joint activity
(agents.joint_marked: "between" / "among" after a noun of verbs.yaml `unaddressed.joint_nouns`) are read here, not an
agent after "by" ("efforts to protect civilians from attacks by armed groups": the attackers are not asked) nor an
owner after "of". Called by asked.named_in when nothing else named an addressee; raises nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resgraph.extract import agents, unaddressed
from resgraph.extract.addressees import actors_in
from resgraph.vocab import Vocabulary

if TYPE_CHECKING:
    from resgraph.extract.named import _Named

# the verb's object, an activity, and its infinitive: "continued efforts to improve", "further steps to strengthen"
# (or its purpose after "with a view to": "encourages progress with a view to concluding consultations between the
# nuclear-weapon States and the parties to the Bangkok Treaty", heldout19 A/RES/76/44 op 4, and 74/48, 78/50, 80/31)
LEAD = re.compile(
    rf"\s*(?:,\s*(?:inter\s+alia|as\s+appropriate|where\s+appropriate|in\s+particular)\s*,\s*)?{agents.DETERMINERS}"
    rf"{agents.MODIFIERS}(?P<noun>[a-z][\w-]*)\s+(?:(?:aimed\s+at|in\s+order|with\s+a\s+view)\s+)?to\s+(?!be\b)[a-z]+\b"
)
# the infinitive's clause ends at a semicolon or colon, or at a clause of the organ's own (", and requests")
END = re.compile(r"[;:]|,?\s+and\s+(?:(?:also|further|again|strongly)\s+)?[a-z]+s\s+(?:the|that|its|all|to)\b")
REACH = 320  # characters: farther on, the parties more often belong to another clause


def nested_joint(text: str, ws: int, clause_end: int, v: Vocabulary, named: _Named) -> tuple[str, ...]:
    """The parties of the joint activity named in the infinitive of the activity a window opens with (text from ws,
    the window's start, to clause_end), () when the window opens with no activity and its infinitive, or the
    infinitive names no joint activity between actors."""
    m = LEAD.match(text, ws, clause_end)
    noun = m.group("noun") if m else ""
    if m is None or not (unaddressed.is_activity(noun, v) or noun.lower() in agents.agent_nouns(v)):
        return ()
    stop = min(clause_end, m.end() + REACH)
    end = END.search(text, m.end(), stop)
    clause = text[m.end() : end.start() if end else stop]
    found = actors_in(clause, v, named, places=True)
    for i, (_, s, _) in enumerate(found):
        if agents.joint_marked(clause, s, v):
            return agents.agents(clause, found[i:], v, by_only=True)
        if _of_joint(clause, s, v):
            run = [found[i]]
            for b in found[i + 1 :]:
                between = (clause, run[-1][2], b[1])
                if not (agents.CONNECTOR.fullmatch(*between) or agents.LIST_GOES_ON.fullmatch(*between)):
                    break  # ("... and donor countries with the affected States": a partner after "with")
                run.append(b)
            return tuple(dict.fromkeys(a for a, _, _ in run))
    return ()


# the owners of a joint activity after "of": "efforts to enhance cooperation and coordination of United Nations
# humanitarian entities, other relevant humanitarian organizations and donor countries with the affected States"
# (heldout8 E/RES/2024/8 op 8, heldout11 E/RES/2023/16 op 8: the partner after "with" is not asked)
JOINT_OF = re.compile(
    rf"(?P<noun>[a-z][\w-]*)\s+of\s+(?:the\s+|all\s+)?(?:{agents.LOWER_ITEMS})?(?:{agents.NOT_MODIFIER}[a-z][\w-]*\s+){{0,2}}$"
)


def _of_joint(clause: str, s: int, v: Vocabulary) -> bool:
    """Whether the actor at s of clause owns a joint activity named just before it (verbs.yaml
    `unaddressed.joint_owner_nouns` and "of"; not "the engagement of women, youth, indigenous peoples", "meetings of
    relevant United Nations bodies": who is engaged or meets is not who is asked to bring it about)."""
    m = JOINT_OF.search(clause, max(0, s - 120), s)
    return bool(m and m.group("noun").lower() in agents._listed(v, "joint_owner_nouns"))
