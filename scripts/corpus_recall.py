#!/usr/bin/env python3
"""Recall and precision of symbol extraction against the undocs.org links of the AKN corpus.

For every XML file of ../shared/corpus the extractor runs on the text that `read` takes out of
the XML, where each `<a href="https://undocs.org/...">` is replaced by its plain words (the
script checks that nothing of the href leaks into the text). The symbols the record cites
(citations targets and documents symbols) are compared with the link targets that
`answers/undocs_links.jsonl` lists for that file.

    python scripts/corpus_recall.py [--corpus ../shared/corpus] [--min-recall 0.95] [--quiet]

Recall = answer symbols found / answer symbols; precision = found / symbols extracted. The
answers cover only citations written as linked document symbols, so "extra" symbols are not
necessarily wrong: they are listed for a person to look at.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from resgraph.errors import InputError  # noqa: E402
from resgraph.extract.read import read  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
_SUFFIX = re.compile(r"\((?:supp\.?|supplement|vol\.?\s*[ivx\d]+|part\s*[ivx\d]+)\)$", re.I)
_OLD_GA = re.compile(r"^(\d{1,4})\s*(?:[A-Z]\s*)?\(([IVXL]+|S-[IVX]+|ES-[IVX]+)\)$", re.I)


def norm(sym: str) -> str:
    """A comparison key: canonical, case- and spacing-insensitive, without link decorations."""
    s = sym.strip()
    s = re.sub(r"^(?:https?://)?(?:www\.)?undocs\.org/+", "", s, flags=re.I)
    s = re.sub(r"^/*(?:(?:en|fr|es|ar|ru|zh)/+)?", "", s).strip()
    m = _OLD_GA.match(s)
    if m:  # old-style General Assembly resolution "217 (III)", "217 A (III)"
        s = f"A/RES/{m.group(1)}({m.group(2)})"
    s = re.sub(r"\s+", "", s).upper()
    while _SUFFIX.search(s):
        s = _SUFFIX.sub("", s)
    if re.fullmatch(r"\d{1,2}/\d{1,3}", s):  # a bare GA number as link target ("75/291")
        s = "A/RES/" + s
    # "A/RES/57/270B" and "A/RES/217A(III)": the lettered part cites the same resolution
    s = re.sub(r"^((?:[A-Z]+/)*RES/(?:[A-Z]+-)?[\dA-Z-]*\d+/\d+)[A-Z]$", r"\1", s)
    s = re.sub(r"^((?:[A-Z]+/)*RES/\d+)[A-Z](\([IVXL]+\))$", r"\1\2", s)
    return s.rstrip(".")


_JOINT = re.compile(r"-(?=(?:A|E|S)/)")


def keys(sym: str) -> set[str]:
    """A joint symbol (A/70/95-S/2015/446) names one document: it matches each of its parts."""
    k = norm(sym)
    parts = _JOINT.split(k)
    return {k, *parts} if len(parts) > 1 else {k}


def load_answers(corpus: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for line in (corpus / "answers" / "undocs_links.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            a = json.loads(line)
            out[a["file"]].add(norm(a["target"]))
    return out


def main(argv=None) -> int:  # noqa: C901 - a report script: one branch per option and per table it prints
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--min-recall", type=float, default=None, help="exit 1 if overall recall is lower")
    ap.add_argument("--quiet", action="store_true", help="only the overall figures and the misses")
    args = ap.parse_args(argv)
    if not (args.corpus / "answers" / "undocs_links.jsonl").exists():
        print(f"no corpus answers under {args.corpus}", file=sys.stderr)
        return 2
    try:
        from resgraph.extract.pipeline import extract_file
    except ImportError as e:
        print(f"the extractor is missing: {e}", file=sys.stderr)
        return 2

    answers = load_answers(args.corpus)
    tp = n_ans = n_ext = n_ext_ok = 0
    leaks, failures = [], []
    all_missed: list[tuple[str, str]] = []
    all_extra: list[tuple[str, str]] = []
    for path in sorted(args.corpus.glob("*.xml")):
        try:
            text = read(path).text
        except InputError as e:
            failures.append((path.name, e.reason))
            continue
        if re.search(r"undocs\.org|href=|https?://", text):
            leaks.append(path.name)
        try:
            rec = extract_file(path)
        except InputError as e:
            failures.append((path.name, e.reason))
            continue
        extracted = {norm(c.target) for c in rec.citations} | {norm(d.symbol) for d in rec.documents}
        if rec.symbol:
            extracted.discard(norm(rec.symbol))  # the document's own symbol is not a citation
        want = answers.get(path.name, set())
        matchable = set().union(*(keys(s) for s in extracted)) if extracted else set()
        hit = matchable & want
        got = extracted
        missed = sorted(want - matchable)
        extra = sorted(s for s in extracted if not (keys(s) & want))
        tp += len(hit)
        n_ans += len(want)
        n_ext += len(got)
        n_ext_ok += len(got) - len(extra)
        all_missed += [(path.name, s) for s in missed]
        all_extra += [(path.name, s) for s in extra]
        if not args.quiet:
            r = len(hit) / len(want) if want else 1.0
            p = (len(got) - len(extra)) / len(got) if got else 1.0
            print(
                f"{path.name:28} answers {len(want):4} extracted {len(got):4} found {len(hit):4} "
                f"recall {r:6.1%} precision {p:6.1%}"
            )
            if missed:
                print(f"    missed: {', '.join(missed)}")
            if extra:
                print(f"    extra:  {', '.join(extra)}")
    recall = tp / n_ans if n_ans else 1.0
    precision = n_ext_ok / n_ext if n_ext else 1.0
    print()
    print(f"files {len(list(args.corpus.glob('*.xml')))}, failures {len(failures)}, href leaks {len(leaks)}")
    print(f"answer symbols {n_ans}, found {tp}; extracted {n_ext}, of which in the answers {n_ext_ok}")
    print(f"OVERALL recall {recall:.3f} precision {precision:.3f}")
    if args.quiet and all_missed:
        print("missed:")
        for f, s in all_missed:
            print(f"  {f}: {s}")
    if all_extra:
        print(f"extra (unmatched) symbols, {len(all_extra)}: " + ", ".join(sorted({s for _, s in all_extra})))
    for f, reason in failures:
        print(f"FAILED {f}: {reason}")
    for f in leaks:
        print(f"HREF LEAK {f}")
    if args.min_recall is not None and recall < args.min_recall:
        print(f"recall {recall:.3f} < {args.min_recall}", file=sys.stderr)
        return 1
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main())
