"""The w3id.org redirect rules send each kind of IRI to the path `resgraph serve` answers it at."""

import re

import pytest

from tests.conftest import ROOT

HTACCESS = ROOT / "deploy" / "w3id" / "resgraph" / ".htaccess"


def redirect(path: str) -> tuple[str, str]:
    """(target, status) of the first RewriteRule matching a path under w3id.org/resgraph/, as
    Apache applies a per-directory .htaccess (the path without the folder, no leading slash)."""
    for line in HTACCESS.read_text().splitlines():
        m = re.match(r"RewriteRule\s+(\S+)\s+(\S+)\s+\[([^\]]*)\]", line.strip())
        if not m:
            continue
        hit = re.search(m[1], path)
        if hit:
            target = re.sub(r"\$(\d)", lambda d: hit.group(int(d[1])), m[2])
            status = re.search(r"R=(\d+)", m[3])
            return target, status[1] if status else "302"
    raise AssertionError(f"no rule for {path!r}")


@pytest.mark.parametrize(
    "path,target,status",
    [
        ("A/RES/67/186", "https://SERVER/A/RES/67/186", "303"),
        ("A/RES/67/186.ttl", "https://SERVER/A/RES/67/186.ttl", "303"),
        ("A/RES/67/186/op/14", "https://SERVER/A/RES/67/186/op/14", "303"),
        ("S/RES/1373(2001)", "https://SERVER/S/RES/1373(2001)", "303"),
        ("actor/SecretaryGeneral", "https://SERVER/actor/SecretaryGeneral", "303"),
        ("session/GA/67", "https://SERVER/session/GA/67", "303"),
        ("graph/registry", "https://SERVER/graph/registry", "303"),
        ("ontology", "https://SERVER/ontology", "303"),
        ("ontology/context.jsonld", "https://SERVER/ontology/context.jsonld", "302"),
        (".well-known/void", "https://SERVER/.well-known/void", "303"),
        ("dump/resgraph.nq.gz", "https://SERVER/dump/resgraph.nq.gz", "302"),
        ("sparql", "https://SERVER/sparql", "307"),
        ("", "https://SERVER/", "302"),
    ],
)
def test_each_kind_of_iri_is_forwarded_to_its_path(path, target, status):
    assert redirect(path) == (target, status)


def test_the_rules_name_no_host_but_the_placeholder():
    rules = [line for line in HTACCESS.read_text().splitlines() if line.startswith("RewriteRule")]
    assert len(rules) >= 6
    hosts = {h for line in rules for h in re.findall(r"https://([^/\s]+)/", line)}
    assert hosts == {"SERVER"}
