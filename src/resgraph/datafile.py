"""Read the project's own YAML data (vocabularies) so that an id written twice is an error.

PyYAML's safe_load keeps the last of two equal keys and drops the first without a word: an actor
defined twice in actors.yaml lost the aliases of its first entry that way. The vocabularies are
edited by hand by several people at once, so a repeated key is a merge mistake to report, not a
value to override."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class DuplicateKeyError(ValueError):
    """A mapping of a YAML data file that names one key twice. str() names the file, the key and
    both lines."""


try:  # libyaml's parser: PyYAML's own, in Python, took half a second of every process's start
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml: the same data, read slower
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _StrictLoader(_SafeLoader):
    """SafeLoader whose mappings refuse a key they already hold."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        line = key_node.start_mark.line + 1
        if key in seen:
            raise DuplicateKeyError(
                f"{key_node.start_mark.name}: {key!r} on line {line} is already on line {seen[key]}"
            )
        seen[key] = line
    loader.flatten_mapping(node)
    return dict(loader.construct_pairs(node))


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_yaml(path: Path) -> Any:
    """The data of one YAML file, as yaml.safe_load reads it.

    Raises DuplicateKeyError when a mapping names a key twice, yaml.YAMLError when the file is not
    YAML, OSError when it cannot be read."""
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=_StrictLoader)  # noqa: S506 (a SafeLoader subclass)
