"""Hostile text never stalls extraction, and never costs the good text beside it.

Each class of text a fuzzing run found slow (numbers with no sentence end, runs of emoji,
one giant token, all of them mixed) is extracted at 100,000 and 400,000 characters: the
longer must take under 5 s, and less than ten times the shorter (four times when linear,
sixteen when quadratic: the bound leaves room for a busy machine). After 200,000
characters of the same junk, a paragraph of news still gives its figure and its speaker.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date, datetime

import pytest

from sitrep.errors import Reason
from sitrep.extract import extract_text

_EMOJI = ["😀", "🎉", "🔥", "🇧🇾", "👍🏽", "👨‍👩‍👧", "❤️"]
_NEWS = ("\n\nColonel Ivan Dubrova said on Monday that about 12,000 troops would take part in "
         "the drills near Lida.\n")


def _repeat(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def _emoji(chars: int, separator: str) -> str:
    pick = random.Random(3).choice
    return "".join(pick(_EMOJI) + separator for _ in range(chars))[:chars]


def _mix(chars: int) -> str:
    pick = random.Random(5).choice
    pieces = ["1,000 " * 30, "😀🎉" * 200, "🔥 " * 100, "q" * 1500, "1,000 troops, " * 20,
              "Ivan Petrov said " * 20, "halved the number of tanks " * 10, "on 3 May 2021 " * 5,
              "\u201cWe have 30 jets,\u201d " * 10, "\n"]
    parts: list[str] = []
    while sum(map(len, parts)) < chars:
        parts.append(pick(pieces))
    return "".join(parts)[:chars]


JUNK: dict[str, Callable[[int], str]] = {
    "repeated numbers": lambda n: _repeat("1,000 ", n),
    "emoji without spaces": lambda n: _emoji(n, ""),
    "emoji with spaces": lambda n: _emoji(n, " "),
    "one giant token": lambda n: "x" * n,
    "a mix": _mix,
}


def _seconds(text: str) -> float:
    """CPU seconds of one extraction: the wall clock of a shared, loaded machine measures
    the other processes as much as this one, and the rule is about this one's work."""
    start = time.process_time()
    extract_text(text)
    return time.process_time() - start


@pytest.mark.parametrize("kind", sorted(JUNK))
def test_extraction_time_grows_linearly(kind):
    extract_text("Warm-up.")  # the pipeline and the gazetteer load once
    short = min(_seconds(JUNK[kind](100_000)) for _ in range(2))
    long = min(_seconds(JUNK[kind](400_000)) for _ in range(2))
    assert long < 5.0, f"{kind}: {long:.2f} s for 400,000 characters"
    assert long < 10 * max(short, 0.02), f"{kind}: {short:.3f} s -> {long:.3f} s for 4x"


@pytest.mark.parametrize("kind", sorted(JUNK))
def test_news_after_junk_keeps_its_figure_and_speaker(kind):
    junk = JUNK[kind](200_000)
    result = extract_text(junk + _NEWS, date(2026, 8, 20))
    at = len(junk)
    (figure,) = [f for f in result.figures if f.evidence.start >= at]
    assert figure.evidence.text == "about 12,000 troops"
    assert (figure.low, figure.measure) == (12_000, "troops")
    assert figure.attribution.speaker == "Ivan Dubrova"
    assert figure.attribution.stated_on == date(2026, 8, 17)


def test_a_long_run_is_tokenized_in_pieces_that_rebuild_the_text():
    from sitrep.extract.nlp import RUN_LIMIT, build_nlp, make_doc

    nlp = build_nlp()
    text = "Before it " + "😀🎉x" * 1000 + " after it.\n" + "y" * (RUN_LIMIT + 1)
    doc = make_doc(nlp, text)
    assert doc.text == text
    assert max(len(t.text) for t in doc) <= RUN_LIMIT
    assert [t.text for t in doc][:2] == ["Before", "it"]
    after = text.index(" after")
    assert [t.text for t in doc if t.idx > after][:3] == ["after", "it", "."]


def test_the_tail_suffix_search_finds_what_the_whole_search_finds():
    """The tokenizer's suffix search looks at a run's last characters only: on runs of
    suffixes, units, periods and symbols it must return the match spaCy's own search does."""
    import spacy

    from sitrep.extract.nlp import build_nlp

    nlp = build_nlp()
    whole = spacy.util.compile_suffix_regex(nlp.Defaults.suffixes).search
    tail = nlp.tokenizer.full.suffix_search  # the tail search itself
    pieces = [*"ab1.,;!?)]\"'’%$€😀°F—-", "km/h", "US$", "мбар", "...", "'s", "n't", "🇧🇾"]
    pick = random.Random(9)
    for _ in range(20_000):
        run = "".join(pick.choice(pieces) for _ in range(pick.randint(1, 24)))
        found, expected = tail(run), whole(run)
        assert (found and found.span()) == (expected and expected.span()), run


def test_a_sentence_without_an_end_is_cut():
    from sitrep.extract.nlp import MAX_SENTENCE_CHARS, build_nlp

    text = "troops and tanks " * 1000
    sents = build_nlp()(text)._.words.sents
    assert len(sents) > 1
    assert max(s.end_char - s.start_char for s in sents) <= MAX_SENTENCE_CHARS + 20
    assert " ".join(text[s.start_char:s.end_char] for s in sents).split() == text.split()


def test_an_article_too_long_to_extract_is_reported_once_and_not_retried(tmp_path):
    from sitrep.extract.runner import MAX_EXTRACT_CHARS, extract_pending
    from sitrep.ingest.readers import ReadOptions
    from sitrep.ingest.runner import ingest
    from sitrep.store import Store

    assert MAX_EXTRACT_CHARS == 1_000_000
    long_page = tmp_path / "long.txt"
    long_page.write_text("A very long page\n\n" + "Troops moved north again. " * 400)
    news_page = tmp_path / "news.txt"
    news_page.write_text("Drills near Lida\n" + _NEWS)
    with Store(tmp_path / "s.db") as store:
        ingest([str(long_page), str(news_page)], store,
               ReadOptions(captured_at=datetime(2026, 8, 20, 9, 0)))
        longest = max(len(a.text) for a in store.articles())
        first = extract_pending(store, max_chars=5_000)
        (failure,) = first.failures
        assert failure.code == Reason.TOO_LONG_TO_EXTRACT.code == "E016"
        assert failure.describe().endswith(
            f"article too long to extract: {longest:,} characters, over the limit of 5,000; "
            "not retried")
        assert first.done == 1 and not first.ok
        (figure,) = store.claims("figures")
        assert figure["speaker"] == "Ivan Dubrova"
        again = extract_pending(store, max_chars=5_000)
        assert (again.done, again.failures) == (0, [])


def test_no_limit_extracts_the_long_article():
    from sitrep.extract.runner import ExtractionJob, run_job

    # thirty claims (a claim repeated word for word would be one: see figures._once)
    text = "".join(f"Colonel Ivan Dubrova said {12_000 + k:,} troops came. " for k in range(30))
    limited = run_job(ExtractionJob("a", text, None, "en", max_chars=100))
    assert limited.code == "E016"  # type: ignore[union-attr]
    unlimited = run_job(ExtractionJob("a", text, None, "en", max_chars=None))
    assert len(unlimited.figures) == 30  # type: ignore[union-attr]
