"""Extraction: a resolution's file in, a `resgraph.models.Record` out. Knows no RDF and no IRIs.

Steps, one module each: `sources` (which files) → `read` (+ `akn`, `pdf`: bytes to text in any of
the formats) → `segment` (header, paragraphs, footnotes) → `identity`, `citations`, `mandates`
(with `symbols` resolving what is cited) → `pipeline` (chains them; `extract_file`, `extract_many`).
"""

from resgraph.extract.pipeline import extract_file, extract_many, extract_source

__all__ = ["extract_file", "extract_many", "extract_source"]
