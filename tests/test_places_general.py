"""Places in general news: a name is a place only where English text uses it as one.

Each class of false place found on the benchmark report, on short texts written here
(fictional people, real places): a code in capitals that is another name of a town ("SUV"
is Suva's airport code), an English phrase that is a translation of a town's name ("White
House", Casablanca) or a small town's own name, an organisation's word that is also a town
("Congress", Ariz.), a nationality adjective that is also a town ("Canadian"), a country's
name inside another name ("Chad Morrel", "New Jersey", "Inner Mongolia"), and states,
continents and other names of countries that were read as towns elsewhere.
"""

from __future__ import annotations

from sitrep.extract import extract_text
from sitrep.knowledge.gazetteer import load_gazetteer


def places(text: str) -> dict[str, tuple[str, str | None]]:
    """Mention text -> (place name, country) of every place mention in ``text``."""
    return {m.span.text: (m.name, m.country) for m in extract_text(text).mentions
            if m.kind == "place"}


def test_capitals_that_are_not_a_towns_own_name_are_no_town():
    found = places("A white SUV hit a bus near Verona on Monday. The CEO of the bus "
                   "company, Mara Tolli, said nobody was hurt.\n"
                   "BERLIN — Police in Berlin closed two streets.")
    assert "SUV" not in found and "CEO" not in found
    assert found["Verona"][1] == "IT"
    assert found["BERLIN"][0] == "Berlin"  # a dateline spells the town's own name


def test_an_english_phrase_is_no_other_name_of_a_town():
    gaz = load_gazetteer()
    assert gaz.place("Windy City") is None and gaz.place("Big Apple") is None
    assert gaz.place("Kiev").name == "Kyiv" and gaz.place("Peking").name == "Beijing"
    assert gaz.place("Port Elizabeth").country == "ZA"  # a name, not a phrase
    found = places("The White House said on Tuesday that talks in Casablanca would go on. "
                   "Aides in the White House disagreed.")
    assert "White House" not in found
    assert found["Casablanca"][1] == "MA"
    # a small town named by an English phrase is a place where text puts it as one
    assert places("The fair was held in White House, Tennessee.")["White House"][1] == "US"


def test_an_organisations_word_and_a_nationality_are_no_towns():
    found = places("Members of Congress questioned the plan. The trucks waited at the "
                   "Canadian border near Detroit.")
    assert "Congress" not in found
    assert found["Canadian"] == ("Canada", "CA")  # the country it names, not Canadian (AU)
    assert found["Detroit"][1] == "US"


def test_a_country_inside_another_name_is_no_country():
    found = places("Acting Secretary Chad Morrel flew from New Jersey to Inner Mongolia, "
                   "then on to Chad. Coach Chad Thomas stayed home.")
    assert "Chad" in found and found["Chad"][1] == "TD"
    assert [m for m in found if m.startswith("Chad ")] == []
    assert found["New Jersey"] == ("New Jersey", "US")
    assert "Mongolia" not in found and "Jersey" not in found


def test_states_continents_and_other_names_of_countries():
    found = places("Voters in Virginia and Louisiana went to the polls. Markets in Asia "
                   "fell. He returned to England, then flew to the Democratic Republic of "
                   "Congo.")
    assert found["Virginia"] == ("Virginia", "US") and found["Louisiana"] == ("Louisiana", "US")
    assert found["England"] == ("United Kingdom", "GB")
    assert found["Asia"] == ("Asia", None)
    assert ("DR Congo", "CD") in found.values()
    assert "Virginia Halden" in {m.span.text for m in extract_text(
        "Virginia Halden, a spokeswoman, said the road was closed.").mentions
        if m.kind == "person"}


def test_a_demonym_of_two_words_names_its_own_country():
    found = places("North Korean troops crossed the line, South Korean officials said, and "
                   "Sri Lankan workers left the port.")
    assert found["North Korean"] == ("North Korea", "KP")
    assert found["South Korean"] == ("South Korea", "KR")
    assert found["Sri Lankan"] == ("Sri Lanka", "LK")
    assert "Korean" not in found


def test_the_state_or_country_after_a_town_picks_the_town_of_that_name():
    mentions = [m for m in extract_text(
        "SANTA FE, N.M. (AP) — A lost dog was found in Greenville, South Carolina, and "
        "taken to Columbia, Mo., then to Perth, Scotland, by a breeder, Ann Corle. The "
        "Columbia shelter had kept it.").mentions if m.kind == "place"]
    found = {m.span.text: m for m in mentions}
    assert found["SANTA FE"].place is not None
    assert (found["SANTA FE"].country, found["SANTA FE"].place.region) == ("US", "NM")
    assert found["Greenville"].place.region == "SC"
    assert found["Perth"].country == "GB"
    # named again alone, a town is the one this article put it in before
    columbia = [m.place.region for m in mentions if m.name == "Columbia"]
    assert columbia == ["MO", "MO"]
    # a town named alone is the largest of its name, and keeps its own key
    later = [m for m in extract_text("Later it rained in Santa Fe and Perth.").mentions
             if m.kind == "place"]
    assert {m.name: m.country for m in later} == {"Santa Fe": "AR", "Perth": "AU"}
    assert found["SANTA FE"].key != later[0].key


def test_a_common_word_opening_a_clause_is_no_other_name_of_a_town():
    """"But" is another name of Buta, "Turn" of Angren: a capital that opens a sentence or
    a quote says nothing of a name. A town's English name that is also a proper name
    ("Cologne") or that a locative introduces stays a place."""
    found = places("“But with eight launches, we win,” Ada Lund said. Turn the heat down. "
                   "Cologne police said 12 people were hurt.")
    assert "But" not in found and "Turn" not in found
    assert found["Cologne"][1] == "DE"


def test_a_small_towns_name_needs_a_preposition_of_place():
    # "Lena" is a small town in Illinois (and another name of one in Georgia): here it is
    # a woman's name
    gaz = load_gazetteer()
    assert gaz.place("Lena") is not None and gaz.place("Lena").population < 15000
    found = places("The label owes Lena $2 million, her agent said on Monday.")
    assert "Lena" not in found
    # the other name of a big city needs none ("Kiev" is Kyiv)
    assert places("Drones hit Kiev overnight.")["Kiev"][0] == "Kyiv"


def test_a_towns_own_name_beats_another_towns_other_name_unless_that_one_is_far_larger():
    gaz = load_gazetteer()
    # own names against entries among other towns' other names of about their size
    assert (gaz.place("Porto").name, gaz.place("Porto").country) == ("Porto", "PT")
    assert gaz.place("Islamabad").country == "PK"
    assert gaz.place("Zaragoza").country == "ES"
    # a spelling of a far larger town's own name is that town's ("Odessa": Odesa)
    assert gaz.place("Odessa").country == "UA"
    # and another name of a town ten times larger still wins ("Seville": Sevilla)
    assert gaz.place("Seville").country == "ES"
