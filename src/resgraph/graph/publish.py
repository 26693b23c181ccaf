"""Publish the store's named graphs to a production triple store (SPARQL 1.1 Graph Store Protocol).

Each named graph is PUT (which replaces it) as N-Triples: Virtuoso keeps the backslash of
pyoxigraph's Turtle escapes in prefixed names and so corrupts them, N-Triples has none. Only the
graphs that changed are sent. What the target holds is recorded IN the target, in a manifest
graph (`Minter.publication_graph`): each published graph's hash and triple count. So a second
publish, from any machine, knows what is there, and an interrupted one is safe to run again:

1. every graph about to be sent loses its manifest entry first (its hash becomes ""), so a graph
   the manifest vouches for is one whose last PUT completed and was counted;
2. graphs are PUT in batches, with retries and backoff (on Oxigraph's server those the target
   does not hold at all go in one bulk N-Quads request a batch); after each batch the target's
   triple counts of its graphs are read in one query and the graphs whose count is right get
   their manifest entry back; the next batch is serialised while one is being sent;
3. graphs the manifest lists but the store no longer holds (removed files) are deleted;
4. at the end every graph's count on the target is compared with the store's.

A graph that could not be sent (or whose count is wrong after re-sending: a failed upload to
Virtuoso can commit part of its data) is named in `PublishResult.stale`; the others are correct,
and publishing again sends the stale ones. A graph is sent when its hash or count in the
manifest, or its count on the target, differs from the store's.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import pyoxigraph as ox

from resgraph.graph.gsp import Client, Target
from resgraph.graph.iris import DEFAULT_BASE, Minter
from resgraph.graph.namespaces import RG
from resgraph.graph.remote import VIRTUOSO_MAX_ROWS, Endpoint, RemoteError, engine, origin, sparql_term, where_brace
from resgraph.graph.store import GraphStore, Iri, as_nquads, sparql

VOID_TRIPLES = "http://rdfs.org/ns/void#triples"
GRAPH_HASH = RG + "graphHash"
Progress = Callable[[str, int, int], None]


def target(
    endpoint: str,
    graph_store: str | None = None,
    update: str | None = None,
    user: str | None = None,
    password: str | None = None,
    engine_name: str | None = None,
) -> Target:
    """The target behind a SPARQL endpoint, its other services where its engine keeps them:
    Oxigraph's server /update and /store; Virtuoso's /sparql-auth and /sparql-graph-crud-auth
    (digest authentication) when a user is given. Raises RemoteError when the engine is not
    known and no Graph Store URL is given, or when nothing answers at the endpoint."""
    eng = engine_name or engine(endpoint)
    root = origin(endpoint)
    if eng == "oxigraph":
        defaults = (root + "/update", root + "/store")
    elif eng == "virtuoso":
        auth = "-auth" if user else ""
        defaults = (root + "/sparql" + auth, root + "/sparql-graph-crud" + auth)
    else:
        if not graph_store:
            raise RemoteError(f"{endpoint}: unknown engine; give the Graph Store endpoint (--graph-store)")
        defaults = (endpoint, graph_store)
    return Target(endpoint, update or defaults[0], graph_store or defaults[1], eng, user, password)


@dataclass(frozen=True)
class GraphCount:
    """One graph after a publish: its triples in the store and on the target, and what was done."""

    graph: str
    local: int
    remote: int
    action: str  # sent | unchanged | deleted | stale


@dataclass(frozen=True)
class PublishResult:
    graphs: tuple[GraphCount, ...]
    sent: int
    unchanged: int
    deleted: int
    stale: tuple[str, ...]  # graphs the target does not hold as the store does
    seconds: float

    @property
    def complete(self) -> bool:
        return not self.stale


def local_state(store: GraphStore) -> dict[str, tuple[str, int]]:
    """Each named graph of the store: (hash, triple count). A file's graph carries its own hash
    (rg:graphHash); the others (registry, vocabularies, draft links) are hashed from their sorted
    N-Triples."""
    rows = store.store.query(sparql("graph-triples"))
    assert isinstance(rows, ox.QuerySolutions)
    counts = {r["g"].value: int(r["n"].value) for r in rows}
    hashes = store.graph_hashes()
    out = {}
    for g, n in counts.items():
        h = hashes.get(g)
        if h is None:
            lines = sorted(_ntriples(store, g).splitlines())
            h = hashlib.sha256(b"\n".join(lines)).hexdigest()
        out[g] = (h, n)
    return out


def _ntriples(store: GraphStore, graph: str) -> bytes:
    return store.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph)) or b""


def bind_rows(query: str, var: str, terms: str) -> str:
    """The query with one variable bound to many terms (already rendered by `sparql_term`) in a
    VALUES block at the head of its WHERE group."""
    at = where_brace(query) + 1
    return f"{query[:at]} VALUES ?{var} {{ {terms} }}{query[at:]}"


def read_manifest(client: Client, manifest: str) -> dict[str, tuple[str, int | None]]:
    """What the target's manifest says it holds: graph -> (hash, triples). Read through the Graph
    Store as N-Triples, so Virtuoso's 10,000-row cap on SELECT does not apply."""
    hashes: dict[str, str] = {}
    counts: dict[str, int] = {}
    for t in ox.parse(client.get(manifest), format=ox.RdfFormat.N_TRIPLES):
        if t.predicate.value == GRAPH_HASH:
            hashes[t.subject.value] = t.object.value
        elif t.predicate.value == VOID_TRIPLES:
            counts[t.subject.value] = int(t.object.value)
    return {g: (h, counts.get(g)) for g, h in hashes.items()}


