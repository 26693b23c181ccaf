"""Asides inside a list of addressees: a phrase set off by commas after one body, the list going on
after it ("States, all relevant United Nations agencies, as one United Nations, and other stakeholders to",
heldout8 A/HRC/RES/57/26 op 2; "States, which have the primary responsibility to counter
discrimination ..., and all relevant actors, including political and religious leaders, to promote",
heldout8 A/RES/77/204 op 59; "the United Nations, including under the SaferGuard programme with, inter
alia, its quick-response mechanism, and international, regional and subregional organizations, as well
as other relevant stakeholders ... to promote", A/RES/80/43 op 2).

Such a phrase may hold what otherwise ends a window ("as", "which", an infinitive of a relative clause,
commas of its own): windows.py reads past it where the words after its closing comma join the next body
("and", "or", "as well as") and name an actor. Not a partner's or a means' phrase ("in partnership with",
"with the support of", "through"): the words after its closing comma may go on its own list
("Governments, in partnership with United Nations entities, ..., civil society, including academia, and
other stakeholders", A/RES/76/131 op 5; "the Secretary-General, in close collaboration with the secretariat
of the Food and Agriculture Organization ..., as well as other relevant international organizations",
A/RES/76/219 op 21). Split from windows.py, which finds the window's ends.
"""

from __future__ import annotations

import re

from resgraph.extract.addressees import TO_VERB
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# what opens a phrase of a clause's own after a comma: a preposition or participle (list_ends.LIST_STOP),
# a relative pronoun, an apposition of role ("as one United Nations"), "including" and a preposition; some of the
# body before it singled out by a relative clause ("all Member States, in particular those that have the capacity to do
# so, as well as the United Nations system and other relevant organizations ... to support", A/RES/80/74 op 5 and its
# yearly forerunners, heldout48 26: the list goes on past it)
THOSE_WHO = r"(?:particularly|in\s+particular|especially|notably)\s+those\s+(?:that|which|who)\b"
OPEN = re.compile(
    rf"\s*(?:{THOSE_WHO}|which|who|whose|as(?!\s+well\s+as|\s+[a-z]+ed\b)|including\s+(?:under|through|in|by|with|within|on|at|for|via)|"
    r"within|where|when|whenever|while|if|inter\s+alia|pursuant|consistent|under|acting|building|drawing|based|"
    r"bearing|taking|according)\b",
    re.I,
)
# what opens a relative clause: some of the body singled out (THOSE_WHO) or a relative pronoun
RELATIVE_WORDS = rf"(?:{THOSE_WHO}|which|who|whose)\b"
RELATIVE = re.compile(rf"\s*{RELATIVE_WORDS}", re.I)
# an aside before a joint activity's "between" (agents.OBJECT_STOP reads past its commas): "information sharing, where
# relevant and appropriate, between Special Representatives ..." (S/RES/2195 (2014) op 19)
ASIDE = r"(?:where|when|as|on|in|at|if)\b[^,;:]{0,40},"
# a part of the party before it singled out, the list of a joint activity's parties going on past its closing comma
# (agents.OBJECT_STOP, agents.LIST_GOES_ON): "Encourages enhanced cooperation between all States, particularly those in
# the region, MONUSCO and the Group of Experts" (heldout43 S/RES/2021 (2011) op 16: the three parties)
THOSE = r"(?:particularly|in\s+particular|especially|notably)\s+those"
# a mandate holder's subject after its title, commas of its own, the list of a joint activity's parties going on past it
# (agents.LIST_GOES_ON): "collaboration among the United Nations Children's Fund, the Special Representative of the
# Secretary-General on Violence against Children, the Special Rapporteur on the sale, sexual exploitation and sexual
# abuse of children, the Office of the ... High Commissioner ... and the Council of Europe" (A/RES/79/284 op 16, heldout44
# 25: every one a party); "including the Special Rapporteur on the right to privacy and the Special Rapporteur on ..., and
# the Council of Europe" (op 29): "on" / "for" after a title's last word (mandates.yaml `title_heads`), 160 characters
# at most, up to a comma or "and"
TITLE_SUBJECT = (
    "(?:" + "|".join(f"(?<={re.escape(h)})" for h in load().mandates["title_heads"]) + ")"
    r"\s+(?:on|for)\s+[^;:()]{1,160}?(?=,|\s+and\s)"
)
# the rest of a member's name after "for" / "on", which no alias takes in, or a holder's subject (agents.LIST_GOES_ON):
# "the Office of the Special Envoy for the Great Lakes, MONUSCO, UNOCA", heldout33 S/RES/2808 (2025) op 20; "the Special
# Representative of the Secretary-General for Children and Armed Conflict and UNICEF"
NAME_TAIL = (
    rf"(?:\s+(?:for|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|the|in)){{0,12}}?|{TITLE_SUBJECT})?"
)
# after the closing comma, the next body: "and", "or" or "as well as", then determiners ("and all relevant
# actors": a name may begin at any of them) and a number ("calls upon all United Nations entities ..., including all
# relevant components of UNOCI and UNMIL, within their respective mandates, capabilities and areas of deployment, as
# well as the two United Nations Country Teams, ..., to intensify support", heldout20 15, S/RES/2239 (2015) op 19)
# ... and a qualifier the join sets off ("the World Health Organization, as the lead agency, and, where appropriate,
# other relevant agencies, funds and programmes to", review54-E 8; list_ends.QUALIFIER's words)
JOIN = re.compile(
    r"\s*(?:and|or|as\s+well\s+as)(?:\s*+,\s*+(?:where|as)\s+(?:appropriate|applicable|relevant|necessary)\s*+,)?+\s+"
)
DETERMINERS = re.compile(r"\s*(?:(?:the|all|relevant|other|interested|concerned|their|its|two|three|both)\s+)*")
# a head the next body shares with the name after its comma: "and other relevant agencies, funds and programmes of the
# United Nations system" (A/RES/76/270 op 8, after "the World Health Organization, as the United Nations specialized
# agency for health,"); or modifiers coordinated before the name, which share its head: "and, as appropriate,
# intergovernmental, international and non-governmental organizations" (A/RES/75/184 ops 15-17, 77/220, 79/173: the
# list had ended before the aside); one word each and its comma or join, any number of them within MODIFIERS_REACH
# (head_or_modifiers), not "and in close cooperation with UNODC"
HEAD_OR_MODIFIERS = re.compile(r"(?:[a-z][\w-]*,\s+)*(?:[a-z][\w-]*,?\s+(?:and|or)\s+)?")
# characters the modifiers before a name may run: read after every aside's comma, a run read to its end would read a
# long list ("intergovernmental, regional, " a thousand times) to its end each time; a count of words instead (six,
# before) silently dropped a name after a seventh modifier, where 150 characters hold some twelve of them
MODIFIERS_REACH = 150
# an infinitive inside the phrase: it ends the window unless a relative clause holds it ("which have the
# primary responsibility to counter"), as in "States, where appropriate, to cooperate ..., and the Committee"
INFINITIVE = re.compile(r"\b" + TO_VERB)
LONGEST = 300  # characters an aside may run
# a partner inside the phrase: what follows its closing ", and" may go on the partners' list ("CTED, within its
# existing mandate, under the policy guidance of the CTC, and in close cooperation with UNODC, ..., and other
# relevant entities", S/RES/2467 (2019) op 29)
# (the words are data: ontology/vocab/mandates.yaml `partner`)
PARTNER = re.compile(
    rf"\b(?:(?:{phrases(load().mandates['partner']['with'])})"
    rf"\s+with|with\s+the\s+(?:full\s+)?(?:{phrases(load().mandates['partner']['help_of'])})\s+of)\b",
    re.I,
)
# after a comma inside the phrase: the window's own infinitive ("the government of DRC, which has the primary
# responsibility ..., to make further meaningful progress") or another body (a list of the phrase's own)
INNER_STOP = re.compile(r"\s*" + TO_VERB)


