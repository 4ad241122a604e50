"""HTML character references left in a text capture are decoded; the characters around them
keep their places in the raw capture."""

import json
from pathlib import Path

from conftest import figure_values, text_capture

from sitrep.clean.lines import split_lines
from sitrep.clean.references import decode_lines
from sitrep.clean.text import clean_text_capture

TEXT = ("The defence ministry in Minsk said on Tuesday that some 4,000&nbsp;troops taking part "
        "in the Granite Shield exercise near Grodno would return to their bases by Friday.\n\n"
        "Colonel Anton Verbitsky told reporters that about 1&#8201;200 of the soldiers were "
        "reservists &amp; volunteers, and that &ldquo;nothing had changed&rdquo; in the plan.")


def test_references_are_decoded_and_the_rest_maps_back_exactly():
    main_draft = clean_text_capture(text_capture(TEXT)).drafts[0]
    assert "some 4,000\u00a0troops" in main_draft.text
    assert "about 1\u2009200 of the soldiers were reservists & volunteers" in main_draft.text
    assert "\u201cnothing had changed\u201d" in main_draft.text
    assert "&" + "nbsp;" not in main_draft.text
    for seg in main_draft.offsets.segments:
        assert TEXT[seg.raw_start:seg.raw_start + seg.length] \
            == main_draft.text[seg.clean_start:seg.clean_start + seg.length]
    # a span that ends on a decoded character maps to the raw text after its reference
    end = main_draft.text.index("\u201d") + 1
    start = main_draft.text.index("nothing")
    raw = main_draft.offsets.span_to_raw(start, end)
    assert raw is not None and TEXT[raw[0]:raw[1]] == "nothing had changed&rdquo;"


def test_what_is_no_reference_stays_as_it_is():
    raw = "AT&T and R&D; &notareference; & ;, Q&A &#xZZ; 5 &lt 6"
    lines = split_lines(raw)
    assert decode_lines(lines) is lines
    decoded = decode_lines(split_lines("x &lt; y &#x41;&#66; &copy;"))
    assert decoded[0].text == "x < y AB \u00a9"


def test_a_feed_text_with_references_gives_its_figures(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    record = {"url": "https://grodno-courier.example/a", "title": "Drills end early",
              "text": TEXT}
    short = {"url": "https://grodno-courier.example/b", "title": "Reservists",
             "text": "Some 2,500&nbsp;reservists reported to the ranges, the ministry said."}
    feed.write_text(json.dumps(record) + "\n" + json.dumps(short) + "\n")
    assert figure_values(feed) == [1200, 2500, 4000]
