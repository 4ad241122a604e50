"""The words before a relative date line name the outlet only when they may be a name: a call
to act that ends with "today" is no date line, and gives neither a date nor an outlet."""

from datetime import date, datetime

from conftest import text_capture

from sitrep.clean.meta_lines import parse_meta_line
from sitrep.clean.text import clean_text_capture

BODY = ("The defence ministry in Minsk said on Tuesday that some 4,000 troops would take part "
        "in the Granite Shield exercise near Grodno, a third fewer than it had announced in "
        "the spring, and that the field phase would end by the close of the month.")


def test_names_before_a_relative_date_are_outlets():
    for line, outlet in (("Baltic Morning Post yesterday", "Baltic Morning Post"),
                         ("The Voice of the Border today", "The Voice of the Border"),
                         ("grodno-news.by yesterday", "grodno-news.by"),
                         ("Eastern Flank Review3 days ago", "Eastern Flank Review"),
                         ("dnipro24 2 hours ago", "dnipro24")):
        meta = parse_meta_line(line)
        assert meta is not None and meta.kind == "relative", line
        assert meta.prefix == outlet


def test_calls_to_act_that_end_with_a_day_word_are_no_date_lines():
    for line in ("Donate today", "Subscribe today", "Join us today", "Sign up today",
                 "Support independent journalism today", "Become a member today",
                 "Get our app 2 hours ago"):
        assert parse_meta_line(line) is None, line
    assert parse_meta_line("Today") is not None  # no words before it: a date line


def test_a_call_to_act_above_the_article_neither_dates_nor_names_it():
    raw = "\n".join(["Granite Shield drills to end early", "", "Join us today", "",
                     "Grodno Courier yesterday", "", BODY])
    main = clean_text_capture(text_capture(raw, datetime(2026, 9, 3, 9, 0))).drafts[0]
    assert main.outlet == "Grodno Courier"
    assert main.published == date(2026, 9, 2)
    lone = raw.replace("Grodno Courier yesterday", "")
    main = clean_text_capture(text_capture(lone, datetime(2026, 9, 3, 9, 0))).drafts[0]
    assert main.outlet is None and main.published is None


def test_a_byline_with_a_date_after_it_dates_the_page_and_names_no_outlet():
    dated = parse_meta_line("By Anna Petrova | 12 September 2026")
    assert dated is not None and (dated.kind, dated.phrase) == ("absolute", "12 September 2026")
    relative = parse_meta_line("By Anna Petrova | 3 hours ago")
    assert relative is not None and relative.kind == "relative" and relative.prefix is None
    outlet = parse_meta_line("By Anna Petrova / Grodno Courier yesterday")
    assert outlet is not None and outlet.prefix == "Grodno Courier"
    plain = parse_meta_line("By Anna Petrova, Grodno Courier")
    assert plain is not None and (plain.kind, plain.phrase) == ("byline", "Anna Petrova")
    raw = "\n".join(["Granite Shield drills to end early", "",
                     "By Anna Petrova | 12 September 2026", "", BODY])
    main = clean_text_capture(text_capture(raw, datetime(2026, 9, 13, 9, 0))).drafts[0]
    assert main.published == date(2026, 9, 12) and main.outlet is None
