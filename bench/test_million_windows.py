"""The window table of a million-capture run, read from a log written here."""

from __future__ import annotations

from million_windows import samples, windows


def line(items: int, rate: float, cpu: float, rss: int, store: int) -> str:
    """A sample line as million.py logs it."""
    return (f"10:00:00 {items:>9,} items {0:8.0f} s  {rate:6.1f} docs/s (window)  "
            f"{rate:6.1f} overall  {cpu:6.1f} per CPU-s  RSS {rss:6.0f} MiB  "
            f"store {store:8,.0f} MiB  split {{}}")


LOG = "\n".join([
    "10:00:00 ingest 40 captures generated from seed 0 into s.db, from the start",
    line(10, 10.0, 100.0, 400, 1), line(20, 20.0, 120.0, 410, 2),
    "11:00:00 ingest 40 captures generated from seed 0 into s.db, resuming after 20 captures",
    line(30, 5.0, 30.0, 300, 3), line(40, 8.0, 90.0, 450, 4), line(50, 9.0, 95.0, 420, 5),
    "11:00:30 WINDOW 20-40: 6.5 docs/s, 60.0 docs per CPU-second, store 4 MiB, RSS 450 MiB"])


def test_windows_take_the_median_of_their_samples_across_resumed_sessions():
    table = windows(samples(LOG), 20)
    assert [(w.first, w.last, w.samples) for w in table] == [(0, 20, 2), (20, 40, 2),
                                                             (40, 60, 1)]
    assert table[0].median_docs_per_cpu_s == 110.0 and table[0].best_docs_per_cpu_s == 120.0
    assert table[1].median_docs_per_s == 6.5 and table[1].median_docs_per_cpu_s == 60.0
    assert table[1].store_mib == 4 and table[1].max_rss_mib == 450
    assert table[2].median_docs_per_cpu_s == 95.0
