"""The vocabularies (actors, organs, verbs, citation functions, countries) as plain data.

They live as YAML in ontology/vocab/ so that adding an actor or an alias needs no code; the RDF
module renders the same files as SKOS concept schemes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry

from resgraph.datafile import load_yaml
from resgraph.organs import Organ, organ
from resgraph.resources import VOCAB
from resgraph.wordsearch import WordIndexed, alternation, both_spellings, first_word


def _load(name: str, where: Path = VOCAB) -> dict:
    return load_yaml(where / name) or {}


@dataclass(frozen=True)
class Actor:
    id: str
    label: str
    aliases: tuple[str, ...]
    contextual: tuple[str, ...] = ()
    person: bool = False  # "him", "her" may stand for it
    # bodies.yaml: peace-operation | panel | ...; actors.yaml: armed-group | force | group | states ...
    kind: str | None = None
    established: str | None = None  # bodies.yaml: the resolution that set it up, where the text says it
    resolutions: tuple[int, ...] = ()  # bodies.yaml: (panels) the resolutions that set it up again
    default_for: tuple[str, ...] = ()  # contextual aliases that stand for it when none of theirs was named
    cues: tuple[str, ...] = ()  # words that name it for its contextual aliases, never as an addressee
    reads_as: str | None = None  # the actor a record gives for it (none since UNHCR is read as itself)
    secretariat: str | None = None  # the actor its secretariat is ("both secretariats": extract/group_pairs.py)
    # lower-case words that carry its aliases on into a longer name ("the secretariats of the United Nations system
    # organizations": not the Secretariat's); the definite guard stops a capital only
    not_before: tuple[str, ...] = ()
    # one alias's own guards (actors.yaml `guards`): (alias, its not_after words as lookbehinds, the regex of what
    # must not follow it)
    guards: tuple[tuple[str, str, str], ...] = ()
    # a joint body whose "of" names its members ("the Joint Assessment Mission of the United Nations, the World Bank and
    # the parties"): opt-in, as most "Joint ... of" names own their "of" ("the Joint Inspection Unit of the United
    # Nations system"); list_members.joint_member
    members_after_of: bool = False


@dataclass(frozen=True, eq=False)
class Vocabulary:
    actors: dict[str, Actor]
    organs: dict[str, Organ]
    verbs: dict[str, dict]
    adverbs: tuple[str, ...]
    functions: dict[str, dict]
    reference_phrases: tuple[str, ...]
    countries: dict[str, str]
    preambular_leads: frozenset[str] = frozenset()
    operative_leads: frozenset[str] = frozenset()
    states: dict = field(default_factory=dict)  # countries.yaml `states`: how a text names a State
    links: tuple[str, ...] = ()  # verbs.yaml `links`: "and in this regard calls upon"
    agent_nouns: tuple[str, ...] = ()  # verbs.yaml `agent_nouns`: "the efforts of X", "X's work"
    unaddressed: dict = field(default_factory=dict)  # verbs.yaml `unaddressed`: extract/unaddressed.py
    cycles: dict = field(default_factory=dict)  # cycles.yaml: how a report's recurrence is said
    calendars: dict[str, Organ] = field(default_factory=dict)  # actors.yaml `calendar`: by actor id (see calendar)
    terms: dict = field(default_factory=dict)  # terms.yaml: the words and actors of mandate terms' patterns
    restating: dict = field(default_factory=dict)  # verbs.yaml `restating`: "Stresses its request"
    reports: dict = field(default_factory=dict)  # reports.yaml: the wording lists of reports' patterns
    mandates: dict = field(default_factory=dict)  # mandates.yaml: the wording lists of mandates' patterns
    citations: dict = field(default_factory=dict)  # citations.yaml: the wording lists of citations' patterns

    @property
    def actor_pattern(self) -> WordIndexed:
        """Every alias that starts at a word boundary, the longest first (a zero-width match whose
        group 1 is the alias, so that overlapping aliases are all seen; see mandates.actors_in)."""
        return _actor_regex(self)

    @property
    def alias_pattern(self) -> WordIndexed:
        """actor_pattern and the States' names, alone or in a government form ("the Government of
        the Sudan", "the Afghan Government"), in one pass over a text."""
        return _alias_regex(self)

    def actors_of_alias(self, alias: str) -> tuple[tuple[str, ...], bool]:
        """(actor ids, contextual?) of an alias: one actor for a plain alias, every actor sharing a
        contextual one ("the Commission"); a State's alias gives "state:<alpha-3>"."""
        return _actors_of_alias(self, alias)

    def ids_of_kinds(self, *kinds: str) -> frozenset[str]:
        """The ids of the actors whose `kind` is one of kinds ("panel", "monitoring-team")."""
        return _ids_of_kinds(self, kinds)

    def default_of_alias(self, alias: str) -> tuple[str, ...]:
        """The actor a contextual alias stands for when none of the actors sharing it was named
        ("all parties" in a text that named no treaty's parties: the parties to a conflict)."""
        return _defaults(self).get(alias, ())

    def goes_on_into(self, alias: str) -> re.Pattern | None:
        """An alias's own `guards` not_before (actors.yaml), for a caller whose window was cut before it: the text
        that, following it in the paragraph, makes it part of another name ("contributing countries to the
        Peacebuilding Fund", where the window ends before "to the Fund")."""
        return _goes_on(self).get(alias)

    def is_cue(self, alias: str) -> bool:
        """Whether an alias is only a cue (actors.yaml `cues`): "the Convention" names the parties to
        it for "the parties" that follow, but asks no one."""
        return alias in _cues(self)

    @property
    def cues(self) -> frozenset[str]:
        """Every alias that is only a cue (is_cue)."""
        return _cues(self)

    def state_of_alias(self, alias: str) -> str | None:
        m = _state_regexes(self)[1].fullmatch(alias)
        # no match: the first of two adjectives sharing their noun ("Ugandan" of "Ugandan and Rwandan forces")
        return _state_names(self).get((m.group("name") or m.group("adj") or "") if m else alias)

    def state_name(self, code: str) -> str | None:
        """The English name of the State "state:<alpha-3>" (or of an alpha-3 code)."""
        c = pycountry.countries.get(alpha_3=code.removeprefix(STATE))
        if not c:
            return None
        return c.name if "," not in c.name else getattr(c, "official_name", None) or getattr(c, "common_name", c.name)

    def organ_of_code(self, code: str) -> str | None:
        """The organ Akoma Ntoso names by `code` (unga, #ga), case-blind."""
        code = code.lstrip("#").lower()
        return next((oid for oid, o in self.organs.items() if code in o.codes), None)

    def organ_of_symbol(self, symbol: str) -> str | None:
        """The organ whose symbol_prefix `symbol` begins with (A/RES/67/186: GA)."""
        return next(
            (oid for oid, o in self.organs.items() if o.symbol_prefix and symbol.startswith(o.symbol_prefix)), None
        )

    def actor_of_organ(self, organ: str | None) -> str | None:
        """The actor id of the organ `organ` (GA: GeneralAssembly), None for no organ or one the vocabulary lacks:
        who receives what an organ asks when no receiver is named, whose own decisions a text records."""
        o = self.organs.get(organ or "")
        return o.actor if o else None

    def organ_of_actor(self, actor_id: str) -> Organ | None:
        return next((organ for organ in self.organs.values() if organ.actor == actor_id), None)

    def calendar(self, key: str | None) -> Organ | None:
        """The session calendar `key` names, the one lookup of a session's year and of a cycle "at each
        session": an organ's (organs.yaml, by organ or actor id) or a body's own (actors.yaml `calendar`)."""
        return (self.organs.get(key) or self.organ_of_actor(key) or self.calendars.get(key)) if key else None


