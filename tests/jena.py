"""Apache Jena's command-line tools (riot, shacl) from Debian's libapache-jena-java, for tests.

Debian's jena-core holds a second copy of Xerces under the package `xerces` without its message
files, and Jena fails to start ("internal error" in XSSimpleTypeDecl); the files are copied out of
the jar's shaded copy (org/apache/jena/ext/xerces) into a folder put first on the class path. Jena
1.1 JSON-LD (Titanium) needs a jakarta.json implementation Debian does not ship with it, so JSON-LD
is read with Jena's JSON-LD 1.0 reader (jsonld-java)."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

JAVA_DIR = Path("/usr/share/java")
JARS = (
    "commons-cli commons-codec commons-compress commons-csv commons-io commons-lang3 dexx.collection gson guava "
    "httpclient httpclient-cache httpcore jackson-core jackson-databind jackson-annotations jakarta.json-api "
    "jsonld-java protobuf thrift titanium-json-ld slf4j-api slf4j-nop caffeine collection commons-collections4"
).split()


def classpath(tmp: Path) -> str | None:
    """The class path for Jena's commands, or None when Java or Jena is not installed."""
    core = JAVA_DIR / "jena-core.jar"
    if not shutil.which("java") or not core.exists():
        return None
    fix = tmp / "jena-xerces-messages"
    if not fix.exists():
        with zipfile.ZipFile(core) as z:
            for name in z.namelist():
                prefix = "org/apache/jena/ext/xerces/"
                if name.startswith(prefix) and name.endswith(".properties"):
                    target = fix / "xerces" / name[len(prefix) :]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(z.read(name))
    jena = sorted(p for p in JAVA_DIR.glob("jena-*.jar") if not p.stem[-1].isdigit())
    deps = [JAVA_DIR / f"{j}.jar" for j in JARS if (JAVA_DIR / f"{j}.jar").exists()]
    return ":".join(str(p) for p in [fix, *jena, *deps])


def run(cp: str, main: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["java", "-cp", cp, main, *args], capture_output=True, text=True, timeout=600)
