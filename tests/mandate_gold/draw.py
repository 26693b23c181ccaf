"""Draw the resolutions of the mandate gold at random, with a recorded seed.

usage: python tests/mandate_gold/draw.py [CORPUS_DIR] [--seed N]

CORPUS_DIR is corpus-full unpacked (default /tmp/cf: ECOSOC/, GA/, HRC/, SC/ of AKN XML; the
names are those of the members of ../shared/corpus-full/unxml-en.tar.xz). The files of each organ
are sorted by name and drawn with random.Random(seed).sample, organ after organ in the order of
COUNTS, so the same seed and corpus give the same draw. Prints one name a line.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable
from pathlib import Path

SEED = 20261130
COUNTS = {"SC": 25, "ECOSOC": 5, "GA": 5, "HRC": 3}


def draw_names(names: Iterable[str], seed: int = SEED) -> list[str]:
    """The names (BODY/...xml) drawn for each organ in COUNTS, in that order."""
    rng = random.Random(seed)
    names = sorted(n for n in names if n.endswith(".xml"))
    out: list[str] = []
    for organ, n in COUNTS.items():
        out += sorted(rng.sample([x for x in names if x.startswith(organ + "/")], n))
    return out


def draw(root: Path, seed: int = SEED) -> list[str]:
    """draw_names over the XML files under an unpacked corpus-full."""
    return draw_names((str(p.relative_to(root)) for p in root.rglob("*.xml")), seed)


if __name__ == "__main__":
    args = sys.argv[1:]
    seed = SEED
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i : i + 2]
    print("\n".join(draw(Path(args[0] if args else "/tmp/cf"), seed)))