# A definite description names an actor only when nothing makes it part of another name ("the Office of ...", "the United
# ..."); "of" + a gerund + mandates.yaml `gerund_next` do not ("the Working Group of looking into"; "of neighbouring")
_DEFINITE_GUARD = r"(?!\s+(?:of\b(?!\s+[a-z]+ing\s+(?:{})\b)|for\b|on\b|against\b)|\s+[A-Z])"
# ... but a proper name written with "the" (mandates.yaml `proper_names`: "the United Nations") is no description that
# "of", "for" or "on" could make part of a longer name: they open what follows it, "the joint development by the Government
# of the DRC and the United Nations of a tailored approach" (S/RES/2765 (2024) op 26), "cooperation between the African
# Union and the United Nations on ...". A capital still goes on into another name ("the United Nations Office on Drugs").
_PROPER_GUARD = r"(?!\s+[A-Z])"


@lru_cache(maxsize=4)
def _alias_table(v: Vocabulary) -> dict[str, tuple[tuple[str, ...], bool]]:
    table: dict[str, tuple[tuple[str, ...], bool]] = {}
    for act in v.actors.values():
        for a in act.aliases:
            table.setdefault(a, ((act.id,), False))
    for act in v.actors.values():
        for a in act.contextual:
            ids, ctx = table.get(a, ((), True))
            if ctx:
                table[a] = (ids + (act.id,), True)
    cued: set[str] = set()
    for act in v.actors.values():  # "the Convention" names the parties for "the parties" (is_cue)
        for a in act.cues:  # a cue of several actors names them all ("Ouagadougou Agreement": CEI, PresidentCEI)
            if a not in table or a in cued:
                table[a] = (table.get(a, ((), False))[0] + (act.id,), False)
                cued.add(a)
    states = tuple(dict.fromkeys(_state_names(v).values()))
    for a in v.states.get("contextual") or ():  # "the Government": the State named last
        table.setdefault(a, (states, True))
    for a, codes in (v.states.get("bodies_of") or {}).items():  # "the Presidency Council": of Libya or Iraq, named last
        table.setdefault(a, (tuple(STATE + _known_iso3(c, a) for c in codes), True))
    # "that Division", "this Committee": a demonstrative names what "the Division" names
    for a, (ids, ctx) in list(table.items()):
        if ctx and DEMONSTRATIVE.match(a):
            for d in ("that ", "this "):
                table.setdefault(d + a[4:], (ids, True))
    return table


