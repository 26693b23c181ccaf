"""A resolution's and an actor's page as plain data, read from the store.

A document page gathers, from the resource's description (describe.describe), its identity, its
paragraphs in order with the citations and mandates each holds, the reports it asks for and what
it cites; what cites it and its lineage are the rows of the named queries cited-by and lineage
(QUERIES), which the web layer runs through the endpoint's query workers, under their time limit.
An actor's page is the rows of actor-mandates and reports-owed. The templates only render what
these functions return.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from resgraph.graph.rdf import CITO, ELI, RG
from resgraph.graph.store import GraphStore, Iri
from resgraph.views.lineage import chains_to, edge_label
from resgraph.web.describe import index, labels, short_name

PARAGRAPH_KINDS = {
    str(RG.PreambularParagraph): "preambular",
    str(RG.OperativeParagraph): "operative",
    str(RG.SubParagraph): "subparagraph",
    str(RG.AnnexParagraph): "annex",
    str(RG.Paragraph): "paragraph",
}
CHAINS = 5  # the longest lineage chains a page lists
MAX_ROWS = 1000  # rows of a table a page shows (the named query behind it gives them all)


def _one(props: dict[str, list], prop: Any) -> Any:
    values = props.get(str(prop)) or [None]
    return values[0]


def _all(props: dict[str, list], prop: Any) -> list:
    return sorted(props.get(str(prop), []), key=str)


def queries_for(kind: str, iri: str, triples: list[ox.Triple]) -> dict[str, dict[str, Any]]:
    """The named queries a page of this kind needs, with their parameters: name -> parameters."""
    me = index(triples).get(iri, {})
    if kind == "document":
        symbol = _one(me, RG.symbol)
        return {"cited-by": {"symbol": symbol}, "lineage": {"symbol": symbol}} if symbol else {}
    if kind == "actor":
        return {"actor-mandates": {"actor": Iri(iri)}, "reports-owed": {"actor": Iri(iri)}}
    return {}


def document_page(
    store: GraphStore, iri: str, triples: list[ox.Triple], rows: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    """Everything a resolution's page shows, as plain data (see the module docstring); `rows`:
    the rows of the named queries queries_for names."""
    by = index(triples)
    me = by.get(iri, {})
    names = labels(store, [str(t.object.value) for t in triples if isinstance(t.object, ox.NamedNode)])
    symbol = _one(me, RG.symbol)
    draft = _one(me, RG.containsDraft)
    owners = {iri, draft} if draft else {iri}

    def link(target: str | None) -> dict[str, str] | None:
        return {"iri": target, "label": names.get(target) or short_name(target)} if target else None

    paragraphs: list[dict[str, Any]] = []
    for p, props in by.items():
        if _one(props, ELI.is_part_of) not in owners or _one(props, RG.paragraphIndex) is None:
            continue
        kinds = [PARAGRAPH_KINDS[t] for t in _all(props, RDF.type) if t in PARAGRAPH_KINDS]
        paragraphs.append(
            {
                "iri": p,
                "index": _one(props, RG.paragraphIndex),
                "kind": kinds[0] if kinds else "paragraph",
                "number": _one(props, RG.number),
                "label": _one(props, RG.label),
                "text": _one(props, RG.text),
                "in_draft": _one(props, ELI.is_part_of) == draft,
                "citations": [],
                "mandates": [],
            }
        )
    paragraphs.sort(key=lambda p: p["index"])
    where = {p["iri"]: p for p in paragraphs}
    reports = []
    for node, props in sorted(by.items()):
        rdf_types = set(_all(props, RDF.type))
        para = where.get(_one(props, RG.inParagraph))
        if str(RG.Citation) in rdf_types and para is not None:
            para["citations"].append(
                {
                    "iri": node,
                    "cited": link(_one(props, CITO.hasCitedEntity)),
                    "function": link(_one(props, RG.hasFunction)),
                    "text": _one(props, RG.text),
                }
            )
        elif str(RG.Mandate) in rdf_types and para is not None:
            para["mandates"].append(
                {
                    "iri": node,
                    "verb": link(_one(props, RG.mandateVerb)),
                    "addressees": [link(a) for a in _all(props, RG.addressee)],
                    "text": _one(props, RG.addresseeText),
                }
            )
        elif str(RG.ReportingRequirement) in rdf_types:
            reports.append(
                {
                    "iri": node,
                    "by": link(_one(props, RG.reportBy)),
                    "to": link(_one(props, RG.reportTo)),
                    "session": link(_one(props, RG.session)),
                    "year": _one(props, RG.sessionYear),
                    "recurrence": _one(props, RG.recurrence),
                    "op": _one(props, RG.operativeNumber),
                }
            )
    for para in paragraphs:
        para["citations"].sort(key=lambda c: int(c["iri"].rsplit("/", 1)[-1]))
        para["mandates"].sort(key=lambda m: int(m["iri"].rsplit("/", 1)[-1]))
    reports.sort(key=lambda r: (r["op"] or 0, r["iri"]))
    return {
        "iri": iri,
        "symbol": symbol,
        "title": _one(me, DCTERMS.title),
        "types": [link(t) for t in _all(me, RDF.type) if t.startswith(str(RG))],  # the standard ones are in the RDF
        "date": _one(me, ELI.date_document),
        "organ": link(_one(me, RG.adoptedBy) or _one(me, RG.recommendedBy)),
        "session": link(_one(me, RG.session)),
        "undocs": [s for s in _all(me, RDFS.seeAlso) if "undocs.org" in s],
        "draft": link(draft),
        "adopted_as": link(_one(me, RG.draftAdoptedAs)),
        "part_of": link(_one(me, ELI.is_part_of)),
        "paragraphs": paragraphs,
        "reports": reports,
        "cites": [link(c) for c in _all(me, ELI.cites)],
        "cited_by": cited_by(store, rows.get("cited-by", [])),
        "lineage": lineage(store, rows.get("lineage", []), symbol) if symbol else [],
    }


def cited_by(store: GraphStore, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Who cites a resolution, with function and paragraph (rows of the named query cited-by)."""
    m = store.minter
    out = []
    for r in rows:
        target = r["citing"] if r["citing"].startswith("http") else m.doc(r["citing"])
        out.append({"iri": target, "label": r["citing"], "function": r.get("function"), "op": r.get("op")})
    return out


