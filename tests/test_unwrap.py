"""Hard-wrapped text captures: their paragraphs are joined again before the lines are labelled."""

import re
import textwrap
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, text_capture

from sitrep.clean.lines import split_lines
from sitrep.clean.text import clean_text_capture
from sitrep.clean.unwrap import unwrap_lines

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "txt"
CAPTURES = sorted(CORPUS.glob("*.txt")) + sorted(FIXTURES.glob("*.txt"))


def hard_wrap(raw: str, width: int) -> str:
    """The capture as a mail client or a terminal browser would save it."""
    return "\n".join(textwrap.fill(line, width) if len(line) > width else line
                     for line in raw.split("\n"))


def cut_out(raw: str) -> list[tuple]:
    """What the cleaner takes from a capture, blanks made single spaces."""
    return [(d.part, d.title, re.sub(r"\s+", " ", d.text), d.outlet, d.published)
            for d in clean_text_capture(text_capture(raw)).drafts]


def test_the_captures_are_many_and_not_wrapped_already():
    assert len(CAPTURES) >= 20
    for path in CAPTURES:
        lines = split_lines(path.read_text())
        assert unwrap_lines(lines) is lines, path.name


@pytest.mark.parametrize("width", [60, 72, 80, 100])
def test_wrapping_a_capture_changes_nothing_that_is_cut_out(width):
    for path in CAPTURES:
        raw = path.read_text()
        wrapped = hard_wrap(raw, width)
        assert wrapped != raw
        assert cut_out(wrapped) == cut_out(raw), (path.name, width)


def test_joined_paragraphs_map_back_to_the_raw_capture_piece_by_piece():
    raw = hard_wrap((CORPUS / "004_vilnius-ledger_cut-by-half.txt").read_text(), 66)
    result = clean_text_capture(text_capture(raw))
    main = result.drafts[0]
    assert main.offsets.exact
    pieces = main.offsets.segments
    assert len(pieces) > 2 * main.text.count("\n\n") + 2  # more pieces than paragraphs
    for seg in pieces:
        assert raw[seg.raw_start:seg.raw_start + seg.length] \
            == main.text[seg.clean_start:seg.clean_start + seg.length]
    # a verdict for each raw line, the lines of a joined paragraph sharing theirs
    numbered = {lb.line: lb for lb in result.labels}
    raw_lines = raw.split("\n")
    assert set(numbered) == {n for n, text in enumerate(raw_lines, 1) if text.strip()}
    for n, label in numbered.items():
        assert raw[label.start:label.end] == raw_lines[n - 1].strip()


HEADLINE = ("Belarus calls some 2,500 reservists to the Hrodna ranges a week before the "
            "Union Bastion-2026 exercise opens")
WRAPPED = "\n".join([
    "World | Europe | Defence", "", textwrap.fill(HEADLINE, 72), "",
    "By Marta Kowalczyk", "12 September 2026", "",
    textwrap.fill("The Belarusian defence ministry said on Friday that about 2,500 reservists "
                  "had reported to ranges near Hrodna, a week before the Union Bastion-2026 "
                  "exercise opens. A spokesman, Colonel Yury Maslau, said the call-up was "
                  "routine and would end on September 30.", 72), "",
    textwrap.fill("Lithuanian officials said they were watching the rail yards at Hrodna and "
                  "Lida closely. Defence Minister Aiste Vaitkeviciene put the number of soldiers "
                  'moving west at "several thousand more than Minsk admits".', 72), "",
    "Most read",
    "Tallinn opens its new tram line to the passenger port after two years",
    "Riga airport handles more passengers than in any half-year since 2019",
    "Vilnius council votes to rename two streets in the old town district", ""])


def test_a_wrapped_page_keeps_its_headline_byline_and_lists_apart():
    lines = unwrap_lines(split_lines(WRAPPED))
    texts = [ln.text for ln in lines if ln.text]
    assert HEADLINE in texts and HEADLINE not in WRAPPED
    assert "By Marta Kowalczyk" in texts and "12 September 2026" in texts
    assert "Most read" in texts
    assert texts[-3:] == [
        "Tallinn opens its new tram line to the passenger port after two years",
        "Riga airport handles more passengers than in any half-year since 2019",
        "Vilnius council votes to rename two streets in the old town district"]
    paragraphs = [t for t in texts if t.startswith(("The Belarusian", "Lithuanian"))]
    assert [p.endswith(("September 30.", 'admits".')) for p in paragraphs] == [True, True]
    main = clean_text_capture(text_capture(WRAPPED)).drafts[0]
    assert main.title == HEADLINE
    assert main.text.startswith("The Belarusian defence ministry said on Friday that about 2,500")
    assert "Tallinn" not in main.text and "Most read" not in main.text


def test_a_headline_printed_twice_is_not_joined_to_itself():
    line = "Minsk moves the main phase of its drills away from the Lithuanian border"
    raw = f"{line}\n{line}\n\n" + textwrap.fill(
        "The general staff in Minsk said on Monday that the field phase would move east of "
        "Baranovichi and that the number of troops taking part would stay near 9,000, the "
        "figure given in the spring when the plans were first made public by the ministry.", 72)
    texts = [ln.text for ln in unwrap_lines(split_lines(raw)) if ln.text]
    assert texts[:2] == [line, line]
    assert len(texts) == 3 and texts[2].endswith("by the ministry.")


def test_a_word_broken_at_a_hyphen_is_joined_without_a_space():
    lines = ["Officials in Vilnius said on Monday that the staff of the joint Russian-",
             "Belarusian command had moved to Minsk and that the drills would follow",
             "the plan agreed last spring by both of the defence ministries, with no",
             "more than 9,000 soldiers in the field at any one time during the week."]
    assert all(len(line) >= 69 for line in lines)
    texts = [ln.text for ln in unwrap_lines(split_lines("\n".join(lines))) if ln.text]
    assert len(texts) == 1
    assert "joint Russian-Belarusian command had moved to Minsk and that the drills" in texts[0]


def test_wrapped_russian_and_german_paragraphs_are_joined():
    russian = ("Министерство обороны Беларуси сообщило во вторник, что в учениях примут "
               "участие около девяти тысяч военнослужащих, а основная часть манёвров пройдёт "
               "на полигонах под Барановичами и Борисовом, вдали от литовской границы.")
    german = ("Nach Angaben des Verteidigungsministeriums in Minsk sollen an der Übung rund "
              "neuntausend Soldaten teilnehmen, die meisten davon auf Truppenübungsplätzen "
              "bei Baranowitschi und Baryssau, weit entfernt von der Grenze zu Litauen.")
    for text in (russian, german):
        raw = textwrap.fill(text, 56)
        texts = [ln.text for ln in unwrap_lines(split_lines(raw)) if ln.text]
        assert texts[0] == text


def test_a_list_of_lines_as_wide_as_each_other_is_left_as_it_is():
    raw = "\n".join(f"Region {n}: {n * 37} soldiers reported at the ranges today"
                    for n in range(40))
    lines = split_lines(raw)
    assert unwrap_lines(lines) is lines


def test_a_hostile_wall_of_wrapped_lines_is_joined_in_linear_time():
    sentence = ("The ministry said the soldiers would stay at the ranges until the end of "
                "the month. ")
    raw = textwrap.fill(sentence * 40_000, 70)  # some 51,000 lines, one paragraph
    started = time.perf_counter()
    lines = unwrap_lines(split_lines(raw))
    assert time.perf_counter() - started < 20
    assert len([ln for ln in lines if ln.text]) == 1