STATE = "state:"


@lru_cache(maxsize=4)
def _cues(v: Vocabulary) -> frozenset[str]:
    names = {a for act in v.actors.values() for a in (*act.aliases, *act.contextual)}
    return frozenset(a for act in v.actors.values() for a in act.cues if a not in names)


@lru_cache(maxsize=32)
def _ids_of_kinds(v: Vocabulary, kinds: tuple[str, ...]) -> frozenset[str]:
    return frozenset(a.id for a in v.actors.values() if a.kind in kinds)


@lru_cache(maxsize=4)
def _defaults(v: Vocabulary) -> dict[str, tuple[str, ...]]:
    return {a: (act.id,) for act in v.actors.values() for a in act.default_for}


DEMONSTRATIVE = re.compile(r"the [A-Z][\w-]*$")  # "the Committee", not "the two Governments"


@lru_cache(maxsize=8192)  # the same few hundred aliases, file after file
def _actors_of_alias(v: Vocabulary, alias: str) -> tuple[tuple[str, ...], bool]:
    hit = _alias_table(v).get(alias)
    if hit:
        return hit
    code = v.state_of_alias(alias)
    return ((code,), False) if code else ((), False)


def _iso3(alpha2: str) -> str | None:
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None


def _known_iso3(alpha2: str, name: str) -> str:
    """The alpha-3 code of an ISO alpha-2 code the vocabulary gives a name (countries.yaml `bodies_of`): a code
    pycountry does not know is a typo in the data, an error at load rather than a State silently dropped."""
    code = _iso3(alpha2)
    if code is None:
        raise ValueError(f"countries.yaml: {name!r}: {alpha2!r} is no ISO alpha-2 code")
    return code


