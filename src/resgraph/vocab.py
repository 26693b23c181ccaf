"""The vocabularies (actors, organs, verbs, citation functions, countries) as plain data.

They live as YAML in ontology/vocab/ so that adding an actor or an alias needs no code; the RDF
module renders the same files as SKOS concept schemes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

from .paths import VOCAB


def _load(name: str, where: Path = VOCAB) -> dict:
    with open(where / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


@dataclass(frozen=True)
class Actor:
    id: str
    label: str
    aliases: tuple[str, ...]
    contextual: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organ:
    id: str
    label: str
    names: tuple[str, ...]
    actor: Optional[str]
    resolution: Optional[str]
    decision: Optional[str]
    calendar_base: Optional[int] = None
    annual: bool = False

    def symbol(self, kind: str, session: str, number: str) -> Optional[str]:
        pattern = self.resolution if kind == "resolution" else self.decision
        return pattern.format(s=session, n=number) if pattern else None

    def session_year(self, session: int) -> Optional[int]:
        if self.annual:
            return session
        return self.calendar_base + session if self.calendar_base is not None else None


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

    @property
    def actor_pattern(self) -> re.Pattern:
        return _actor_regex(self)

    def organ_of_actor(self, actor_id: str) -> Optional[Organ]:
        for organ in self.organs.values():
            if organ.actor == actor_id:
                return organ
        return None


@lru_cache(maxsize=4)
def _actor_regex(v: Vocabulary) -> re.Pattern:
    plain = {a for act in v.actors.values() for a in act.aliases}
    contextual = {a for act in v.actors.values() for a in act.contextual}
    alts = sorted(plain | contextual, key=len, reverse=True)
    # "the Office" stands for an office named before, never for "the Office of ..."
    return re.compile(r"\b(" + "|".join(
        re.escape(a) + (r"(?!\s+(?:of|for)\b)" if a in contextual else "") for a in alts) + r")\b")


@lru_cache(maxsize=2)
def load(where: Path = VOCAB) -> Vocabulary:
    actors = {
        k: Actor(k, v["label"], tuple(v.get("aliases") or ()), tuple(v.get("contextual") or ()))
        for k, v in _load("actors.yaml", where).items()
    }
    organs = {}
    for k, v in _load("organs.yaml", where).items():
        cal = v.get("calendar") or {}
        organs[k] = Organ(
            k, v["label"], tuple(v.get("names") or ()), v.get("actor"), v.get("resolution"),
            v.get("decision"), cal.get("base"), bool(v.get("annual")),
        )
    verbs_raw = _load("verbs.yaml", where)
    adverbs = tuple(verbs_raw.pop("adverbs", ()))
    funcs = _load("functions.yaml", where)
    refs = tuple(funcs.pop("reference_phrases", ()))
    countries = _load("countries.yaml", where)
    leads = _load("leads.yaml", where)
    return Vocabulary(
        actors, organs, verbs_raw, adverbs, funcs, refs, countries,
        frozenset(leads.get("preambular") or ()), frozenset(leads.get("operative") or ()),
    )

