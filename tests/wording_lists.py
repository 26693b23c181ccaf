"""What every wording list of the vocabulary's yaml (reports.yaml, mandates.yaml, terms.yaml, citations.yaml) must be:
a non-empty list of stripped strings, none listed twice (a bare `on` or `no` in YAML is a boolean, which
wordsearch.phrases refuses), each words and phrases, not a pattern: wordsearch.phrases escapes what it reads, so a
regex written into a list ("Organi[sz]ation", "judges?") would match only itself, as written. Shared by the
test_*_wording_data.py files (tests/test_wording_lists.py shows that a bad list fails)."""

from __future__ import annotations

import re
from collections.abc import Iterator
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
