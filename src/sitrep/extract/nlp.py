"""The extraction pipeline: spaCy's blank pipeline of a language plus sitrep's own components.

No trained spaCy pipeline can be installed here, so every component is a rule-based callable
``Doc -> Doc`` built by a factory registered with ``@Language.factory``, declaring what it
needs and what it adds (``requires`` / ``assigns``), so a model-based component can later
take its place. A factory takes the language code (``lang``) and builds its component with
that language's words (:func:`sitrep.lang.language_data`); English is the only one so far.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import numpy
import spacy
from spacy.attrs import IDX, LENGTH, SENT_START, SPACY
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from ..lang import language_data
from . import doc_values
from .opening import fast_pattern
from .phrases import PhraseIndex
from .sentence_starts import MAX_SENTENCE_CHARS as MAX_SENTENCE_CHARS
from .sentence_starts import ends_with_abbreviation, first_tokens
from .tokenizer import CachingTokenizer
from .words import read_words

for _name in ("text", "words", "published", "captured", "sent_starts", "dates", "dateline",
              "story_days", "story_events", "title", "publisher",
              "mentions",
              "people", "figures",
              "statements", "events", "subjects", "main_event", "cues"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

PIPELINE = ("sitrep_sentences", "sitrep_dates", "sitrep_entities", "sitrep_subjects",
            "sitrep_attribution", "sitrep_figures", "sitrep_statements", "sitrep_events")

# A sentence ends at . ! ? (with closing quotes) before a capital, or at a paragraph break.
# Captures glue sentences together ("[Belarus and Russia]Known as ..."), so a closing bracket
# or a sentence end followed directly by a capital also ends one, and so does a period after
# a closing quotation mark ("... “delays”. The report ..."); single-letter
# abbreviations ("U.S.") do not.
# A match opens with the . ! ? ] it follows, or the line break it starts at: a pattern that
# opens with a character class lets the matcher skip to those characters (a leading
# look-behind was tried at every character, three times slower); the boundary is the
# match's start, plus one after . ! ? ]; the next sentence starts past the spaces after it
# (a look-ahead: the matches and where each search goes on stay the same).
_BOUNDARY = fast_pattern(
    r"[.!?\]\n]"
    r"(?:(?<=\n)\n*"
    r"|(?<=[a-z0-9\)\]%][.!?])[\"”’']?(?=\s+[\"“‘']?[A-Z0-9])"
    r"|(?:(?<=[a-z][\"”’][.!?])|(?<=[a-z] [”’][.!?]))(?=\s+[\"“‘']?[A-Z0-9])"
    r"|(?<=[a-z0-9]{2}[.!?])[\"”’']?(?=[\"“‘]?[A-Z][a-z])"
    r"|(?<=\])(?=[A-Z][a-z])"
    r"|\n+)"
    r"(?=(\s*))"  # group 1: the spaces after the end, read in the same search
)


#: The last characters a sentence end after an abbreviation can have (its period, a closing
#: quote, a final line break).
_LAST_WORD_ENDS = frozenset(".\"”’'\n")


class SentencesComponent:
    """The ``sitrep_sentences`` pipeline component: sentence boundaries from punctuation and
    paragraph breaks, robust to glued text, and the token table (``doc._.words``).

    ``abbreviations``: words (lower case, no period) after which a period ends no sentence;
    ``phrases``: the rules' word lists, whose places the token table finds (:mod:`.phrases`);
    ``stop_words``: the language's stop words, as spaCy's lexemes read them."""

    def __init__(self, abbreviations: frozenset[str], phrases: PhraseIndex | None = None,
                 stop_words: frozenset[str] = frozenset()) -> None:
        self.abbreviations = abbreviations
        self.phrases = phrases
        self.stop_words = stop_words
        self.longest = max(map(len, abbreviations), default=0)

    def __call__(self, doc: Doc) -> Doc:
        return _sentences(doc, self.abbreviations, self.stop_words, self.phrases, self.longest)


@Language.factory("sitrep_sentences", default_config={"lang": "en"},
                  assigns=["token.is_sent_start", "doc._.sent_starts", "doc._.text",
                           "doc._.words"])
def make_sentences(nlp: Language, name: str, lang: str) -> SentencesComponent:
    """Build the sentences component with the abbreviations and word lists of ``lang``."""
    from .phrase_lists import phrase_index

    return SentencesComponent(frozenset(language_data(lang).words("sentence_abbreviations")),
                              phrase_index(lang), frozenset(nlp.Defaults.stop_words))


def _sentences(doc: Doc, abbreviations: frozenset[str], stop_words: frozenset[str],
               phrases: PhraseIndex | None = None, longest: int | None = None) -> Doc:
    """Sentence boundaries and the token table of ``doc`` (``longest``: the length of the
    longest abbreviation, when the caller knows it)."""
    # spaCy rebuilds Doc.text from every token on each access: components read this copy
    # (``extract_text`` sets it from the string it was given)
    text = doc_values.get(doc, "text")
    if text is None:
        doc._.text = text = doc.text
    if longest is None:
        longest = max(map(len, abbreviations), default=0)
    starts = {0}
    for m in _BOUNDARY.finditer(text):
        at = m.start()
        if text[at] != "\n":
            at += 1
        # only a period, a quote or a line break can end an abbreviation's sentence end
        if at and text[at - 1] in _LAST_WORD_ENDS and ends_with_abbreviation(
                text, at, abbreviations, longest):
            continue
        starts.add(m.end(1))
    offsets = doc.to_array(IDX).tolist()
    firsts = first_tokens(offsets, starts, len(text))
    # one array write: setting token.is_sent_start one by one makes spaCy re-check the
    # whole document each time (spaCy stores -1 as its unsigned 64-bit pattern)
    if firsts:
        flags = numpy.full(len(offsets), -1, dtype=numpy.int64)
        flags[firsts] = 1
        doc.from_array([SENT_START], flags.view("uint64").reshape(-1, 1))
    doc_values.put(doc, "sent_starts", frozenset(firsts))
    doc_values.put(doc, "words", read_words(doc, text, firsts, stop_words, phrases, offsets))
    return doc


#: spaCy's tokenizer strips affixes from a whitespace-free run one at a time, copying and
#: hashing the rest of the run each time: quadratic in the run's length (50,000 emoji in a
#: row took minutes). Runs longer than this are tokenized by :func:`make_doc` instead; news
#: text has none (the longest of the sample corpus and the benchmark is 114 characters).
RUN_LIMIT = 500
_LONG_RUN = fast_pattern(rf"(?<!\S)\S{{{RUN_LIMIT + 1}}}")
#: The same test, as a pattern that opens with a class: the matcher skips to the spaces
#: (run over the text after one space, it finds a run wherever :data:`_LONG_RUN` does, in
#: two thirds of the time).
_SPACE_LONG_RUN = fast_pattern(rf"\s\S{{{RUN_LIMIT + 1}}}")
_SPACE = fast_pattern(r"\s")
#: The tokens of such a run: letters and digits, or other characters, at most 100 at a time
#: (no rule then reads a longer token).
_RUN_TOKEN = fast_pattern(r"\w{1,100}|[^\w\s]{1,100}")
#: Every suffix spaCy's English tokenizer knows but one is at most five characters long; the
#: other, a run of periods, matches in any window it ends: see :class:`_TailSuffixSearch`.
_SUFFIX_WINDOW = 8


class _TailSuffixSearch:
    """spaCy's suffix search, tried on the last characters of a run only.

    The suffix pattern is anchored at the end, yet ``re.search`` tries it from every position
    of the run (about 0.3 µs each), once per suffix stripped: quadratic on a run of emoji or
    symbols. Searching from the last ``_SUFFIX_WINDOW`` characters finds the same match (the
    look-behinds still see the characters before, as ``search(text, pos)`` lets them), unless
    the match starts at the window's start and could reach further back: then the whole run
    is searched, as before."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def __call__(self, run: str) -> re.Match[str] | None:
        if run.isalpha() and run.isascii():
            return None  # every suffix holds a character other than a letter, or a digit
        window = len(run) - _SUFFIX_WINDOW
        if window <= 0:
            return self.pattern.search(run)
        found = self.pattern.search(run, window)
        if found is not None and found.start() == window:
            return self.pattern.search(run)
        return found


