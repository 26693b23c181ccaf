"""What a page reads from the store, run where the endpoint runs its queries.

In `resgraph serve` the app holds the endpoint's pool of query workers (app.state.pool): a page's
named queries and its other reads of the store (page_calls.py) run there, under the same time
limit and memory cap as /sparql, off the event loop and outside the app's process. An app without
the pool (a bare FastAPI app with only the pages) runs them in a thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from resgraph.graph import queries
from resgraph.graph.lineage import DEFAULT_DEPTH, DEFAULT_LIMIT, LineagePage, walker
from resgraph.web import named

if TYPE_CHECKING:
    from resgraph.web.pages import Site


async def named_rows(
    request: Request, site: Site, name: str, params: dict[str, Any], limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """Rows of a named query (`limit` rows from `offset` on, when given), run by the endpoint's
    query workers (their time limit and memory cap) when the app has them, else in a thread.
    Raises QueryFailed (with the HTTP status)."""
    q = queries.load(name)
    bound = q.bind(params)
    pool = getattr(request.app.state, "pool", None)
    if pool is None:
        rows = await run_in_threadpool(queries.run, site.store, name, params)
        return rows if limit is None else rows[offset : offset + limit]
    text, scalars = queries.bind_lists(q.text, bound)  # several IRIs: a VALUES block
    text = text if limit is None else f"{text.rstrip()}\nLIMIT {int(limit)} OFFSET {int(offset)}\n"
    results = await pool.rows(text, {k: named.substitution(v) for k, v in scalars.items()})
    return named.rows_of(results, {p.name for p in q.params})


async def lineage_page(
    request: Request,
    site: Site,
    symbol: str,
    depth: int | None = DEFAULT_DEPTH,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
    node: str | None = None,
) -> LineagePage:
    """A page of a lineage (resgraph.graph.lineage.walker), each generation's named query run as
    named_rows runs one (its time limit applies to each). Raises QueryFailed, ValueError (a
    negative bound)."""
    steps = walker(symbol, depth, limit, offset, node)
    try:
        ask = next(steps)
        while True:
            ask = steps.send(await named_rows(request, site, *ask))
    except StopIteration as done:
        return done.value


async def page_symbols(request: Request, site: Site, text: str) -> tuple[str, ...]:
    """The canonical symbols the store holds for a symbol as people write it ("67/186", "1373
    (2001)": graph/lookup.py), each candidate asked as named_rows asks; a canonical symbol is
    answered as it is (what is read for it says whether the store holds it). Raises QueryFailed."""
    from resgraph.graph.lookup import candidates

    tried = candidates(text)
    if len(tried) == 1:
        return tried
    return tuple([c for c in tried if await named_rows(request, site, "symbol-known", {"symbol": c})])


def counted(text: str) -> str:
    """A query that counts the rows of a named query's SELECT: its prologue (comments, PREFIX,
    BASE) kept, the SELECT made a subquery of SELECT (COUNT(*) AS ?rows)."""
    lines = text.splitlines()
    n = 0
    while n < len(lines) and (not lines[n].strip() or lines[n].lstrip().startswith(("#", "PREFIX", "BASE"))):
        n += 1
    return "\n".join(lines[:n]) + "\nSELECT (COUNT(*) AS ?rows) WHERE {\n" + "\n".join(lines[n:]) + "\n}\n"


async def named_count(request: Request, site: Site, name: str) -> int:
    """How many rows the named query `name` (without parameters) gives, counted by the store.
    Raises QueryFailed."""
    q = queries.load(name)
    pool = getattr(request.app.state, "pool", None)
    if pool is None:
        return len(await run_in_threadpool(queries.run, site.store, name, {}))
    results = await pool.rows(counted(q.text))
    return int(results["results"]["bindings"][0]["rows"]["value"])


async def page_call(request: Request, site: Site, name: str, *args: Any) -> Any:
    """page_calls.CALLS[name](store, *args) in a query worker (in a thread without the pool).
    Raises QueryFailed (503 when it overran its time or memory)."""
    from resgraph.web import page_calls  # it imports the page modules, which import this one

    pool = getattr(request.app.state, "pool", None)
    if pool is None or not hasattr(pool, "call"):
        return await run_in_threadpool(page_calls.run, site.store, name, list(args))
    return await pool.call(name, *args)
