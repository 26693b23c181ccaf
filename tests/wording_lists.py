"""What every wording list of the vocabulary's yaml (reports.yaml, mandates.yaml, terms.yaml, citations.yaml) must be:
a non-empty list of stripped strings, none listed twice (a bare `on` or `no` in YAML is a boolean, which
wordsearch.phrases refuses), each words and phrases, not a pattern: wordsearch.phrases escapes what it reads, so a
regex written into a list ("Organi[sz]ation", "judges?") would match only itself, as written. Shared by the
test_*_wording_data.py files (tests/test_wording_lists.py shows that a bad list fails)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any


def wording_lists(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Each leaf of a nested mapping of lists, with its dotted path."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from wording_lists(v, f"{path}.{k}" if path else k)
    else:
        yield path, node


# words (letters, digits, hyphens, apostrophes, a full stop: "U.N.", "Chair-in-Office", "Secretary-General’s") one
# space apart
WORDS = re.compile(r"[\w’'.-]+(?: [\w’'.-]+)*")


def check_wording_list(path: str, words: Any) -> None:
    """Fails unless words is a non-empty list of stripped strings with no word listed twice, each words one space
    apart (no regex syntax)."""
    assert isinstance(words, list) and words, path
    assert all(isinstance(w, str) and w == w.strip() for w in words), path
    bad = [w for w in words if not WORDS.fullmatch(w)]
    assert not bad, f"{path}: not words: {bad}"
    assert len(set(words)) == len(words), f"{path}: a word listed twice"


SRC = Path(__file__).resolve().parents[1] / "src" / "resgraph"
# a key read from a section of the vocabulary: `load().reports["handed_only"]`, `v.terms['until']`
KEY_READ = re.compile(r"\.(reports|mandates|terms|citations)\[['\"](\w+)['\"]\]")


def keys_read() -> set[tuple[str, str]]:
    """(section, key) of every wording list the code reads by its key (KEY_READ) in src/resgraph."""
    return {m.groups() for p in SRC.rglob("*.py") for m in KEY_READ.finditer(p.read_text(encoding="utf-8"))}


def quoted_in_code(key: str) -> bool:
    """Whether the key is written, quoted, anywhere in src/resgraph (read by KEY_READ or through a mapping
    read before it: `_KEPT_INFORMED["report_nouns"]`)."""
    return any(f'"{key}"' in t or f"'{key}'" in t for t in _code_texts())


@lru_cache(maxsize=1)
def _code_texts() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py"))
