"""Turn the hand annotations (annotations/NN.txt) into the gold tables (gold/NN.json).

usage: python tests/mandate_gold/build_gold.py [CORPUS_DIR] [--heldout | --heldout3 | ... | --heldout53]

--heldout (--heldout3, ..., --heldout53) builds the held-out (third, ..., fifty-third) set instead:
heldout/annotations/NN.txt -> heldout/gold/NN.json, NN the file's place in that set's draw
(draw.py's SETS). In those sets an
annotation not yet written is skipped (its gold is not written); one whose gold exists is rebuilt.

The NN-th file of draw.py's draw is annotated in annotations/NN.txt, one fact a line:

    M <op> <verb> [Actor,Actor,...]          a mandate and its addressees (none: no actor named)
    R <op> key=value ...                     a report due (by, to, through, session, year, due,
                                             within, every, form)
    T <op> <action> key=value ...            a mandate term (of, until, period)
    # ...                                    a note on the document (kept in the gold)

Values with spaces are quoted ("of=\"Special Rapporteur on ...\""). This script only adds what a
reader needs beside the facts: each operative paragraph's text (its sub-paragraphs appended), the
symbol and adoption date. Paragraph texts come from resgraph's reader and segmenter; the facts
come from the annotation alone. The segmenter numbers some preambular paragraphs as operative
ones: those are left out here (a participle opens them); items numbered anew after a paragraph
("8. ... the following: 1. ... 2. ...", S/RES/2469) are its sub-paragraphs; SHIFTED puts a
document's numbers back where the segmenter shifts them (S/RES/1292 (2000) did, before
tests/regressions/test_bare_number_after_an_ended_paragraph.py); PARTICIPLE_OPERATIVE keeps the
numbered operative paragraphs that do open with a participle.
"""

from __future__ import annotations

import json
import re
import shlex
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from draw import BY_NAME, draw, flag_set  # noqa: E402

# "Notwithstanding paragraph 15 of resolution 1343 (2001), decides ..." (heldout6 04 op 14) is operative, as "Acting under Chapter VII"
PARTICIPLE = re.compile(r"^(?!Acting\b|Notwithstanding\b)(?:(?:[A-Za-z]+ly|Also|Further)\s+)*[A-Za-z]+(?:ing|ed)\b")
SHIFTED: dict[str, int] = {}  # S/RES/1292 (2000) needed -1 before the segmenter read it right
UNNUMBERED: set[str] = set()  # S/RES/1585 (2005) needed op 0 for both before the reader numbered them (7e7ee39)
# numbered operative paragraphs that a participle opens, kept: "97. Recalling the threat ...,
# requests the Secretary-General to provide ... a report" (heldout4 12); "19. Recognizing ..., urges ..." (heldout5 11);
# "15. Calling on international partners to assist ..." (heldout14 18: the participle is the paragraph's verb);
# "3. Stressing the importance of accountability ... and call on States" (heldout15 05);
# "4. Calling upon the Sierra Leone authorities ..." (heldout16 16);
# "5. Recalling ..., agrees ..., encourages the United Nations to work with the African Union" (heldout17 14)
PARTICIPLE_OPERATIVE = {
    "S/RES/2253(2015)": {97},
    "S/RES/2106(2013)": {19},
    "S/RES/2117(2013)": {13},
    "S/RES/1483(2003)": {22},
    "S/RES/2448(2018)": {15},
    "S/RES/2764(2024)": {3},
    "S/RES/2005(2011)": {4},
    "S/RES/2010(2011)": {5},
    "S/RES/1756(2007)": {13, 22},
    "S/RES/2511(2020)": {3},
    "S/RES/2539(2020)": {29},
    "S/RES/2607(2021)": {9},
    "S/RES/2344(2017)": {20},
    "S/RES/1545(2004)": {12},
    "S/RES/2612(2021)": {54},
    "S/RES/2241(2015)": {14},
    "S/RES/2057(2012)": {6},
    "S/RES/2036(2012)": {17},
    "S/RES/2493(2019)": {4},
    "S/RES/2348(2017)": {27},
    "S/RES/2556(2020)": {54},
    "S/RES/2419(2018)": {11},
    "S/RES/1417(2002)": {7},
    "S/RES/1565(2004)": {21, 25},
    "S/RES/2077(2012)": {6},
    "S/RES/2427(2018)": {30},
    "S/RES/2112(2013)": {11},
}


