"""The on-disk graph store (Oxigraph): one named graph per source file, replaced atomically.

Loading writes the new triples to a staging graph and then MOVEs it over the file's graph in one
SPARQL update, which Oxigraph applies as a single transaction: a reader sees the old graph or the
new one, never a mix, and a failure leaves the store as it was. Query parameters are bound with
Oxigraph substitutions (SEP-0007), never pasted into the query text.
"""

from __future__ import annotations

import contextlib
import re
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from resgraph.errors import StoreError
from resgraph.graph import drafts, storedir
from resgraph.graph.iris import DEFAULT_BASE, Minter
from resgraph.graph.namespaces import XSD
from resgraph.models import Record
from resgraph.resources import QUERIES

INT_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
Param = str | int | float | bool | ox.NamedNode | ox.Literal
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple  # what Oxigraph binds
_IRI_OK = re.compile(r"^[^\s<>\"{}|^`\\]+$")


@cache
def sparql(name: str) -> str:
    """The text of one of the store's own queries, queries/store/<name>.rq (not user-facing)."""
    return (QUERIES / "store" / f"{name}.rq").read_text(encoding="utf-8")


def as_nquads(ntriples: bytes, graph_iri: str) -> bytes:
    """resgraph's own N-Triples (one triple a line, literals' newlines escaped) put in a graph."""
    return ntriples.replace(b" .\n", b" <" + graph_iri.encode("utf-8") + b"> .\n")


class Iri(str):
    """A parameter value to bind as an IRI rather than as a string literal."""


def term(value: Param) -> Term:
    """A Python value as an RDF term for binding: str -> string literal, int -> xsd:integer."""
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, Iri):
        return ox.NamedNode(str(value))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    return ox.Literal(str(value))


def python(t: Any) -> Any:
    """An RDF term of a result as a plain Python value (IRI -> str, integer literal -> int)."""
    if t is None:
        return None
    if isinstance(t, ox.Literal):
        if t.datatype.value in INT_TYPES:
            try:
                return int(t.value)
            except ValueError:
                return t.value
        if t.datatype.value == XSD + "boolean":
            return t.value in ("true", "1")
        if t.datatype.value in (XSD + "decimal", XSD + "double", XSD + "float"):
            return float(t.value)
        return t.value
    return t.value