def head_or_modifiers(seg: str, pos: int) -> int:
    """Where the head or the coordinated modifiers that seg[pos:] opens with end (HEAD_OR_MODIFIERS, pos itself where
    none): at most MODIFIERS_REACH characters on, so that a run of them, however long, is read no further."""
    m = HEAD_OR_MODIFIERS.match(seg, pos, min(len(seg), pos + MODIFIERS_REACH))
    return m.end() if m else pos


def asides(seg: str, names) -> list[tuple[int, int]]:
    """The asides of a window's text seg, (a, z): a the opening comma, z the end of the closing one;
    names: windows._Names of seg. Each opens after a comma that is not inside a name, with OPEN, and
    closes at the first comma after it, up to LONGEST characters on and with no ";" or ":" between,
    that "and", "or" or "as well as" and an actor's name follow."""
    out: list[tuple[int, int]] = []
    after = 0
    for c in re.finditer(",", seg):
        a = c.start()
        if a < after or a == 0 or names.inside(a):
            continue
        opener = OPEN.match(seg, c.end())
        if opener is None:
            continue
        close = _close(seg, c.end(), names, bool(RELATIVE.match(seg, c.end())))
        if close is not None:
            out.append((a, close))
            after = close
    return out


def _close(seg: str, start: int, names, relative: bool) -> int | None:
    """The end of the comma that closes an aside opening at start, or None; relative: a relative clause,
    which may hold an infinitive."""
    limit = min(len(seg), start + LONGEST)
    for c in re.finditer(r"[,;:]", seg[start:limit]):
        at = start + c.start()
        if c.group() != ",":
            return None
        if names.inside(at):
            continue
        if (not relative and INFINITIVE.search(seg, start, at)) or PARTNER.search(seg, start, at):
            return None
        join = JOIN.match(seg, at + 1)
        start_of_body = join.end() if join else at + 1
        body = DETERMINERS.match(seg, start_of_body)
        body_end = body.end() if body else start_of_body
        body_end = head_or_modifiers(seg, body_end) if join else body_end
        if join and names.starts_between(join.end(), body_end + 1):
            return at + 1
        if INNER_STOP.match(seg, at + 1) or names.starts_between(at + 1, body_end + 1):
            return None
    return None


# a relative clause set off by commas, its closing comma the first after it (at most LONGEST characters, no ";" or ":"):
# the actors it names describe some of the body before it ("all States, in particular those that are members of the
# European Union, and the United Nations"; "all States, which are affected by the activities of the Lord's Resistance
# Army, and"), not the list's members. Each match runs from one comma to the next, so the scan is linear.
RELATIVE_ASIDE = re.compile(rf",\s*{RELATIVE_WORDS}[^,;:]{{0,{LONGEST}}},", re.I)


def outside_relatives(window: str, found: list) -> list:
    """The actors found (actor, start, end in window) but those named inside a relative clause set off by commas
    (RELATIVE_ASIDE): they describe the body the clause follows, no addressee of the window."""
    spans = [(m.start(), m.end()) for m in RELATIVE_ASIDE.finditer(window)] if "," in window else []
    return [f for f in found if not any(a < f[1] < z for a, z in spans)] if spans else found


def inside(spans: list[tuple[int, int]], x: int) -> bool:
    """Whether x falls in an aside, its opening comma included, its closing comma not."""
    return any(a <= x < z - 1 for a, z in spans)
