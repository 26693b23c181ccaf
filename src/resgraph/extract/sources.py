"""Which files a list of paths names: directories walked in a stable order, hidden files and the
folder's own README/LICENSE left out, and of the rest only the file types resgraph reads (Akoma
Ntoso XML, Markdown, text, TSV, PDF), so that `extract`, `build`, `status` and `validate` read the
same files and a corpus folder's indexes and answer files (index.csv, links.jsonl) are skipped and
named, not tried as resolutions and counted as failures. A file named on the command line is read
whatever its name: the user chose it, and the readers tell the format from the content."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from resgraph.models import Found, Skipped

SKIP_NAMES = frozenset({"readme.md", "readme", "readme.txt", "license", "license.md", "license.txt"})
# the extensions of the formats read.detect_format tells apart (.akn: Akoma Ntoso's own)
READ_SUFFIXES = (".xml", ".akn", ".md", ".markdown", ".txt", ".text", ".tsv", ".pdf")


def skip_reason(path: Path) -> str | None:
    """Why a file found in a folder is not read (None: it is read): its extension is none of
    READ_SUFFIXES, case aside."""
    suffix = path.suffix.lower()
    if suffix in READ_SUFFIXES:
        return None
    what = f"a {suffix} file" if suffix else "no extension"
    return f"{what}, not a resolution format ({' '.join(READ_SUFFIXES)})"


def walk(paths: Iterable[Path | str]) -> Found:
    """The files under the given paths, directories walked and sorted, with the files of those
    directories that are not read; a path that is a file is kept as given (even a README or an
    index.csv: the user named it, and reading it tells whether it is a resolution)."""
    found: list[Path] = []
    skipped: list[Skipped] = []
    for p in map(Path, paths):
        if not p.is_dir():
            found.append(p)
            continue
        for x in sorted(p.rglob("*")):
            if not x.is_file() or x.name.startswith(".") or x.name.lower() in SKIP_NAMES:
                continue
            why = skip_reason(x)
            if why is None:
                found.append(x)
            else:
                skipped.append(Skipped(x, why))
    return Found(tuple(found), tuple(skipped))


def files_of(paths: Iterable[Path | str]) -> list[Path]:
    """The files `walk` reads under the given paths, in order."""
    return list(walk(paths).files)
