"""Synthetic resolutions for benchmarks/scale.py: copies of corpus-full, renumbered so that each
copy is a network of the same shape as corpus-full's and the copies do not link to each other.

Copy k (k = 0, 1, ...) of corpus-full stands for the resolutions of seven years before copy k-1.
corpus-full holds a window of each series: General Assembly sessions 74-80, Human Rights Council
sessions 54-60, ECOSOC years 2021-2025 and Security Council years 2000-2026. In copy k:

- a symbol inside the window is moved back: session - 7k (GA, HRC), year - 7k (ECOSOC; SC,
  whose NUMBER also becomes NUMBER - 1000k), wrapped into the valid range. Within one copy the
  same rule renumbers a file's own symbol, its FRBR identifiers and every citation of it, so what
  a resolution cites inside the window is the copy of what the original cited;
- a symbol outside the window (A/RES/55/2, a text older than corpus-full) becomes a resolution
  no copy holds, the same in every copy: NUMBER + 500 (55/502). In corpus-full such a citation
  leads out of the corpus; it still does, instead of landing on another copy's unrelated text of
  that session (which chained every copy to the ones before and made a recent resolution's
  ancestors 66 times as many at 12,000 resolutions as at 4,000);
- dates (adoption, publication) move back 7k years, with the symbols.

"SESSION/NUMBER" with a session of 54-60 is the Human Rights Council's when the nearest organ
named in the 160 characters before it is that Council ("A/HRC/RES/", "Human Rights Council
resolution", an FRBR ".../unga-hrc/..."), or none is named and the file is the Council's; else
the General Assembly's (then outside the window).
Each source file is scanned once into a template (literal text and symbol tokens); a copy is the
template rendered for its k, written by a pool of processes.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

GA_WINDOW = range(74, 81)
HRC_WINDOW = range(54, 61)
ECOSOC_WINDOW = range(2021, 2026)
SC_WINDOW = range(2000, 2027)
SC_FIRST = 1285  # the first Security Council resolution of 2000: a bare S/RES/N from it is in the window
OUTSIDE = 500  # added to the number of a symbol outside the window

_TOKEN = re.compile(
    r"(?=\d)(?:"
    r"(?P<date>(?<![\d-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d]))"
    r"|(?<=/)(?P<scfn>\d{1,4})-(?P<scfy>(?:19|20)\d\d)(?=/)"  # FRBR 2674-2023/
    r"|(?<=/)(?P<fs>\d{1,4})-(?P<fn>\d{1,3})(?=/)"  # FRBR 77-188/, 2022-15/
    r"|(?<![\w.-])(?<!\d/)(?P<scn>\d{1,4})(?P<scsp>\s?\()(?P<scy>(?:19|20)\d\d)(?=\))"  # 2674 (2023)
    r"|(?<=S/RES/)(?P<scb>\d{1,4})(?![\d\s(])"  # S/RES/2674
    r"|(?<![\w.-])(?P<s>\d{1,4})/(?P<n>\d{1,3})(?![\d/])"  # 67/186, 2012/14, A/77/123
    r")"
)
_ORGAN = re.compile(r"HRC|hrc|Human Rights Council|General Assembly|A/RES/|unga/")


def _year(y: int, k: int) -> int:
    return 1946 + (y - 1946 - 7 * k) % 81


def _session(s: int, k: int) -> int:
    return (s - 1 - 7 * k) % 99 + 1


def _sc(n: int, k: int) -> int:
    return (n - 1 - 1000 * k) % 9999 + 1


def _hrc(text: str, at: int, default: bool) -> bool:
    """Is the organ named last before `at` the Human Rights Council (none named: the file's)?"""
    names = _ORGAN.findall(text, max(0, at - 160), at)
    return names[-1] in ("HRC", "hrc", "Human Rights Council") if names else default


def _slash(s: str, n: str, hrc: bool) -> Callable[[int], str]:
    """SESSION/NUMBER or YEAR/NUMBER (and its FRBR form, joined by sep later)."""
    si, ni = int(s), int(n)
    if len(s) == 4:
        inside = si in ECOSOC_WINDOW
        move = _year
    else:
        inside = si in GA_WINDOW or (hrc and si in HRC_WINDOW)
        move = _session
    if inside:
        return lambda k: f"{move(si, k)}\0{n}"
    out = f"{s}\0{ni + OUTSIDE if ni < OUTSIDE else n}"
    return lambda k: out


def _date(d: str, k: int) -> str:
    """A date 7k years back (wrapped as the symbols' years are; 29 February kept valid)."""
    y, rest = int(d[:4]), d[4:]
    if k == 0:
        return d
    ny = y - 7 * k
    ny = ny if ny >= 1946 else ny + 81
    if rest == "-02-29" and not calendar.isleap(ny):
        return f"{ny}-02-28"
    return f"{ny}{rest}"


def _sc_symbol(n: int, sep: str, y: int, k: int) -> str:
    return f"{_sc(n, k)}{sep}{_year(y, k)}"


def _sc_bare(n: int, k: int) -> str:
    return str(_sc(n, k))


def _joined(f: Callable[[int], str], sep: str, k: int) -> str:
    return f(k).replace("\0", sep)


def _token(m: re.Match[str], text: str, own: bool) -> str | Callable[[int], str]:
    """One symbol or date of the text: its copy as a function of k (or the text, if it stays)."""
    g = m.groupdict()
    if g["date"]:
        return partial(_date, g["date"])
    if g["scfn"]:
        n, y = int(g["scfn"]), int(g["scfy"])
        return partial(_sc_symbol, n, "-", y) if y in SC_WINDOW else m[0]
    if g["fs"]:
        return partial(_joined, _slash(g["fs"], g["fn"], "hrc" in text[max(0, m.start() - 40) : m.start()]), "-")
    if g["scn"]:
        n, y = int(g["scn"]), int(g["scy"])
        return partial(_sc_symbol, n, g["scsp"], y) if y in SC_WINDOW else m[0]
    if g["scb"]:
        n = int(g["scb"])
        return partial(_sc_bare, n) if n >= SC_FIRST else m[0]
    return partial(_joined, _slash(g["s"], g["n"], _hrc(text, m.start(), own)), "/")


def template(text: str) -> list[str | Callable[[int], str]]:
    """The text as literal pieces and, for each symbol or date, a function of k giving its copy."""
    parts: list[str | Callable[[int], str]] = []
    last, own = 0, "unga-hrc/" in text[:4000]
    for m in _TOKEN.finditer(text):
        parts += [text[last : m.start()], _token(m, text, own)]
        last = m.end()
    parts.append(text[last:])
    return parts


def render(parts: list[str | Callable[[int], str]], k: int) -> str:
    return "".join(p if isinstance(p, str) else p(k) for p in parts)


def renumber(text: str, k: int) -> str:
    """Copy k of a resolution's text (see the module's docstring)."""
    return render(template(text), k)


def _write(job: tuple[Path, str, Path, list[int]]) -> int:
    src, name, out, ks = job
    parts = template(src.read_text(encoding="utf-8"))
    for k in ks:
        p = out / f"copy{k}" / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(render(parts, k), encoding="utf-8")
    return len(ks)


def synthesise(src: Path, n: int, out: Path, workers: int = 2) -> int:
    """The first n resolutions of copies 0, 1, ... of the XML files under src, written under
    out/copyK/; returns how many were written."""
    files = sorted(src.rglob("*.xml"))
    jobs = []
    for i, f in enumerate(files):
        ks = list(range(0, (n - 1 - i) // len(files) + 1)) if i < n else []
        if ks:
            jobs.append((f, str(f.relative_to(src)), out, ks))
    with ProcessPoolExecutor(max_workers=workers) as ex:
        return sum(ex.map(_write, jobs, chunksize=16))
