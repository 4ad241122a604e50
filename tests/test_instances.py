"""Event instances without a series name, on short texts written for these tests: an
instance is the event's type, the country it happened in and its day, so outlets wording
one incident differently name it alike, and another incident stays apart."""

from __future__ import annotations

from datetime import date

from sitrep.extract import extract_text
from sitrep.ledger.instances import subject_aliases


def _subjects(text: str, published: date | None) -> dict[str, str | None]:
    return {f.evidence.text: f.subject for f in extract_text(text, published).figures}


def test_one_incident_worded_two_ways_is_one_instance():
    strike = _subjects("KYIV, May 5 (Wire) - A missile strike on Odesa on Tuesday killed 5 "
                       "people, regional governor Petro Havryliuk said.", date(2026, 5, 6))
    attack = _subjects("The attack on Odesa on May 5 killed 2 people, the Russian defence "
                       "ministry said in a statement.", date(2026, 5, 6))
    assert set(strike.values()) == set(attack.values()) == {"attack, Ukraine, 2026-05-05"}


def test_an_earlier_incident_and_another_one_elsewhere_stay_apart():
    subjects = _subjects(
        "A powerful earthquake struck western Nepal on Friday, killing at least 128 people, "
        "officials said. In 1934, an earthquake in Nepal killed more than 8,000 people.\n\n"
        "In Lucknow, India, a hotel collapse killed 4 guests.", date(2026, 3, 14))
    assert subjects["at least 128 people"] == "earthquake, Nepal, 2026-03-13"
    assert subjects["more than 8,000 people"] == "earthquake, Nepal, 1934"
    assert subjects["4 guests"] == "collapse, India, 2026-03-13"


def test_an_earlier_event_set_after_a_figure_as_a_point_in_time_is_not_its_subject():
    # dated page: the 2013 attacks are older than the page
    text = ("A helicopter crash in Mali killed two French soldiers on Monday, the army said. "
            "Roughly 5,000 French troops remain in the Sahel, eight years after Paris sent "
            "them in the wake of the 2013 attacks on Bamako.")
    assert _subjects(text, date(2026, 11, 30))["Roughly 5,000 French troops"] != (
        "attack, Mali, 2013")
    # undated page: "eight years after" says the attacks are older than the figure's time
    assert _subjects(text, None)["Roughly 5,000 French troops"] != "attack, Mali, 2013"
    # a figure of the earlier event itself stays its own
    old = "In 2013, the attacks on Bamako killed 20 people, officials said."
    assert _subjects(old, date(2026, 11, 30))["20 people"] == "attack, Mali, 2013"


def test_the_strongest_since_an_earlier_year_is_still_this_event():
    subjects = _subjects("The earthquake that hit Nepal on Friday, the strongest since 1934, "
                         "killed 57 people, police said.", date(2026, 3, 14))
    assert subjects["57 people"] == "earthquake, Nepal, 2026-03-13"


def test_a_verb_is_no_event():
    """"opened fire" is no fire; the article is about the attack."""
    subjects = _subjects("Gunmen opened fire inside a shopping centre in Nairobi. The attack "
                         "on Saturday killed 39 people, the Kenyan police said.",
                         date(2026, 9, 22))
    assert subjects["39 people"] == "attack, Kenya, 2026-09-19"


def test_a_hazard_is_no_incident():
    """"fire danger", "flood warning": the page is about a power cut and a warning, and no
    fire or flood has happened; a fire that did happen still is one."""
    subjects = _subjects("Valley Power cut electricity to 41,000 homes in Oregon on Monday "
                         "over fire danger, as gusts of 60 mph were forecast. A flood warning "
                         "covers 3 counties.", date(2026, 10, 6))
    assert not any(s and s.startswith(("fire,", "flood,")) for s in subjects.values())
    burned = _subjects("A wildfire in Oregon burned 120 homes on Monday, fire officials said; "
                       "the fire danger stays high.", date(2026, 10, 6))
    assert burned["120 homes"] == "fire, United States, 2026-10-05"


