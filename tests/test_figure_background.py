"""Figures set apart from the article's event by their own sentence, on short texts written
for these tests (fictional officials, real places): a tally of another period or of the whole
world, a toll of a past century, and a sum spent on a thing of its own are not the event's;
the event's own figures next to them still are."""

from __future__ import annotations

from datetime import date

from sitrep.extract import extract_text

_OUTBREAK = ("An outbreak of cholera in Peru has killed 14 people this week, health minister "
             "Rosa Quispe said on Monday. The outbreak has sickened 230 people in Lima. ")


def _subjects(text: str, published: date | None) -> dict[str, str | None]:
    return {f.evidence.text: f.subject for f in extract_text(text, published).figures}


def test_a_tally_of_earlier_years_is_not_the_event():
    subjects = _subjects(_OUTBREAK + "Between 2011 and 2016, the disease infected 5,200 people "
                         "in the region, the ministry said.", date(2026, 4, 7))
    event = subjects["14 people"]
    assert event is not None and event.startswith("outbreak, Peru")
    assert subjects["230 people in Lima"] == event
    assert subjects["5,200 people"] != event


def test_an_earlier_year_in_an_undated_text_is_read_against_its_latest_year():
    subjects = _subjects(_OUTBREAK + "In 2009, a similar outbreak killed 31 people. The "
                         "ministry opened 40 clinics in March 2024.", None)
    assert subjects["14 people"] == subjects["230 people in Lima"]
    assert subjects["31 people"] != subjects["14 people"]


def test_a_past_century_and_a_worldwide_scope_are_not_the_event():
    subjects = _subjects(_OUTBREAK + "In the 19th century, cholera killed 90,000 people in "
                         "Europe. Each year the disease causes 95,000 deaths worldwide.",
                         date(2026, 4, 7))
    event = subjects["14 people"]
    assert subjects["230 people in Lima"] == event
    assert not any(v == event for k, v in subjects.items() if "90,000" in k)
    assert not any(v == event for k, v in subjects.items() if "95,000" in k)


def test_a_comparison_with_an_earlier_year_stays_the_event():
    subjects = _subjects(_OUTBREAK + "The outbreak is the worst since 2017 and has reached "
                         "12 districts.", date(2026, 4, 7))
    assert subjects["12 districts"] == subjects["14 people"]


def test_a_sum_spent_on_a_thing_named_after_it_is_that_things():
    subjects = _subjects(_OUTBREAK + "Separately, the city spends $300,000 on a road safety "
                         "campaign.", date(2026, 4, 7))
    assert subjects["230 people in Lima"] == subjects["14 people"]
    found = [v for k, v in subjects.items() if "300,000" in k]
    assert found == ["road safety campaign"]


def test_a_size_before_its_noun_names_what_it_measures():
    subjects = _subjects("A wildfire in Portugal burned homes near Leiria on Sunday, officials "
                         "said. The region has a 1.5 GW offshore wind farm planned near the "
                         "coast.", date(2026, 8, 3))
    assert [v for k, v in subjects.items() if "1.5 GW" in k] == ["offshore wind farm"]


def test_a_sum_for_the_event_stays_the_event():
    """A sum whose sentence names the event ("the flood") is the event's."""
    subjects = _subjects("A flood in Pakistan has killed 30 people, officials said on Monday. "
                         "The government pledged $2 million for flood victims.",
                         date(2026, 7, 14))
    event = subjects["30 people"]
    assert event is not None and event.startswith("flood, Pakistan")
    assert [v for k, v in subjects.items() if "$2 million" in k] == [event]


def test_a_name_in_a_hyphenated_adjective_is_not_the_subject():
    subjects = _subjects("A Lisbon-based research group found that the tariff cut household "
                         "incomes by $900 million a year.", date(2026, 5, 2))
    assert "Lisbon" not in (next(v for k, v in subjects.items() if "900" in k) or "")


def test_a_period_is_not_the_day_a_figure_was_said():
    """"From 2011 to 2016 there were ... reported": the period of the tally, not a date of
    saying; a day written after the verb still dates the saying."""
    figures = {f.evidence.text: f for f in extract_text(
        _OUTBREAK + "From 2011 to 2016 there were 5,200 cases reported in the region. The "
        "ministry said on Tuesday that 12 people were in hospital.", date(2026, 4, 9)).figures}
    assert figures["5,200 cases"].attribution.stated_on is None
    assert figures["12 people"].attribution.stated_on == date(2026, 4, 7)


def test_the_start_of_a_running_span_and_the_year_of_saying_are_not_another_time():
    """"since the war began in 2022" is when the event began; "in May 2025, the minister said"
    dates the saying: both figures stay the event's."""
    subjects = _subjects("The war in Sudan has displaced 9 million people, officials said on "
                         "Monday. More than 20,000 civilians have been killed since the war "
                         "started in 2023, minister Amal Osman said. In May 2025, the minister "
                         "said that 400 schools had closed.", date(2026, 2, 10))
    event = subjects["9 million people"]
    assert event is not None and event.startswith("war")
    assert subjects["More than 20,000 civilians"] == event
    assert [v for k, v in subjects.items() if "400 schools" in k] == [event]


def test_a_toll_of_the_war_around_an_incident_is_the_wars():
    """An article about a crash that gives the toll of the fighting around it: the war's
    (no day of its own), not the crash's."""
    subjects = _subjects("Two soldiers were killed in a helicopter crash in Somalia on Tuesday, "
                         "the army said. More than 1,200 civilians have died in the fighting "
                         "since January, a United Nations office in Mogadishu reported.",
                         date(2026, 6, 10))
    assert subjects["Two soldiers"] == "crash, Somalia, 2026-06-09"
    assert subjects["More than 1,200 civilians"] == "war, Somalia"


def test_an_earlier_instance_of_the_articles_type_takes_its_year():
    subjects = _subjects(_OUTBREAK + "The last big outbreak in Peru was in 2009, when 31 "
                         "people died. Between 2011 and 2016, the disease infected 5,200 people.",
                         date(2026, 4, 7))
    assert subjects["14 people"] == "outbreak, Peru"
    assert subjects["31 people"] == "outbreak, Peru, 2009"
    assert subjects["5,200 people"] is None  # two years, no event word: no instance of its own


def test_a_later_date_of_a_past_event_does_not_date_an_undated_story():
    """An undated report whose only full date names a past event ("the June 4, 1998
    bombing"): its weekday stays unresolved rather than land in 1998, and the incident
    gets no day from history."""
    subjects = _subjects("Three police officers were killed in a bus crash in Kenya, the "
                         "police said in a statement on Friday. The route has been guarded "
                         "since the June 4, 1998 bombing of the embassy.", None)
    assert [v for k, v in subjects.items() if k.startswith("Three")] == ["crash, Kenya"]
