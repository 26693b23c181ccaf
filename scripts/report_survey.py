#!/usr/bin/env python3
"""Draw operative paragraphs of corpus-full that use report words, outside the golds, and print
each with the reports due resgraph reads in it, for a person to annotate by hand by the conventions
of tests/mandate_gold/README.md ("What counts") and compare.

    python scripts/report_survey.py [DIR] [--seed 20261201] [--counts SC=28,GA=24,ECOSOC=14,HRC=14]
        [--workers 2] [--skip FILES.txt]

DIR is corpus-full unpacked (default /tmp/cf). A paragraph is an operative paragraph of the
organ's own text with its sub-paragraphs; it is eligible when it says report, reports, reporting,
brief, briefing(s), update(s) or assessment. The eligible paragraphs of each organ (by the record's
body) are sorted by (file name, number) and drawn with random.Random(seed).sample, organ after
organ in the order of the counts. The files of the golds' draws (tests/mandate_gold/draw.py, every
set of SETS) are left out, and so are the files --skip lists (paths under DIR, one a line, a
leading number and space allowed: a blind set, whose files are never extracted); no file of a
held-out set in SETS is extracted here. The survey of issue 12 (seed 20261201, the default counts)
is written up in tests/mandate_gold/survey.md; it was drawn with the first three sets left out,
before the fourth (heldout4) was added to SETS, and adding a set changes the pool and so the draw.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "mandate_gold"))

REPORT_WORDS = re.compile(r"\b(?:report|reports|reporting|brief|briefing|briefings|update|updates|assessment)\b", re.I)
FIELDS = ("by", "to", "through", "session", "year", "due", "within", "every", "form")
_VOCAB = None


def _init() -> None:
    global _VOCAB
    from resgraph.vocab import load

    _VOCAB = load()


def _paragraphs(path: str) -> list[dict]:
    """The operative paragraphs of one file (with their sub-paragraphs) and the reports read in each."""
    from resgraph.errors import InputError
    from resgraph.extract.pipeline import extract_file

    try:
        r = extract_file(path, _VOCAB)
    except InputError:
        return []
    texts: dict[int, list[str]] = {}
    for p in r.paragraphs:
        if p.part != "main":
            continue
        if p.kind == "operative":
            texts[p.number or 0] = [p.text]
        elif p.kind == "subparagraph" and p.parent in texts:
            texts[p.parent].append(f"{p.label or ''} {p.text}")
    reports: dict[int, list[dict]] = defaultdict(list)
    for x in r.reports_due:
        reports[x.op].append({k: getattr(x, k) for k in FIELDS if getattr(x, k)})
    name = Path(path).name
    return [
        {"file": name, "symbol": r.symbol, "body": r.body, "op": n, "text": "\n".join(t), "reports": reports[n]}
        for n, t in texts.items()
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", default="/tmp/cf")
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--counts", default="SC=28,GA=24,ECOSOC=14,HRC=14")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--skip", type=Path, help="files never to extract (paths under DIR, one a line)")
    a = ap.parse_args()
    import draw  # tests/mandate_gold/draw.py

    root = Path(a.dir)
    names = [str(p.relative_to(root)) for p in root.rglob("*.xml")]
    golds = {Path(n).name for s in draw.SETS for n in draw.set_names(names, s.name)}
    skip = set()
    if a.skip:
        skip = {re.sub(r"^\d+\s+", "", line.strip()) for line in a.skip.read_text().splitlines() if line.strip()}
    files = sorted(str(root / n) for n in names if Path(n).name not in golds and n not in skip)
    pool: dict[str, list[dict]] = defaultdict(list)
    with ProcessPoolExecutor(a.workers, initializer=_init) as ex:
        for rows in ex.map(_paragraphs, files, chunksize=20):
            for row in rows:
                if REPORT_WORDS.search(row["text"]):
                    pool[row["body"]].append(row)
    rng = random.Random(a.seed)
    i = 0
    for organ, n in (c.split("=") for c in a.counts.split(",")):
        eligible = sorted(pool[organ], key=lambda x: (x["file"], x["op"]))
        for row in sorted(rng.sample(eligible, int(n)), key=lambda x: (x["file"], x["op"])):
            print(f"#{i:02d} {row['symbol']} op {row['op']} ({row['file']})\n{row['text']}")
            for rep in row["reports"] or [{}]:
                print("   ->", rep or "no report")
            print()
            i += 1


if __name__ == "__main__":
    main()
