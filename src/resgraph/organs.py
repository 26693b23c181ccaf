"""An organ (organs.yaml) and its session calendar, as plain data.

Split from vocab.py, which reads every vocabulary: an organ is read from its own entry alone (organs.yaml, or an
actor's `calendar` in actors.yaml), and what it answers (a session's year, how often its sessions meet, the symbol of
its resolutions) needs nothing else of the vocabulary."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Organ:
    id: str
    label: str
    names: tuple[str, ...]
    actor: str | None
    resolution: str | None
    decision: str | None
    calendar_base: int | None = None
    annual: bool = False
    per_year: int | None = None  # several sessions a year (Human Rights Council: 3)
    per_session_years: int | None = None  # a session every N years (CTOC COP: 2)
    codes: tuple[str, ...] = ()  # Akoma Ntoso's names for it (unga, ga)
    symbol_prefix: str | None = None  # a resolution symbol beginning so is its own (A/RES)
    opener: str | None = None  # regex of its name on a text's opening line; None: the label
    cited_as: tuple[str, ...] = ()  # regexes of the words before "resolution" that name it
    bare_numbers: tuple[str, ...] = ()  # names before a bare "resolution 6/2" that make it its own
    special: tuple[tuple[str, int], ...] = ()  # special and emergency special sessions: (S-20, 1998)
    years: tuple[tuple[int, int], ...] = ()  # sessions off the calendar's rule: (8, 2009)
    committee: str | None = None  # the actor "the Committee" of its texts is when none was named before
    reporter: str | None = None  # who makes a report it asks of no one named (organs.yaml `reporter`)
    month: int | None = None  # the month its numbered sessions open (the Assembly's: 9)
    runs_to_next: bool = False  # a session lasts until the next opens (the Assembly's), so ends in `month`

    def symbol(self, kind: str, session: str, number: str) -> str | None:
        pattern = self.resolution if kind == "resolution" else self.decision
        return pattern.format(s=session, n=number) if pattern else None

    def session_year(self, session: int) -> int | None:
        """The year session N opens; None when the calendar cannot tell. An annual organ names its
        sessions by year, so an ordinal ("its thirty-fifth session") is never one of its own."""
        if self.annual:
            return session if session >= 1900 else None
        known = dict(self.years).get(session)
        if known is not None:
            return known
        if self.calendar_base is None:
            return None
        if self.per_year:
            return self.calendar_base + (session - 1) // self.per_year
        if self.per_session_years:
            # CTOC COP: biennial from session 3 (2006, 2008, 2010); sessions 1-2 (2004, 2005) are off by one
            return self.calendar_base - 1 + self.per_session_years * (session - 1)
        return self.calendar_base + session

    def session_every(self) -> str | None:
        """How often its sessions meet, as an ISO 8601 duration, for a report due "at each session": P1Y for an organ
        that meets once a year (by year, or by number from a base year), PNY for one that meets every N years; None for
        several sessions a year (not evenly spaced) or no calendar."""
        if self.annual:
            return "P1Y"
        if self.calendar_base is None or self.per_year:
            return None
        return f"P{self.per_session_years}Y" if self.per_session_years else "P1Y"

    def sessions_opening(self, year: int) -> tuple[int, int]:
        """The sessions that open in `year` or the next, where a draft recommended in `year`
        lands: by a one-session-a-year calendar (the Assembly's 67th in 2012 and 2013: 67, 68);
        by the year otherwise (an annual organ; the others are never recommended a draft)."""
        if self.calendar_base is not None and not self.per_year and not self.per_session_years:
            return year - self.calendar_base, year - self.calendar_base + 1
        return year, year + 1


def organ(k: str, v: dict) -> Organ:
    """The organ `k` of an organs.yaml entry (or of an actor's `calendar`, its `actor` set), calendar flattened."""
    cal = v.get("calendar") or {}
    return Organ(
        k,
        v["label"],
        tuple(v.get("names") or ()),
        v.get("actor"),
        v.get("resolution"),
        v.get("decision"),
        cal.get("base"),
        bool(v.get("annual")),
        cal.get("per_year"),
        cal.get("per_session_years"),
        tuple(v.get("codes") or ()),
        v.get("symbol_prefix"),
        v.get("opener"),
        tuple(v.get("cited_as") or ()),
        tuple(v.get("bare_numbers") or ()),
        tuple((str(name), int(year)) for name, year in (cal.get("special") or {}).items()),
        tuple((int(n), int(year)) for n, year in (cal.get("years") or {}).items()),
        v.get("committee"),
        v.get("reporter"),
        cal.get("month"),
        bool(cal.get("runs_to_next")),
    )
