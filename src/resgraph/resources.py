"""Where resgraph's own data lives: the ontology, the vocabularies and the named queries.

They ship inside the package (``resgraph/ontology``, ``resgraph/queries``) and are found with
``importlib.resources``, so a wheel installed anywhere works as a checkout does. ``RESGRAPH_HOME``
overrides the location: a folder holding ``ontology/`` and ``queries/`` (a fork's vocabulary, say).
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path


def _home() -> Path:
    override = os.environ.get("RESGRAPH_HOME")
    if override:
        return Path(override)
    # a regular (file-system) install: the package folder itself holds ontology/ and queries/
    return Path(str(files("resgraph")))


HOME = _home()
ONTOLOGY = HOME / "ontology"
VOCAB = ONTOLOGY / "vocab"
QUERIES = HOME / "queries"
