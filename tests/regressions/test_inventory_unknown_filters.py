"""`resgraph mandates` refuses an organ, an addressee or a date it cannot read, rather than an
empty inventory that looks like "no mandates".

Met in a trial of the README's commands on ../shared/corpus: `resgraph mandates --organ XX` and
`--addressee Nobody` printed an empty table with exit status 0 (the same as an organ with no
mandate), `--addressee SecretaryGenral` likewise, `--organ sc` found nothing though SC has 480 rows,
and `--as-of yesterday` said only "Invalid isoformat string". The data/ store stands in (its
mandates are the General Assembly's and ECOSOC's).
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from resgraph.cli import app
from resgraph.views.inventory import inventory

REFUSED = [
    ({"organ": "XX"}, "unknown organ 'XX'; organs: GA, ECOSOC, SC"),
    ({"addressee": "Nobody"}, "unknown addressee 'Nobody'"),
    ({"addressee": "SecretaryGenral"}, "did you mean SecretaryGeneral"),
    ({"as_of": "yesterday"}, "the date must be ISO (YYYY-MM-DD), not 'yesterday'"),
    ({"as_of": "2025-02-30"}, "not '2025-02-30' (day is out of range for month)"),
]


@pytest.mark.parametrize(("kwargs", "says"), REFUSED)
def test_what_it_cannot_read_is_refused(memory_store, kwargs, says):
    with pytest.raises(ValueError) as e:
        inventory(memory_store, **kwargs)
    assert says in str(e.value)


@pytest.mark.parametrize(
    ("kwargs", "same_as"),
    [({"organ": "ga"}, {"organ": "GA"}), ({"addressee": "secretarygeneral"}, {"addressee": "SecretaryGeneral"})],
)
def test_ids_are_read_whatever_their_case(memory_store, kwargs, same_as):
    rows = inventory(memory_store, "2025-12-31", **kwargs)
    assert rows and rows == inventory(memory_store, "2025-12-31", **same_as)


def test_the_command_exits_2_with_the_reason(data_store):
    r = CliRunner().invoke(app, ["mandates", "--store", str(data_store), "--organ", "XX"])
    assert r.exit_code == 2 and "unknown organ 'XX'" in r.stderr
