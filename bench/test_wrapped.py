"""The wrapped-capture bench wraps real captures, cleans them with and without the joining,
and puts the baseline beside the result."""

import json
from pathlib import Path

from wrapped import hard_wrap, main, measure


def test_hard_wrap_breaks_only_the_long_lines():
    raw = "Short line\n" + "word " * 40 + "\n\nEnd"
    wrapped = hard_wrap(raw, 50)
    assert wrapped.startswith("Short line\n") and wrapped.endswith("\n\nEnd")
    assert max(len(line) for line in wrapped.split("\n")) <= 50
    assert wrapped.split() == raw.split()


def test_the_baseline_is_the_cleaner_without_the_joining_and_is_restored(tmp_path: Path):
    corpus = Path(__file__).resolve().parent.parent / "corpus" / "txt"
    pages = [("corpus", p.name, p.read_text()) for p in sorted(corpus.glob("*.txt"))[:4]]
    joined, baseline = measure(pages, [72], True), measure(pages, [72], False)
    assert joined[72]["sets"]["corpus"] == {"same": 4, "of": 4}
    assert baseline[72]["sets"]["corpus"]["same"] < 4
    assert measure(pages, [72], True) == joined  # the joining is back after the baseline
    out = tmp_path / "wrapped.json"
    assert main(["--widths", "72", "--json", str(out)]) == 0
    result = json.loads(out.read_text())
    sets = result["joined"]["72"]["sets"]
    assert sets["corpus"]["of"] == 20
    assert result["captures"] == sum(s["of"] for s in sets.values())
