#!/usr/bin/env python3
"""How faithfully the segmenter's operative paragraphs cover their Akoma Ntoso elements.

For every numbered `<paragraph>` of a `<mainBody>` (outside annexes and quoted or embedded
structures), its words (`itertext`, footnote bodies and the number left out) are compared with
the words of the segmented operative paragraph of that number and its sub-paragraphs, which is
all that the mandate, report and term extractors read of it:

* missing: a run of at least --min-run words of the element that the segmented text lacks
  (a list item, a bullet, an alinea dropped from the paragraph);
* extra: a run of at least --min-extra words in the segmented text that the element (and the
  unnumbered elements after it) lacks: text from elsewhere attached to the paragraph; those that
  refer to "paragraph N ... of this resolution" as an annex's list does are counted apart; and a
  file whose main part numbers two operative paragraphs alike (an annex's or the preamble's
  paragraphs read as operative, so that a view by number prints them under the early ones).

    python scripts/akn_coverage.py [DIR] [--show 20] [--min-run 3] [--min-extra 8]

Prints the counts and the first --show cases of each class; exits 0.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lxml import etree  # noqa: E402

from resgraph.errors import InputError  # noqa: E402
from resgraph.extract.akn_meta import AKN_NS  # noqa: E402
from resgraph.extract.read import read  # noqa: E402
from resgraph.extract.segment import segment  # noqa: E402

_OUTSIDE = {"attachment", "attachments", "embeddedStructure", "quotedStructure", "paragraph", "meta"}
_NOT_TEXT = {"authorialNote", "num", "meta"}
_BLOCK = {"p", "point", "item", "content", "intro", "wrapUp", "td", "th", "tr", "list", "blockList", "eol", "br"}
_BLOCK |= {
    "subparagraph",
    "paragraph",
    "heading",
    "subheading",
    "listIntroduction",
    "listWrapUp",
    "container",
    "tblock",
}
_HEADINGS = {"heading", "subheading", "crossHeading", "num"}
_WORD = re.compile(r"\w+")
_NUM = re.compile(r"^\s*(\d{1,4})\s*\.?\s*$")
# "c. from organisations ... listed in paragraph 34.c of this resolution": an extra run that refers
# to a paragraph of the resolution, as an annex's list does
_ANNEX_LIKE = re.compile(r"\bparagraphs? \d+\b.{0,60}?\bof this resolution\b")


def _local(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else "#"


def _words(el) -> list[str]:
    """el's words: inline markup joins the text it splits ("Saf<span>er</span>Guard" is one word),
    block elements part it."""
    out: list[str] = []

    def walk(e, top: bool) -> None:
        name = _local(e)
        if not top and name in _NOT_TEXT:
            pass
        elif isinstance(e.tag, str):
            pad = " " if name in _BLOCK else ""
            out.append(pad + (e.text or ""))
            for c in e:
                walk(c, False)
            out.append(pad)
        if not top:
            out.append(e.tail or "")

    walk(el, True)
    return [w.lower() for w in _WORD.findall("".join(out))]


def _up_to(el, top):
    """el's ancestors below top."""
    for a in el.iterancestors():
        if a is top:
            return
        yield a


def _numbered(el) -> int | None:
    num = next((c for c in el if _local(c) == "num"), None) if _local(el) == "paragraph" else None
    m = _NUM.match("".join(num.itertext())) if num is not None else None
    return int(m.group(1)) if m else None


def _extent(el) -> list[str]:
    """The words of el and of the unnumbered elements after it up to the next numbered paragraph
    (a paragraph's list items are, in some files, paragraphs of their own after it); headings aside."""
    words = _words(el)
    for sib in el.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        if _numbered(sib) is not None or _local(sib) in _HEADINGS:
            break
        if all(_local(c) in _HEADINGS for c in sib if isinstance(c.tag, str)):
            break
        words += _words(sib)
    return words


def xml_ops(root) -> list[tuple[int, list[str], list[str]]]:
    """(number, words, extent words) of each numbered operative paragraph element, in document order."""
    out = []
    for body in root.iter(f"{{{AKN_NS}}}mainBody"):
        if any(_local(a) in _OUTSIDE for a in body.iterancestors()):
            continue
        for el in body.iter(f"{{{AKN_NS}}}paragraph"):
            if any(_local(a) in _OUTSIDE for a in _up_to(el, body)):
                continue
            n = _numbered(el)
            if n is not None:
                out.append((n, _words(el), _extent(el)))
    return out


