"""Figures on general English pages (issue 9, second round of hand-checked classes): a car's
acceleration run is a specification, copy that speaks to the reader is promotion, and the
measure of a share before a comparative, of a participle of change, of a length near a
depth or an altitude word, and of a span after a perfect verb. Each text is written here,
about fictional people and firms in real places."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

PUBLISHED = date(2025, 4, 2)


def found(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.evidence.text, f.low if f.low is not None else f.high, f.unit, f.measure)
            for f in extract_text(text, PUBLISHED).figures]


@pytest.mark.parametrize("text", [
    "The coupe from Munich should do 0-62 mph in 4.9 seconds.",
    "A boost mode cuts the 0-62 mph time to 5.1 seconds.",
    "The sedan can go from zero to 60 mph (97 kph) in six seconds, the Detroit maker says.",
    "The van reaches 0-100 km/h in about 9 seconds.",
])
def test_an_acceleration_run_and_its_time_are_a_spec(text):
    assert found(text) == []


def test_a_duration_without_an_acceleration_run_is_kept():
    assert found("The blaze burned for 45 minutes in Leeds, firefighters said.") == [
        ("45 minutes", 45, "minute", "duration of blaze burned")]


@pytest.mark.parametrize("text", [
    "Wish you had thousands of readers on your blog in Leeds?",
    "With the new plan from Austin you could save 30% on every order.",
    "Imagine you had 10,000 followers on the site.",
])
def test_a_hypothetical_put_to_the_reader_is_no_figure(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "If you live above 1,500 feet in Denver, boil the jars for longer.",
    "Aim for 20 to 25 times your yearly spending before you quit in Leeds.",
    "Allow yourself one or two treats a week at the Lyon market.",
    "My sister of more than 30 years just moved to Porto.",
    "Last spring I ran 12 miles along the Thames before breakfast.",
])
def test_advice_to_the_reader_or_the_writers_own_story_is_no_figure(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "kept"), [
    ("World War I killed 20 million people across Europe.",
     ("20 million people", 20_000_000, None)),
    ("The storm cut 40 power lines in Leeds, and your guess is as good as mine why.",
     ("40 power lines in Leeds", 40, None)),
    ("\u201cMy unit lost 30 tanks near Kharkiv,\u201d Colonel Ivan Sirko said.",
     ("30 tanks", 30, None)),
    ("I counted 300 troops at the border crossing near Narva, the officer told reporters.",
     ("300 troops", 300, None)),
])
def test_the_first_person_in_a_quote_a_report_or_another_clause_keeps_it(text, kept):
    assert [f[:3] for f in found(text)] == [kept]


@pytest.mark.parametrize(("text", "kept"), [
    ("You can see 12 drones over Kyiv tonight, the mayor said.",
     ("12 drones", 12, None)),
    ("\"You could lose 300 homes,\" Mayor Jane Holt told reporters in Leeds.",
     ("300 homes", 300, None)),
    ("In 2025 you can put up to $19,000 into a pension plan in Ohio.",
     ("up to $19,000", 19000, "USD")),
])
def test_the_reader_told_a_fact_in_a_report_or_a_quote_keeps_the_figure(text, kept):
    assert [f[:3] for f in found(text)] == [kept]


@pytest.mark.parametrize(("text", "kept"), [
    ("The new 2-liter engine from Osaka is 20% more powerful than the current model.",
     ("20% more powerful", 20, "%", "more powerful")),
    ("Tickets in Leeds are 15% cheaper than last year.",
     ("15% cheaper", 15, "%", "cheaper")),
])
def test_a_share_before_a_comparative_measures_it(text, kept):
    assert found(text) == [kept]


@pytest.mark.parametrize(("text", "measure"), [
    # the move of the noun before the comma, named with its direction (session 21)
    ("The deal adds to a big gain for shares, climbing more than 60% so far this year.",
     "shares gain"),
    ("Wool sales to Spain sinking to $2.1 billion worried farmers in Wales.",
     "Wool sales to Spain"),  # where they go belongs to the measure (session 21)
    # a time before the comma is no subject: the clause's own subject is (session 21)
    ("The yield in Madrid has fallen over the past month, hitting 16.1% on Monday.", "yield"),
])
def test_a_participle_of_change_names_its_subject(text, measure):
    assert [f[3] for f in found(text)] == [measure]


@pytest.mark.parametrize(("text", "kept"), [
    ("The Ohio-made watch is waterproof up to 50 meters, its maker said.",
     ("up to 50 meters", 50, "m", "water resistance depth")),
    ("Elevation matters for canning. We are at 5280 feet in Denver so the jars boil longer.",
     ("5280 feet", 5280, "ft", "elevation")),
    ("The storm dumped 3 feet in Buffalo on Monday.", ("3 feet", 3, "ft", "length")),
])
def test_a_length_near_a_depth_or_altitude_word_and_a_place_after_it(text, kept):
    assert found(text) == [kept]


@pytest.mark.parametrize(("text", "measure"), [
    ("The clinic in Leeds has treated patients with rare cancers for 30 years.", "duration"),
    ("The method has been used in Boston for patients who undergo major surgeries for "
     "more than two decades.", "duration"),
    ("She has slept for two hours in Leeds.", "duration of slept"),
    ("The drive had been indexing for two days in Leeds.", "duration of indexing"),
    ("She practised chess for 12 weeks in Leeds.", "duration of chess"),
])
def test_a_span_after_a_perfect_verb_is_not_its_objects_duration(text, measure):
    assert [f[3] for f in found(text)] == [measure]


def _foreign(text: str) -> list[tuple[str, float | None, str | None]]:
    from sitrep.extract.foreign import extract_foreign
    return [(f.evidence.text, f.low, f.measure)
            for f in extract_foreign(text, "ru", PUBLISHED).figures]


def test_a_russian_tip_to_the_reader_has_no_bare_figures():
    tip = "Если персонаж бежит быстро, поставьте значение 60 или даже 15, и игра станет тише."
    assert _foreign(tip) == []
    report = "Власти Казани сообщили, что 12 человек погибли, сообщите об этом в 5 часов."
    assert [f[:2] for f in _foreign(report)] == [("12 человек погибли", 12)]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Rules in Texas say the agency may hold people no longer than 72 hours.", None, 72),
    ("The mayor of Leeds said no less than 40 people were hurt.", 40, None),
    ("Officials in Ohio said less than 40 people were hurt.", None, 40),
])
def test_negated_comparisons_are_bounds(text, low, high):
    [fig] = extract_text(text, PUBLISHED).figures
    assert (fig.low, fig.high) == (low, high)


@pytest.mark.parametrize(("text", "kept"), [
    ("Unemployment in Ohio rose from 3.1 percent to 3.9 percent last year.",
     ("from 3.1 percent to 3.9 percent", 3.9, 3.9)),
    ("The jobless rate in Lyon climbed sharply from 7% to 9% in March.",
     ("from 7% to 9%", 9, 9)),
    ("Turbines in Wales range from 30 to 600 MW in size.",
     ("from 30 to 600 MW in size", 30, 600)),
])
def test_from_a_to_b_after_a_word_of_change_is_the_new_value_else_a_range(text, kept):
    assert [(f.evidence.text, f.low, f.high)
            for f in extract_text(text, PUBLISHED).figures] == [kept]


@pytest.mark.parametrize(("text", "measure"), [
    ("The lander is now some 240 million miles away from Earth.", "distance from Earth"),
    ("The nearest shelter to the Cork farm is 14 miles away.", "distance"),
    ("The two Welsh villages are 5 km apart.", "distance"),
    ("Engineers in Leeds measured a 41 dBA office on Tuesday.", "noise level"),
])
def test_away_is_a_distance_and_a_decibel_level_a_noise_level(text, measure):
    assert [f[3] for f in found(text) if f[2]] == [measure]
