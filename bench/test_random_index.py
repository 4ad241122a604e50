"""The random-index bench on tiny sizes: both orders measured at each size, the rows held
as asked, and the scratch files gone after."""

import json
from pathlib import Path

from random_index import _keys, main


def test_both_orders_are_timed_at_each_size_and_the_files_are_removed(tmp_path: Path):
    out = tmp_path / "ri.json"
    assert main(["--dir", str(tmp_path / "w"), "--indexes", "2", "--sizes", "100,3000",
                 "--json", str(out)]) == 0
    found = json.loads(out.read_text())
    for order in ("random", "arrival"):
        assert [r["rows"] for r in found[order]] == [100, 3000]
        assert all(r["wall_ms_a_row"] > 0 for r in found[order])
    assert list((tmp_path / "w").iterdir()) == []


def test_arrival_keys_grow_with_the_row_and_random_ones_do_not():
    arrival = [_keys("arrival", row, 2)[0] for row in range(50)]
    random = [_keys("random", row, 2)[0] for row in range(50)]
    assert arrival == sorted(arrival) and random != sorted(random)
    assert len(set(random)) == 50
