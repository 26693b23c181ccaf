"""/sparql in the app's OpenAPI description (/openapi.json).

The endpoint is a bare ASGI layer in front of FastAPI (sparql.py), so FastAPI does not see it and
cannot describe it; its operations are written out here from the same tables the endpoint uses
(the protocol's parameters, the media types of serialize.py, the ?format= names of protocol.py,
the largest body), and added to the description FastAPI builds for the other routes.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from resgraph.web import protocol
from resgraph.web.serialize import RDF, RESULTS

TAG = "SPARQL 1.1 Protocol"
_TEXT = {"type": "string"}
_IRIS = {"type": "array", "items": {"type": "string", "format": "uri"}}


def _param(name: str, schema: dict[str, Any], doc: str, required: bool = False) -> dict[str, Any]:
    out = {"name": name, "in": "query", "required": required, "schema": schema, "description": doc}
    if schema.get("type") == "array":
        out.update(style="form", explode=True)
    return out


DATASET = [
    _param(
        "default-graph-uri",
        _IRIS,
        "a graph of the default graph (repeatable); without it and without FROM, the default graph "
        "is the union of all named graphs",
    ),
    _param("named-graph-uri", _IRIS, "a named graph of the dataset (repeatable)"),
]
FORMAT = _param(
    "format",
    {"type": "string", "enum": sorted(protocol.SHORT)},
    "the answer's format by name, instead of Accept (as some clients send it)",
)


def _responses() -> dict[str, Any]:
    retry = {"Retry-After": {"description": "seconds after which to try again", "schema": {"type": "integer"}}}
    etag = {"ETag": {"description": "weak: the store's version and the request", "schema": _TEXT}}
    plain = {"text/plain": {"schema": _TEXT}}
    return {
        "200": {
            "description": "SELECT/ASK results in one of the results formats, CONSTRUCT/DESCRIBE in one of the "
            "RDF formats, chosen by Accept with q-values; without a query (GET), the SPARQL 1.1 Service "
            "Description in an RDF format",
            "headers": etag,
            "content": {media: {"schema": _TEXT} for media in (*RESULTS, *RDF)},
        },
        "304": {"description": "If-None-Match named the answer's ETag", "headers": etag},
        "400": {"description": "syntax error, an update, SERVICE, or no query (the reason as text)", "content": plain},
        "406": {"description": "none of the accepted media types fits the query's form", "content": plain},
        "413": {"description": f"a body over {protocol.MAX_BODY} bytes, or a result too large", "content": plain},
        "503": {
            "description": "the query overran its time limit (wall-clock seconds from when a worker took it) or "
            "its memory cap and was stopped, or no worker was free in time, or the queue was full (the reason as text)",
            "headers": retry,
            "content": plain,
        },
    }


def sparql_path() -> dict[str, Any]:
    """The OpenAPI path item of /sparql: GET (HEAD alike) and POST, with their parameters and
    media types."""
    query = _param("query", _TEXT, "a SPARQL 1.1 query (read-only); without it GET answers the service description")
    form = {
        "type": "object",
        "required": ["query"],
        "properties": {"query": _TEXT, "default-graph-uri": _IRIS, "named-graph-uri": _IRIS},
    }
    responses = _responses()
    common: dict[str, Any] = {"tags": [TAG], "responses": responses}
    return {
        "get": {
            "summary": "Query the graph (SPARQL 1.1 Protocol, query via GET)",
            "operationId": "sparql_get",
            "parameters": [query, *DATASET, FORMAT],
            **common,
        },
        "head": {
            "summary": "The headers GET would answer",
            "operationId": "sparql_head",
            "parameters": [query, *DATASET, FORMAT],
            **common,
        },
        "post": {
            "summary": "Query the graph (query via URL-encoded POST, or POST directly)",
            "operationId": "sparql_post",
            "parameters": [*DATASET, FORMAT],
            "requestBody": {
                "required": True,
                "content": {
                    "application/x-www-form-urlencoded": {"schema": form},
                    "application/sparql-query": {"schema": _TEXT},
                },
            },
            **common,
            "responses": {
                **responses,
                "415": {
                    "description": "an update (application/sparql-update) or another content type",
                    "content": {"text/plain": {"schema": _TEXT}},
                },
            },
        },
    }


def install(app: FastAPI) -> None:
    """Make app.openapi() describe /sparql besides the routes FastAPI knows."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            schema["paths"] = {"/sparql": sparql_path(), **schema.get("paths", {})}
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
