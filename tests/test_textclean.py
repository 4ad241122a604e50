from datetime import date, datetime

from conftest import FIXTURES, text_capture

from sitrep.clean.lines import glued_prefix_length, is_prose
from sitrep.clean.text import clean_text_capture


def labels_of(result):
    return {lb.line: lb.label for lb in result.labels}


def test_aggregator_page_lines_are_labelled():
    raw = (FIXTURES / "aggregator_page.txt").read_text()
    result = clean_text_capture(text_capture(raw))
    labels = labels_of(result)
    assert labels[1] == "boilerplate"  # logo
    assert labels[2] == "title"
    assert labels[3] == "boilerplate"  # the headline printed again
    assert labels[5] == "meta"
    assert [n for n, lb in labels.items() if lb == "body"] == [6, 7, 8]
    assert all(labels[n] == "boilerplate" for n in (9, 10, 11, 12, 13))
    related = [n for n, lb in labels.items() if lb == "related"]
    assert related == [14, 15, 19, 20, 21, 22, 26, 27]
    assert all(labels[n] == "boilerplate" for n in (16, 17, 18, 23, 24, 25, 28, 29))


def test_aggregator_page_articles():
    raw = (FIXTURES / "aggregator_page.txt").read_text()
    result = clean_text_capture(text_capture(raw))
    main, first, second = result.drafts
    assert main.part == "main"
    assert main.title == "Minsk Says Bastion Drills Will Stay Near Baranovichi"
    assert main.outlet == "Eastern Flank Review"
    assert main.published == date(2026, 8, 16)
    assert "Polish" not in main.text and "Comments" not in main.text
    assert main.text.startswith("Belarus will keep the main phase")
    # both printings of the related story are cut out, the glued prefix is dropped
    assert first.text == second.text
    assert first.text.startswith("Army engineers in eastern Poland")
    assert first.outlet == "Baltic Morning Post"
    assert first.published == date(2026, 8, 20)


def test_clean_offsets_point_back_into_the_raw_capture():
    raw = (FIXTURES / "aggregator_page.txt").read_text()
    result = clean_text_capture(text_capture(raw))
    for draft in result.drafts:
        for paragraph_start in [0] + [i + 2 for i in range(len(draft.text))
                                      if draft.text.startswith("\n\n", i)]:
            end = draft.text.find("\n\n", paragraph_start)
            end = len(draft.text) if end < 0 else end
            span = draft.offsets.span_to_raw(paragraph_start, end)
            assert span is not None
            assert raw[span[0]:span[1]] == draft.text[paragraph_start:end]


def test_appeal_block_is_boilerplate_and_names_the_outlet():
    raw = (FIXTURES / "appeal_page.txt").read_text()
    result = clean_text_capture(text_capture(raw))
    labels = labels_of(result)
    assert [n for n, lb in labels.items() if lb == "body"] == [1, 2, 3]
    assert all(labels[n] == "boilerplate" for n in range(4, 9))
    assert max(labels) == 8
    (main,) = result.drafts
    assert main.outlet == "The Vilnius Ledger"
    assert main.title is None
    assert main.published is None  # no date printed: never invent one


def test_relative_minutes_against_a_capture_day_stay_on_that_day():
    raw = ("Some Headline About Border Drills In The West\nNorthline Wire45 minutes ago\n"
           + "Troops moved equipment by rail to the Brest region on Sunday, the ministry said "
           "in a statement that gave no numbers for the units involved in the move.\n")
    result = clean_text_capture(text_capture(raw, datetime(2026, 9, 1), has_time=False))
    assert result.drafts[0].published == date(2026, 9, 1)
    assert result.drafts[0].outlet == "Northline Wire"


def test_glued_prefix_detection():
    text = ("World Europe SecurityFacebookTweetLink Follow Officials in Grodno said on Monday "
            "that the exercise would start a week later than planned.")
    cut = glued_prefix_length(text)
    assert text[cut:].startswith("Officials in Grodno")
    plain = "Officials said Facebook and Twitter posts about the drills were misleading today."
    assert glued_prefix_length(plain) == 0


def test_prose_test_separates_sentences_from_headlines():
    assert is_prose("The ministry said the drills would be held in September near the border.")
    assert not is_prose("Minsk Says Bastion Drills Will Stay Near Baranovichi")
    assert not is_prose("Explore what our tools can do for you:")