def parse(text: str):
    facts: dict[int, dict[str, list]] = {}
    notes = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            notes.append(line.lstrip("# "))
            continue
        kind, op, *rest = shlex.split(line)
        slot = facts.setdefault(int(op), {"mandates": [], "reports_due": [], "mandate_terms": []})
        if kind == "M":
            slot["mandates"].append({"verb": rest[0], "addressees": rest[1].split(",") if len(rest) > 1 else []})
        elif kind == "R":
            item = dict(kv.split("=", 1) for kv in rest)
            for k in ("session", "year"):
                if k in item:
                    item[k] = int(item[k])
            slot["reports_due"].append(item)
        elif kind == "T":
            item = {"action": rest[0], **dict(kv.split("=", 1) for kv in rest[1:])}
            slot["mandate_terms"].append(item)
        else:
            raise ValueError(f"unknown line {line!r}")
    return facts, notes


def paragraphs(path: Path):
    from resgraph.extract.identity import identify
    from resgraph.extract.read import read
    from resgraph.extract.segment import segment
    from resgraph.vocab import load

    v = load()
    seg = segment(read(path), v)
    ident = identify(seg, v)
    ops: dict[int, list[str]] = {}
    shift = SHIFTED.get(ident.symbol, 0)
    current = None
    for b in seg.blocks:
        p = b.paragraph
        if p.part not in ("main", "draft"):
            continue
        if p.kind == "operative":
            spared = (p.number or 0) in PARTICIPLE_OPERATIVE.get(ident.symbol, ())
            if PARTICIPLE.match(p.text) and p.part == "main" and not spared:
                current = None
                continue
            number = 0 if ident.symbol in UNNUMBERED else (p.number or 0) + shift
            if current is not None and current == number == 0:
                ops[0].append(p.text)
                continue
            if current and 0 < number <= current:  # an item of the paragraph before, numbered anew
                ops[current].append(f"({number}) {p.text}")
                continue
            current = number
            ops.setdefault(current, []).append(p.text)
        elif p.kind == "subparagraph" and current is not None:
            ops[current].append(f"{p.label or ''} {p.text}".strip())
    return ident, ops


def main(root: Path, name: str = "gold") -> None:
    base = HERE / BY_NAME[name].directory
    (base / "gold").mkdir(exist_ok=True)
    for n, rel in enumerate(draw(root, name=name), 1):
        note = base / "annotations" / f"{n:02d}.txt"
        if name != "gold" and not note.exists():
            print(f"{note.relative_to(HERE)}: not annotated yet ({rel}), skipped", file=sys.stderr)
            continue
        facts, notes = parse(note.read_text())
        ident, ops = paragraphs(root / rel)
        missing = set(facts) - set(ops)
        if missing:
            raise ValueError(f"{rel}: annotated ops {sorted(missing)} not in the text")
        out = {
            "file": rel,
            "symbol": ident.symbol,
            "body": ident.body,
            "adopted": ident.adopted,
            "notes": notes,
            "paragraphs": [
                {
                    "op": op,
                    "snippet": "\n".join(texts),
                    **facts.get(op, {"mandates": [], "reports_due": [], "mandate_terms": []}),
                }
                for op, texts in sorted(ops.items())
            ],
        }
        (base / "gold" / f"{n:02d}.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    argv, which = flag_set(sys.argv[1:])
    main(Path(argv[0] if argv else "/tmp/cf"), which)
