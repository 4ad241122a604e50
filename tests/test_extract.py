"""Extraction on text written for these tests: figures, dates, attribution, subjects, names."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import extract_text
from sitrep.extract.date_reading import find_dates
from sitrep.extract.numbers import parse_number
from sitrep.knowledge.names import person_key, same_person

ARTICLE = (
    "Belarus and Russia will hold the Union Bastion-2026 exercise from September 8 through "
    "September 14, the Belarusian defence ministry said on Tuesday.\n\n"
    "On January 13, Colonel Aliaksei Barysevich, the ministry's spokesman, said more than "
    "12,000 personnel would take part.\n\n"
    "Last time, the drills were held at four training grounds in Belarus. Officially, about "
    "9,000 Belarusian troops and some 150,000 Russian troops took part in Union Bastion-2022.\n\n"
    "In May, Defence Minister Uladzimir Karpenka said the number of troops taking part would "
    "be halved. Lithuania's defence ministry estimates that between 70,000 and 90,000 soldiers "
    "could be involved.\n\n"
    "Dozens of reservists have been called up, and the five-day exercise will end near Lida, "
    "about 40 kilometres from the Lithuanian border. The two countries gave no other figures."
)


@pytest.fixture(scope="module")
def result():
    return extract_text(ARTICLE, date(2026, 8, 18))


def by_text(result, text):
    return next(f for f in result.figures if text in f.evidence.text)


def test_numbers_in_digits_and_words():
    assert parse_number("13,000") == parse_number("13 000") == parse_number("13.000") == 13000
    assert parse_number("one million") == 1_000_000
    assert parse_number("twenty-five") == 25
    assert parse_number("1.5 million") == 1_500_000
    assert parse_number("nonsense") is None


def test_dates_are_resolved_by_tense_and_context():
    text = ("The ministry announced on Tuesday that drills will run on September 12 through "
            "September 16. In late 2021 a similar exercise was held.")
    found = {d.text: d.value for d in find_dates(text, date(2025, 8, 12))}
    assert found["on Tuesday"].start == date(2025, 8, 12)
    span = found["September 12 through September 16"]
    assert (span.start, span.end) == (date(2025, 9, 12), date(2025, 9, 16))
    late = found["late 2021"]
    assert late.start == date(2021, 9, 1) and late.granularity == "vague"
    no_anchor = find_dates("On May 28 the minister spoke.", None)
    assert no_anchor[0].value is None  # no year known: never invented
    chained = find_dates("On Jan. 10, 2025 he spoke. On May 28 she answered.", None)
    assert chained[1].value.start == date(2025, 5, 28)


def test_figures_with_hedges_ranges_changes_and_vague_amounts(result):
    personnel = by_text(result, "more than 12,000 personnel")
    assert (personnel.low, personnel.high, personnel.qualifier) == (12000, None, "more than")
    span = by_text(result, "between 70,000 and 90,000 soldiers")
    assert (span.low, span.high) == (70000, 90000)
    halved = by_text(result, "halved")
    assert halved.change["factor"] == 0.5 and halved.measure == "troops taking part"
    dozens = by_text(result, "Dozens of reservists")
    assert dozens.vague and dozens.low == 24
    days = by_text(result, "five-day")
    assert (days.low, days.unit, days.kind) == (5, "day", "duration")
    km = by_text(result, "40 kilometres")
    assert (km.low, km.unit) == (40, "km")
    dates = next(f for f in result.figures if f.kind == "dates")
    assert (dates.dates.start, dates.dates.end) == (date(2026, 9, 8), date(2026, 9, 14))


def test_references_and_years_are_not_figures(result):
    texts = [f.evidence.text for f in result.figures]
    assert not any("two countries" in t for t in texts)
    assert not any(t.strip() in ("2026", "2022") for t in texts)


def test_attribution_speaker_org_and_stated_on(result):
    personnel = by_text(result, "more than 12,000 personnel")
    assert personnel.attribution.speaker == "Aliaksei Barysevich"
    assert personnel.attribution.stated_on == date(2026, 1, 13)
    dates = next(f for f in result.figures if f.kind == "dates")
    # "the Belarusian defence ministry said": one name per body, in the text's spelling
    assert dates.attribution.org == "Belarusian Ministry of Defence"
    assert dates.attribution.stated_on == date(2026, 8, 18)  # "said on Tuesday"
    halved = by_text(result, "halved")
    assert halved.attribution.speaker == "Uladzimir Karpenka"
    assert "Defence" in (halved.attribution.org or "")
    official = by_text(result, "about 9,000 Belarusian troops")
    assert official.attribution.org == "official figures"
    outlet = by_text(result, "Dozens of reservists")
    assert outlet.attribution.speaker is None and outlet.attribution.org is None


def test_subjects_separate_event_instances(result):
    assert result.main_event == "Union Bastion-2026"
    assert by_text(result, "more than 12,000 personnel").subject == "Union Bastion-2026"
    assert by_text(result, "four training grounds").subject == "Union Bastion-2022"
    assert by_text(result, "about 9,000 Belarusian troops").subject == "Union Bastion-2022"
    assert by_text(result, "between 70,000").subject == "Union Bastion-2026"


def test_people_roles_and_name_variants(result):
    people = {m.name: m for m in result.mentions if m.kind == "person"}
    assert "Aliaksei Barysevich" in people and "Uladzimir Karpenka" in people
    assert "Defence Minister" in people["Uladzimir Karpenka"].role
    assert same_person(person_key("Uladzimir Karpenka"), person_key("Vladimir Karpenko"))
    assert same_person(person_key("Siarhei Lazouski"), person_key("Sergei Lazovsky"))
    assert same_person(person_key("Karpenka"), person_key("Vladimir Karpenko"))
    assert not same_person(person_key("Sergei Tsikhanousky"),
                           person_key("Sviatlana Tsikhanouskaya"))


def test_places_from_gazetteer_and_adjectives(result):
    places = {m.name for m in result.mentions if m.kind == "place"}
    assert {"Belarus", "Russia", "Lida", "Lithuania"} <= places


def test_statements_keep_speaker_and_gist(result):
    gists = {s.attribution.speaker or s.attribution.org: s.evidence.text
             for s in result.statements}
    assert gists["Aliaksei Barysevich"].startswith("more than 12,000 personnel")


def test_speed_shortcuts_change_no_result():
    """The date scan runs only around digits and anchor words, ranges are tried only where a
    number starts, and sentences are read from a token table: on every text of the sample
    corpus each gives what the plain way gives."""
    from pathlib import Path

    from sitrep.extract.date_words import date_words
    from sitrep.extract.figure_values import FigureFinder
    from sitrep.extract.figure_words import figure_words
    from sitrep.extract.nlp import build_nlp

    corpus = Path(__file__).resolve().parents[1] / "corpus" / "txt"
    texts = [p.read_text("utf-8") for p in sorted(corpus.glob("*.txt"))]
    texts.append("From Feb. 10 to Feb. 20, 2022, and again in late 2021; three weeks ago, "
                 "on Tuesday, and next month: between 10,000 and 12,000 troops, "
                 "İstanbul 5 to 7 km.")
    assert len(texts) > 10
    nlp = build_nlp()
    for text in texts:
        plain = [m.span(m.lastgroup) for m in date_words("en").pattern.finditer(text)]
        assert [(d.start, d.end) for d in find_dates(text, None)] == plain
        doc = nlp(text)
        folded = doc._.words.folded
        assert len(folded) == len(text)
        words = figure_words("en")
        tried = [m.span() for m in FigureFinder(doc, words)._range_matches()]
        assert tried == [m.span() for m in words.range.finditer(folded)]
        spacy_sents = [(s.start_char, s.end_char) for s in doc.sents]
        assert [(s.start_char, s.end_char) for s in doc._.words.sents] == spacy_sents
        assert doc._.words.text == [t.text for t in doc]
        assert doc._.words.lower == [t.lower_ for t in doc]


def test_one_name_per_ministry():
    from sitrep.knowledge.gazetteer import load_gazetteer
    from sitrep.knowledge.orgs import canonical_org

    gaz = load_gazetteer()
    for phrase in ("Belarus's defence ministry", "the Belarusian Defence Ministry",
                   "the defence ministry in Minsk", "the Ministry of Defence of Belarus"):
        assert canonical_org(phrase, gaz) == "Belarusian Ministry of Defence", phrase
    assert canonical_org("the Latvian Defense Ministry", gaz) == "Latvian Ministry of Defense"
    assert canonical_org("Lithuania's Ministry of National Defence", gaz) == (
        "Lithuanian Ministry of National Defence")
    assert canonical_org("the foreign ministry", gaz) == "Ministry of Foreign Affairs"
    assert canonical_org("the state border committee", gaz) is None


def test_according_to_and_that_clauses():
    text = ("The Belarusian defence ministry said the drills would be held in September. "
            "About 12,000 troops will take part, according to the ministry. Dozens of aircraft "
            "will fly, according to Belarusian state television. Colonel Ivan Dubrova told "
            "reporters in Minsk on Tuesday that 300 tanks would move, and he said 40 "
            "helicopters would fly and that 5 ships would sail.")
    result = extract_text(text, date(2026, 8, 20))
    troops = by_text(result, "12,000 troops")
    assert troops.attribution.org == "Belarusian Ministry of Defence"
    aircraft = by_text(result, "Dozens of aircraft")
    assert aircraft.attribution.org == "Belarusian state television"
    tanks = by_text(result, "300 tanks")
    assert tanks.attribution.speaker == "Ivan Dubrova"
    assert tanks.attribution.stated_on == date(2026, 8, 18)  # on Tuesday, before "that"
    helicopters = by_text(result, "40 helicopters")
    assert helicopters.attribution.speaker == "Ivan Dubrova"  # "and that": not the opening


def test_stated_on_is_no_more_precise_than_the_text():
    text = ("Defence Minister Ivan Dubrova said in May that about 6,000 troops would take part. "
            "On Tuesday, Colonel Petra Lind said 300 tanks were ready.")
    result = extract_text(text, date(2026, 8, 20))
    may = by_text(result, "6,000 troops").attribution
    assert (may.stated_on, may.stated_on_text) == (date(2026, 5, 1), "2026-05")
    assert by_text(result, "300 tanks").attribution.stated_on_text == "2026-08-18"


def test_governments_media_and_official_counts_as_sources():
    text = ("Minsk says 12,000 troops will take part. Officials in Vilnius said nothing. "
            "Belarusian state television put the number of participants at 11,500 and said "
            "dozens of aircraft had flown. The previous exercise officially involved about "
            "9,000 Belarusian troops.")
    result = extract_text(text, date(2026, 8, 20))
    assert by_text(result, "12,000 troops").attribution.org == "Belarusian government (Minsk)"
    assert by_text(result, "11,500").attribution.org == "Belarusian state television"
    assert by_text(result, "dozens of aircraft").attribution.org == "Belarusian state television"
    assert by_text(result, "about 9,000").attribution.org == "official figures"


def test_appositive_speakers_and_counts_of_an_exercise():
    text = ("Union Bastion-2026 began on Monday. The mayor of the Lida district, Ona Petraitė, "
            "said on Tuesday that the town had opened shelters and that hundreds of residents "
            "had signed up for first-aid courses. The footage showed dozens of helicopters "
            "over the range.")
    result = extract_text(text, date(2026, 9, 10))
    residents = by_text(result, "hundreds of residents")
    assert residents.attribution.speaker == "Ona Petraitė"
    assert residents.attribution.stated_on == date(2026, 9, 8)
    assert residents.subject != "Ona Petraitė"  # a person is who counts, not the subject
    assert by_text(result, "dozens of helicopters").subject == "Union Bastion-2026"


def test_values_that_refer_to_a_measure_already_named():
    text = ("Minsk says 12,000 troops will take part. Lithuania's defence ministry puts the "
            "figure far higher, at 70,000-90,000, arguing that units arriving by rail count "
            "too. Hundreds of armoured vehicles are expected. The road is 300 metres long, "
            "and 450 people live at the end of it, near 600.")
    result = extract_text(text, date(2026, 8, 20))
    higher = by_text(result, "70,000-90,000")
    assert (higher.low, higher.high, higher.measure) == (70000, 90000, "troops")
    assert higher.attribution.org == "Lithuanian Ministry of Defence"
    assert by_text(result, "Hundreds of armoured vehicles").measure == "armoured vehicles"
    assert not any(f.evidence.text.strip() == "600" for f in result.figures)


def test_possessive_sources_and_lower_case_titles():
    text = ("She would not comment on Minsk's announcement in May that the number of troops "
            "would be halved. Belarus has invited attaches from more than 20 countries, defence "
            "ministry spokesman Ivan Dubrova said on Friday. The Belarusian defence ministry "
            "spoke of more than 12,000 personnel.")
    result = extract_text(text, date(2026, 8, 29))
    halved = by_text(result, "halved").attribution
    assert (halved.org, halved.stated_on_text) == ("Belarusian government (Minsk)", "2026-05")
    countries = by_text(result, "more than 20 countries").attribution
    assert (countries.speaker, countries.stated_on) == ("Ivan Dubrova", date(2026, 8, 28))
    assert by_text(result, "12,000 personnel").attribution.org == "Belarusian Ministry of Defence"


def test_names_ranks_ages_and_seasons_are_not_figures():
    text = ("The Three Amigos met again. He finished 14th in the 2022-23 season, aged 56, "
            "the 60-year-old said. Read our 5 Tips first. Each serving has around four "
            "calories per spoon, and 2B Mindset fans agree.")
    result = extract_text(text, date(2026, 8, 20))
    texts = [f.evidence.text for f in result.figures]
    assert not any(t in texts for t in ("Three Amigos", "5 Tips", "4th", "23 season",
                                        "60-year", "2B Mindset"))
    # the energy of a serving, stated by no one, is advice to an eater (session 21); how a
    # stated one is measured: tests/test_measures_put_right.py
    assert "around four calories" not in texts


def test_people_whose_first_name_is_also_a_town():
    text = ('"This time is different," said Rasa Jankute, who runs a bakery. Since the '
            "minister, Uladzimir Karpenka, spoke in May, the Warsaw Pact has been history.")
    mentions = {(m.kind, m.name) for m in extract_text(text, date(2026, 9, 1)).mentions}
    assert ("person", "Rasa Jankute") in mentions
    assert ("person", "Uladzimir Karpenka") in mentions
    assert ("org", "Warsaw Pact") in mentions


def test_passive_sources_and_undated_wire_leads():
    text = ("MINSK (Eastline Wire) - Belarus will hold the drills from September 8 to 14, the "
            "Belarusian defence ministry said on Tuesday.\n"
            "General Ivan Dubrova told attaches that 12,000 troops would take part.\n"
            "In Vilnius, Rasa Jankute said the figure of more than 12,000 personnel, given by "
            "spokesman Petras Lind on Monday, was too low.")
    result = extract_text(text, date(2026, 8, 20))
    assert by_text(result, "12,000 troops").attribution.stated_on == date(2026, 8, 18)
    given = by_text(result, "more than 12,000 personnel").attribution
    assert (given.speaker, given.stated_on) == ("Petras Lind", date(2026, 8, 17))


def test_relative_dates_resolve_against_the_capture_date(tmp_path):
    from datetime import datetime

    from sitrep.extract.runner import extract_pending
    from sitrep.ingest.readers import ReadOptions
    from sitrep.ingest.runner import ingest
    from sitrep.store import Store

    page = tmp_path / "page.txt"
    page.write_text("Drills near Lida\n\nThe Belarusian defence ministry said on Tuesday that "
                    "about 3,000 troops would take part in drills near Lida.\n")
    with Store(tmp_path / "s.db") as store:
        ingest([str(page)], store, ReadOptions(captured_at=datetime(2026, 8, 20, 9, 0)))
        extract_pending(store)
        (figure,) = store.claims("figures")
    assert figure["stated_on"] == "2026-08-18"
    (tuesday,) = [d for d in find_dates("It said on Tuesday.", None, date(2026, 8, 20))]
    assert tuesday.how == "the weekday on or before the capture date"


def test_lower_case_title_before_a_name():
    text = ("The defence minister, Uladzimir Karpenka, said last month that the air component "
            "would stay 15 km from the border.")
    result = extract_text(text, date(2026, 9, 1))
    person = next(m for m in result.mentions if m.kind == "person")
    assert (person.name, person.role) == ("Uladzimir Karpenka", "defence minister")
    assert by_text(result, "15 km").attribution.org == "Ministry of Defence"


def test_a_quotation_goes_on_into_the_next_sentence():
    text = ('"We will bring 12,000 troops," Colonel Ivan Dubrova said on Monday. "Another '
            '3,000 soldiers will come later." The outlet counted 400 trucks.\n'
            '"Some 50 tanks are old," a local said.')
    result = extract_text(text, date(2026, 9, 1))
    assert by_text(result, "3,000 soldiers").attribution.speaker == "Ivan Dubrova"
    assert by_text(result, "400 trucks").attribution.speaker is None  # no quotation
    assert by_text(result, "50 tanks").attribution.speaker is None  # a new paragraph


def test_placeholder_and_out_of_range_dates_do_not_break_extraction():
    from sitrep.clean.meta_lines import parse_iso_date

    assert parse_iso_date("0001-01-01T00:00:00Z") is None  # a template's "no date"
    assert parse_iso_date("1970-01-01") is None
    assert parse_iso_date("2026-08-18T10:00:00+03:00") == date(2026, 8, 18)
    (weekday,) = find_dates("The vote was on Friday.", date(1, 1, 1))
    assert weekday.value is None and weekday.how == "outside the calendar"
    # extraction goes on past a date it cannot place: the other figures are still found
    result = extract_text("On Friday, Ivan Dubrova said 300 tanks had crossed 10,000 years ago.",
                          date(1, 1, 2))
    tanks = by_text(result, "300 tanks")
    assert (tanks.low, tanks.attribution.speaker, tanks.attribution.stated_on) == (
        300, "Ivan Dubrova", None)


def test_strong_forces_percentage_changes_and_hyphenated_names():
    text = ("Russia has massed a 30,000-strong force near the border, Ukrainian intelligence "
            "chief Kyrylo Budanov said on Monday. Casualties rose by 20% in a month. Poland "
            "will deploy 40,000 soldiers to its eastern border, Defence Minister Wladyslaw "
            "Kosiniak-Kamysz told reporters.")
    result = extract_text(text, date(2025, 9, 8))
    force = by_text(result, "30,000-strong force")
    assert (force.low, force.measure, force.attribution.speaker) == (30000, "force",
                                                                    "Kyrylo Budanov")
    rose = by_text(result, "rose by 20%")
    assert (rose.change["factor"], rose.measure) == (1.2, "casualties")
    assert by_text(result, "40,000 soldiers").attribution.speaker == "Wladyslaw Kosiniak-Kamysz"
