"""Draw the resolutions of the mandate gold at random, with a recorded seed.

usage: python tests/mandate_gold/draw.py [CORPUS_DIR] [--seed N] [--heldout | --heldout3 | ... | --heldout53]

CORPUS_DIR is corpus-full unpacked (default /tmp/cf: ECOSOC/, GA/, HRC/, SC/ of AKN XML; the
names are those of the members of ../shared/corpus-full/unxml-en.tar.xz). The files of each organ
are sorted by name and drawn with random.Random(seed).sample, organ after organ in the order of
the counts, so the same seed and corpus give the same draw. Prints one name a line.

The gold has several sets, drawn one after the other (SETS, in order): each with its own seed and
counts, from the names that the sets before it left. `--heldout` draws the held-out set
(heldout/README.md), `--heldout3` the third one (heldout3/README.md), `--heldout4` the fourth
(heldout4/README.md), `--heldout5` the fifth (heldout5/README.md),
`--heldout6` the sixth (heldout6/README.md), `--heldout7` the seventh (heldout7/README.md,
weighted towards the Security Council as the issue's hidden set is), `--heldout8` the eighth
(heldout8/README.md, likewise), `--heldout9` the ninth (heldout9/README.md, likewise),
`--heldout10` the tenth (heldout10/README.md, likewise), `--heldout11` the eleventh
(heldout11/README.md, likewise), `--heldout12` the twelfth (heldout12/README.md, likewise), `--heldout13` the
thirteenth (heldout13/README.md, likewise), `--heldout14` the fourteenth (heldout14/README.md, likewise), `--heldout15` the fifteenth
(heldout15/README.md, likewise), `--heldout16` the sixteenth (heldout16/README.md, likewise), `--heldout17` the seventeenth
(heldout17/README.md, likewise), `--heldout18` the eighteenth (heldout18/README.md, likewise), `--heldout19` the nineteenth
(heldout19/README.md, likewise), `--heldout20` the twentieth (heldout20/README.md, likewise),
`--heldout21` the twenty-first (heldout21/README.md, likewise), `--heldout22` the twenty-second
(heldout22/README.md, likewise), `--heldout23` the twenty-third (heldout23/README.md, likewise), `--heldout24` the
twenty-fourth (heldout24/README.md, likewise), `--heldout25` the twenty-fifth (heldout25/README.md, likewise), `--heldout26` the twenty-sixth
(heldout26/README.md, likewise), `--heldout27` the twenty-seventh (heldout27/README.md, likewise), `--heldout28` the
twenty-eighth (heldout28/README.md, likewise), `--heldout29` the twenty-ninth (heldout29/README.md, likewise), `--heldout30` the thirtieth
(heldout30/README.md, likewise), `--heldout31` the thirty-first (heldout31/README.md, likewise), `--heldout32` the
thirty-second (heldout32/README.md, likewise), `--heldout33` the thirty-third (heldout33/README.md,
likewise, with no ECOSOC file: every one was drawn before), `--heldout34` the thirty-fourth
(heldout34/README.md, likewise), `--heldout35` the thirty-fifth (heldout35/README.md, likewise), `--heldout36` the
thirty-sixth (heldout36/README.md, likewise), `--heldout37` the thirty-seventh (heldout37/README.md, likewise,
and the first to skip twins), `--heldout38` the thirty-eighth (heldout38/README.md, likewise, skipping
twins), `--heldout39` the thirty-ninth (heldout39/README.md, likewise, skipping twins and other
languages' copies), `--heldout40` the fortieth (heldout40/README.md, likewise), `--heldout41` the forty-first
(heldout41/README.md, likewise), `--heldout42` the forty-second (heldout42/README.md, likewise), `--heldout43` the
forty-third (heldout43/README.md, likewise), `--heldout44` the forty-fourth (heldout44/README.md, likewise), `--heldout45` the forty-fifth
(heldout45/README.md, likewise), `--heldout46` the forty-sixth (heldout46/README.md, likewise), `--heldout47` the
forty-seventh (heldout47/README.md, likewise), `--heldout48` the forty-eighth (heldout48/README.md, likewise), `--heldout49` the forty-ninth (heldout49/README.md, likewise), `--heldout50` the fiftieth (heldout50/README.md, likewise), `--heldout51` the fifty-first (heldout51/README.md, likewise), `--heldout52` the fifty-second (heldout52/README.md, likewise), `--heldout53` the fifty-third (heldout53/README.md, likewise); no flag,
the first.

corpus-full holds six texts twice, under two folders of one organ (S/RES/2193-2195 under 2014/ and 2015/,
A/RES/ES-11/1, 4, 6 under a session's folder and Emergency sessions/). heldout36 drew the 2015 copies of
two texts an earlier set had annotated, so from heldout37 on (GoldSet.skip_twins) a set draws from the
names whose organ and file name no earlier set drew, one name (the first by name) of each such pair;
the sets before it keep their draws.

corpus-full also files four texts of other languages among the English ones (A/HRC/RES/57/18's F, R and
S texts beside its E, A/RES/75/274's F beside its E): heldout38 drew one (its 29, not annotated). From
heldout39 on (GoldSet.skip_copies) a text is keyed by its file name without the UN's language letter
(A, C, E, F, R or S, after a digit, with or without an underscore: A_HRC_RES_57_18F, 75_274_F), so
another language's copy of a drawn text is a twin too.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GoldSet:
    """One drawn set of the gold: its seed, its counts per organ (in drawing order) and the
    directory under tests/mandate_gold/ holding its annotations/, gold/ (and files.txt)."""

    name: str
    seed: int
    counts: dict[str, int]
    directory: str
    skip_twins: bool = False
    skip_copies: bool = False


SETS = (
    GoldSet("gold", 20261130, {"SC": 25, "ECOSOC": 5, "GA": 5, "HRC": 3}, ""),
    GoldSet("heldout", 20261230, {"SC": 16, "ECOSOC": 4, "GA": 6, "HRC": 4}, "heldout"),
    GoldSet("heldout3", 20261231, {"SC": 14, "ECOSOC": 6, "GA": 6, "HRC": 4}, "heldout3"),
    GoldSet("heldout4", 20270101, {"SC": 14, "ECOSOC": 6, "GA": 6, "HRC": 4}, "heldout4"),
    GoldSet("heldout5", 20270102, {"SC": 14, "ECOSOC": 6, "GA": 6, "HRC": 4}, "heldout5"),
    GoldSet("heldout6", 20270103, {"SC": 14, "ECOSOC": 6, "GA": 6, "HRC": 4}, "heldout6"),
    GoldSet("heldout7", 20270104, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout7"),
    GoldSet("heldout8", 20270105, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout8"),
    GoldSet("heldout9", 20270106, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout9"),
    GoldSet("heldout10", 20270107, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout10"),
    GoldSet("heldout11", 20270108, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout11"),
    GoldSet("heldout12", 20270109, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout12"),
    GoldSet("heldout13", 20270110, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout13"),
    GoldSet("heldout14", 20270111, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout14"),
    GoldSet("heldout15", 20270112, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout15"),
    GoldSet("heldout16", 20270113, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout16"),
    GoldSet("heldout17", 20270114, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout17"),
    GoldSet("heldout18", 20270115, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout18"),
    GoldSet("heldout19", 20270116, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout19"),
    GoldSet("heldout20", 20270117, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout20"),
    GoldSet("heldout21", 20270118, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout21"),
    GoldSet("heldout22", 20270119, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout22"),
    GoldSet("heldout23", 20270120, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout23"),
    GoldSet("heldout24", 20270121, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout24"),
    GoldSet("heldout25", 20270122, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout25"),
    GoldSet("heldout26", 20270123, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout26"),
    GoldSet("heldout27", 20270124, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout27"),
    GoldSet("heldout28", 20270125, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout28"),
    GoldSet("heldout29", 20270126, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout29"),
    GoldSet("heldout30", 20270127, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout30"),
    GoldSet("heldout31", 20270128, {"SC": 18, "ECOSOC": 4, "GA": 5, "HRC": 3}, "heldout31"),
    GoldSet("heldout32", 20270129, {"SC": 19, "ECOSOC": 3, "GA": 5, "HRC": 3}, "heldout32"),
    GoldSet("heldout33", 20270130, {"SC": 20, "GA": 6, "HRC": 4}, "heldout33"),
    GoldSet("heldout34", 20270131, {"SC": 20, "GA": 6, "HRC": 4}, "heldout34"),
    GoldSet("heldout35", 20270132, {"SC": 20, "GA": 6, "HRC": 4}, "heldout35"),
    GoldSet("heldout36", 20270133, {"SC": 20, "GA": 6, "HRC": 4}, "heldout36"),
    GoldSet("heldout37", 20270134, {"SC": 20, "GA": 6, "HRC": 4}, "heldout37", skip_twins=True),
    GoldSet("heldout38", 20270135, {"SC": 20, "GA": 6, "HRC": 4}, "heldout38", skip_twins=True),
    GoldSet("heldout39", 20270136, {"SC": 20, "GA": 6, "HRC": 4}, "heldout39", skip_twins=True, skip_copies=True),
    GoldSet("heldout40", 20270137, {"SC": 20, "GA": 6, "HRC": 4}, "heldout40", skip_twins=True, skip_copies=True),
    GoldSet("heldout41", 20270138, {"SC": 20, "GA": 6, "HRC": 4}, "heldout41", skip_twins=True, skip_copies=True),
    GoldSet("heldout42", 20270139, {"SC": 20, "GA": 6, "HRC": 4}, "heldout42", skip_twins=True, skip_copies=True),
    GoldSet("heldout43", 20270140, {"SC": 20, "GA": 6, "HRC": 4}, "heldout43", skip_twins=True, skip_copies=True),
    GoldSet("heldout44", 20270141, {"SC": 20, "GA": 6, "HRC": 4}, "heldout44", skip_twins=True, skip_copies=True),
    GoldSet("heldout45", 20270142, {"SC": 20, "GA": 6, "HRC": 4}, "heldout45", skip_twins=True, skip_copies=True),
    GoldSet("heldout46", 20270143, {"SC": 20, "GA": 6, "HRC": 4}, "heldout46", skip_twins=True, skip_copies=True),
    GoldSet("heldout47", 20270144, {"SC": 20, "GA": 6, "HRC": 4}, "heldout47", skip_twins=True, skip_copies=True),
    GoldSet("heldout48", 20270145, {"SC": 20, "GA": 6, "HRC": 4}, "heldout48", skip_twins=True, skip_copies=True),
    GoldSet("heldout49", 20270146, {"SC": 20, "GA": 6, "HRC": 4}, "heldout49", skip_twins=True, skip_copies=True),
    GoldSet("heldout50", 20270147, {"SC": 20, "GA": 6, "HRC": 4}, "heldout50", skip_twins=True, skip_copies=True),
    GoldSet("heldout51", 20270148, {"SC": 20, "GA": 6, "HRC": 4}, "heldout51", skip_twins=True, skip_copies=True),
    GoldSet("heldout52", 20270149, {"SC": 20, "GA": 6, "HRC": 4}, "heldout52", skip_twins=True, skip_copies=True),
    GoldSet("heldout53", 20270150, {"SC": 20, "GA": 6, "HRC": 4}, "heldout53", skip_twins=True, skip_copies=True),
)
BY_NAME = {s.name: s for s in SETS}
SEED, COUNTS = SETS[0].seed, SETS[0].counts
HELDOUT_SEED, HELDOUT_COUNTS = BY_NAME["heldout"].seed, BY_NAME["heldout"].counts
HELDOUT3_SEED, HELDOUT3_COUNTS = BY_NAME["heldout3"].seed, BY_NAME["heldout3"].counts
HELDOUT4_SEED, HELDOUT4_COUNTS = BY_NAME["heldout4"].seed, BY_NAME["heldout4"].counts


LANGUAGE_LETTER = re.compile(r"(?<=\d)_?[ACEFRS](?=\.xml$)", re.IGNORECASE)


def _twin_key(name: str, copies: bool = False) -> tuple[str, str]:
    """A name's organ and file name: two names with one key are one text filed twice. With copies,
    the file name without its language letter, so a text's copies in other languages share a key."""
    file = name.rsplit("/", 1)[-1]
    return name.split("/", 1)[0], LANGUAGE_LETTER.sub("", file) if copies else file