def test_police_and_technology_deployed_are_no_military_deployment():
    calm = _subjects("The city deployed 300 traffic wardens and 40 new cameras in Pune on "
                     "Monday to enforce the odd-even rule.", date(2026, 2, 3))
    assert not any(s and s.startswith("deployment") for s in calm.values())
    troops = _subjects("Poland deployed 4,000 troops to its border with Belarus on Monday, "
                       "the defence ministry said.", date(2026, 2, 3))
    assert troops["4,000 troops"].startswith("deployment, ")
    # a storm word as a business's figure of speech names no storm
    sales = _subjects("The retailer said a hurricane headwind cut its sales by 0.6% in the "
                      "quarter in Florida.", date(2026, 2, 3))
    assert not any(s and s.startswith("storm") for s in sales.values())


def test_an_undated_report_joins_the_one_dated_instance_of_its_type_and_place():
    dated = _subjects("An earthquake struck Nepal on Friday, killing 128 people, officials "
                      "said.", date(2026, 3, 14))
    undated = _subjects("The death toll from the Nepal earthquake rose to 157, police "
                        "spokesman Ram Thapa said.", None)
    assert set(undated.values()) == {"earthquake, Nepal"}
    aliases = subject_aliases([*dated.values(), *undated.values()])
    assert aliases == {"earthquake, Nepal": "earthquake, Nepal, 2026-03-13"}
    # two dated quakes in one country: an undated report could be either, so it stays apart
    assert subject_aliases(["earthquake, Nepal", "earthquake, Nepal, 2026-03-13",
                            "earthquake, Nepal, 2026-04-02"]) == {}


def test_a_war_is_named_by_its_countries_not_a_day():
    subjects = _subjects("Russia's war against Ukraine entered its fifth year as 12,000 "
                         "soldiers were deployed to the front, Ukrainian officials said.",
                         date(2026, 2, 24))
    assert set(subjects.values()) == {"war, Russia / Ukraine"}
    assert subject_aliases(["war, Ukraine", "war, Russia / Ukraine", "war, Russia / Ukraine"]
                           ) == {"war, Ukraine": "war, Russia / Ukraine"}


def test_outlets_products_and_capitalised_words_are_no_series():
    extraction = extract_text(
        "Copyright 2019 Niemen Herald. The RTX 2060 sold 40,000 units last year, the Niemen "
        "Herald 2026 edition said. The 2026 budget has 12 lines.", date(2024, 1, 2))
    subjects = {f.subject for f in extraction.figures}
    assert extraction.main_event is None
    assert not {s for s in subjects if s and ("-20" in s or "Herald" in s)}


def test_troops_deployed_to_a_war_are_that_war():
    assert subject_aliases(["deployment, Russia / Ukraine", "war, Russia / Ukraine"]) == {
        "deployment, Russia / Ukraine": "war, Russia / Ukraine"}
    # two ongoing events of unrelated types over one country stay apart
    assert subject_aliases(["outbreak, China", "war, China / United States"]) == {}


def test_a_sentence_naming_two_quakes_gives_each_figure_the_nearest():
    subjects = _subjects("The earthquake that hit Nepal on Friday killed 57 people, fewer than "
                         "the 8,000 killed by a quake in January 1934, police said.",
                         date(2026, 3, 14))
    assert subjects["57 people"] == "earthquake, Nepal, 2026-03-13"
    assert subjects["8,000"] == "earthquake, Nepal, 1934"


def test_an_undated_report_joins_a_far_more_cited_instance():
    subjects = ["earthquake, Nepal"] + ["earthquake, Nepal, 2026-03-13"] * 6 + [
        "earthquake, Nepal, 2026-03-20"] * 2
    assert subject_aliases(subjects) == {"earthquake, Nepal": "earthquake, Nepal, 2026-03-13"}


