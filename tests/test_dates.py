"""When a statement was made: URL dates, datelines, story days, weekdays and follow-ups, on
sentences written for these tests (fictional officials, real places)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from sitrep.clean.url_date import url_date
from sitrep.extract import extract_text
from sitrep.extract.date_reading import find_dates, read_dates
from sitrep.extract.datelines import find_dateline
from sitrep.extract.story_days import year_from_story


def stated(result, text):
    """The day the figure whose evidence holds ``text`` was stated on."""
    return next(f for f in result.figures if text in f.evidence.text).attribution.stated_on


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.example.lt/world/2025/03/29/quake-toll-rises", date(2025, 3, 29)),
    ("https://news.example.lt/a/4412-2024-03-23-09-40-20.html", date(2024, 3, 23)),
    ("https://news.example.lt/2024/11/4/7482934/", date(2024, 11, 4)),
    ("https://wire.example.lt/20240323/drills-near-lida-11175.html", date(2024, 3, 23)),
    ("https://news.example.lt/news/2025-04-30/national/toll/22974", date(2025, 4, 30)),
    ("https://news.example.lt/world/2403305773/", None),  # an article number, not a date
    ("https://news.example.lt/a/2024/13/45/", None),  # no such day
    ("https://news.example.lt/a/20241345/", None),
    (None, None),
])
def test_the_day_a_url_states(url, day):
    assert url_date(url) == day


def test_a_url_date_after_the_capture_is_no_publication_date():
    assert url_date("https://news.example.lt/2031/01/02/x", latest=date(2026, 1, 1)) is None


def test_an_undated_page_is_dated_by_its_url_never_by_its_capture_time(tmp_path):
    from sitrep.ingest.readers import ReadOptions
    from sitrep.ingest.runner import ingest
    from sitrep.store import Store

    pages = tmp_path / "pages.jsonl"
    body = "Drills near Lida\n\nThe Lithuanian army said about 3,000 troops took part."
    pages.write_text("\n".join(json.dumps(r) for r in [
        {"url": "https://news.example.lt/2026/08/18/drills", "text": body},
        {"url": "https://news.example.lt/drills-near-lida", "text": body + " More soon."},
    ]) + "\n")
    with Store(tmp_path / "s.db") as store:
        ingest([str(pages)], store, ReadOptions())
        dated = {a.published: a.published_source for a in store.articles()}
    assert dated == {"2026-08-18": "date in the page URL", None: None}


@pytest.mark.parametrize(("text", "phrase"), [
    ("VILNIUS, Mar. 29, 2025 (Baltic Wire) - The ministry said", "Mar. 29, 2025"),
    ("Quake toll rises\n\nVilnius, March 29: The ministry said on Saturday", "March 29"),
    ("March 30 (Baltic Wire) -- Rebel officials said", "March 30"),
    ("RIGA, August 18. /Baltic Wire/. The ministry said", "August 18"),
    ("Tallinn (Baltic Wire) March 29, 2025 - The ministry said", "March 29, 2025"),
    ("KAUNAS, Sept. 2 (Baltic Wire) - The ministry said", "Sept. 2"),
])
def test_datelines_in_the_wire_forms(text, phrase):
    line = find_dateline(text)
    assert line is not None and text[line.date_start:line.date_end] == phrase


def test_what_is_no_dated_dateline():
    assert find_dateline("The ministry said on March 29 that 40 people died.") is None
    assert find_dateline("Vilnius, Lithuania - The ministry said 40 people died.") is None
    undated = find_dateline("MINSK (Baltic Wire) - The ministry said 40 people died.")
    assert undated is not None and undated.date_start is None and undated.lead == 22


def test_a_dateline_is_the_day_weekdays_count_from_and_beats_the_page_date():
    text = ("Vilnius, March 29: The ministry said on Saturday that 40 people died.\n"
            "Rescuers worked through Friday night.")
    found = read_dates(text, date(2025, 4, 2))  # the page's date is a later edit
    assert found.dateline is not None and found.dateline.value.start == date(2025, 3, 29)
    days = {d.text: d.value.start for d in found.mentions if d.value}
    assert days["on Saturday"] == date(2025, 3, 29)
    assert days["Friday"] == date(2025, 3, 28)


def test_the_story_gives_an_undated_dateline_its_year():
    story = (date(2025, 3, 29), date(2025, 4, 3))
    assert year_from_story(3, 30, story) == date(2025, 3, 30)
    assert year_from_story(12, 27, (date(2024, 10, 28), date(2025, 4, 26))) == date(2024, 12, 27)
    assert year_from_story(7, 1, story) is None  # far from every article of the story
    assert year_from_story(3, 30, (date(2023, 3, 1), date(2024, 3, 1))) is None  # two years fit
    assert year_from_story(3, 30, ()) is None
    result = extract_text("March 30 (Baltic Wire) -- The Lithuanian army said on Sunday that "
                          "1,200 soldiers had been sent to the border.", None,
                          story_days=story)
    assert stated(result, "1,200 soldiers") == date(2025, 3, 30)
    alone = extract_text("March 30 (Baltic Wire) -- The Lithuanian army said on Sunday that "
                         "1,200 soldiers had been sent to the border.", None)
    assert stated(alone, "1,200 soldiers") is None  # no year anywhere: not invented


def test_undated_articles_read_with_their_story_in_the_store(tmp_path):
    from sitrep.extract.runner import extract_pending
    from sitrep.ingest.readers import ReadOptions
    from sitrep.ingest.runner import ingest
    from sitrep.store import Store

    pages = tmp_path / "pages.jsonl"
    pages.write_text("\n".join(json.dumps(r) for r in [
        {"text": "Floods in Kaunas\n\nThe mayor of Kaunas said 300 homes were flooded after "
                 "the Nemunas burst its banks, and schools in the old town were closed.",
         "published": "2025-03-28"},
        {"text": "Kaunas flood toll\n\nKaunas, March 29: The city council said on Saturday "
                 "that 12 people had died in the floods."},
    ]) + "\n")
    with Store(tmp_path / "s.db") as store:
        ingest([str(pages)], store, ReadOptions())
        extract_pending(store)
        days = {f["text"]: f["stated_on"] for f in store.claims("figures")}
    assert days["12 people"] == "2025-03-29"


def test_an_undated_weekday_follows_the_day_the_text_states():
    text = ("The council said on Thursday that 3,100 people had died. The earthquake struck "
            "on March 28, 2025 near Mandalay.")
    days = {d.text: d.value for d in find_dates(text, None)}
    assert days["on Thursday"].start == date(2025, 4, 3)
    assert find_dates("The council said on Thursday that 30 died.", None)[0].value is None


def test_a_range_announced_in_august_is_the_coming_september():
    (found,) = find_dates("The drills will run from Sept. 12 to 16 near Grodno.",
                          date(2026, 8, 20))
    assert (found.value.start, found.value.end) == (date(2026, 9, 12), date(2026, 9, 16))


def test_follow_up_statements_take_the_date_of_their_source():
    text = ("Defence Minister Jonas Petraitis said on Tuesday that 40 soldiers were wounded. "
            "Mayor Ona Vaitkute said on Monday that roads were closed. "
            "Petraitis said 300 troops remained at the base.")
    result = extract_text(text, date(2026, 9, 3))
    assert stated(result, "300 troops") == date(2026, 9, 1)


def test_an_official_named_by_role_alone_goes_on_with_the_announcement_before():
    text = ("The death toll from the floods in Piura, Peru, has risen to 1,245, the "
            "government said on Friday. Rescue teams found more bodies.\n"
            "Information Minister Rosa Quispe said in Lima that 4,589 people were injured.")
    assert stated(extract_text(text, date(2026, 3, 8)), "4,589 people") == date(2026, 3, 6)
    # another country's minister speaks for another government: no date carried over
    other = text.replace("Information Minister", "Bolivian Information Minister")
    assert stated(extract_text(other, date(2026, 3, 8)), "4,589 people") is None


def test_a_date_that_qualifies_a_noun_dates_no_statement():
    text = "Friday's blast killed at least 12 people, the Lithuanian army said."
    result = extract_text(text, date(2026, 9, 7))
    assert stated(result, "12 people") is None
    (friday,) = find_dates(text, date(2026, 9, 7))
    assert friday.attributive and friday.value.start == date(2026, 9, 4)


def test_a_saying_whose_speaker_is_not_known_still_has_its_day():
    text = ("Vilnius, March 29: The flood relief board said Saturday that the toll rose to "
            "more than 160. The new total of 164 is a sharp rise.")
    result = extract_text(text, date(2025, 3, 29))
    assert stated(result, "more than 160") == date(2025, 3, 29)
    assert stated(result, "164") == date(2025, 3, 29)


def test_a_relative_day_takes_the_day_named_after_it():
    text = ("The city board confirmed today, April 10, 2025 that 23 people died. The tower fell "
            "on Friday (March 28, 2025).")
    days = {d.text: d.value.start for d in find_dates(text, None)}
    assert days["today"] == date(2025, 4, 10) and days["on Friday"] == date(2025, 3, 28)


def test_a_statement_dated_by_a_week_is_given_its_month_not_a_day():
    text = "The Latvian army said last week that 2,000 reservists had been called up."
    assert extract_text(text, date(2026, 10, 28)).figures[0].attribution.stated_on_text == (
        "2026-10")


def test_a_pronoun_goes_on_with_the_statement_before_it():
    text = ("A report in the Vilnius Daily Courier on Saturday said the toll had reached 354. "
            "It also said rescuers had saved 65 survivors.")
    result = extract_text(text, date(2026, 4, 6))
    assert stated(result, "65 survivors") == date(2026, 4, 4)


def test_the_day_a_few_words_after_a_saying_whose_speaker_is_not_known():
    text = ("Rescuers found 40 bodies near Kaunas on Saturday, the flood relief board said "
            "in a statement on Sunday.")
    assert stated(extract_text(text, date(2025, 3, 31)), "40 bodies") == date(2025, 3, 30)


def test_a_dateline_a_day_after_the_page_date_keeps_its_year():
    found = read_dates("Vilnius, March 30: The ministry said on Sunday that 40 people died.",
                       date(2025, 3, 29))
    assert found.dateline is not None and found.dateline.value.start == date(2025, 3, 30)


def test_a_possessive_weekday_names_a_past_event_whatever_the_verb_before_it():
    text = ("Vilnius, June 14: Officials warned that the toll will keep rising from Friday's "
            "flood in Kaunas. Monday's vote will decide the budget.")
    friday, monday = (d for d in read_dates(text, date(2026, 6, 14)).mentions
                      if d.kind == "weekday")
    assert friday.value.start == date(2026, 6, 12)  # the Friday before, not the next one
    assert monday.value.start == date(2026, 6, 15)  # its own predicate is future


def test_an_undated_report_dates_its_weekdays_from_the_day_the_story_dates_its_event(
        tmp_path):
    from sitrep.extract.runner import extract_pending
    from sitrep.ingest.readers import ReadOptions
    from sitrep.ingest.runner import ingest
    from sitrep.store import Store

    undated = ("Nepal quake toll rises\n\nThe toll from the earthquake that struck Nepal on "
               "Friday rose to 212, police spokesman Ram Thapa said on Sunday.")
    pages = tmp_path / "pages.jsonl"
    pages.write_text("\n".join(json.dumps(r) for r in [
        {"text": undated},  # fed first: the dated reports still date it
        *({"text": f"Nepal earthquake\n\nAn earthquake struck western Nepal on March 13, "
                   f"killing {n} people, police said.", "published": "2026-03-14"}
          for n in (128, 131)),
    ]) + "\n")
    with Store(tmp_path / "s.db") as store:
        ingest([str(pages)], store, ReadOptions())
        extract_pending(store)
        rows = {f["text"]: f for f in store.claims("figures")}
    assert rows["212"]["stated_on"] == "2026-03-15"
    assert rows["212"]["subject"] == "earthquake, Nepal, 2026-03-13"
    # alone, or with two quakes dated alike in the store, nothing dates its weekdays
    assert stated(extract_text(undated, None), "212") is None
    two = (("earthquake, Nepal, 2026-03-13", 2), ("earthquake, Nepal, 2026-04-02", 2))
    assert stated(extract_text(undated, None, story_events=two), "212") is None


@pytest.mark.parametrize("published", [None, date(2026, 8, 20)])
def test_a_phrase_reads_the_tense_of_its_clause_only_where_it_takes_one(published):
    """The resolver reads a clause's verbs only for the kinds that take a tense, against a
    reference date: every phrase, of every kind, resolves as it does with that tense given."""
    from sitrep.extract.date_words import date_words
    from sitrep.extract.dates import DateResolver, tense_near

    text = ("Drills will run from Sept. 12 to 16, the ministry said on Tuesday. Talks were "
            "held on March 3 and in May, and resume next week; the plant closed on 4 June "
            "2025, three weeks ago, in late 2024 and in the 1990s. Votes are due on 2026-09-30 "
            "and in the summer of 2027, and the panel met yesterday.")
    words = date_words("en")
    kinds = set()
    for m in words.pattern.finditer(text):
        kind = m.lastgroup or ""
        kinds.add(kind)
        tense = tense_near(text, m.start(kind), m.end(kind), words)
        lazy = DateResolver(published, words).resolve(m, text)
        assert lazy == DateResolver(published, words).resolve(m, text, tense), m.group(0)
    assert {"md", "range", "weekday", "month_alone", "dmy", "iso"} <= kinds
