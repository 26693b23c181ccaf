"""/queries: the project's named queries (queries/*.rq), listed and run with bound parameters,
through the same query workers as /sparql (same time limit, memory cap, union default graph)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from resgraph.graph import queries as named_queries
from resgraph.graph.remote import python_value
from resgraph.graph.store import XSD, Iri
from resgraph.web.workers import QueryFailed

router = APIRouter()


def substitution(value: Any) -> list[str]:
    """A bound parameter as the worker's substitution: ["iri", v] or ["lit", v, datatype]."""
    if isinstance(value, Iri):
        return ["iri", str(value)]
    if isinstance(value, bool):
        return ["lit", "true" if value else "false", XSD + "boolean"]
    if isinstance(value, int):
        return ["lit", str(value), XSD + "integer"]
    return ["lit", str(value)]


def rows_of(results: dict[str, Any], drop: set[str]) -> list[dict[str, Any]]:
    """Rows of SPARQL JSON results as dicts of plain values, without the `drop` columns."""
    if "boolean" in results:
        return [{"result": results["boolean"]}]
    names = [v for v in results["head"]["vars"] if v not in drop]
    return [{n: python_value(b.get(n)) for n in names} for b in results["results"]["bindings"]]


@router.get("/queries")
async def list_queries() -> dict[str, Any]:
    """The named queries, what each answers, and its parameters."""
    return {
        name: {
            "answers": q.answers,
            "part_of": q.part_of or None,
            "parameters": {p.name: {"type": p.type, "required": p.required, "doc": p.doc} for p in q.params},
        }
        for name, q in named_queries.available().items()
    }


@router.get("/queries/{name}", response_class=JSONResponse)
async def run_named(name: str, request: Request) -> JSONResponse:
    """Rows of a named query; parameters are passed as ?name=value and bound, never pasted.
    (The rows are converted and written out in a thread: thousands of them take the event loop,
    and every other request of the app, for tens of milliseconds.)"""
    try:
        q = named_queries.load(name)
        bound = q.bind(dict(request.query_params))
    except named_queries.QueryError as e:
        raise HTTPException(404 if "no query named" in str(e) else 400, str(e)) from None
    try:
        text, scalars = named_queries.bind_lists(q.text, bound)  # several IRIs: a VALUES block
        results = await request.app.state.pool.rows(text, {k: substitution(v) for k, v in scalars.items()})
    except ValueError as e:
        raise HTTPException(400, str(e)) from None
    except QueryFailed as e:
        raise HTTPException(e.status, str(e)) from None
    drop = {p.name for p in q.params}
    return await run_in_threadpool(
        lambda: JSONResponse({"query": name, "answers": q.answers, "rows": rows_of(results, drop)})
    )
