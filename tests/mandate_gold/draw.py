"""Draw the resolutions of the mandate gold at random, with a recorded seed.

usage: python tests/mandate_gold/draw.py [CORPUS_DIR] [--seed N] [--heldout]

CORPUS_DIR is corpus-full unpacked (default /tmp/cf: ECOSOC/, GA/, HRC/, SC/ of AKN XML; the
names are those of the members of ../shared/corpus-full/unxml-en.tar.xz). The files of each organ
are sorted by name and drawn with random.Random(seed).sample, organ after organ in the order of
the counts, so the same seed and corpus give the same draw. Prints one name a line.

--heldout draws the held-out set (heldout/README.md): the first draw's files removed, then
HELDOUT_SEED and HELDOUT_COUNTS in the same way.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable
from pathlib import Path

SEED = 20261130
COUNTS = {"SC": 25, "ECOSOC": 5, "GA": 5, "HRC": 3}
HELDOUT_SEED = 20261230
HELDOUT_COUNTS = {"SC": 16, "ECOSOC": 4, "GA": 6, "HRC": 4}


def draw_names(
    names: Iterable[str], seed: int = SEED, counts: dict[str, int] | None = None, exclude: Iterable[str] = ()
) -> list[str]:
    """The names (BODY/...xml) drawn for each organ in counts (COUNTS), in that order, from the
    names not in exclude; each organ's sample sorted."""
    rng = random.Random(seed)
    dropped = set(exclude)
    names = sorted(n for n in names if n.endswith(".xml") and n not in dropped)
    out: list[str] = []
    for organ, n in (COUNTS if counts is None else counts).items():
        out += sorted(rng.sample([x for x in names if x.startswith(organ + "/")], n))
    return out


def heldout_names(names: Iterable[str], seed: int = HELDOUT_SEED) -> list[str]:
    """The held-out draw: HELDOUT_COUNTS with seed, from the names the first draw left."""
    names = list(names)
    return draw_names(names, seed, HELDOUT_COUNTS, exclude=draw_names(names))


def draw(root: Path, seed: int | None = None, heldout: bool = False) -> list[str]:
    """draw_names (or heldout_names) over the XML files under an unpacked corpus-full."""
    names = [str(p.relative_to(root)) for p in root.rglob("*.xml")]
    if heldout:
        return heldout_names(names, HELDOUT_SEED if seed is None else seed)
    return draw_names(names, SEED if seed is None else seed)


if __name__ == "__main__":
    args = sys.argv[1:]
    seed = None
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i : i + 2]
    held = "--heldout" in args
    args = [a for a in args if a != "--heldout"]
    print("\n".join(draw(Path(args[0] if args else "/tmp/cf"), seed, held)))
