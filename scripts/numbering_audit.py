#!/usr/bin/env python3
"""Audit of the operative NUMBERS resgraph gives, file by file: every fact is scored by its operative
paragraph's number, so a file whose numbers are off by one loses all its facts.

Two views of each Akoma Ntoso file under ROOT:

* the sequence of numbers resgraph reads (`segment(read(file))`, operative paragraphs of the main
  text and of a recommended draft, each part and each draft apart), checked for
      zero_then_more   an op 0 followed by numbered paragraphs (0, 1, 2: the first one's 1 lost)
      starts_past_1    the first number is past 1 (2, 3, ...)
      gap              n then n + k, k > 1
      repeat           n then n again
      backwards        n then m < n, m not 1
      restart          n then 1 (a multi-part text, or an annex or list read as operative)
      restart_bare     a restart with no heading or opener between (the more suspect)
      no_verb          an operative paragraph whose first words lead no paragraph (no directive or
                       decision verb: a heading, an item, a title); "We ..." of an adopted declaration aside
      participle       an operative paragraph after the first that a participle opens and a comma ends, as
                       a preambular paragraph does ("Recalling ...,")
* the document's own numbers (`paragraph_audit.reference`: the <num> elements and the numbers written
  at the start of a paragraph's text), checked for
      xml_unnumbered   a mainBody of two or more paragraphs an operative verb opens, none numbered (the
                       XML lost the numbers the printed text has: the operative paragraphs are 1..n)
      xml_gap, xml_repeat, xml_restart, xml_backwards, xml_starts_past_1   the same faults in the XML
      misnumbered      a paragraph found by its words with another number (paragraph_audit's class)

    python scripts/numbering_audit.py [ROOT=/tmp/cf-open] [--show CLASS] [--n 20] [--files GLOB]
        [--json OUT]

Prints, per class, the number of files and of paragraphs.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from lxml import etree  # noqa: E402
from paragraph_audit import (  # noqa: E402
    NS,
    TEXT_NUMBER,
    Tally,
    _flat,
    _numbered,
    arguments,
    audit,
    item_text,
    local,
    reference,
)

from resgraph.errors import InputError  # noqa: E402
from resgraph.extract.kinds import lead  # noqa: E402
from resgraph.extract.read import read  # noqa: E402
from resgraph.extract.segment import segment  # noqa: E402
from resgraph.vocab import load  # noqa: E402


def sequence_faults(nums: list[int], prefix: str = "", opens_list: bool = False) -> list[tuple[str, str]]:
    """The faults of one run of operative numbers (one part of a text); opens_list: its op 0 ends with a
    colon ("Adopts the following political declaration:", "Resolves that, for 2020:"), the numbers after it
    the adopted text's own."""
    out = []
    if len(nums) > 1 and nums[0] == 0 and any(n > 0 for n in nums[1:]) and not opens_list:
        out.append((prefix + "zero_then_more", f"{nums[:6]}"))
    first = next((n for n in nums if n), None)
    if first is not None and first > 1:
        out.append((prefix + "starts_past_1", f"first {first}"))
    for a, b in zip(nums, nums[1:], strict=False):
        if b == a and a:  # 0 then 0: sections of one unnumbered paragraph each
            out.append((prefix + "repeat", f"{a} then {b}"))
        elif b > a + 1 and a:
            out.append((prefix + "gap", f"{a} then {b}"))
        elif b == 1 and a > 1:
            out.append((prefix + "restart", f"{a} then {b}"))
        elif b < a and b != 0:
            out.append((prefix + "backwards", f"{a} then {b}"))
    return out


def ours(path: Path, v) -> list[tuple[str, str]]:
    """The faults of resgraph's numbering of one file."""
    seg = segment(read(path), v)
    runs: dict[str, list[int]] = defaultdict(list)
    colon: dict[str, bool] = {}
    faults: list[tuple[str, str]] = []
    between = False  # a heading or opener since the last operative paragraph
    seen = 0
    for b in seg.blocks:
        p = b.paragraph
        if p.part not in ("main", "draft"):
            continue
        if p.kind != "operative":
            between = between or p.kind in ("other", "preambular")
            continue
        n = p.number or 0
        run = runs[p.part]
        if run and n == 1 and run[-1] > 1 and not between:
            faults.append(("restart_bare", f"{run[-1]} then 1: {p.text[:80]!r}"))
        if not run:
            colon[p.part] = p.text.rstrip().endswith(":")
        run.append(n)
        between = False
        kind, _ = lead(p.text, v)
        where = f"op {n}: {p.text[:90]!r}"
        if kind is None and not p.text.startswith("We "):  # "We reaffirm ...": a declaration the text adopts
            faults.append(("no_verb", where))
        elif kind == "preambular" and seen and p.part == "main" and p.text.rstrip()[-1:] == ",":
            faults.append(("participle", where))
        seen += 1
    for part, nums in runs.items():
        faults.extend(sequence_faults(nums, opens_list=colon[part]))
    return faults


def theirs(path: Path, v) -> list[tuple[str, str]]:
    """The faults of the document's own numbering (the XML's)."""
    tree = etree.parse(str(path))
    ref = reference(tree)
    faults: list[tuple[str, str]] = []
    for mb in tree.iter(f"{NS}mainBody"):
        if any(local(a) in ("attachment", "attachments") for a in mb.iterancestors()):
            continue
        paras = [e for e in _flat(mb) if e is not None and local(e) == "paragraph"]
        ops = [e for e in paras if lead(item_text(e), v)[0] == "operative"]
        numbered = [e for e in paras if _numbered(e) or TEXT_NUMBER.match(item_text(e))]
        if len(ops) > 1 and not numbered:
            faults.append(
                ("xml_unnumbered", f"{len(ops)} paragraphs an operative verb opens: {item_text(ops[0])[:60]!r}")
            )
    for part in ("main", "draft"):
        nums = [r.number for r in ref if r.part == part]
        faults.extend(sequence_faults([n for n in nums if n], "xml_"))
    return faults


def main() -> None:
    a = arguments(__doc__)
    v = load()
    t = Tally()
    for path in sorted(Path(a.root).glob(a.files)):
        try:
            faults = ours(path, v) + theirs(path, v)
            faults += [f for f in audit(path, v)[0] if f[0] == "misnumbered"]
        except (InputError, etree.XMLSyntaxError) as e:
            faults = [("unreadable", str(e)[:100])]
        t.add(str(path.relative_to(a.root)), faults)
    print(f"files: {len(t.every)}")
    for cls in sorted(t.count, key=lambda c: (-len(t.files[c]), c)):
        print(f"  {cls:20} {len(t.files[cls]):5} files {t.count[cls]:6} paragraphs")
    t.show(a)


if __name__ == "__main__":
    main()
