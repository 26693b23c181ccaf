"""Bug seen in the suite: a build sealed the store while Oxigraph's background compaction was
still writing an .sst file (0 bytes at the seal, 498,014 bytes later), and the next open called
the healthy store damaged. A file that only grew since the seal was being written, not damaged;
a file that shrank or whose bytes changed at the same size still is."""

import os

import pytest

from resgraph.errors import StoreError
from resgraph.graph import storedir


def _sst(folder, name, data: bytes):
    (folder / name).write_bytes(data)


@pytest.mark.parametrize(
    ("at_seal", "later", "damaged"),
    [
        (b"", b"x" * 4096, False),  # empty at the seal: not sealed at all
        (b"x" * 100, b"x" * 4096, False),  # grew after the seal: was being written
        (b"x" * 4096, b"x" * 100, True),  # truncated
        (b"x" * 4096, b"y" * 4096, True),  # same size, other bytes
        (b"x" * 4096, b"x" * 4096, False),  # rewritten with the same bytes
    ],
)
def test_a_file_that_grew_after_the_seal_is_not_damage(tmp_path, at_seal, later, damaged):
    _sst(tmp_path, "000001.sst", at_seal)
    storedir.seal(tmp_path)
    _sst(tmp_path, "000001.sst", later)
    st = (tmp_path / "000001.sst").stat()
    os.utime(tmp_path / "000001.sst", ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    if damaged:
        with pytest.raises(StoreError, match="000001.sst"):
            storedir.verify(tmp_path)
    else:
        storedir.verify(tmp_path)