@lru_cache(maxsize=4)
def _state_names(v: Vocabulary) -> dict[str, str]:
    """Name or adjective -> "state:<alpha-3>": pycountry's names without a comma ("Korea, Republic
    of" is not how a text names it), countries.yaml's, both apostrophes."""
    skip = set(v.states.get("territories") or ())
    names: dict[str, str] = {}
    for c in pycountry.countries:
        if c.alpha_2 in skip:
            continue
        for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            if n and "," not in n:
                names[n.removeprefix("the ")] = STATE + c.alpha_3
    for table in (v.countries, v.states.get("adjectives") or {}):
        for n, a2 in table.items():
            alpha3 = _iso3(a2) if a2 not in skip else None
            if alpha3:
                names[n] = STATE + alpha3
    for n in list(names):
        names[n.replace("'", "’")] = names[n]
    return names


@lru_cache(maxsize=4)
def _state_regexes(v: Vocabulary) -> tuple[WordIndexed, re.Pattern]:
    st, adjectives = v.states, set(v.states.get("adjectives") or ())
    not_after = "".join(rf"(?<!\b{w}\s)" for w in st.get("not_after") or ())  # a French name's: "Front ... du Congo"
    names = [n for n in _state_names(v) if n not in adjectives and n.replace("’", "'") not in adjectives]
    adj = [n for n in _state_names(v) if n not in names]
    before, after = (alternation(st.get(k) or ["Government"]) for k in ("before_name", "after_name"))
    body = (
        # (the name atomic: a longer name its not_before refuses gives no shorter one inside it, "Guinea-Bissau
        # stakeholders" no "Guinea")
        rf"(?<!-){not_after}(?:(?:(?:{before})\s+of\s+(?:the\s+)?)?(?P<name>(?>{alternation(names)}))"
        rf"(?:(?:['’]s)?\s+(?:{after}))?|(?P<adj>{alternation(adj)})\s+(?:{after})"
        # the first of two adjectives sharing their noun ("Ugandan and Rwandan forces": the second as any)
        rf"|(?P<adj1>{alternation(adj)})(?=,?\s+(?:and|or)\s+(?:{alternation(adj)})\s+(?:{after})(?!\w)))"
        rf"(?!\w|\s+(?:{alternation(st.get('not_before') or ['people'])})\b)"
    )
    first = {first_word(w) for w in [*(st.get("before_name") or ["Government"]), *names, *adj]}
    anywhere = re.compile(r"(?=(" + body + "))")
    return WordIndexed(dict.fromkeys(first, (anywhere,))), re.compile(body)


@lru_cache(maxsize=4)
def _actor_regex(v: Vocabulary) -> WordIndexed:
    table = _alias_table(v)
    proper = frozenset(v.mandates.get("proper_names") or ())
    by_first: dict[str, list[str]] = {}
    for a in sorted(table, key=len, reverse=True):
        by_first.setdefault(first_word(a), []).append(a)

    bodies_of = v.states.get("bodies_of") or {}
    definite_guard = _DEFINITE_GUARD.format(alternation(v.mandates.get("gerund_next") or ("the",)))

    def tail(a: str) -> str:
        words = [w for i in table[a][0] if i in v.actors for w in v.actors[i].not_before]
        goes_on = rf"(?!\s+(?:{alternation(words)})\b)" if words else ""
        # (an alias's own not_before is read by aliases._spans_in through goes_on_into, past a window's cut)
        own = "".join(behind for i in table[a][0] if i in v.actors for b, behind, _ in v.actors[i].guards if b == a)
        # (a body several States name, countries.yaml `bodies_of`, is read whatever follows: "the Presidency Council of Iraq")
        definite = (table[a][1] or a.startswith("the ")) and a not in bodies_of
        guard = _PROPER_GUARD if a in proper else definite_guard
        return (guard if definite else "") + goes_on + r"\b" + own

    return WordIndexed(
        {w: (re.compile(r"(?=(" + alternation(alts, tail) + r"))"),) for w, alts in by_first.items()},
        {w: tuple(alts) for w, alts in by_first.items()},
    )


@lru_cache(maxsize=4)
def _alias_regex(v: Vocabulary) -> WordIndexed:
    return _actor_regex(v) | _state_regexes(v)[0]


