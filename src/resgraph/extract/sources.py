"""Which files a list of paths names: directories walked in a stable order, hidden files and the
folder's own README/LICENSE skipped, so `extract` and `build` read the same files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

SKIP_NAMES = frozenset({"readme.md", "readme", "readme.txt", "license", "license.md", "license.txt"})


def files_of(paths: Iterable[Path | str]) -> list[Path]:
    """Files under the given paths, directories walked and sorted; a path that is a file is kept
    as given (even a README: the user named it)."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(
                sorted(
                    x
                    for x in p.rglob("*")
                    if x.is_file() and not x.name.startswith(".") and x.name.lower() not in SKIP_NAMES
                )
            )
        else:
            found.append(p)
    return found