def remote_counts(endpoint: Endpoint, graphs: list[str], chunk: int | None = None) -> dict[str, int]:
    """Triples in each of these graphs on the target (absent graphs: 0), the graphs bound in a
    VALUES block: all in one query on Oxigraph, a few dozen a query elsewhere (with more values
    in one query Virtuoso's plan scans far more: 137 took a minute, 32 a tenth of a second)."""
    chunk = chunk or (max(1, len(graphs)) if endpoint.engine == "oxigraph" else 32)
    out = dict.fromkeys(graphs, 0)
    for i in range(0, len(graphs), chunk):
        values = " ".join(sparql_term(Iri(g)) for g in graphs[i : i + chunk])
        q = bind_rows(sparql("graph-triples"), "g", values)
        out.update({r["g"]: int(r["n"]) for r in endpoint.select(q)})
    return out


def all_counts(endpoint: Endpoint, graphs: list[str]) -> dict[str, int]:
    """`remote_counts` of many graphs: one GROUP BY over the whole target when its answer is not
    cut short by a row cap (Virtuoso's 10,000 rows), else a few dozen graphs a query."""
    rows = endpoint.select(sparql("graph-triples"))
    if len(rows) >= VIRTUOSO_MAX_ROWS and endpoint.engine != "oxigraph":
        return remote_counts(endpoint, graphs)
    got = {r["g"]: int(r["n"]) for r in rows}
    return {g: got.get(g, 0) for g in graphs}


def _entry(graph: str, h: str, n: int | None) -> str:
    triples = f"{sparql_term(Iri(graph))} <{GRAPH_HASH}> {sparql_term(h)} ."
    return triples + (f" {sparql_term(Iri(graph))} <{VOID_TRIPLES}> {sparql_term(n)} ." if n is not None else "")


def _manifest_write(
    client: Client, manifest: str, entries: dict[str, tuple[str, int | None] | None], recorded: dict, chunk: int = 500
) -> None:
    """Set the manifest entries of these graphs (None: remove it; hash "": not vouched for). The
    old entries are deleted as data (what `recorded` says the manifest holds): a pattern over
    many graphs at once is slow on Virtuoso. `recorded` is kept up to date."""
    m = sparql_term(Iri(manifest))
    items = list(entries.items())
    for i in range(0, len(items), chunk):
        part = items[i : i + chunk]
        old = [_entry(g, *recorded[g]) for g, _ in part if g in recorded]
        new = [_entry(g, *e) for g, e in part if e is not None]
        if old:
            client.update(f"DELETE DATA {{ GRAPH {m} {{ {' '.join(old)} }} }}")
        for g, _ in part:
            recorded.pop(g, None)
        if new:
            client.update(f"INSERT DATA {{ GRAPH {m} {{ {' '.join(new)} }} }}")
        recorded.update((g, e) for g, e in part if e is not None)


def batches(graphs: list[str], sizes: dict[str, int], most_graphs: int, most_triples: int) -> list[list[str]]:
    """The graphs in order, cut into batches of at most `most_graphs` graphs and (unless one
    graph alone is bigger) `most_triples` triples: a batch is what the manifest vouches for at
    once, and on Oxigraph one bulk request."""
    out: list[list[str]] = []
    size = 0
    for g in graphs:
        if not out or len(out[-1]) >= most_graphs or (out[-1] and size + sizes[g] > most_triples):
            out.append([])
            size = 0
        out[-1].append(g)
        size += sizes[g]
    return out


@dataclass(frozen=True)
class _Payload:
    """One batch serialised: the graphs that go in one bulk N-Quads request (Oxigraph, graphs the
    target does not hold at all: adding to an absent graph is replacing it) and the N-Triples of
    the others, each PUT."""

    bulk: tuple[str, ...]
    nquads: bytes
    puts: dict[str, bytes]


def _serialise(store: GraphStore, part: list[str], bulk: set[str]) -> _Payload:
    nt = {g: _ntriples(store, g) for g in part}
    in_bulk = tuple(g for g in part if g in bulk)
    nquads = b"".join(as_nquads(nt.pop(g), g) for g in in_bulk)
    return _Payload(in_bulk, nquads, nt)