def draw_names(
    names: Iterable[str],
    seed: int = SEED,
    counts: dict[str, int] | None = None,
    exclude: Iterable[str] = (),
    skip_twins: bool = False,
    skip_copies: bool = False,
) -> list[str]:
    """The names (BODY/...xml) drawn for each organ in counts (COUNTS), in that order, from the
    names not in exclude; each organ's sample sorted. With skip_twins, also not a twin (same organ
    and file name, _twin_key) of a name in exclude, and of twins left only the first by name; with
    skip_copies too, the file name keyed without its language letter."""
    rng = random.Random(seed)
    dropped = set(exclude)
    names = sorted(n for n in names if n.endswith(".xml") and n not in dropped)
    if skip_twins:
        seen = {_twin_key(n, skip_copies) for n in dropped}
        kept: list[str] = []
        for n in names:
            if _twin_key(n, skip_copies) not in seen:
                seen.add(_twin_key(n, skip_copies))
                kept.append(n)
        names = kept
    out: list[str] = []
    for organ, n in (COUNTS if counts is None else counts).items():
        out += sorted(rng.sample([x for x in names if x.startswith(organ + "/")], n))
    return out


def set_names(names: Iterable[str], name: str = "gold", seed: int | None = None) -> list[str]:
    """The draw of the set called name (its own seed unless seed is given), from the names that
    the sets before it in SETS left. Raises KeyError for a set SETS lacks."""
    names = list(names)
    earlier: list[str] = []
    for s in SETS:
        if s.name == name:
            return draw_names(names, s.seed if seed is None else seed, s.counts, earlier, s.skip_twins, s.skip_copies)
        earlier += draw_names(names, s.seed, s.counts, earlier, s.skip_twins, s.skip_copies)
    raise KeyError(name)


def heldout_names(names: Iterable[str], seed: int = HELDOUT_SEED) -> list[str]:
    """The held-out draw: HELDOUT_COUNTS with seed, from the names the first draw left."""
    return set_names(names, "heldout", seed)


def draw(root: Path, seed: int | None = None, name: str = "gold") -> list[str]:
    """set_names of the set called name over the XML files under an unpacked corpus-full."""
    return set_names([str(p.relative_to(root)) for p in root.rglob("*.xml")], name, seed)


def flag_set(args: list[str]) -> tuple[list[str], str]:
    """The arguments without a set flag (--heldout, --heldout3, ...), and the set it names."""
    flags = [a for a in args if a.startswith("--") and a[2:] in BY_NAME]
    if len(flags) > 1:
        raise SystemExit(f"one set at a time, not {' '.join(flags)}")
    return [a for a in args if a not in flags], flags[0][2:] if flags else "gold"


if __name__ == "__main__":
    args, which = flag_set(sys.argv[1:])
    seed = None
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i : i + 2]
    print("\n".join(draw(Path(args[0] if args else "/tmp/cf"), seed, which)))