class _InfixFinder:
    """spaCy's infix search, skipped on a run of ASCII letters: every infix of spaCy's
    English list (and of ours) is a character other than a letter, and the pattern opens
    with look-behinds, so it was tried at every character of every word."""

    __slots__ = ("finditer",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.finditer = pattern.finditer

    def __call__(self, run: str) -> Iterator[re.Match[str]]:
        if run.isalpha() and run.isascii():
            return iter(())
        return self.finditer(run)


#: A run longer than :data:`RUN_LIMIT` covers a whole block of this many characters
#: (counted from the text's start), whatever its offset.
_BLOCK = (RUN_LIMIT + 1) // 2


def may_hold_a_long_run(text: str) -> bool:
    """Whether ``text`` may hold a whitespace-free run longer than :data:`RUN_LIMIT`: some
    block of :data:`_BLOCK` characters has no space in it.

    Why: the pattern search for such a run (:data:`_SPACE_LONG_RUN`) tries every space of
    the text and copies it first; news text has a space in every few characters, and a
    dozen substring tests say so."""
    return any(" " not in text[at:at + _BLOCK]
               for at in range(0, len(text) - _BLOCK + 1, _BLOCK))


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize ``text`` in time linear in its length, whatever it holds.

    Text without a whitespace-free run longer than :data:`RUN_LIMIT` (all news) is tokenized
    in one call, as ``nlp.make_doc`` would, but with no length limit: the components are rules
    whose cost grows with the text, and the caller decides how long an article may be (see
    :data:`sitrep.extract.runner.MAX_EXTRACT_CHARS`). A longer run is no prose: it is cut into
    runs of letters and digits and runs of other characters (:data:`_RUN_TOKEN`), and the
    text around it goes to spaCy's tokenizer."""
    if not may_hold_a_long_run(text) or _SPACE_LONG_RUN.search(" " + text) is None:
        return nlp.tokenizer(text)
    words: list[str] = []
    spaces: list[bool] = []
    for piece, is_run in _pieces(text):
        if is_run:
            run_words = _RUN_TOKEN.findall(piece)
            words += run_words
            spaces += [False] * len(run_words)
            spaces[-1] = piece.endswith(" ")
            continue
        # columns, not Token objects: iterating tokens in Python costs more than tokenizing
        columns = nlp.tokenizer(piece).to_array([IDX, LENGTH, SPACY]).tolist()
        words += [piece[start:start + length] for start, length, _ in columns]
        spaces += [space == 1 for _, _, space in columns]
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _pieces(text: str) -> Iterator[tuple[str, bool]]:
    """``text`` cut before and after each run longer than :data:`RUN_LIMIT`: (piece, whether
    it is such a run); the pieces join up to ``text``."""
    done = 0
    run = _LONG_RUN.search(text)
    while run is not None:
        if run.start() > done:
            yield text[done:run.start()], False
        space = _SPACE.search(text, run.start())
        end = space.start() if space else len(text)
        # the space after the run belongs to its last token, as when tokenized in one call
        done = end + 1 if text[end:end + 1] == " " else end
        yield text[run.start():done], True
        run = _LONG_RUN.search(text, done)
    if done < len(text):
        yield text[done:], False


#: Chunks spaCy's tokenizer remembers how to split (spaCy's default: 10,000). A news
#: article brings a few hundred new ones; more of them remembered is fewer split again.
TOKENIZER_CACHE = 100_000


def _keep_cache_working(tokenizer: Tokenizer) -> None:
    """Drop the special cases that change nothing, and let the tokenizer remember more.

    Why: spaCy caches how it split each chunk of text, but once a document has met a
    special case, nothing more of that document is cached, and a line break (``"\n"``) is
    a special case: in news text the cache served the first paragraph of each article only.
    A special case whose one token is its own text, and which the tokenizer makes one token
    of without it (``"\n"``, ``"—"``, ``"’"``), gives the same tokens either way (its pattern
    for spaCy's final special-case match is that one token, which it leaves as it is)."""
    plain = Tokenizer(tokenizer.vocab, rules={}, prefix_search=tokenizer.prefix_search,
                      suffix_search=tokenizer.suffix_search,
                      infix_finditer=tokenizer.infix_finditer,
                      token_match=tokenizer.token_match, url_match=tokenizer.url_match)
    rules = tokenizer.rules or {}
    same = {key for key, tokens in rules.items()
            if tokens == [{ORTH: key}] and [t.text for t in plain(key)] == [key]}
    tokenizer.rules = {key: tokens for key, tokens in rules.items() if key not in same}
    tokenizer.max_cache_size = TOKENIZER_CACHE


def build_nlp(lang: str = "en") -> Language:
    """The pipeline of ``lang``, built once per process and language (the gazetteer takes a
    second or two to load)."""
    return _build_nlp(lang)


@cache
def _build_nlp(lang: str) -> Language:
    from . import (  # noqa: F401 - registers the components
        attribution,
        dates_component,
        entities,
        events,
        figures,
        statements,
        subjects,
    )

    nlp = spacy.blank(language_data(lang).code)
    # titles and abbreviations the blank tokenizer would split at the period
    for abbr in language_data(lang).words("tokenizer_abbreviations"):
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    # "Russia]Known" and "2021.“Zapad”": let the tokenizer split brackets and quotes inside;
    # "Service(NIS)": an acronym in brackets glued to the name before it
    infixes = [*nlp.Defaults.infixes, r"(?<=[a-z])\](?=[A-Z])", r"(?<=[.!?])[\"“”](?=[A-Z])",
               r"(?<=[a-z])\((?=[A-Z]{2,})"]
    nlp.tokenizer.infix_finditer = _InfixFinder(spacy.util.compile_infix_regex(infixes))
    nlp.tokenizer.suffix_search = _TailSuffixSearch(
        spacy.util.compile_suffix_regex(nlp.Defaults.suffixes))
    _keep_cache_working(nlp.tokenizer)
    nlp.tokenizer = CachingTokenizer(nlp.tokenizer, TOKENIZER_CACHE)
    for name in PIPELINE:
        # a factory that takes the language gets it; a plain component takes no config
        takes_lang = "lang" in (Language.get_factory_meta(name).default_config or {})
        nlp.add_pipe(name, config={"lang": lang} if takes_lang else {})
    return nlp
