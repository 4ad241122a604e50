"""Articles in a language sitrep has no rules for are kept, marked and counted: never an
empty result without a word. Real store, real command line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sitrep.cli import main
from sitrep.lang import describe_not_read, not_read, reads

PAGES = [
    {"url": "https://a.example/1", "published": "2026-03-02",
     "text": "İzmir'de deprem meydana geldi. Yetkililer ölü sayısının 12 olduğunu "
             "açıkladı. Kurtarma çalışmaları devam ediyor. Sakinler geceyi dışarıda geçirdi."},
    {"url": "https://b.example/2", "published": "2026-03-04",
     "text": "Губернатор Иван Сомов заявил в понедельник, что при пожаре в Самаре погибли "
             "не менее 12 человек, ещё 35 пострадали. Спасатели продолжают работу."},
    {"url": "https://c.example/3", "published": "2026-03-04",
     "text": "Bij de brand in Rotterdam zijn volgens de plaatselijke autoriteiten minstens "
             "12 mensen omgekomen. De reddingsploegen zijn nog steeds ter plaatse aan het werk."},
]


def test_counts_by_language():
    assert reads("en") and reads(None) and reads("ru") and reads("pt") and not reads("tr")
    counts = not_read(["tr", "ru", "nl", "tr", "en", "pt", None])
    assert counts == {"tr": 2, "nl": 1}
    assert describe_not_read(counts) == "3 articles not read: tr 2, nl 1"
    assert describe_not_read({}) is None


def test_ingest_articles_and_extract_say_what_was_not_read(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PAGES),
                    encoding="utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(feed), "--db", db], catch_exceptions=False)
    assert "2 articles not read: nl 1, tr 1" in result.output
    result = runner.invoke(main, ["articles", "--db", db], catch_exceptions=False)
    assert "not read: tr" in result.output and "not read: nl" in result.output
    assert "not read: ru" not in result.output
    result = runner.invoke(main, ["extract", "--all", "--json", "--db", db],
                           catch_exceptions=False)
    assert json.loads(result.output)["not_read"] == {"nl": 1, "tr": 1}
    result = runner.invoke(main, ["figures", "--db", db, "--format", "jsonl"],
                           catch_exceptions=False)
    lows = sorted(json.loads(line)["low"] for line in result.output.splitlines() if line)
    assert 12 in lows and 35 in lows  # the Russian article was read
    out = tmp_path / "report"
    result = runner.invoke(main, ["report", "--out", str(out), "--db", db],
                           catch_exceptions=False)
    assert result.exit_code == 0
    for name in ("report.md", "report.html"):
        assert "2 articles not read: nl 1, tr 1" in (out / name).read_text(encoding="utf-8")
