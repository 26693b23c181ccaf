"""Exports of the whole store, streamed: Turtle, TriG, N-Quads, N-Triples and JSON-LD, gzipped or not.

The store yields its quads graph by graph and a serializer writes them as they come (Oxigraph's
for the RDF syntaxes, jsonld.py for JSON-LD), so memory stays flat however large the store:
rdflib, which the export used before, holds the whole dataset and never finished Turtle on
corpus-full. Turtle and N-Triples merge the named graphs into one graph, and the same triple stated
in two graphs is written once (a set of 64-bit hashes, about 60 bytes a triple); TriG, N-Quads and
JSON-LD keep one named graph per source file. With `with_ontology` the ontology (resgraph.ttl and
the terms it imports) comes first, in the graph named by the ontology's IRI, so that a consumer
without the project, Jena's SHACL say, has the class hierarchy that the shapes need.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from resgraph.graph import jsonld
from resgraph.graph.dataset import PREFIXES as DATASET_PREFIXES
from resgraph.graph.namespaces import RG as ONTOLOGY_NS
from resgraph.graph.store import GraphStore
from resgraph.resources import ONTOLOGY

FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
MERGED = ("ttl", "nt")  # formats of one graph: the named graphs are merged
ONTOLOGY_GRAPH = ONTOLOGY_NS.rstrip("#")
Progress = Callable[[int, int], None]
"""progress(quads done, quads in all): called every few tens of thousands of quads."""
EVERY = 20_000


@dataclass(frozen=True)
class Exported:
    """What an export wrote: the format, the statements (quads, or triples once merged), graphs."""

    format: str
    statements: int
    graphs: int
    gzipped: bool
    path: str | None


@lru_cache(maxsize=1)
def prefixes() -> dict[str, str]:
    """The ontology's @prefix declarations and the dataset description's namespaces."""
    out = {}
    for name in ("resgraph.ttl", "imports.ttl"):
        text = (ONTOLOGY / name).read_text(encoding="utf-8")
        out.update(dict(re.findall(r"@prefix\s+(\w*):\s*<([^>]+)>", text)))
    out.update({p: ns for ns, p in DATASET_PREFIXES.items()})
    return out


def ontology_quads() -> list[ox.Quad]:
    """The ontology and the standard terms it relies on (imports.ttl), in the ontology's graph."""
    g = ox.NamedNode(ONTOLOGY_GRAPH)
    quads: list[ox.Quad] = []
    for name in ("resgraph.ttl", "imports.ttl"):
        quads.extend(ox.Quad(t.subject, t.predicate, t.object, g) for t in ox.parse(path=str(ONTOLOGY / name)))
    return quads


def format_of(path: Path | None, fmt: str | None) -> tuple[str, bool]:
    """(format, gzipped?) from an explicit format or the output's name (resgraph.ttl.gz).

    Raises ValueError naming the formats when neither tells a known one."""
    gz = path is not None and path.suffix == ".gz"
    if fmt is None and path is not None:
        name = path.name[: -len(".gz")] if gz else path.name
        fmt = name.rsplit(".", 1)[-1] if "." in name else None
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)} (and .gz or --gzip)")
    return fmt, gz


def _quads(store: GraphStore, with_ontology: bool) -> Iterator[ox.Quad]:
    if with_ontology and not store.has_graph(ONTOLOGY_GRAPH):
        yield from ontology_quads()
    yield from store.store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    for g in sorted(store.store.named_graphs(), key=lambda n: n.value):
        yield from store.store.quads_for_pattern(None, None, None, g)


def _counted(quads: Iterator[ox.Quad], total: int, progress: Progress | None, tally: list[int]) -> Iterator[ox.Quad]:
    n = 0
    for q in quads:
        yield q
        n += 1
        if progress is not None and n % EVERY == 0:
            progress(n, total)
    tally.append(n)
    if progress is not None:
        progress(n, total)


def _merged(quads: Iterator[ox.Quad], tally: list[int]) -> Iterator[ox.Triple]:
    """The triples of all graphs, each once."""
    seen: set[int] = set()
    n = 0
    for q in quads:
        t = q.triple
        h = hash(t)
        if h not in seen:
            seen.add(h)
            n += 1
            yield t
    tally.append(n)


def export(
    store: GraphStore,
    out: IO[bytes],
    fmt: str,
    with_ontology: bool = True,
    progress: Progress | None = None,
) -> tuple[int, int]:
    """Write the whole store to `out` in `fmt`; returns (statements written, graphs).

    Raises ValueError for an unknown format and OSError when `out` cannot be written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    extra = len(ontology_quads()) if with_ontology and not store.has_graph(ONTOLOGY_GRAPH) else 0
    graphs = sum(1 for _ in store.store.named_graphs()) + (1 if extra else 0)
    tally: list[int] = []
    quads = _counted(_quads(store, with_ontology), len(store) + extra, progress, tally)
    if fmt == "jsonld":
        jsonld.write(quads, out)
    elif fmt in MERGED:
        ox.serialize(_merged(quads, tally), out, FORMATS[fmt], prefixes=prefixes() if fmt == "ttl" else None)
        return tally[-1], graphs
    else:
        ox.serialize(quads, out, FORMATS[fmt], prefixes=prefixes() if fmt == "trig" else None)
    return tally[0], graphs


@contextmanager
def _output(path: Path | None, gz: bool, level: int) -> Iterator[IO[bytes]]:
    """The file (or standard output) to write, gzipped if asked; a file that could not be
    written whole is removed rather than left half-written."""
    part = path.with_name(path.name + ".part") if path is not None else None
    raw: IO[bytes] = open(part, "wb") if part is not None else sys.stdout.buffer  # noqa: SIM115
    try:
        if gz:
            with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=level, mtime=0) as z:
                yield z  # type: ignore[misc]
        else:
            yield raw
        raw.flush()
    except BaseException:
        if part is not None:
            raw.close()
            part.unlink(missing_ok=True)
        raise
    if part is not None and path is not None:
        raw.close()
        part.replace(path)


def export_to(
    store: GraphStore,
    path: Path | None,
    fmt: str | None = None,
    gzipped: bool = False,
    with_ontology: bool = True,
    progress: Progress | None = None,
    level: int = 6,
) -> Exported:
    """Export to a file (None: standard output); the format and gzip follow from its name
    (resgraph.trig.gz) unless given. Raises ValueError for an unknown format, OSError on writing."""
    fmt, gz = format_of(path, fmt)
    with _output(path, gz or gzipped, level) as out:
        statements, graphs = export(store, out, fmt, with_ontology, progress)
    return Exported(fmt, statements, graphs, gz or gzipped, str(path) if path else None)