@lru_cache(maxsize=4)
def _goes_on(v: Vocabulary) -> dict[str, re.Pattern]:
    return {a: re.compile(after) for act in v.actors.values() for a, _, after in act.guards if after}


def _guard(alias: str, g: dict) -> tuple[str, str, str]:
    """What keeps an alias from a longer or another name: the words it must not follow, each a lookbehind ending
    with the alias ("equipment-contributing countries"), and the regex it must not go on into."""
    return alias, "".join(rf"(?<!{re.escape(w + alias)})" for w in g.get("not_after") or ()), g.get("not_before") or ""


def _bodies(actors: dict[str, Actor], raw: dict) -> dict[str, Actor]:
    """bodies.yaml (peace operations, panels, monitoring teams, with the resolution that set each
    up): new actors, or what it adds to an actor of actors.yaml of the same id."""
    out = {}
    for k, b in raw.items():
        old = actors.get(k)
        out[k] = Actor(
            k,
            old.label if old else b["label"],
            tuple(dict.fromkeys((old.aliases if old else ()) + both_spellings(b.get("aliases")))),
            tuple(dict.fromkeys((old.contextual if old else ()) + both_spellings(b.get("contextual")))),
            old.person if old else bool(b.get("person")),
            kind=b.get("kind"),
            default_for=tuple(b.get("default_for") or ()) or (old.default_for if old else ()),
            cues=tuple(b.get("cues") or ()) or (old.cues if old else ()),
            established=b.get("established"),
            resolutions=tuple(b.get("resolutions") or ()),
        )
    return out


@lru_cache(maxsize=2)
def load(where: Path = VOCAB) -> Vocabulary:
    raw_actors = _load("actors.yaml", where)
    actors = {
        k: Actor(
            k,
            v["label"],
            both_spellings(v.get("aliases")),
            both_spellings(v.get("contextual")),
            bool(v.get("person")),
            kind=v.get("kind"),
            default_for=tuple(v.get("default_for") or ()),
            cues=tuple(v.get("cues") or ()),
            reads_as=v.get("reads_as"),
            secretariat=v.get("secretariat"),
            not_before=tuple(v.get("not_before") or ()),
            guards=tuple(_guard(a, g) for a, g in (v.get("guards") or {}).items()),
            members_after_of=bool(v.get("members_after_of")),
        )
        for k, v in raw_actors.items()
    }
    actors.update(_bodies(actors, _load("bodies.yaml", where)))
    organs = {k: organ(k, v) for k, v in _load("organs.yaml", where).items()}
    # an actor's own session calendar (actors.yaml `calendar`), read as an organ's
    calendars = {k: organ(k, {"actor": k, **v}) for k, v in raw_actors.items() if v.get("calendar")}
    verbs_raw = _load("verbs.yaml", where)
    adverbs, links, agent_nouns = (tuple(verbs_raw.pop(k, ())) for k in ("adverbs", "links", "agent_nouns"))
    unaddressed, restating = (verbs_raw.pop(k, None) or {} for k in ("unaddressed", "restating"))
    funcs = _load("functions.yaml", where)
    refs = tuple(funcs.pop("reference_phrases", ()))
    states = (countries := _load("countries.yaml", where)).pop("states", None) or {}  # the rest: countries' aliases
    leads = _load("leads.yaml", where)
    return Vocabulary(
        actors,
        organs,
        verbs_raw,
        adverbs,
        funcs,
        refs,
        countries,
        frozenset(leads.get("preambular") or ()),
        frozenset(leads.get("operative") or ()),
        states,
        links,
        agent_nouns,
        unaddressed,
        _load("cycles.yaml", where) if (where / "cycles.yaml").exists() else {},
        calendars,
        _load("terms.yaml", where) if (where / "terms.yaml").exists() else {},
        restating,
        _load("reports.yaml", where) if (where / "reports.yaml").exists() else {},
        _load("mandates.yaml", where) if (where / "mandates.yaml").exists() else {},
        _load("citations.yaml", where) if (where / "citations.yaml").exists() else {},
    )
