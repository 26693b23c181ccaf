"""What makes the data self-describing for a consumer without a reasoner: the standard classes
above each rg: class (read from the ontology, so a new axiom there is written with no code change)
and the names of paragraphs as readers cite them."""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

from resgraph.graph import namespaces as ns
from resgraph.graph.namespaces import RG as ONTOLOGY_NS
from resgraph.resources import ONTOLOGY


@lru_cache(maxsize=1)
def standard_types() -> dict[str, tuple[str, ...]]:
    """Each rg: class with the standard classes above it in the ontology (rg:Resolution ->
    eli:LegalResource, undo:Resolution, undo:Document, dcterms:BibliographicResource), as
    N-Triples terms: written beside rg: types so that a consumer without a reasoner sees them."""
    parents: dict[str, set[str]] = {}
    sub = ns.RDFS + "subClassOf"
    for t in ox.parse(path=str(ONTOLOGY / "resgraph.ttl"), format=ox.RdfFormat.TURTLE):
        if t.predicate.value == sub and isinstance(t.object, ox.NamedNode):
            parents.setdefault(t.subject.value, set()).add(t.object.value)

    def above(c: str, seen: set[str]) -> set[str]:
        for p in parents.get(c, ()):
            if p not in seen:
                seen.add(p)
                above(p, seen)
        return seen

    return {
        f"<{c}>": tuple(sorted(f"<{a}>" for a in above(c, set()) if not a.startswith(ONTOLOGY_NS)))
        for c in parents
        if c.startswith(ONTOLOGY_NS)
    }


def paragraph_name(local: str) -> str:
    """A paragraph's place as a reader cites it: op/14 -> "op 14", op/14/a -> "op 14 (a)",
    pp/3 -> "pp 3", annex/2 -> "annex 2", para/7 -> "para 7"."""
    parts = local.split("/")
    return " ".join(parts[:2]) + "".join(f" ({x})" for x in parts[2:])