def test_the_lede_subject_and_not_a_neighbouring_country_names_the_place():
    subjects = _subjects(
        "VILNIUS — On Sunday, Nepal's interim government, which took office last month, "
        "asked for help with earthquake relief as the toll rose to 212.\n"
        "Rescue teams worked through the night in the hill towns, where roads were cut by "
        "landslides and power lines lay across the tracks. Aid flights landed at the main "
        "airport by morning, and tents were set up in school yards for families whose homes "
        "had cracked. Doctors said clinics were short of bandages and clean water.\n"
        "In neighbouring India, the toll rose to 9. The earthquake shook Lucknow, where "
        "4 guests were hurt.", date(2026, 3, 15))
    assert subjects["212"].startswith("earthquake, Nepal")
    assert subjects["9"].startswith("earthquake, Nepal")


def test_an_allys_troops_in_a_war_are_that_war_when_it_is_cited_far_more():
    subjects = (["war, Russia / Ukraine"] * 5 + ["war, Ukraine"] * 2
                + ["deployment, Belarus / Russia"] * 2 + ["war, Belarus / Ukraine"] * 2)
    aliases = subject_aliases(subjects)
    assert aliases["deployment, Belarus / Russia"] == "war, Russia / Ukraine"
    assert aliases["war, Belarus / Ukraine"] == "war, Russia / Ukraine"
    # two wars cited alike over one country stay apart: nothing tells which one is meant
    assert subject_aliases(["war, Israel / Lebanon"] * 3 + ["war, Israel / Syria"] * 2) == {}


def test_troops_sent_abroad_are_a_deployment_without_the_word():
    subjects = _subjects("Belarus has sent some 2,000 troops to train in Russia, the "
                         "Lithuanian defence ministry said on Monday.", date(2026, 5, 5))
    assert subjects["some 2,000 troops"] == "deployment, Belarus / Russia"
    letters = extract_text("The mayor of Kaunas sent 40 letters to residents.", date(2026, 5, 5))
    assert letters.main_event is None  # a letter sent is no deployment


def test_a_figure_far_from_an_event_named_once_is_not_the_events():
    """A business page that names a storm in one late paragraph: its figures elsewhere are
    the company's, not the storm's; the storm's paragraph keeps it."""
    lede = ("Larchwood Timber reported quarterly results on Tuesday. The lumber company said "
            "revenue rose 4.2% to $812 million, and it expects same-store sales growth of 3% "
            "next year, chief executive Dana Whitcombe told analysts on a call. ") * 2
    text = (lede + "\n\nShares of the company climbed more than 12% so far this year.\n\n"
            "In Florida, a hurricane closed 14 stores for a week in September.")
    subjects = _subjects(text, date(2026, 11, 12))
    assert not (subjects["more than 12%"] or "").startswith("storm")
    assert subjects["14 stores"].startswith("storm, United States")


def test_an_event_story_keeps_its_event_in_every_paragraph():
    """A report whose lede does not name the attack but is dense with what it did: its
    figures are the attack's even in paragraphs that do not name it."""
    text = ("Toll climbs to 61 in Karachi\n\nRescuers said 61 people were killed and 90 "
            "injured, and many more are missing or trapped under debris. The wounded were "
            "taken to three hospitals, where 12 more died overnight. Dozens of victims are "
            "still unidentified, and families of the missing waited outside.\n\n"
            "Police said the attack on the market began at noon.\n\n"
            "Officials said 20 ambulances were sent to the scene.")
    subjects = _subjects(text, date(2026, 2, 3))
    assert subjects["20 ambulances"].startswith("attack, Pakistan")


def test_figures_of_speech_name_no_event():
    """"a trade war", "a price war", "cooking fires": no war and no fire."""
    subjects = _subjects("The dollar rose 0.4% against the yen on hopes of an end to the trade "
                         "war between the two countries. A price war cut margins by 2 "
                         "points. Cooking fires add 5% to the city's smog.", date(2026, 5, 2))
    assert not any((s or "").startswith(("war", "fire")) for s in subjects.values())


