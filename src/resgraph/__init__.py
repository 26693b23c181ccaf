"""resgraph: United Nations resolutions as a knowledge graph of citations and mandates.

The public API::

    from resgraph import extract_file, build, GraphStore, run_query, InputError

    record = extract_file("data/resolutions/E-RES-2012-14.txt")    # a frozen dataclass
    result = build(["data/resolutions"], "store")                  # a BuildResult
    rows = run_query(GraphStore("store", read_only=True), "lineage", {"symbol": "A/RES/67/186"})

Names are imported on first use, so `import resgraph` stays cheap for worker processes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "BuildResult",
    "GraphStore",
    "InputError",
    "Record",
    "__version__",
    "build",
    "extract_file",
    "extract_many",
    "run_query",
]

_WHERE = {
    "extract_file": "resgraph.extract.pipeline",
    "extract_many": "resgraph.extract.pipeline",
    "build": "resgraph.graph.build",
    "GraphStore": "resgraph.graph.store",
    "InputError": "resgraph.errors",
    "Record": "resgraph.models",
    "BuildResult": "resgraph.models",
}

if TYPE_CHECKING:  # pragma: no cover
    from resgraph.errors import InputError
    from resgraph.extract.pipeline import extract_file, extract_many
    from resgraph.graph.build import build
    from resgraph.graph.queries import run as run_query
    from resgraph.graph.store import GraphStore
    from resgraph.models import BuildResult, Record


def __getattr__(name: str) -> Any:
    from importlib import import_module

    if name == "run_query":
        return import_module("resgraph.graph.queries").run
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'resgraph' has no attribute {name!r}")
