"""Markdown captures (reader tools, web clippers): their markup is taken out before the lines
are labelled, and every word kept still maps back to its place in the raw file."""

import textwrap
import time
from datetime import date, datetime
from pathlib import Path

from conftest import FIXTURES, figure_values, text_capture

from sitrep.clean.lines import split_lines
from sitrep.clean.markdown import is_markdown, unmark_lines
from sitrep.clean.text import MARKUP_ONLY, clean_text_capture

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "txt"
SITE = "https://grodno-courier.example"
PAGE = f"""\
[Skip to content](#main)

* [World]({SITE}/world)
* [Europe]({SITE}/europe)

# Granite Shield drills near Grodno to end a week early

By [Anna Petrova]({SITE}/authors/petrova) | 12 September 2026

![Soldiers at the range near Grodno]({SITE}/img/2026/09/range-4000.jpg)

The **defence ministry** in Minsk said on Tuesday that some 4,000 troops taking part in the \
[Granite Shield exercise]({SITE}/tags/granite-shield-2026 "Tag") near Grodno would return to \
their bases by Friday, a week earlier than *planned*.

> Colonel Anton Verbitsky told reporters that the change followed a review of the schedule, \
and that about 1,200 of the soldiers were `reservists`.

---

## Related

* [Lithuania watches the rail yards at Lida]({SITE}/2026/09/10/lida-rail-1500)
"""


def clean(raw: str):
    return clean_text_capture(text_capture(raw, datetime(2026, 9, 13, 8, 0)))


def test_a_markdown_page_gives_its_headline_date_and_plain_paragraphs():
    result = clean(PAGE)
    main = result.drafts[0]
    assert main.title == "Granite Shield drills near Grodno to end a week early"
    assert main.published == date(2026, 9, 12)
    assert main.text.startswith("The defence ministry in Minsk said on Tuesday that some 4,000")
    assert "the Granite Shield exercise near Grodno" in main.text
    assert "a week earlier than planned." in main.text
    assert main.text.endswith("about 1,200 of the soldiers were reservists.")
    for mark in ("http", "**", "](", "![", "`", ">", "range-4000"):
        assert mark not in main.text, mark
    assert len(result.drafts) == 1  # the related headline has no story below it
    verdicts = {label.line: (label.label, label.reason) for label in result.labels}
    assert verdicts[10] == ("boilerplate", MARKUP_ONLY)  # the image
    assert verdicts[16] == ("boilerplate", MARKUP_ONLY)  # the rule
    assert verdicts[20][0] == "related" and verdicts[6][0] == "title"


def test_every_kept_word_maps_back_to_the_raw_file_exactly():
    result = clean(PAGE)
    main = result.drafts[0]
    assert main.offsets.exact
    for seg in main.offsets.segments:
        assert PAGE[seg.raw_start:seg.raw_start + seg.length] \
            == main.text[seg.clean_start:seg.clean_start + seg.length]
    raw_lines = PAGE.split("\n")
    numbered = [label.line for label in result.labels]
    assert numbered == [n for n, text in enumerate(raw_lines, 1) if text.strip()]
    for label in result.labels:
        assert PAGE[label.start:label.end] == raw_lines[label.line - 1].strip()


def test_inline_marks_go_and_what_only_looks_like_them_stays():
    raw = "\n".join([
        "# Heading", "",
        "A **bold** claim, an _emphasised_ word, a *stressed* one and `code` stay words;",
        "snake_case_names, 3 * 4 = 12, a footnote [1] and 2*3*4 are left as they are.",
        "A [link with **bold** inside](https://example.org/x) keeps its words. ## Closing ##"])
    texts = [ln.text for ln in unmark_lines(split_lines(raw)) if ln.text]
    assert texts == [
        "Heading",
        "A bold claim, an emphasised word, a stressed one and code stay words;",
        "snake_case_names, 3 * 4 = 12, a footnote [1] and 2*3*4 are left as they are.",
        "A link with bold inside keeps its words. ## Closing ##"]


def test_plain_captures_are_not_taken_for_markdown():
    for path in sorted(CORPUS.glob("*.txt")) + sorted(FIXTURES.glob("*.txt")):
        lines = split_lines(path.read_text())
        assert not is_markdown(lines), path.name
        assert unmark_lines(lines) is lines
    lone = split_lines("# 5 things to know\n\nThe ministry said 4,000 troops would leave.")
    assert not is_markdown(lone)  # a hash alone is no sign


def test_markdown_wrapped_at_80_columns_is_joined_and_unmarked():
    paragraph = ("The **defence ministry** in Minsk said on Tuesday that some 4,000 troops "
                 f"taking part in the [Granite Shield exercise]({SITE}/tags/gs) near Grodno "
                 "would return to their bases by Friday, a week earlier than planned, and "
                 "that about 1,200 of them were reservists called up in August.")
    raw = PAGE.split("The **defence")[0] + textwrap.fill(paragraph, 80) + "\n"
    main = clean(raw).drafts[0]
    assert main.text == ("The defence ministry in Minsk said on Tuesday that some 4,000 troops "
                         "taking part in the Granite Shield exercise near Grodno would return "
                         "to their bases by Friday, a week earlier than planned, and that "
                         "about 1,200 of them were reservists called up in August.")
    for seg in main.offsets.segments:
        assert raw[seg.raw_start:seg.raw_start + seg.length] \
            == main.text[seg.clean_start:seg.clean_start + seg.length]


def test_figures_of_a_markdown_file_come_from_its_words_not_its_addresses(tmp_path: Path):
    page = tmp_path / "grodno.md"
    page.write_text(PAGE)
    assert figure_values(page) == [1200, 4000]


def test_a_hostile_line_of_unclosed_marks_is_read_in_linear_time():
    head = "[a](https://example.org/a) [b](https://example.org/b)\n"
    for line in ("**a " * 50_000, "__a " * 50_000, "*a " * 60_000, "[x](" * 50_000):
        started = time.perf_counter()
        lines = unmark_lines(split_lines(head + line))
        assert time.perf_counter() - started < 15  # the unbounded pattern took minutes
        assert len(lines) == 2
