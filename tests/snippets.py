"""The tests' one way to read a resolution given inline and to say what was found in it.

A regression file is a table of (text snippet, expected facts) taken from real documents and the
assertions over it; the document built around a snippet and the facts drawn from its record are the
same in every file, so they live here. A fact list keeps every item the extractor found, in its
order: a table that expects two reports fails on one or three.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes
from resgraph.models import Record, SourceText

# an organ by the key the tables use, as its resolutions open
OPENERS = {
    "SC": "The Security Council,",
    "GA": "The General Assembly,",
    "HRC": "The Human Rights Council,",
    "ECOSOC": "The Economic and Social Council,",
}


def script(path: Path, name: str, keep: bool = False) -> ModuleType:
    """A script that is no package module (scripts/mandate_score.py, tests/mandate_gold/draw.py), loaded from its
    path: the tests' one loader. It is in sys.modules while it runs (its dataclasses look their module up there);
    after, only with keep, where a test module holds it for the session (test_mandate_gold), so that a test that
    loads it for itself leaves sys.modules as it found it."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    before = sys.modules.get(name)
    sys.modules[name] = mod
    try:
        spec.loader.exec_module(mod)
    finally:
        if not keep:
            if before is None:
                del sys.modules[name]
            else:
                sys.modules[name] = before
    return mod


def snippet(text: str, fmt: str = "txt", name: str = "snippet.txt") -> Record:
    """Record of a text given inline, as if read from a file (no front matter: no adoption date)."""
    return extract_source(SourceText(name, fmt, text, hashlib.sha256(text.encode()).hexdigest()))


def resolution(
    text: str,
    *,
    date: str,
    organ: str = "The Security Council",
    preamble: str = "Recalling its resolutions,",
    symbol: str | None = None,
) -> Record:
    """Record of `text` (its paragraphs) as a Markdown resolution adopted on `date` (ISO), which dates
    and sessions are counted from: front matter, the organ's opening words, one preambular paragraph.

    `organ` is a key of OPENERS or the organ's own words, with or without their comma; `symbol`, the
    document's own symbol in the front matter, where the facts depend on it (a renewal of "its" mandate).
    """
    opener = OPENERS.get(organ) or (organ if organ.endswith(",") else organ + ",")
    front = (f"symbol: {symbol}\n" if symbol else "") + f"date: {date}\n"
    doc = f"---\n{front}---\n\n{opener}\n\n{preamble}\n\n{text}\n"
    return extract_source(read_bytes(doc.encode(), "snippet.md"))


def facts(items: Iterable[Any], fields: tuple[str, ...], as_sets: bool = False) -> list:
    """Each item's `fields`, as a tuple, or as the value itself where one field is named; with `as_sets`,
    a field holding a tuple (the addressees) is compared as a set, where the order is no fact asserted."""

    def value(item: Any, field: str) -> Any:
        v = getattr(item, field)
        return set(v) if as_sets and isinstance(v, tuple) else v

    if len(fields) == 1:
        return [value(x, fields[0]) for x in items]
    return [tuple(value(x, f) for f in fields) for x in items]


def reports(r: Record, *fields: str) -> list:
    """The reports due of `r`, each as its `fields` (ReportDue's names: op, by, to, due, every, ...)."""
    return facts(r.reports_due, fields)


def mandates(r: Record, *fields: str, as_sets: bool = False) -> list:
    """The mandates of `r`, each as its `fields` (op, verb, addressees); `as_sets`: addressees as a set."""
    return facts(r.mandates, fields, as_sets)


def terms(r: Record, *fields: str) -> list:
    """The mandate terms of `r`, each as its `fields` (op, action, of, until, period, renews)."""
    return facts(r.mandate_terms, fields)


AKN_HEAD = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#x"><FRBRWork>
  <FRBRthis value="/akn/un/statement/deliberation/unsc/{date}/1/!main/"/>
  <FRBRdate date="{date}" name="adoption"/></FRBRWork></identification></meta>
<preamble><formula name="enactingFormula"><p><span class="italic">{organ}</span>,</p></formula>
{preamble}</preamble><mainBody>"""
AKN_TAIL = "</mainBody></statement></akomaNtoso>"


def akn_op(num: str, text: str) -> str:
    """A numbered <paragraph> of a mainBody ("6.", "(d)", "–"; "" for none): its <num> and one <p> of text."""
    head = f"<num>{num}</num>" if num else ""
    return f'<paragraph class="SingleTxt">{head}<content><p>{text}</p></content></paragraph>'


def akn_pre(text: str) -> str:
    """A preambular paragraph as the Akoma Ntoso files mark it up, a <container> of one <p>."""
    return f'<container name="x"><p>{text}</p></container>'


def akn_paragraphs(
    body: str, *, preamble: str = "", organ: str = "The Security Council", date: str = "2004-02-27"
) -> list[tuple]:
    """The paragraphs the segmenter reads from an Akoma Ntoso resolution whose <preamble> holds `preamble`
    (after the organ's opening words) and whose <mainBody> holds `body`: each as (kind, number, label, its
    first two words)."""
    from resgraph.extract.segment import segment

    doc = AKN_HEAD.format(date=date, organ=organ, preamble=preamble) + body + AKN_TAIL
    src = read_bytes(doc.encode(), "snippet.xml")
    return [
        (p.kind, p.number, p.label, " ".join(p.text.split()[:2])) for p in (b.paragraph for b in segment(src).blocks)
    ]