def test_an_acronym_in_capitals_names_no_event_but_the_word_does():
    acronym = _subjects("Members of the FIRE movement in Leeds save 40% of their pay, a poll "
                        "of 900 savers found.", date(2026, 3, 14))
    assert not any(s and "fire" in s for s in acronym.values()), acronym
    word = _subjects("A fire in a Leeds warehouse destroyed 30 homes on Friday, officials "
                     "said.", date(2026, 3, 14))
    assert word["30 homes"].startswith("fire, United Kingdom")


def test_a_possessive_before_a_year_is_no_event_series():
    owned = _subjects("Governor Lena Marsh's 2024 budget added 300 jobs in Ohio.",
                      date(2026, 3, 14))
    assert not any(s and "2024" in s for s in owned.values()), owned
    series = _subjects("Some 30,000 troops took part in Zapad 2025, the ministry said.",
                       date(2025, 9, 14))
    assert set(series.values()) == {"Zapad-2025"}


def test_a_series_name_drops_whose_or_when_and_a_model_year_is_no_series():
    """"June's Nordic Cup 2027" is Nordic Cup 2027; "Russia's Zapad 2025" is Zapad 2025, as an
    outlet that writes no possessive names it; "the LED 2018 model" is a product's year."""
    playoffs = _subjects("Eight clubs will play in June's Nordic Cup 2027 in Bergen.",
                         date(2026, 11, 20))
    assert playoffs["Eight clubs"] == "Nordic Cup-2027"
    drills = _subjects("Russia's Zapad 2025 drills drew 13,000 troops, Minsk said.",
                       date(2025, 9, 1))
    assert drills["13,000 troops"] == "Zapad-2025"
    tv = extract_text("The 43-inch LED 2018 model sold 40,000 units in a week.",
                      date(2019, 11, 20))
    assert not [m for m in tv.mentions if m.kind == "event"]


def test_an_allys_deployment_stays_with_its_war_however_often_it_is_cited():
    # every war over the deployment's countries is one war once aliased, so the
    # deployment is that war's even when cited nearly as often as the war itself
    wars = (["war, Russia / Ukraine"] * 6 + ["war, Ukraine"] * 3 + ["war, Russia"] * 1
            + ["war, Belarus / Ukraine"] * 2)
    for times in (2, 4, 6):
        aliases = subject_aliases(wars + ["deployment, Belarus / Russia"] * times)
        assert aliases["deployment, Belarus / Russia"] == "war, Russia / Ukraine"


def test_a_deployment_over_two_separate_wars_takes_neither():
    subjects = (["war, Israel / Lebanon"] * 3 + ["war, Israel / Syria"] * 3
                + ["deployment, Israel / Jordan"] * 2)
    assert "deployment, Israel / Jordan" not in subject_aliases(subjects)


def test_a_lasting_incident_dated_to_different_days_is_one():
    flood = ["flood, Hungary, 2026-03-08"] * 2 + ["flood, Hungary, 2026-03-13"]
    aliases = subject_aliases([*flood, "flood, Hungary", "flood, Hungary, 2026-04-20"])
    # the onset and the crest are one flood; one five weeks on is another
    assert aliases == {"flood, Hungary, 2026-03-13": "flood, Hungary, 2026-03-08",
                       "flood, Hungary": "flood, Hungary, 2026-03-08"}
    # a report that names no country joins the strike of its days
    assert subject_aliases(["protest, Poland, 2026-04-14", "protest, 2026-04-22"]) == {
        "protest, 2026-04-22": "protest, Poland, 2026-04-14"}
    # a sudden incident lasts no days: two attacks in one week are two
    assert subject_aliases(["attack, Ukraine, 2026-05-05", "attack, Ukraine, 2026-05-07",
                            "attack, Ukraine"]) == {}


