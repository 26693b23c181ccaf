"""Where the project's data lives: ontology/, queries/, data/ beside src/ (editable install),
or wherever RESGRAPH_HOME points."""
import os
from pathlib import Path

HOME = Path(os.environ.get("RESGRAPH_HOME") or Path(__file__).resolve().parents[2])
ONTOLOGY = HOME / "ontology"
VOCAB = ONTOLOGY / "vocab"
QUERIES = HOME / "queries"
DATA = HOME / "data"
