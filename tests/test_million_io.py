"""bench/million.py's read counters: what one process read, by calls and bytes
(/proc/self/io), counted on a real file read here."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

_BENCH = Path(__file__).parent.parent / "bench"


def _million():
    sys.path.insert(0, str(_BENCH))  # million.py imports benchlib by name
    try:
        spec = importlib.util.spec_from_file_location("million", _BENCH / "million.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(_BENCH))


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="no /proc/self/io here")
def test_a_file_read_in_pages_is_counted(tmp_path: Path):
    million = _million()
    data = tmp_path / "pages.bin"
    data.write_bytes(os.urandom(64 * 4096))
    before = million.process_io()
    with data.open("rb", buffering=0) as f:
        while f.read(4096):
            pass
    after = million.process_io()
    assert after["syscr"] - before["syscr"] >= 64  # one call a page, as SQLite reads them
    assert after["rchar"] - before["rchar"] >= 64 * 4096
    assert set(after) == {"syscr", "rchar", "read_bytes", "write_bytes"}
