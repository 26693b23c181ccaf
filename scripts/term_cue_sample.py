#!/usr/bin/env python3
"""Draw operative paragraphs that use a mandate-term cue word and yield no term (or a term whose
`of` or `until` looks odd), for a person to judge by hand by the conventions of
tests/mandate_gold/README.md ("Mandate terms"): an unbiased estimate of what the term reader misses,
where the golds, tuned on, score near 1.0.

    python scripts/term_cue_sample.py EXTRACT.jsonl DIR [--n 120] [--seed 63] [--cues stop63|added|added-only|wider]

EXTRACT.jsonl is `resgraph extract --format json` of DIR (corpus-full unpacked, a blind set's files
left out). A paragraph is an operative paragraph of a Security Council, General Assembly, Human
Rights Council or ECOSOC text with its sub-paragraphs (tests/mandate_gold/build_gold.py's reading);
it is eligible when CUE matches it and either no term is read in it ("noterm"), or a date follows
"until" and no term has an end ("until-missing"), or a term's end has a year the paragraph does not
name and no period ("until-notintext": an end carried from another paragraph), or a term's `of` is a
name as written that opens in lower case or runs past 60 characters ("of-raw"). The eligible
paragraphs are sorted by (symbol, file, number) and drawn with random.Random(seed).sample. The
draw of stop 63 (seed 63, 120 of 9,392 on /tmp/cf-open46) is written up in
tests/mandate_gold/terms_check.md.

`--cues` picks the cue set: `stop63` (the default, CUE: the recorded draw stays reproducible),
`added` (the paragraphs ADDED matches: term wordings a review found CUE left out, "for an initial
period of", "for an additional period", "for a further six months", "shall continue to operate"),
`added-only` (those of them CUE does not match: what ADDED brings to the stop-63 population), or
`wider` (CUE or ADDED).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "mandate_gold"))

CUE = re.compile(
    r"\b(extend(?:s|ed)?|extension of|renew(?:s|ed|al)?|establish(?:es|ed)?|set(?:s)? up|creat(?:e|es|ed)|"
    r"terminat(?:e|es|ed|ion)|end(?:s|ed)?|ceas(?:e|es|ed)|lift(?:s|ed|ing)?|authori[sz](?:e|es|ed)|until|"
    r"for a period of|for a further period|shall remain in force|shall expire|which expires?)\b",
    re.I,
)
# Term wordings CUE lacks (review of stop 63), kept apart so that the seed-63 draw is unchanged.
ADDED = re.compile(
    r"\bfor an? (?:initial|additional|further) (?:period|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|eighteen|twenty-four) (?:days?|weeks?|months?|years?))\b|\bshall continue to operate\b",
    re.I,
)
CUE_SETS = {
    "stop63": lambda text: bool(CUE.search(text)),
    "added": lambda text: bool(ADDED.search(text)),
    "added-only": lambda text: bool(ADDED.search(text)) and not CUE.search(text),
    "wider": lambda text: bool(CUE.search(text) or ADDED.search(text)),
}
UNTIL_DATE = re.compile(
    r"\buntil\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{4}|\buntil\s+(?:the end of\s+)?\d{4}\b",
    re.I,
)
BODIES = ("SC", "GA", "HRC", "ECOSOC")


def _why(text: str, terms: list[dict]) -> str | None:
    """Why a paragraph with a cue word is eligible, or None."""
    if not terms:
        return "noterm"
    untils = [t.get("until") for t in terms]
    years = set(re.findall(r"\b(?:19|20)\d\d\b", text))
    if UNTIL_DATE.search(text) and not any(untils):
        return "until-missing"
    if any(u and u[:4] not in years and not t.get("period") for u, t in zip(untils, terms, strict=True)):
        return "until-notintext"
    if any(t["of"] and (t["of"][0].islower() or len(t["of"]) > 60) for t in terms):
        return "of-raw"
    return None


def eligible(extract: Path, root: Path, cues: str = "stop63") -> list[tuple[str, str, int, str, dict]]:
    """Every eligible paragraph under the cue set `cues` (CUE_SETS): (symbol, file, number, why, record)."""
    from build_gold import paragraphs

    from resgraph.errors import InputError

    cued = CUE_SETS[cues]

    rows = []
    for line in extract.open():
        rec = json.loads(line)
        if rec["body"] not in BODIES:
            continue
        try:
            _, ops = paragraphs(root / rec["file"])
        except InputError:  # a file the reader refuses is no paragraph to judge
            continue
        for number, texts in ops.items():
            text = " ".join(texts)
            if not cued(text):
                continue
            terms = rec.get("mandate_terms", [])
            why = _why(text, [t for t in terms if t["op"] == number])
            if why:
                rows.append((rec["symbol"], rec["file"], number, why, {"text": text, "terms": terms}))
    rows.sort(key=lambda r: r[:3])
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("extract", type=Path)
    ap.add_argument("root", type=Path)
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--seed", type=int, default=63)
    ap.add_argument("--cues", choices=sorted(CUE_SETS), default="stop63")
    args = ap.parse_args()
    rows = eligible(args.extract, args.root, args.cues)
    print(f"# {len(rows)} eligible: {dict(Counter(r[3] for r in rows))}")
    drawn = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    for i, (symbol, _, number, why, data) in enumerate(drawn, 1):
        print(f"### {i} {symbol} op {number} [{why}]\n{data['text']}")
        for t in data["terms"]:
            if t["op"] == number:
                print(f"  T {t['action']} of={t['of']} until={t.get('until')} period={t.get('period')}")
        print()


if __name__ == "__main__":
    main()
