"""A passage held by more articles than ``STOCK_POSTINGS``: a cluster run pairs up the same
articles on it as a single process does.

One process looks a passage up only while at most ``STOCK_POSTINGS`` stored articles hold
it, so the articles that pair up on a stock passage are the first ``STOCK_POSTINGS + 1`` to
arrive, in the order the inputs are read. Here every capture carries one standard paragraph
of a (fictional) water board and words of its own: the paragraph is half of each text, so
two of them are copies when compared, and nothing else links them. The inputs are a folder,
a JSON Lines file cut into several parts, and a second folder, so that the first holders
come from two of the three and the cluster must keep the order one process reads them in.
The cluster is a real local one (``local:2``), as ``--cluster local:2`` starts it.
"""

from __future__ import annotations

import json
import random
from datetime import datetime
from pathlib import Path

import pytest
from made_up import cluster_ingested, ingested, made_up_name

from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.store import Store
from sitrep.store.relations import STOCK_POSTINGS

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

OPTIONS = ReadOptions(captured_at=datetime(2026, 8, 21), captured_at_has_time=False)
STOCK = ("The regional water board in Novi Sad said that pumping stations along the Danube "
         "would keep running through the night while its engineers checked the older dykes "
         "south of the town and asked residents of low streets to stay ready to leave.")
TOWNS = ["Futog", "Begec", "Kovilj", "Titel", "Petrovaradin", "Kac", "Ledinci"]
GOODS = ["sandbags", "pumps", "boats", "tents", "generators", "blankets", "crates"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SYLLABLES = ["ra", "ko", "vi", "len", "mi", "dra", "so", "bor", "ze", "lju", "ta", "nov"]
#: Captures in each folder and lines of the JSON Lines file: more than STOCK_POSTINGS + 1.
FIRST, LINES, LAST = 10, 26, 8




def _story(i: int) -> str:
    """The capture's own words, the standard paragraph between them. A name of its own
    opens and closes each sentence of its own, so that no run of eight words is shared
    with another capture but within the standard paragraph, and the texts hold no figure
    (two figures in the same words would be a revision, not a copy)."""
    rng = random.Random(i)
    name = [made_up_name(12 * i + k, SYLLABLES) for k in range(12)]
    own = [f"{name[2 * j]} of {rng.choice(TOWNS)} brought {rng.choice(GOODS)} on "
           f"{rng.choice(DAYS)} to {name[2 * j + 1]}." for j in range(6)]
    title = f"{rng.choice(TOWNS)} waits for the river"
    return "\n".join([title, "", " ".join(own[:2]), "", STOCK, "", " ".join(own[2:]), ""])


def _inputs(root: Path) -> list[str]:
    first, last = root / "first", root / "last"
    for folder, numbers in ((first, range(FIRST)), (last, range(FIRST + LINES,
                                                                FIRST + LINES + LAST))):
        folder.mkdir()
        for i in numbers:
            (folder / f"report-{i:03d}.txt").write_text(_story(i), encoding="utf-8")
    feed = root / "feed.jsonl"
    with open(feed, "w", encoding="utf-8") as fh:
        for i in range(FIRST, FIRST + LINES):
            fh.write(json.dumps({"text": _story(i), "url": f"https://example.org/r/{i}"}) + "\n")
    return [str(first), str(feed), str(last)]




def test_a_stock_passage_pairs_the_same_articles_in_a_cluster(tmp_path: Path) -> None:
    paths = _inputs(tmp_path)
    with Store(tmp_path / "single.db") as store:
        ingest(paths, store, OPTIONS)
        expected = ingested(store)
        order = [a.id for a in store.articles()]
    assert len(expected["articles"]) == FIRST + LINES + LAST
    stock_key = max(set.intersection(*({k for k, a in expected["passage_keys"] if a == i}
                                       for i in order)))
    assert stock_key  # every article holds the standard paragraph's keys
    group_of = {r[0]: r[-1] for r in expected["articles"]}
    sizes = sorted(list(group_of.values()).count(g) for g in set(group_of.values()))
    # the first STOCK_POSTINGS + 1 pair up on it, the later ones stay on their own
    assert sizes[-1] == STOCK_POSTINGS + 1 and sizes[:-1] == [1] * (len(sizes) - 1)
    got = cluster_ingested(paths, tmp_path / "cluster.db", OPTIONS)
    for table, rows in expected.items():
        assert got[table] == rows, table
