"""A window that asks a part of the actor a possessive stands for: "Invites the United Nations High Commissioner for
Human Rights to continue ..., and also invites her Office to pursue further work in this area" (A/RES/75/175 op 19 and
its renewals 77/223, 79/178: the Office of the High Commissioner, OHCHR), "Recognizes the important work of the
International Hydrographic Organization, ..., encourages all its members to actively consider" (A/RES/74/19 op 165 and
the Assembly's yearly oceans texts: the Organization, as "all the members of that committee" asks the committee, the
heldout gold of S/RES/1464 (2003) op 3, and addressees.OFFICER reads "members of").

The owner is the actor the pronoun stands for named since the previous mandate's window (pronouns.antecedent), else
whom it stands for in the paragraph (pronouns.stands_for: who the mandate before asked); the part is the vocabulary's "<part> of the <owner's
name>" when it has one ("Office of the High Commissioner for Human Rights"), else the owner itself for the parts that
act as the body (addressees.OFFICER: members, Bureau, leadership), else no one ("his Special Envoy" is no part read
here). "the Forum and its Bureau", a part named beside its body, is modifiers.parts'.
The heads or members of a demonstrative group ("the heads of such entities") are the group's, read as the group alone
is (pronouns.stands_for).
"""

from __future__ import annotations

import re

from resgraph.extract import pronouns
from resgraph.extract.addressees import OFFICER, STATE_KINDS
from resgraph.vocab import Vocabulary

# the window whole: a possessive and a part, a quantifier before ("all its members"); or "members" bare, the members of
# the body the mandate before asked ("urges the members of the World Trade Organization to promptly ratify or accept this
# agreement ..., and encourages members to continue negotiations", A/RES/77/151 op 22 and the Assembly's yearly
# sustainable fisheries texts 78/134 op 26, 79/195 op 29, 80/109 op 155: the WTO, as "all its members")
PART = re.compile(
    r"(?:(?:all|each\s+of)\s+)?(?:(?P<p>his|her|its|their)\s+(?:respective\s+)?)?"
    r"(?P<part>Office|Bureau|Bureaux|members|secretariat|Secretariat|leadership)",
    re.I,
)


# the window whole: the heads or members of a demonstrative group ("Proposes that the specialized agencies,
# organizations, programmes and funds of the United Nations system cooperate with the Shanghai Cooperation
# Organization ..., and in this regard recommends that the heads of such entities continue consultations", A/RES/75/268
# op 3, 77/338, 79/332: the entities, as "all the members of that committee" asks the committee)
OF_GROUP = re.compile(
    r"(?:all\s+)?(?:the\s+)?(?P<part>(?:executive\s+)?heads|members|leadership|secretariats)\s+of\s+"
    r"(?P<group>(?:such|these|those)\s+[a-z]+)",
    re.I,
)


def asked(window: str, text: str, v: Vocabulary, named, prev: tuple[str, ...], speaker: str | None, opens: bool):
    """The actors a window of PART (or OF_GROUP) whole asks (none when it is no such window or its owner names no
    part); text is the paragraph's text since the previous mandate's window, as pronouns.stands_for reads it."""
    g = OF_GROUP.fullmatch(window.strip())
    if g is not None and pronouns.PRONOUN.fullmatch(g.group("group")):
        return pronouns.stands_for(g.group("group"), text, v, named, prev, speaker, opens)
    m = PART.fullmatch(window.strip())
    if m is None or (m.group("p") is None and m.group("part") != "members"):
        return ()
    if m.group("p") is None:  # "members" bare: of the one body the mandate before in the paragraph asked, not States
        return prev if not opens and len(prev) == 1 and prev[0] in v.actors and prev[0] not in STATE_KINDS else ()
    pronoun = pronouns.OWNER_PRONOUN[m.group("p").lower()]
    # the owner named since the previous mandate's window first ("calls upon States ... to consider becoming members
    # of that Organization, encourages all its members": the Organization, not the States asked before)
    owners = pronouns.antecedent(pronoun, text, v, named) or pronouns.stands_for(
        pronoun, text, v, named, prev, speaker, opens
    )
    out: list[str] = []
    for a in owners:
        act = v.actors.get(a)
        names = (act.aliases + act.contextual) if act else ()
        part = next((p for p in (_part_of(m.group("part"), n, v) for n in names) if p), None)
        if part:
            out.append(part)
        elif OFFICER.search(f"{m.group('part')} of the "):
            out.append(a)
    return tuple(dict.fromkeys(out))


def _part_of(part: str, name: str, v: Vocabulary) -> str | None:
    """The actor named "<part> of (the) <name>" in the vocabulary, if one is (not a contextual alias)."""
    bare = name[4:] if name.startswith("the ") else name
    for n in (f"{part} of the {bare}", f"{part} of {bare}"):
        ids, contextual = v.actors_of_alias(n)
        if ids and not contextual:
            return ids[0]
    return None
