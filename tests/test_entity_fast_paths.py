"""The entity finder's shortcuts answer as the rules they stand for (issue 9, speed).

Why: the finder asks the context whether it says "a person" only when a name's answer turns
on it, and looks for the body an acronym spells only among the mentions added since it last
asked. These tests compare each shortcut with the rule read in full, run by run, on texts
written here (initials, hyphens, names a town shares, acronyms of bodies named earlier).
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.extract import doc_values
from sitrep.extract.entities import _Finder
from sitrep.extract.entity_names import NameTokens
from sitrep.extract.entity_people import _is_initial
from sitrep.extract.entity_words import entity_words
from sitrep.extract.nlp import build_nlp, make_doc
from sitrep.knowledge.gazetteer import load_gazetteer

TEXTS = [
    "J. R. Hale, the mayor, said the dam held. Mary E. Stone said the Z. B. list was long. "
    "A. Item was first, said Wren A. B. Coyle, who counts boats in Gdansk.",
    "Lawmaker Lee Seong-kweun of the Varda Party said 30 homes burned. Lee said more "
    "would follow. Said Tomas Orvik: 40 sold. The minister, Rasa Vell, visited Minsk.",
    "The National Unity Government said 12 villages fell. The NUG said more. The Ministry "
    "of Relief of the National Recovery Council sent aid, the NRC said. The NUG agreed. "
    "Halvorsen Foods Ltd sold 3 plants; the HFL said so.",
    "Georgia Okafor of the Brant Harbour Authority said the BHA counted 12 boats in "
    "Virginia. The Harbour Board's chair, Ana Pell, agreed; Pell said the BHA was right.",
    # a name part with a period that is no initial, a non-breaking hyphen, both together
    "Rev. Ann Lee\u2011Varga met Dr. Omar St. John and Kim Jong\u2011un in Oslo. Said U.S. "
    "envoy Pia Ek-Moss: the St. Olav Fund and Ivo T. Berg\u2011Lund, who sells boats, agreed.",
]


def _finder(text: str, kept: NameTokens) -> _Finder:
    nlp = build_nlp("en")
    doc: Doc = make_doc(nlp, text)
    doc_values.put(doc, "text", text)
    doc = nlp.get_pipe("sitrep_dates")(nlp.get_pipe("sitrep_sentences")(doc))
    return _Finder(doc, load_gazetteer(), entity_words("en"), kept)


def _names_person_in_full(f: _Finder, i: int, j: int, k: int) -> bool:
    """The rule as it read before the shortcut: the context asked first, every time."""
    tx, lw, words = f.w.text, f.w.lower, f.words
    relaxed = f._says_person(i, j, k)
    name_tokens = [x for x in range(k, j) if tx[x] not in ("-", "‑") and not (
        x > k and tx[x - 1] in ("-", "‑") and f._syllable(x)) and not (
        x < j - 1 and _is_initial(tx[x]) and (relaxed or (x > k and not _is_initial(tx[k]))))]
    return (1 <= len(name_tokens) <= 4
            and all(f.name_token(f.w, x, f.gaz, relaxed) for x in name_tokens)
            and (k > i or len(name_tokens) < 2 or i == 0 or lw[i - 1] != words.the)
            and (lw[j] if j < len(tx) else None) not in words.not_a_person_after
            and lw[j - 1] not in words.facilities and lw[j - 1] not in words.products
            and lw[j - 1] not in words.corporate_words)


def test_a_name_is_read_as_the_full_rule_reads_it():
    kept = NameTokens(entity_words("en"))
    asked = 0
    for text in TEXTS:
        f = _finder(text, kept)
        for i, j in f.runs():
            # every split of the run, not only the one the role part gives
            for k in range(i, j + 1):
                assert f._names_person(i, j, k) == _names_person_in_full(f, i, j, k), (
                    f.span_text(i, j), k - i)
                asked += 1
    assert asked > 50


#: bodies that share initials (the newer one wins), a short name that spells none, and a
#: body named last inside a longer name, asked before and after a newer one
ACRONYM_TEXTS = [
    "The Harbour Trust said the HT kept 9. The Hill Tribunal of the Vell Trading Board "
    "sat; the HT and the VTB agreed. The Ab Co said the AC sold 3. The HT left.",
    "Ostra Delta Energy Fund and the Office of the Delta Energy Fund met; the DEF, the ODEF "
    "and the ODE said so. The Delta Energy Federation came later; the DEF agreed.",
]


def test_an_acronym_finds_the_latest_body_it_spells():
    kept = NameTokens(entity_words("en"))
    found = []
    for text in TEXTS + ACRONYM_TEXTS:
        f = _finder(text, kept)
        for i, j in f.runs():
            f.classify(i, j)
            text_ij = f.span_text(i, j)
            got = f._spelled_out(text_ij)
            # the full scan: the latest mention that spells it, read from the last one
            full = next((hit for m in reversed(f.mentions)
                         if (hit := f._spells(m, text_ij)) is not None), None) if (
                2 <= len(text_ij) <= 6 and text_ij.isalpha() and text_ij.isupper()) else None
            assert (got and (got.name, got.key)) == (full and (full.name, full.key))
            if got is not None:
                found.append((text_ij, got.name))
    assert ("NUG", "National Unity Government") in found
    assert ("NRC", "National Recovery Council") in found
    assert ("BHA", "Brant Harbour Authority") in found
    assert ("HT", "Harbour Trust") in found
    assert ("DEF", "Delta Energy Fund") in found  # the body named last in a longer name
    assert ("DEF", "Delta Energy Federation") in found  # then a newer one


#: texts whose one-word runs stand where a rule of the chain may fire on them: a surname
#: or first name named before, a firm's first word, a lone firm that speaks (past an
#: appositive), "said X, who", a ticker, an acronym of a body named before, days, places
QUIET_TEXTS = [
    *TEXTS,
    "Zelda Quistad of Kestrel Motors Ltd said Kestrel sold 40 cars. Quistad agreed; Zelda "
    "disagreed. Monday was calm, and Kestrel, a carmaker, said so. Yellow, Purple and Red "
    "won. Varno said 12 boats sank. Marlowe, a carmaker, said more. Tallis (NYSE: TLS) rose.",
    "\u201cWe sold 30,\u201d said Quell, who runs the Harbour Trust. The HT said the Trust "
    "kept 9. I think NASA and the SLS team, said Dorrit, counted 4 in May. Fessany "
    "(GLM) posted a loss. Pellworth Energy announced 3 sites; Pellworth said 2 more.",
    "In Reading, Wrexham and Kraków, Trent and Severn flooded. President Ilves spoke; "
    "Chinese and American envoys met Tuesday. Of the 12, Ostrava said 5. Patientenakte "
    "und Gesundheitskarte. Q said 3. Zelda Marsh-Oyelaran, Marsh-Oyelaran said, won.",
    "Ten boats, And twelve carts came. The MoD counted them; the WFP fed 9. Later MoD "
    "staff and WFP crews left, and the UNDEX team stayed.",
]
#: words for random texts: names, places, days, titles, acronyms, verbs and marks
_RANDOM_WORDS = " ".join([
    "Kestrel Zelda Quistad Varno Quell Dorrit Pellworth Fessany Marlowe Minsk Reading",
    "Paris Chad Monday May March Yellow Red President Minister Chinese Ukrainian",
    "NASA SLS I TV HT Harbour Trust Motors Ltd Energy Ministry of the and said says",
    "announced who , , . ( NYSE : GLM ) a carmaker in Earth Instead Today Lee",
    "Seong - kweun Rasa Tomas And MoD WFP",
]).split()


def _random_texts(count: int) -> list[str]:
    import random
    rng = random.Random(9)
    return [" ".join(rng.choice(_RANDOM_WORDS) for _ in range(rng.randint(8, 60)))
            for _ in range(count)]


def _full_chain(f: _Finder) -> None:
    """The finder reads every run through the whole chain (no quiet word)."""
    f._quiet = lambda i: False  # type: ignore[method-assign]


def _known_surname_text() -> str:
    """A text with a surname the gazetteer knows as a person's (read from it, not written
    here), alone in a sentence with nothing around it that says a person."""
    surname = next(k for k in load_gazetteer().people if " " not in k).title()
    return f"The panel met twice. {surname} was not there; later {surname} left early."


def test_a_quiet_word_is_one_no_rule_reads_as_a_name():
    kept = NameTokens(entity_words("en"))
    quiet = 0
    for text in [*QUIET_TEXTS, _known_surname_text(), *_random_texts(150)]:
        f = _finder(text, kept)
        full = _finder(text, kept)
        _full_chain(full)
        for i, j in f.runs():
            said = j - i == 1 and f._quiet(i)
            before = (len(full.mentions), dict(full.people), dict(full.first_names),
                      dict(full.towns))
            full.classify(i, j)
            f.classify(i, j)
            if said:
                quiet += 1
                after = (len(full.mentions), full.people, full.first_names, full.towns)
                assert before == after, (text, f.span_text(i, j))
            assert f.mentions == full.mentions, (text, f.span_text(i, j))
    assert quiet > 100


def test_the_finder_gives_the_same_mentions_with_and_without_quiet_words():
    kept = NameTokens(entity_words("en"))
    for text in QUIET_TEXTS + _random_texts(60):
        full = _finder(text, kept)
        _full_chain(full)
        assert _finder(text, kept).run() == full.run(), text


def test_a_run_goes_on_past_and_or_a_comma_only_into_capitals():
    # the run finder asks joined_body only when a capital follows the "and" or comma (not
    # one that opens a sentence): elsewhere the rule itself answers None
    kept = NameTokens(entity_words("en"))
    asked = 0
    for text in [*QUIET_TEXTS, "Food and drug, Tobacco and Firearms. And Customs and Border "
                 "Protection, and the Bureau of Alcohol, Tobacco, Firearms and Explosives.",
                 *_random_texts(60)]:
        f = _finder(text, kept)
        capish = [f.name_token.capish[t] for t in f.w.text]
        n = len(f.w)
        for j in range(1, n):
            if f.w.lower[j] not in f.words.joiners and f.w.text[j] != ",":
                continue
            if j + 1 < n and capish[j + 1] and j + 1 not in f.starts:
                continue
            for i in range(max(0, j - 4), j):
                asked += 1
                assert f.joined_body(i, j, capish) is None, (text, i, j)
    assert asked > 100