def seg_ops(path: Path) -> list[tuple[int, str]]:
    """(number, text) of each operative paragraph of the main or draft part with its sub-paragraphs."""
    seg = segment(read(path))
    out: list[tuple[int, str]] = []
    for b in seg.blocks:
        p = b.paragraph
        if p.part not in ("main", "draft"):
            continue
        if p.kind == "operative":
            out.append((p.number or 0, p.text))
        elif p.kind == "subparagraph" and out and p.parent == out[-1][0]:
            out[-1] = (out[-1][0], f"{out[-1][1]} {p.label or ''} {p.text}")
    return out


def runs(a: list[str], b: list[str], tag: str, least: int) -> list[str]:
    """The runs of at least `least` words of a that b lacks ("delete") or of b that a lacks ("insert")."""
    if tag == "delete" and not Counter(a) - Counter(b):
        return []
    sm = SequenceMatcher(None, a, b, autojunk=False)
    found = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "delete" and op in ("delete", "replace") and i2 - i1 >= least:
            found.append(" ".join(a[i1:i2]))
        if tag == "insert" and op in ("insert", "replace") and j2 - j1 >= least:
            found.append(" ".join(b[j1:j2]))
    return found


def scan(path: Path, min_run: int, min_extra: int) -> tuple[int, list[tuple], list[tuple]]:
    """(operative elements compared, missing cases, extra cases) of one file."""
    root = etree.parse(str(path)).getroot()
    xs = xml_ops(root)
    ss = seg_ops(path)
    missing, extra = [], []
    numbers = Counter(n for n, _ in ss if n)
    if any(c > 1 for c in numbers.values()):  # an annex's or a preamble's paragraphs among the operative ones
        extra.append((path, 0, "TWICE " + " ".join(str(n) for n, c in sorted(numbers.items()) if c > 1)))
    j = 0
    compared = 0
    for n, words, extent in xs:
        k = next((i for i in range(j, min(j + 4, len(ss))) if ss[i][0] == n), None)
        if k is None:
            continue
        j = k + 1
        compared += 1
        text = ss[k][1]
        seg_words = [w.lower() for w in _WORD.findall(text)]
        for run in runs(words, seg_words, "delete", min_run):
            missing.append((path, n, run))
        if len(seg_words) > len(extent) + min_extra:
            for run in runs(extent, seg_words, "insert", min_extra):
                extra.append((path, n, run))
    return compared, missing, extra


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", nargs="?", default="/tmp/cf-open")
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--min-run", type=int, default=3)
    ap.add_argument("--min-extra", type=int, default=8)
    args = ap.parse_args(argv)
    files = sorted(p for p in Path(args.dir).rglob("*.xml"))
    total, missing, extra, files_m, files_e = 0, [], [], set(), set()
    for f in files:
        try:
            c, m, e = scan(f, args.min_run, args.min_extra)
        except (InputError, etree.XMLSyntaxError) as err:
            print(f"skip {f}: {err}", file=sys.stderr)
            continue
        total += c
        missing += m
        extra += e
        files_m |= {x[0] for x in m}
        files_e |= {x[0] for x in e}
    print(f"files {len(files)}  operative elements compared {total}")
    print(f"missing runs {len(missing)} in {len({(x[0], x[1]) for x in missing})} paragraphs, {len(files_m)} files")
    print(f"extra runs {len(extra)} in {len({(x[0], x[1]) for x in extra})} paragraphs, {len(files_e)} files")
    twice = [x for x in extra if x[2].startswith("TWICE ")]
    print(f"  of which files with an operative number twice in the main part: {len(twice)}")
    annex_like = [x for x in extra if _ANNEX_LIKE.search(x[2])]
    print(f"  of which refer to 'paragraph N ... of this resolution': {len(annex_like)}")
    for label, cases in (("MISSING", missing), ("EXTRA", extra)):
        for path, n, run in cases[: args.show]:
            print(f"{label} {path} op {n}: {run[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
