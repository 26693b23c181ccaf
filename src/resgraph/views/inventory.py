"""The mandate inventory for reviewers (the UN80 mandate review): one row per mandate and
addressee, with what its paragraph asks to be reported (by, to, due, cycle, session year), the
term it sets, the earlier resolutions it renews, the reports known to answer its resolution, and
its status on a date:

- active: a term of a body that runs past the date (its end, or its adoption plus its period) and
  that no later resolution (adopted by the date) has replaced, or a one-off report not yet due;
- expired: a term that ended before the date, or that a later term of the same body replaced;
- recurring: a report asked for every so often;
- one-off delivered: a one-off report due by the date (or one a later report is known to answer); one due
  at a session with no date is due in the session's year, so delivered once that year is over;
- open: a mandate with no term and no dated report, or a term with no end or length.

Its durations (cycle, period) are the store's, where weeks are days (xsd:duration has none): "every
week" is P7D here, where `resgraph extract`'s record keeps the text's P1W (deadlines.as_days).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from resgraph.extract.deadlines import add
from resgraph.graph import queries

STATUSES = ("active", "expired", "recurring", "one-off delivered", "open")


@dataclass(frozen=True)
class InventoryRow:
    symbol: str
    adopted: str | None
    organ: str | None
    op: int
    verb: str
    addressee: str | None
    report_by: str | None
    report_to: str | None
    due: str | None
    cycle: str | None
    session_year: int | None
    term: str | None  # "extends UNMISS"
    until: str | None
    period: str | None
    renews: str | None  # the resolutions the term renews, space-separated
    answered_by: str | None  # reports known to answer the resolution
    status: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


COLUMNS = tuple(f.name for f in fields(InventoryRow))
# what a table shows unless asked for more: the 17 columns of a row do not fit a terminal of 80 to
# 120 characters (each folded to a few letters), these do; csv and json keep every column
TABLE_COLUMNS = ("symbol", "op", "verb", "addressee", "due", "status")
TERM_TABLE_COLUMNS = ("symbol", "op", "term", "until", "status")


def columns(spec: str | None, terms_only: bool = False, table: bool = True) -> tuple[str, ...]:
    """The columns to show: those spec names (comma-separated, "-" read as "_", "all" for every
    one, "+a,b" for the table's own and a, b), else the table's few (TERM_TABLE_COLUMNS for terms
    only) or, for csv and json, every column. Raises ValueError naming an unknown column and the
    columns there are."""
    default = (TERM_TABLE_COLUMNS if terms_only else TABLE_COLUMNS) if table else COLUMNS
    if spec is None or not spec.strip():
        return default
    spec = spec.strip()
    if spec.lower() == "all":
        return COLUMNS
    extra = spec.startswith("+")
    names = [c.strip().lower().replace("-", "_") for c in spec.lstrip("+").split(",") if c.strip()]
    unknown = [c for c in names if c not in COLUMNS]
    if unknown:
        raise ValueError(f"unknown column {', '.join(map(repr, unknown))}; columns: {', '.join(COLUMNS)} (or all)")
    chosen = [*default, *names] if extra else names
    return tuple(dict.fromkeys(chosen))


def inventory(
    store: Any,
    as_of: str | None = None,
    organ: str | None = None,
    addressee: str | None = None,
    status: str | None = None,
    terms_only: bool = False,
) -> list[InventoryRow]:
    """The inventory of a store's mandates on a date (default: today), oldest resolution first;
    resolutions adopted after the date are left out. organ (SC, GA, ...), addressee (an actor id),
    status (one of STATUSES) and terms_only (rows that set a term) narrow it.

    Raises ValueError for a date that is not ISO (YYYY-MM-DD), a status not in STATUSES, or an organ
    or addressee the vocabularies do not know (which would give no row, as if it had no mandate)."""
    try:
        day = date.fromisoformat(as_of).isoformat() if as_of else date.today().isoformat()
    except ValueError as e:
        raise ValueError(f"the date must be ISO (YYYY-MM-DD), not {as_of!r} ({e})") from None
    if status and status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    organ, addressee = _known(organ, addressee)
    rows = _named(store, queries.run(store, "mandate-inventory", {"organ": organ, "addressee": addressee}))
    rows = [r for r in rows if not r.get("adopted") or str(r["adopted"]) <= day]
    answered = _answers(store)
    latest = _latest_terms(rows, day)
    out: list[InventoryRow] = []
    seen: set[tuple] = set()
    for r in rows:
        if terms_only and not r.get("action"):
            continue
        fields = (
            ("symbol", "op", "action", "of", "until")
            if terms_only
            else ("symbol", "op", "verb", "actor", "reportBy", "reportTo", "due", "action", "of")
        )
        key = tuple(r.get(k) for k in fields)
        if key in seen:
            continue
        seen.add(key)
        row = InventoryRow(
            str(r["symbol"]),
            _str(r.get("adopted")),
            r.get("body"),
            int(r["op"]),
            r["verb"],
            r.get("actor"),
            r.get("reportBy"),
            r.get("reportTo"),
            _str(r.get("due")),
            _str(r.get("cycle")),
            r.get("year"),
            f"{r['action']} {r['of']}" if r.get("action") else None,
            _str(r.get("until")),
            _str(r.get("period")),
            r.get("renews") or None,
            answered.get(str(r["symbol"])),
            _status(r, day, latest, answered),
        )
        if status is None or row.status == status:
            out.append(row)
    return out


def _known(organ: str | None, addressee: str | None) -> tuple[str | None, str | None]:
    """The organ and actor ids of the vocabularies that organ and addressee name, whatever their
    case ("sc", "secretarygeneral"). Raises ValueError naming the ids that come closest."""
    from difflib import get_close_matches

    from resgraph.vocab import load

    v = load()
    if organ:
        ids = {o.lower(): o for o in v.organs}
        if organ.lower() not in ids:
            raise ValueError(f"unknown organ {organ!r}; organs: {', '.join(v.organs)}")
        organ = ids[organ.lower()]
    if addressee:
        ids = {a.lower(): a for a in v.actors}
        if addressee.lower() not in ids:
            near = [ids[a] for a in get_close_matches(addressee.lower(), list(ids), n=3, cutoff=0.6)]
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            raise ValueError(f"unknown addressee {addressee!r}: no actor id of ontology/vocab/actors.yaml{hint}")
        addressee = ids[addressee.lower()]
    return organ, addressee


def _str(v: Any) -> str | None:
    return None if v is None or v == "" else str(v)


def _named(store: Any, rows: list[dict]) -> list[dict]:
    """The rows with a document that has no symbol (a draft read from a file) named by its file,
    "draft (GA-67-C3-draft.txt)", instead of the IRI the query falls back on: a reviewer reads the
    column as a citation, and an IRI of hashed letters tells them nothing."""
    iris = {str(r["symbol"]) for r in rows if str(r["symbol"]).startswith(("http://", "https://"))}
    if not iris:
        return rows
    files: dict[str, str] = {}
    for d in queries.run(store, "documents", {}):
        if str(d["doc"]) in iris and d.get("file"):
            files.setdefault(str(d["doc"]), str(d["file"]).replace("\\", "/").rsplit("/", 1)[-1])
    return [{**r, "symbol": f"draft ({files[str(r['symbol'])]})"} if str(r["symbol"]) in files else r for r in rows]


def _answers(store: Any) -> dict[str, str]:
    """Resolution symbol -> the reports known to answer it (rg:fulfils)."""
    from resgraph.graph.store import sparql

    return {str(r["symbol"]): str(r["reports"]) for r in store.query(sparql("answered")) if r.get("reports")}


def _latest_terms(rows: Iterable[dict], day: str) -> dict[str, str]:
    """Body -> the adoption date of its latest term adopted by the day (all the terms that
    resolution sets for the body are its current ones: "extend the mandate" and "authorize")."""
    latest: dict[str, str] = {}
    for r in rows:
        if r.get("action") and r.get("of"):
            when, key = str(r.get("adopted") or ""), _held_by(r)
            if key not in latest or when > latest[key]:
                latest[key] = when
    return latest


# Member States authorized are no body with one mandate: the Council authorizes them for EUFOR ALTHEA,
# for the force in Gaza and elsewhere at once, so an authorization of theirs is replaced by none but ends
_AUTHORIZED_STATES = frozenset({"MemberStates", "States"})


def _held_by(r: dict) -> str:
    """Whose mandate a term is, for "a later term of the same body replaced it": the body, or for an
    authorization of Member States the resolution that gives it."""
    if r["action"] == "authorizes" and r["of"] in _AUTHORIZED_STATES:
        return f"{r['of']} {r['symbol']}"
    return str(r["of"])


def _status(r: dict, day: str, latest: dict[str, str], answered: dict[str, str]) -> str:
    if r.get("action"):
        if str(r.get("adopted") or "") != latest.get(_held_by(r)):
            return "expired"
        until = _str(r.get("until")) or add(_str(r.get("adopted")), _str(r.get("period")))
        if r["action"] == "terminates":  # the body goes on to the day it ends: "shall cease all operations on"
            return "active" if until is not None and until >= day[: len(until)] else "expired"
        if until is None:
            return "open"  # a term the text gives no end or length
        return "active" if until >= day[: len(until)] else "expired"
    if r.get("cycle"):
        return "recurring"
    due = _str(r.get("due"))
    if due:
        return "one-off delivered" if due[: len(day)] <= day or str(r["symbol"]) in answered else "active"
    if r.get("reportBy") and str(r["symbol"]) in answered:
        return "one-off delivered"
    year = r.get("year")
    if year is not None and str(year).isdigit():  # due at a session: its year stands for the date
        return "one-off delivered" if int(str(year)) < int(day[:4]) else "active"
    return "open"