def publish(
    store: GraphStore,
    t: Target,
    base: str = DEFAULT_BASE,
    workers: int = 4,
    batch: int | None = None,
    progress: Progress | None = None,
    retries: int = 5,
    backoff: float = 0.5,
) -> PublishResult:
    """Bring the target up to date with the store (see the module's docstring); a graph that
    cannot be sent is reported in `stale`, the rest go on. Raises RemoteError only when the
    target cannot be read at all (its manifest or counts) or its manifest cannot be written.

    Where the time goes is the target's writing and the store's serialising, so they overlap:
    while one batch is on its way (its PUTs `workers` at a time, or one bulk request), the next
    one is serialised in another thread."""
    tell = progress or (lambda stage, done, total: None)
    oxigraph = t.engine == "oxigraph"
    # graphs per batch (the manifest vouches for them together); Oxigraph's bulk requests are
    # cheaper the more graphs each carries
    batch = batch or (32 if oxigraph else 16) * max(1, workers)
    started = time.perf_counter()
    client = Client(t, retries, backoff)
    endpoint = t.endpoint()
    manifest = Minter(base).publication_graph()
    tell("reading the store", 0, 0)
    local = local_state(store)
    tell("reading the target", 0, 0)
    recorded = read_manifest(client, manifest)
    counts = all_counts(endpoint, sorted(local))
    todo = sorted(g for g, (h, n) in local.items() if recorded.get(g) != (h, n) or counts[g] != n)
    gone = sorted(g for g in recorded if g not in local and g != manifest)
    _manifest_write(client, manifest, {g: ("", None) for g in todo}, recorded)  # step 1: nothing stale is vouched for
    stale: set[str] = set()

    def send(g: str, data: bytes | None = None) -> str | None:
        """PUT one graph; the graph when it could not be sent."""
        try:
            client.put(g, _ntriples(store, g) if data is None else data)
        except RemoteError:
            return g
        return None

    def drop(g: str) -> str | None:
        try:
            client.delete(g)
        except RemoteError:
            return g
        return None

    def send_all(p: _Payload) -> set[str]:
        """The batch's graphs that could not be sent; a failed bulk request's graphs are PUT."""
        again: dict[str, bytes | None] = dict(p.puts)
        if p.bulk:
            try:
                client.post_quads(p.nquads)
            except RemoteError:
                again.update(dict.fromkeys(p.bulk))
        return {g for g in pool.map(lambda kv: send(*kv), again.items()) if g}

    parts = batches(todo, {g: n for g, (_, n) in local.items()}, batch, 250_000 if oxigraph else 50_000)
    absent = {g for g in todo if counts[g] == 0} if oxigraph else set()
    done = 0
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool, ThreadPoolExecutor(max_workers=1) as prep:
        tell("deleting removed graphs", 0, len(gone))
        stale |= {g for g in pool.map(drop, gone) if g}
        _manifest_write(client, manifest, {g: None for g in gone if g not in stale}, recorded)
        ahead: Future | None = prep.submit(_serialise, store, parts[0], absent) if parts else None
        for i, part in enumerate(parts):
            assert ahead is not None
            payload = ahead.result()
            ahead = prep.submit(_serialise, store, parts[i + 1], absent) if i + 1 < len(parts) else None
            failed = send_all(payload)
            sent = [g for g in part if g not in failed]
            got = remote_counts(endpoint, sent)
            wrong = [g for g in sent if got[g] != local[g][1]]
            for g in wrong:  # a failed upload may have committed part: send once more, count again
                failed |= {g} if send(g) else set()
            got.update(remote_counts(endpoint, [g for g in wrong if g not in failed]))
            good: dict[str, tuple[str, int | None] | None] = {
                g: local[g] for g in sent if g not in failed and got[g] == local[g][1]
            }
            _manifest_write(client, manifest, good, recorded)
            stale |= set(part) - set(good)
            done += len(part)
            tell("publishing", done, len(todo))
    tell("verifying", 0, 0)
    final = all_counts(endpoint, sorted(local))
    client.close()
    rows = []
    for g in sorted(local):
        n = local[g][1]
        if final[g] != n:
            stale.add(g)
        action = "stale" if g in stale else ("sent" if g in todo else "unchanged")
        rows.append(GraphCount(g, n, final[g], action))
    rows += [GraphCount(g, 0, 0, "stale" if g in stale else "deleted") for g in gone]
    return PublishResult(
        graphs=tuple(rows),
        sent=sum(r.action == "sent" for r in rows),
        unchanged=sum(r.action == "unchanged" for r in rows),
        deleted=sum(r.action == "deleted" for r in rows),
        stale=tuple(sorted(stale)),
        seconds=round(time.perf_counter() - started, 2),
    )
