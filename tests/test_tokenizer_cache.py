"""The caching tokenizer gives spaCy's tokens, special cases included, and caches them."""

from __future__ import annotations

import random

from sitrep.extract.nlp import build_nlp
from sitrep.extract.tokenizer import CachingTokenizer

AFFIXES = ["", "(", ")", "'", "“", ",", ".", ":", "'s"]


def _tokens(doc) -> list[tuple[int, int, str]]:
    return [(t.idx, len(t), t.whitespace_) for t in doc]


def _tokenizer() -> CachingTokenizer:
    tokenizer = build_nlp("en").tokenizer
    assert isinstance(tokenizer, CachingTokenizer)
    return tokenizer


def test_special_cases_with_affixes_split_as_spacy_splits_them() -> None:
    tokenizer = _tokenizer()
    keys = sorted(tokenizer.full.rules)
    for key in keys:
        for before in AFFIXES:
            for after in AFFIXES:
                for chunk in (before + key + after, key + after + before):
                    assert _tokens(tokenizer(chunk)) == _tokens(tokenizer.full(chunk)), chunk


def test_random_text_of_special_cases_twice_over() -> None:
    """Twice: the second time most chunks come from the cache."""
    tokenizer = _tokenizer()
    keys = sorted(tokenizer.full.rules)
    words = ["Sen.", "Ohio", "don't", "10am", "4.5", "km", "it's", "e.g.", "Jan.", "U.S.", ":)"]
    rng = random.Random(11)
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(1, 30)):
            word = rng.choice(keys + words)
            word = rng.choice(AFFIXES) + word + rng.choice(AFFIXES)
            parts += [word, rng.choice([" ", " ", "\n", "", "  "])]
        text = "".join(parts)
        for _ in range(2):
            assert _tokens(tokenizer(text)) == _tokens(tokenizer.full(text)), text


def test_prose_with_contractions_and_titles() -> None:
    tokenizer = _tokenizer()
    text = ("Mr. Dalrow said they're leaving Tulsa on Nov. 3 (it's 9 p.m. there): "
            "\"We can't wait,\" Gov. Amara Pike's office said.\nDr. Ileni's team won't.")
    for _ in range(2):
        doc = tokenizer(text)
        assert _tokens(doc) == _tokens(tokenizer.full(text))
    assert [t.text for t in doc][:6] == ["Mr.", "Dalrow", "said", "they", "'re", "leaving"]


def test_cases_spaCy_puts_back_over_several_tokens_are_merged_as_spaCy_does() -> None:
    """"):" and "Minn." are split by the affix rules and put back by spaCy's last step: the
    caching tokenizer merges them in the Doc it made (a case of several tokens still goes to
    spaCy's own tokenizer); the tokens and their lexemes are spaCy's (sentence marks are
    the sentences component's). Texts of such cases among others, some at the start."""
    tokenizer = _tokenizer()
    cases = ["):", "Minn.", "Neb.", "8)", "z.", "’’", "(WFP):", "Kan.", "it's", "Mr."]
    rng = random.Random(3)
    texts = ["): the Ohio office (OHO): closed.", "Adrin Vale of St. Cloud, Minn. said: "
             "(a) one; (b) two): done.\nMinn. and Neb. are states."]
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(1, 25)):
            parts += [rng.choice(AFFIXES) + rng.choice([*cases, "word", "Tulsa", "10"])
                      + rng.choice(AFFIXES), rng.choice([" ", " ", "\n", ""])]
        texts.append("".join(parts))
    columns = ["ORTH", "LOWER", "IDX", "SPACY", "IS_ALPHA", "IS_STOP", "LENGTH"]
    merged = 0
    for text in texts:
        doc, spacy_doc = tokenizer(text), tokenizer.full(text)
        assert doc.to_array(columns).tolist() == spacy_doc.to_array(columns).tolist(), text
        merged += any(t.text in ("):", "Minn.") for t in doc)
    assert merged > 100