def lineage(store: GraphStore, rows: list[dict[str, Any]], symbol: str) -> list[list[dict[str, Any]]]:
    """The longest chains by which a resolution descends from earlier texts (rows of the named
    query lineage), each a list of steps {iri, label, edge}, edge naming how the next follows."""
    out = []
    for nodes, edges in chains_to(rows, symbol)[:CHAINS]:  # nodes are symbols, or IRIs without one
        steps = [{"iri": n if n.startswith("http") else store.minter.doc(n), "label": n, "edge": None} for n in nodes]
        for step, e in zip(steps, edges, strict=False):  # the last step has no edge
            step["edge"] = edge_label(e)
        out.append(steps)
    return out


def actor_page(iri: str, triples: list[ox.Triple], rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """An actor's page: its names, the mandates addressed to it and the reports it owes (rows of
    the named queries actor-mandates and reports-owed)."""
    me = index(triples).get(iri, {})
    key = _one(me, SKOS.notation) or short_name(iri)
    return {
        "iri": iri,
        "name": _one(me, SKOS.prefLabel) or key,
        "key": key,
        "alt": _all(me, SKOS.altLabel),
        "mandates": rows.get("actor-mandates", [])[:MAX_ROWS],
        "reports": rows.get("reports-owed", [])[:MAX_ROWS],
        "counts": {name: len(rows.get(name, [])) for name in ("actor-mandates", "reports-owed")},
        "max_rows": MAX_ROWS,
    }
