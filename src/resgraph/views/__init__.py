"""Views: records and query results rendered for people and tools (JSON records, summaries,
lineage chains, citation networks). Plain data in, plain data (or a file) out."""