def test_a_short_sentence_with_a_long_name_is_prose_and_a_line_of_names_is_not():
    # a run of capitalised words is one name, however many words it has
    assert is_prose("Estonia's Internal Security Service (KAPO) estimated 300 men left.")
    assert is_prose("Latvia's State Border Guard Service (VRS) said 41 were held.")
    assert not is_prose("Home News World Sport Business Culture Travel Weather Video.")
    assert not is_prose("Tallinn Riga Vilnius Helsinki Warsaw Kyiv Minsk Oslo Berlin.")


def test_a_capture_of_only_furniture_has_no_article():
    raw = "logo\nMenu\nSubscribe\nComments\nNo comments yet...\n"
    assert clean_text_capture(text_capture(raw)).drafts == ()


def test_a_paragraph_repeating_the_end_of_another_keeps_its_own_sentences():
    """Only glued junk before a repeated paragraph is dropped, never a sentence of text."""
    repeated = ("Major Liis Kask said 4,200 reservists would report to the depots near Tartu "
                "by Friday, and that the call-up would end on Sunday.")
    raw = ("Reservists called up near Tartu\n\n"
           "The defence forces published the call-up list on Monday morning, a day early. "
           + repeated + "\n\n"
           + repeated + "\n\n"
           "Share this storyFacebookTwitter" + repeated + "\n")
    (draft,) = clean_text_capture(text_capture(raw)).drafts
    assert "published the call-up list on Monday morning, a day early." in draft.text
    assert "FacebookTwitter" not in draft.text
    assert draft.text.count(repeated) == 3


def test_cleaner_words_are_data_that_names_its_reader():
    """Every clean_/meta_ resource of lang/en says which module reads it, and that module
    exists and reads it by name: a file nobody reads is a file nobody notices going stale."""
    import json
    from pathlib import Path

    import sitrep

    src = Path(sitrep.__file__).parent
    files = sorted(p for p in (src / "lang" / "en").iterdir()
                   if p.name.startswith(("clean_", "meta_")))
    assert files
    for path in files:
        if path.suffix == ".json":
            about = json.loads(path.read_text("utf-8"))["_about"]
        else:
            about = path.read_text("utf-8").splitlines()[0].removeprefix("# ")
        reader = src / about.split(":", 1)[0]
        assert reader.is_file(), path.name
        assert f'"{path.stem}"' in reader.read_text("utf-8"), path.name


def test_lexicon_is_built_once_and_frozen():
    import dataclasses

    import pytest

    from sitrep.clean.lexicon import lexicon

    lex = lexicon("en")
    assert lexicon("en") is lex
    with pytest.raises(dataclasses.FrozenInstanceError):
        lex.furniture = frozenset()  # type: ignore[misc]
    assert "share this" in lex.furniture and lex.promo_score("Download the app") == 2


def test_a_paragraph_of_cyrillic_words_without_digits_is_body_not_a_line_with_no_letters():
    raw = ("Мер Херсона Петро Гнатенко заявив у понеділок, що в місті загинули 4 людини.\n\n"
           "Про це мер повідомив під час брифінгу для журналістів у середу ввечері.\n\n"
           "За його словами, ще 12 людей поранено, серед них двоє дітей.\n")
    result = clean_text_capture(text_capture(raw))
    reasons = {lb.line: (lb.label, lb.reason) for lb in result.labels}
    assert reasons[3][0] == "body", reasons
    assert "брифінгу" in result.drafts[0].text


def test_a_short_sentence_between_paragraphs_is_a_paragraph_and_alone_it_is_not():
    raw = ("Floods Close the Road Between Tartu and Valga Overnight\n\n"
           "The rescue board said on Tuesday that the river had risen by two metres since "
           "Sunday and that the road south of Tartu would stay closed.\n\n"
           "Nine of them were children.\n\n"
           "Crews worked through the night to move families from the lowest streets of the "
           "town, and the board said more rain was expected on Thursday.\n\n"
           "Tell us what you saw today.\n")
    labels = labels_of(clean_text_capture(text_capture(raw)))
    assert labels[5] == "body"  # between two paragraphs
    assert labels[9] == "boilerplate"  # after the last one: no running text follows