class GraphStore:
    """An Oxigraph store opened by path (None: in memory, for tests and benchmarks)."""

    def __init__(
        self, path: str | Path | None = None, base: str = DEFAULT_BASE, read_only: bool = False, verify: bool = True
    ):
        """Open (or, writing, create) the store; StoreError names the path and the reason when the
        path cannot be a store (storedir.check) or Oxigraph cannot open it (locked, damaged), or
        when a sealed file changed (storedir.verify, skipped with verify=False: a server's query
        workers open a store their app has verified, and verifying hashes every file whose
        modification time differs from the seal's, a gigabyte for corpus-full's copy)."""
        self.path = Path(path) if path else None
        if self.path is None:
            self.store = ox.Store()
        else:
            storedir.check(self.path, writing=not read_only)
            if verify:
                storedir.verify(self.path)
            try:
                if read_only:
                    self.store = ox.Store.read_only(str(self.path))
                else:
                    self.path.mkdir(parents=True, exist_ok=True)
                    self.store = ox.Store(str(self.path))
            except (OSError, RuntimeError) as e:  # RuntimeError: RocksDB's "Corruption: ..."
                raise StoreError(str(self.path), f"cannot open the store: damaged or locked ({_reason(e)})") from None
        self.minter = Minter(base)
        self._shared_written: set[bytes] = set()  # registry facts this process has written already
        self._spool: IO[bytes] | None = None  # between begin_bulk and end_bulk: where added quads wait

    # ------------------------------------------------------------------ writing
    def replace_graph(self, graph_iri: str, ntriples: bytes) -> None:
        """Make `graph_iri` hold exactly these triples, atomically."""
        self.replace_graphs([(graph_iri, ntriples)])

    def replace_graphs(self, items: list[tuple[str, bytes]]) -> None:
        """Replace many graphs in one transaction: every graph is old or new, never a mix.

        All data is parsed before anything is written, so a malformed graph (Oxigraph's SyntaxError)
        or a graph name that is no IRI (ValueError) changes nothing. A graph the store holds is dropped
        and written again in one SPARQL update, which Oxigraph applies as one transaction: a staging
        graph written first and MOVEd over it afterwards stayed visible to readers beside the old one
        when a build was killed in between. A graph the store does not hold yet is written in place (a
        transaction costs a disk sync, so a build batches its files rather than paying one per file).
        """
        quads: list[ox.Quad] = []
        ops: list[str] = []
        for graph_iri, ntriples in items:
            if not _IRI_OK.match(graph_iri):
                raise ValueError(f"not an IRI: {graph_iri!r}")
            target = ox.NamedNode(graph_iri)
            parsed = list(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))  # malformed data raises here
            if not self.store.contains_named_graph(target):
                quads.extend(ox.Quad(t.subject, t.predicate, t.object, target) for t in parsed)
                continue
            # the IRIs were checked above and are minted by resgraph; the data is N-Triples that
            # Oxigraph just parsed, written back by its own serializer
            body = (ox.serialize(parsed, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
            ops.append(f"DROP SILENT GRAPH <{graph_iri}> ; INSERT DATA {{ GRAPH <{graph_iri}> {{ {body} }} }}")
        self.store.extend(quads)
        if ops:
            self.store.update(" ;\n".join(ops))

    def drop_staging(self) -> int:
        """Remove the staging graphs an older resgraph left when killed between writing and
        moving a replacement; how many there were."""
        staging = [g for g in self.store.named_graphs() if isinstance(g, ox.NamedNode) and g.value.endswith("#staging")]
        for g in staging:
            self.store.remove_graph(g)
        return len(staging)

    def graph_hashes(self) -> dict[str, str]:
        """rg:graphHash of every named graph that has one: what a build compares against."""
        rows = self.store.query(sparql("graph-hashes"))
        assert isinstance(rows, ox.QuerySolutions)
        return {r["g"].value: r["h"].value for r in rows}

    def add_graphs(self, items: list[tuple[str, bytes]], extra: bytes = b"") -> None:
        """Add graphs that the store does not hold yet, all in one transaction (a disk sync per
        transaction is what makes writing slow, so a build writes new files in batches).

        The N-Triples become N-Quads as bytes and Oxigraph parses them: building a Python Quad per
        triple cost more than the writing. That rewrite is only sound for resgraph's own N-Triples
        (rdf.record_to_ntriples), which is all a build passes; replace_graphs parses whatever it is
        given. `extra` is N-Quads already (the registry's facts). Between begin_bulk and end_bulk
        they are collected for the one bulk load instead. ValueError for a graph name that is no IRI
        or a graph the store holds already (replace_graphs' work)."""
        parts = [extra]
        for graph_iri, ntriples in items:
            if not _IRI_OK.match(graph_iri):
                raise ValueError(f"not an IRI: {graph_iri!r}")
            if self.store.contains_named_graph(ox.NamedNode(graph_iri)):
                raise ValueError(f"graph {graph_iri} exists; use replace_graphs")
            parts.append(as_nquads(ntriples, graph_iri))
        data = b"".join(parts)
        if not data:
            return
        if self._spool is not None:
            self._spool.write(data)
        else:
            self.store.load(data, format=ox.RdfFormat.N_QUADS)

    def begin_bulk(self) -> None:
        """Collect what a build adds to an empty store in one N-Quads file, bulk-loaded once by
        end_bulk: Oxigraph's bulk loader skips transactions (an empty store has nothing earlier
        to keep), and run once rather than per batch it costs a third less."""
        # closed by end_bulk, which loads and deletes it: no context manager spans the two calls
        if self.path is not None:
            storedir.mark_bulk(self.path, pending=True)  # a build killed from here on empties the store again
        prefix = storedir.LEFTOVER_PREFIX
        self._spool = tempfile.NamedTemporaryFile(dir=self.path, prefix=prefix, suffix=".nq", delete=False)  # noqa: SIM115

    def end_bulk(self) -> None:
        """Load the collected quads; if that fails the store is emptied again, never left half-written."""
        spool, self._spool = self._spool, None
        if spool is None:
            return
        try:
            spool.close()  # a full disk may show here first
            self.store.bulk_load(path=spool.name, format=ox.RdfFormat.N_QUADS)
        except BaseException:
            self._spool = spool
            self.abort_bulk()
            raise
        Path(spool.name).unlink(missing_ok=True)
        if self.path is not None:
            storedir.mark_bulk(self.path, pending=False)

    def bulk_pending(self) -> bool:
        """Whether a bulk load is begun and not yet loaded (between begin_bulk and end_bulk)."""
        return self._spool is not None

    def abort_bulk(self) -> None:
        """Give up a bulk load begun in an empty store: empty it again (nothing earlier was in it)
        and remove the spool and Oxigraph's unfinished files."""
        spool, self._spool = self._spool, None
        if spool is not None:
            with contextlib.suppress(OSError):
                spool.close()
            Path(spool.name).unlink(missing_ok=True)
        self.store.clear()
        if self.path is not None:
            storedir.clean(self.path)
            storedir.mark_bulk(self.path, pending=False)

    def sync(self, items: list[tuple[str, bytes, str | None, bytes]], known: dict[str, str]) -> dict[str, int]:
        """Bring graphs up to date: skip unchanged (same rg:graphHash), add new ones in one
        transaction, replace changed ones atomically; their shared facts go to the registry graph.
        items: (graph IRI, N-Triples, hash, shared N-Triples)."""
        new, changed, same = [], [], 0
        # many files state the same shared fact (a cited resolution's organ, a session's year):
        # each is written once per process, which spares the store about 350,000 repeats in a corpus
        lines = dict.fromkeys(
            line
            for iri, _, digest, nt in items
            if not (iri in known and known[iri] == digest)
            for line in nt.splitlines(keepends=True)
            if line not in self._shared_written
        )
        shared = as_nquads(b"".join(lines), self.minter.registry_graph())
        for iri, nt, digest, _ in items:
            if iri in known and digest is not None and known[iri] == digest:
                same += 1
            elif iri in known or self.store.contains_named_graph(ox.NamedNode(iri)):
                changed.append((iri, nt))
            else:
                new.append((iri, nt))
        if new or shared:
            self.add_graphs(new, shared)
        self._shared_written.update(lines)  # only once written: a failed batch is retried file by file
        for i in range(0, len(changed), 50):
            self.replace_graphs(changed[i : i + 50])
        for iri, _, digest, _ in items:
            if digest is not None:
                known[iri] = digest
        return {"unchanged": same, "added": len(new), "replaced": len(changed)}

    def load_graph(self, graph) -> str:
        """Load an rdflib graph (from rdf.record_to_graph) as its own named graph."""
        from resgraph.graph.rdf import to_ntriples

        self.replace_graph(str(graph.identifier), to_ntriples(graph))
        return str(graph.identifier)

    def load_record(self, record: Record) -> str:
        """Load (or replace) one record's graph; unchanged records are left alone."""
        from resgraph.graph.rdf import record_to_ntriples

        s = record_to_ntriples(record, self.minter.base)
        self.sync([(s.graph, s.nt, s.hash, s.shared)], self.graph_hashes())
        return s.graph

    def remove_graph(self, graph_iri: str) -> None:
        """Remove one named graph (a document whose file is gone), in one transaction."""
        self.store.remove_graph(ox.NamedNode(graph_iri))

    def flush(self) -> None:
        if self.path is not None:
            self.store.flush()

    def optimize(self) -> None:
        """Compact the on-disk store after a large write: reads (lineage) get about a fifth faster."""
        if self.path is not None:
            self.store.optimize()

    # ------------------------------------------------------------------ reading
    def query(self, sparql: str, params: dict[str, Param] | None = None) -> list[dict[str, Any]]:
        """SELECT rows as dicts of plain values; params are bound as substitutions. TypeError for a
        CONSTRUCT or DESCRIBE query, which gives triples, not rows (an ASK gives [{"result": bool}])."""
        subs = {ox.Variable(k): term(v) for k, v in (params or {}).items()}
        result = self.store.query(sparql, substitutions=subs, use_default_graph_as_union=True)
        if isinstance(result, ox.QueryBoolean):
            return [{"result": bool(result)}]
        if not isinstance(result, ox.QuerySolutions):
            raise TypeError("query() runs SELECT and ASK queries; this one constructs triples")
        names = [v.value for v in result.variables]
        return [dict(zip(names, map(python, row), strict=True)) for row in result]

    def ask(self, sparql: str, params: dict[str, Param] | None = None) -> bool:
        subs = {ox.Variable(k): term(v) for k, v in (params or {}).items()}
        return bool(self.store.query(sparql, substitutions=subs, use_default_graph_as_union=True))

    def has_graph(self, graph_iri: str) -> bool:
        return self.store.contains_named_graph(ox.NamedNode(graph_iri))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())

    def __len__(self) -> int:
        return len(self.store)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.store)

    def graph_with_shared(self, graph_iri: str) -> bytes:
        """A file's graph with the registry facts about what it mentions: self-contained again,
        as record_to_graph made it, for validation."""
        subs: dict[ox.Variable, Term] = {
            ox.Variable("g"): ox.NamedNode(graph_iri),
            ox.Variable("registry"): ox.NamedNode(self.minter.registry_graph()),
        }
        triples = self.store.query(sparql("graph-with-shared"), substitutions=subs)
        assert isinstance(triples, ox.QueryTriples)
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""

    def dump(self, fmt: str) -> bytes:
        """The whole store as N-Quads or TriG (named graphs kept)."""
        f = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}[fmt]
        return self.store.dump(format=f) or b""

    # ------------------------------------------------------------------ draft lineage
    def draft_candidates(self) -> list[drafts.Candidate]:
        """Drafts and the adopted resolutions they could have become, as they stand in the store.

        Metadata first; paragraph texts only for drafts and for resolutions of an organ and
        session some draft could land in, so relinking a large store reads little text."""
        meta: dict[str, dict] = {}
        for r in self.query(sparql("draft-candidates")):
            meta.setdefault(r["doc"], r)
        cands = []
        for iri, r in meta.items():
            organ = r["organ"].rsplit("/", 1)[-1] if r.get("organ") else None
            if r["isDraft"] and r.get("nested") and r.get("year") is not None:
                y = r["year"]
                sessions: tuple[int, ...] = drafts.sessions_opening(organ, y) if organ else (y, y + 1)
            else:
                sessions = (r["session"],) if r.get("session") is not None else ()
            year = r.get("dated")
            cands.append(drafts.Candidate(iri, bool(r["isDraft"]), organ, sessions, r.get("title") or "", "", year))
        wanted = drafts.with_plausible_draft(cands)
        out = []
        for c in cands:
            if not c.is_draft and c.iri not in wanted:
                continue
            rows = self.query(sparql("draft-texts"), {"doc": Iri(c.iri)})
            text = " ".join(t for _, t in sorted((r["idx"], r["text"]) for r in rows))
            out.append(replace(c, text=drafts.match_text(text)))
        return out

    def draft_link_count(self) -> int:
        return len(self.query(sparql("draft-link-count")))

    def relink_terms(self) -> int:
        """Link each extension to the earlier term of the same body (the latest one of a resolution
        adopted before it, or before it in the same resolution) and replace the term-links graph.
        Returns the number of links."""
        terms: dict[str, list[tuple[str, int, str, str]]] = {}
        for row in self.query(sparql("term-candidates")):
            adopted = str(row.get("adopted") or "")
            terms.setdefault(str(row["key"]), []).append(
                (adopted, int(row["op"]), str(row["term"]), str(row["action"]))
            )
        lines = []
        from resgraph.graph.terms import RG

        extends = RG.extendsTerm
        for history in terms.values():
            history.sort()
            for (_, _, before, _), (_, _, term, action) in zip(history, history[1:], strict=False):
                if action == "extends":
                    lines.append(f"<{term}> {extends} <{before}> .\n")
        self.replace_graph(self.minter.term_links_graph(), "".join(lines).encode("utf-8"))
        return len(lines)

    def relink(self, links: list[tuple[str, str, float]] | None = None) -> list[tuple[str, str, float]]:
        """Recompute draft → adoption links over the whole store and replace the links graph
        (`links`: already computed from candidates that are the whole store's)."""
        from resgraph.graph.rdf import links_graph

        links = drafts.match(self.draft_candidates()) if links is None else links
        self.load_graph(links_graph(links, self.minter.base))
        return links


def _reason(e: Exception) -> str:
    """An Oxigraph or OS error in a few words: the first line of its message."""
    text = getattr(e, "strerror", None) or str(e) or type(e).__name__
    return text.strip().splitlines()[0][:200]
