#!/usr/bin/env python3
"""Addressee figures of a corpus: how many mandates name no actor, and what they name instead.

Extracts every file under a directory (default /tmp/cf, corpus-full unpacked) in a pool of
worker processes and reports: reports due per resolution by organ, mandate terms by action,
mandates, the share naming no actor split in two (extract/unaddressed.py: the text names no
addressee, an activity with no agent or an impersonal "that" clause; or it names one the
vocabulary lacks, by kind), the most frequent addressee
phrases that matched no actor (to grow ontology/vocab/actors.yaml from data), reports due with
no reporter or no receiving organ, and (--sample N --seed S) N operative paragraphs drawn at
random with the mandates read in them, for a person to check by hand.

    python scripts/mandate_stats.py [DIR] [--workers 2] [--top 60] [--sample 60 --seed 12]
        [--max-share 0.03]

Exits 1 when --max-share is given and the share of mandates naming no actor exceeds it.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

_VOCAB = None


def _init() -> None:
    global _VOCAB
    from resgraph.vocab import load

    _VOCAB = load()


def _one(path: str) -> dict:
    from resgraph.errors import InputError
    from resgraph.extract.pipeline import extract_file

    try:
        r = extract_file(path, _VOCAB)
    except InputError as e:
        return {"file": path, "error": e.reason}
    from resgraph.extract.unaddressed import clause_after, reason

    paras = {p.index: p for p in r.paragraphs}
    why = [
        reason(clause_after(paras[m.paragraph].text, m), m.addressee_text, _VOCAB) if not m.addressees else ""
        for m in r.mandates
    ]
    return {
        "file": path,
        "symbol": r.symbol,
        "mandates": [
            (m.op, m.verb, m.addressees, m.paragraph, m.addressee_text, m.text, w)
            for m, w in zip(r.mandates, why, strict=True)
        ],
        "body": r.body,
        "terms": [t.action for t in r.mandate_terms],
        "reports": [(rd.op, rd.by, rd.to) for rd in r.reports_due],
        "operative": [
            (p.index, p.number, p.text) for p in paras.values() if p.kind == "operative" and p.part in ("main", "draft")
        ],
    }


def _phrase(text: str, words: int = 6) -> str:
    """The head of an addressee phrase, for counting: its first words, normalised spaces."""
    return " ".join(re.sub(r"\s+", " ", text).strip().split(" ")[:words])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default="/tmp/cf")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--max-share", type=float)
    ap.add_argument("--examples", action="store_true", help="print a file and op for each top phrase")
    ap.add_argument("--named-only", action="store_true", help="top phrases of addressees named but not found only")
    a = ap.parse_args(argv)
    files = sorted(str(p) for p in Path(a.dir).rglob("*") if p.is_file())
    with ProcessPoolExecutor(a.workers, initializer=_init) as ex:
        results = list(ex.map(_one, files, chunksize=16))
    errors = [r for r in results if "error" in r]
    ok = [r for r in results if "error" not in r]
    total = sum(len(r["mandates"]) for r in ok)
    none = [(r, m) for r in ok for m in r["mandates"] if not m[2]]
    if a.named_only:  # the phrases of the mandates that name an addressee the vocabulary lacks
        from resgraph.extract.unaddressed import NAMED as _NAMED

        shown = [(r, m) for r, m in none if m[6] in _NAMED]
    else:
        shown = none
    phrases = Counter(_phrase(m[4]) for _, m in shown)
    example = {}
    for r, m in shown:
        example.setdefault(_phrase(m[4]), f"{r['symbol']} op {m[0]}")
    reports = [(r, rd) for r in ok for rd in r["reports"]]
    no_by = [(r, rd) for r, rd in reports if not rd[1]]
    no_to = [(r, rd) for r, rd in reports if not rd[2]]
    print(f"files: {len(files)}  read: {len(ok)}  refused: {len(errors)}")
    by_organ: dict[str, list[int]] = {}
    for r in ok:
        by_organ.setdefault(r["body"] or "?", []).append(len(r["reports"]))
    print("reports due per resolution by organ (resolutions, with a report, reports, per resolution):")
    for organ, counts in sorted(by_organ.items(), key=lambda x: -len(x[1])):
        n, with_one, due = len(counts), sum(1 for c in counts if c), sum(counts)
        print(f"  {organ:10} {n:5d} {with_one:5d} {due:6d} {due / n:6.2f}")
    actions = Counter(a for r in ok for a in r["terms"])
    print("mandate terms by action: " + ", ".join(f"{a} {n}" for a, n in actions.most_common()))
    share = len(none) / total if total else 0.0
    print(f"mandates: {total}  naming no actor: {len(none)} ({share:.2%})")
    from resgraph.extract.unaddressed import NAMED, NO_ADDRESSEE

    why = Counter(m[6] for _, m in none)
    for title, kinds in (("the text names no addressee", NO_ADDRESSEE), ("an addressee is named but not found", NAMED)):
        n = sum(why[k] for k in kinds)
        parts = ", ".join(f"{k} {why[k]}" for k in kinds)
        print(f"  {title}: {n} ({n / total if total else 0:.2%} of mandates): {parts}")
    print(f"reports due: {len(reports)}  no reporter: {len(no_by)}  no receiving organ: {len(no_to)}")
    for r, rd in (no_by + no_to)[:20]:
        print(f"  report without {'by' if not rd[1] else 'to'}: {r['symbol']} op {rd[0]}")
    print(f"\nmost frequent addressee phrases naming no actor (top {a.top}):")
    for ph, n in phrases.most_common(a.top):
        print(f"{n:6d}  {ph!r}" + (f"  [{example[ph]}]" if a.examples else ""))
    if a.sample:
        rng = random.Random(a.seed)
        pool = [(r, p) for r in ok for p in r["operative"]]
        for r, (idx, num, text) in rng.sample(pool, min(a.sample, len(pool))):
            print(f"\n--- {r['symbol']} op {num} ({Path(r['file']).name})\n{text}")
            for m in r["mandates"]:
                if m[3] == idx:
                    print(f"  => {m[1]} ({m[5]}): {list(m[2])}  window={m[4]!r}")
    if a.max_share is not None and share > a.max_share:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
