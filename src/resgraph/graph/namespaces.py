"""Every RDF namespace resgraph writes or reads, declared once, as plain strings.

ntriples.py writes terms from them, rdf.py makes rdflib namespaces of them, the store's SPARQL
and the named queries' PREFIX lines use the same IRIs. resgraph's own terms are in `RG`; the
others are the vocabularies the ontology aligns to (ELI, CiTO, UNDO, DCTERMS, PROV, SKOS, ...).
"""

from __future__ import annotations

RG = "https://w3id.org/resgraph/ontology#"
SHAPES = "https://w3id.org/resgraph/shapes#"
ELI = "http://data.europa.eu/eli/ontology#"
CITO = "http://purl.org/spar/cito/"
UNDO = "https://w3id.org/un/ontology/undo/"
ORG = "http://www.w3.org/ns/org#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SH = "http://www.w3.org/ns/shacl#"
SD = "http://www.w3.org/ns/sparql-service-description#"  # the endpoint's service description
FORMATS = "http://www.w3.org/ns/formats/"
VOID = "http://rdfs.org/ns/void#"  # the dataset's description
DCAT = "http://www.w3.org/ns/dcat#"
FOAF = "http://xmlns.com/foaf/0.1/"

# the prefixes written into serialisations, in this order
PREFIXES = {
    "rg": RG,
    "eli": ELI,
    "cito": CITO,
    "undo": UNDO,
    "dcterms": DCTERMS,
    "prov": PROV,
    "skos": SKOS,
    "org": ORG,
    "owl": OWL,
    "rdfs": RDFS,
    "xsd": XSD,
}


def sparql_prefixes(*names: str) -> str:
    """PREFIX lines for a SPARQL query: `sparql_prefixes("rg", "xsd")`."""
    return "".join(f"PREFIX {n}: <{PREFIXES[n]}>\n" for n in names)
