"""The graph: records as RDF under the ontology, validated, stored and queried.

`iris` (IRIs from symbols) → `ntriples` (a record's N-Triples; `rdf` for rdflib graphs and
exports; `vocab_rdf` for the vocabularies as SKOS) → `validate` (SHACL) → `store` (the on-disk
Oxigraph store) → `queries` (named SPARQL queries); `drafts` links drafts to their adoptions;
`build` runs the whole of it over files.
"""
