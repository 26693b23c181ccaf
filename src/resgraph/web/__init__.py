"""The web layer: the read-only SPARQL endpoint and the pages served over the store."""
