"""resgraph: United Nations resolutions as a knowledge graph of citations and mandates."""
__version__ = "0.1.0"
