"""The contention bench on tiny stores: every kind of reader is timed beside the writer, the
writer's rows land in its store, and the medians are ratios to the writer alone."""

import json
import sqlite3
from pathlib import Path

from lock_contention import main


def test_each_reader_is_timed_beside_the_writer(tmp_path: Path):
    out = tmp_path / "c.json"
    assert main(["--rounds", "2", "--trials", "1", "--rows", "2000", "--tmp", str(tmp_path),
                 "--json", str(out)]) == 0
    medians = json.loads(out.read_text())["medians"]
    assert set(medians) == {"alone", "thread, a row a key", "thread, one row",
                            "process, a row a key"}
    assert medians["alone"]["wall_vs_alone"] == 1.0
    assert all(m["wall_s"] > 0 and m["cpu_s"] >= 0 for m in medians.values())
    # four runs of the writer, two transactions of 2,000 rows each
    rows = sqlite3.connect(tmp_path / "contention-w.db").execute(
        "SELECT count(*) FROM k WHERE id = 'new'").fetchone()[0]
    assert rows == 4 * 2 * 2_000
