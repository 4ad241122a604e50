"""Answers the extraction remembers from one article to the next give what asking again
gives (issue 9, extraction speed).

Why: a component built once per process keeps some answers that depend only on a token's
text (:class:`sitrep.extract.entity_names.NameTokens`). A memory that answered from another
article's context would change mentions silently, so these tests compare the remembered
answers with fresh ones, token by token and mention by mention, on texts written here.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.extract import doc_values
from sitrep.extract.entities import _Finder
from sitrep.extract.entity_names import NameTokens, is_name_token
from sitrep.extract.entity_words import entity_words
from sitrep.extract.nlp import build_nlp, make_doc
from sitrep.knowledge.gazetteer import load_gazetteer

TEXTS = [
    "Mayor Ilse Brandvold of Tromsø said on Monday that 40 homes had flooded. Brandvold "
    "told NRK the Tromsø council would meet. Georgia Okafor, a nurse, said the clinic "
    "stayed open.",
    "Georgia said it would send 200 engineers. In Lyon, Marcel Vautrin said Vautrin "
    "Logistics hired 35 drivers; Vautrin expects more. President Okafor of Ghana met him.",
    "Officials in Kestrel Bay, Virginia, said Virginia Holm, the harbour master, counted "
    "12 boats. Holm said: “Twelve is a lot.” The Ministry of Fisheries agreed.",
]


def _doc(text: str) -> Doc:
    """``text`` tokenized, with its sentences, token table and dates (what entities read)."""
    nlp = build_nlp("en")
    doc = make_doc(nlp, text)
    doc_values.put(doc, "text", text)
    doc = nlp.get_pipe("sitrep_sentences")(doc)
    return nlp.get_pipe("sitrep_dates")(doc)


def test_remembered_answers_are_the_test_itself():
    gaz, words = load_gazetteer(), entity_words("en")
    kept = NameTokens(words)
    for _ in range(2):  # the second time round every answer comes from memory
        for text in TEXTS:
            w = doc_values.get(_doc(text), "words")
            for i in range(len(w)):
                for relaxed in (False, True):
                    assert kept(w, i, gaz, relaxed) == is_name_token(w, i, gaz, words,
                                                                     relaxed=relaxed)
    # "Georgia" is a state (no stop to a name) and a country; "Tromsø" a town
    assert "Georgia" in kept.answers and "Brandvold" in kept.relaxed
    # a name part of several words asked at once reads the same answers
    w = doc_values.get(_doc(TEXTS[0]), "words")
    for relaxed in (False, True):
        for i in range(len(w) - 2):
            assert kept.all_names(w, range(i, i + 3), gaz, relaxed) == all(
                is_name_token(w, x, gaz, words, relaxed=relaxed) for x in range(i, i + 3))


def test_mentions_do_not_depend_on_what_was_read_before():
    gaz, words = load_gazetteer(), entity_words("en")
    warmed = NameTokens(words)
    for text in reversed(TEXTS):
        _Finder(_doc(text), gaz, words, warmed).run()
    for text in TEXTS:
        fresh = _Finder(_doc(text), gaz, words, NameTokens(words)).run()
        again = _Finder(_doc(text), gaz, words, warmed).run()
        assert fresh == again
        assert any(m.kind == "person" for m in fresh)


def test_another_gazetteer_starts_the_answers_again():
    from dataclasses import replace
    from types import MappingProxyType

    gaz, words = load_gazetteer(), entity_words("en")
    kept = NameTokens(words)
    w = doc_values.get(_doc(TEXTS[1]), "words")
    at = w.text.index("Marcel")
    assert kept(w, at, gaz, False)
    # a gazetteer that knows "Marcel" as a nationality: no name any more
    other = replace(gaz, demonyms=MappingProxyType({**gaz.demonyms, "marcel": "FR"}),
                    demonym_answers={})
    assert not is_name_token(w, at, other, words)
    assert not kept(w, at, other, False)


def test_the_memory_stops_growing_at_its_size():
    gaz, words = load_gazetteer(), entity_words("en")
    kept = NameTokens(words, size=3)
    w = doc_values.get(_doc(TEXTS[0]), "words")
    answers = [kept(w, i, gaz, False) for i in range(len(w))]
    assert len(kept.answers) == 3
    assert answers == [is_name_token(w, i, gaz, words) for i in range(len(w))]


def test_number_reader_remembers_what_it_reads():
    from sitrep.extract.numbers import NumberReader, number_reader

    reader = number_reader("en")
    texts = ["13,000", "13 000", "1.5 million", "twenty-five", "a dozen", "2,5", "7bn",
             "three hundred", "not a number", "13.000", "4K"]
    first = [reader.parse(t) for t in texts]
    assert first == [reader._parse(t) for t in texts]
    assert first[:5] == [13000.0, 13000.0, 1_500_000.0, 25.0, 12.0]
    assert first[8] is None
    assert [reader.parse(t) for t in texts] == first  # now from memory
    assert set(texts) <= set(reader.answers)
    # the memory takes no part in comparing readers
    assert "answers" not in repr(reader)
    assert reader == NumberReader(**{**reader.__dict__, "answers": {}})


def test_remembered_role_words_are_the_test_itself():
    from sitrep.extract.entity_names import is_role_word

    gaz, words = load_gazetteer(), entity_words("en")
    kept = NameTokens(words)
    for _ in range(2):  # the second time round every answer comes from memory
        for text in [*TEXTS, "Belarusian Defense Minister Lt. Gen. Ivo Marsh of the NUG"]:
            w = doc_values.get(_doc(text), "words")
            for tx, lw in zip(w.text, w.lower, strict=True):
                # the test as the role part reads it, one token at a time
                inline = bool(lw.rstrip(".") in words.titles or lw in words.connectors
                              or gaz.demonym(tx) or tx in words.org_acronyms
                              or lw in words.org_heads
                              or (gaz.place(tx) and gaz.place(tx).kind == "country"))
                assert kept.role_word(tx, gaz) == is_role_word(tx, gaz, words) == inline
    assert kept.roles["Minister"] and kept.roles["Belarusian"] and not kept.roles["Marsh"]
