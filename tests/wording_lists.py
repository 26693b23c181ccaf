"""What every wording list of the vocabulary's yaml (reports.yaml, mandates.yaml, terms.yaml) must be: a non-empty
list of stripped strings, none listed twice (a bare `on` or `no` in YAML is a boolean, which wordsearch.phrases
refuses). Shared by the three test_*_wording_data.py files."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def wording_lists(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Each leaf of a nested mapping of lists, with its dotted path."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from wording_lists(v, f"{path}.{k}" if path else k)
    else:
        yield path, node


def check_wording_list(path: str, words: Any) -> None:
    """Fails unless words is a non-empty list of stripped strings with no word listed twice."""
    assert isinstance(words, list) and words, path
    assert all(isinstance(w, str) and w == w.strip() for w in words), path
    assert len(set(words)) == len(words), f"{path}: a word listed twice"