def test_a_page_that_calls_one_strike_a_walkout_means_every_strike_so():
    # Bilbao (about 350,000 people) names Spain by itself; "Strike day three" and "the
    # strike" have no word of work near them, the second paragraph's has
    subjects = _subjects(
        "Strike day three: 22 cargo ships wait off Bilbao\n\n"
        "Twenty-two cargo ships were waiting off Bilbao on Wednesday as the strike went into "
        "its third day, the harbour office said.\n\n"
        "About 1,500 crane drivers and lashers have joined the strike over a new shift "
        "pattern, the union said.", date(2026, 6, 3))
    assert set(subjects.values()) == {"protest, Spain, 2026-06-03"}
    # a page that names an attack by another word keeps its plain strikes an attack
    war = _subjects("A strike on Kharkiv killed 5 people overnight. Two workers were hurt in "
                    "a strike on a depot, and shelling went on at dawn, the governor said.",
                    date(2026, 6, 3))
    assert war["5 people"].startswith("attack, Ukraine")


def test_a_strike_named_by_its_trade_or_its_mediator_is_a_walkout():
    # no word of work within reach of either strike: the docks, the mediator tell it
    subjects = _subjects(
        "Rotterdam dock strike reaches its sixth day\n\n"
        "Some 31 ships were waiting outside Rotterdam on Friday because of the dock strike, "
        "the harbour master's office said.\n\n"
        "A government mediator will meet both sides on Monday; the strike could cost the "
        "port 4 million euros a day, a spokeswoman, Femke Jansen, said.", date(2026, 8, 7))
    assert set(subjects.values()) == {"protest, Netherlands, 2026-08-07"}
    # a drone strike on a dock stays an attack: the harm tells it
    hit = _subjects("A drone strike on the dock in Odesa killed 3 people on Friday, the "
                    "regional governor said.", date(2026, 8, 7))
    assert hit["3 people"].startswith("attack, Ukraine")


def test_a_day_and_a_month_before_a_year_are_no_event_series():
    found = extract_text("Volunteers filled 3,000 sandbags by the school on Strada 1 "
                         "Decembrie 1918, the mayor said.", date(2026, 3, 10))
    assert not [m for m in found.mentions if m.kind == "event"]
    assert found.main_event is None


def test_a_headline_set_apart_names_the_event_its_text_only_describes():
    text = ("Two people died and 300 were moved out after the Mures broke its banks near "
            "Targu Mures in Romania on Sunday, the county prefect said.\n\n"
            "Soldiers laid 9,000 sandbags along the embankment overnight.")
    titled = extract_text(text, date(2026, 5, 4), title="River floods villages in Romania")
    assert titled.main_event == "flood, Romania"
    assert {f.subject for f in titled.figures} == {"flood, Romania"}
    assert extract_text(text, date(2026, 5, 4)).main_event is None


def test_a_compound_of_what_an_event_did_names_it_and_another_compound_does_not():
    hit = extract_text("Aid convoys reached 40 quake-hit villages in Nepal on Monday, the "
                       "army said.", date(2026, 5, 4))
    assert (hit.main_event or "").startswith("earthquake, Nepal")
    prone = extract_text("New pumps went to 12 flood-prone districts of Assam, India, on "
                         "Monday, officials said.", date(2026, 5, 4))
    assert prone.main_event is None


def test_crossings_at_a_border_are_an_ongoing_migration_between_its_countries():
    found = extract_text(
        "Polish border guards stopped 310 attempts to cross from Belarus last week, the "
        "service said on Monday.\n\nSome 45 migrants were detained near Bialowieza, Poland, "
        "and 12 asylum seekers were taken to a centre in Bialystok.", date(2026, 9, 7))
    # an ongoing event: named by its countries, not a day (Belarus, named once after
    # "from", has too few votes beside Poland to be named with it)
    assert found.main_event == "migration, Poland"
    assert {f.subject for f in found.figures} == {"migration, Poland"}
    assert subject_aliases(["migration, Poland", "migration, Belarus / Poland"]) == {
        "migration, Poland": "migration, Belarus / Poland"}
