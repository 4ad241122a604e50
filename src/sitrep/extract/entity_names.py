"""Whether a capitalised token may be part of a person's name, and a memory of the answers.

Why apart: the test reads only the token's text and what spaCy's vocabulary says of that
text (its lower case, whether it is alphabetic, whether it is a stop word), against the
gazetteer and the language's words, yet the entities component asked it for every token of
every run that might name a person: the same capitalised words, article after article.
:class:`NameTokens` keeps the answers by text, on the component (built once per process).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..knowledge.gazetteer import Gazetteer, fold
from ..knowledge.names import person_key
from ..knowledge.orgs import known_org
from .entity_words import EntityWords
from .words import Words

#: Answers a :class:`NameTokens` keeps; past that, new texts are answered each time.
NAME_TOKENS_KEPT = 100_000


def is_name_token(w: Words, i: int, gaz: Gazetteer, words: EntityWords,
                  relaxed: bool = False) -> bool:
    """Token ``i`` may be part of a name: a capitalised word, no title, head word, month,
    stop word, demonym (nor its plural), acronym or big place (``relaxed``: places are not
    asked)."""
    text = w.text[i]
    low = w.lower[i].rstrip(".")
    place = None if relaxed else gaz.place(text)
    # a town's other name ("Kim" for Kimberley) does not stop a name: only its own does
    # a state's name is often a first name too (Virginia, Carolina): it does not stop one
    big_place = place is not None and not place.common_word and place.kind != "state" and (
        place.kind != "city" or (place.population >= 50_000 and fold(place.name) == low))
    return (w.alpha[i] and text[:1].isupper() and low not in words.titles
            and low not in words.org_heads and low not in words.months_and_days
            and not w.stop[i]
            and gaz.demonym(text) is None and not text.isupper() and not big_place
            # "North Koreans", "Ukrainians": a people in the plural, no one's name
            and not (text.endswith("s") and gaz.demonym(text[:-1]) is not None))


class Capish(dict[str, bool]):
    """Whether a token may be part of a name, by its text: capitalised, and a word, an
    abbreviation ("Gen."), an acronym or a hyphenated name. Why: the finder asks it of every
    token of every document; the same texts recur, and a lookup costs less than the test.
    A token is never empty, so its first and last characters are read by index."""

    __slots__ = ()

    def __missing__(self, t: str) -> bool:
        known = t[0].isupper() and (t.isalpha() or t[-1] == "." or t.isupper() or "-" in t)
        if len(self) < NAME_TOKENS_KEPT:
            self[t] = known
        return known


class NameTokens:
    """:func:`is_name_token` by token text, for one language's words and one gazetteer
    (:func:`~sitrep.knowledge.gazetteer.load_gazetteer` loads one per process; asked with
    another, the answers start again); and :func:`is_role_word` the same way."""

    __slots__ = ("answers", "capish", "gaz", "quiet", "relaxed", "roles", "size", "words")

    def __init__(self, words: EntityWords, size: int = NAME_TOKENS_KEPT) -> None:
        self.words, self.size = words, size
        self.gaz: Gazetteer | None = None
        # by the token's text, one table for each way of asking (a text is a key that
        # keeps its hash; a pair of text and flag was built and hashed on every question)
        self.answers: dict[str, bool] = {}
        self.relaxed: dict[str, bool] = {}  # the same, the places not asked
        self.roles: dict[str, bool] = {}
        self.quiet: dict[str, str | None] = {}
        self.capish = Capish()  # of the text alone: kept whatever the gazetteer

    def _start_again(self, gaz: Gazetteer) -> None:
        """Forget every answer: they were given with another gazetteer than ``gaz``."""
        self.gaz, self.answers, self.relaxed, self.roles, self.quiet = gaz, {}, {}, {}, {}

    def __call__(self, w: Words, i: int, gaz: Gazetteer, relaxed: bool) -> bool:
        return self.all_names(w, (i,), gaz, relaxed)

    def all_names(self, w: Words, tokens: Iterable[int], gaz: Gazetteer,
                  relaxed: bool) -> bool:
        """Whether every token of ``tokens`` may be part of a name (:func:`is_name_token`),
        each answer remembered; asked once per name part, not once per word."""
        if gaz is not self.gaz:
            self._start_again(gaz)
        answers, text = (self.relaxed if relaxed else self.answers), w.text
        for i in tokens:
            known = answers.get(text[i])
            if known is None:
                known = is_name_token(w, i, gaz, self.words, relaxed=relaxed)
                if len(answers) < self.size:
                    answers[text[i]] = known
            if not known:
                return False
        return True

    def role_word(self, text: str, gaz: Gazetteer) -> bool:
        """:func:`is_role_word` of ``text``, remembered."""
        if gaz is not self.gaz:
            self._start_again(gaz)
        known = self.roles.get(text)
        if known is None:
            known = is_role_word(text, gaz, self.words)
            if len(self.roles) < self.size:
                self.roles[text] = known
        return known

    def quiet_key(self, text: str, gaz: Gazetteer) -> str | None:
        """:func:`quiet_word_key` of ``text``, remembered."""
        if gaz is not self.gaz:
            self._start_again(gaz)
        try:
            return self.quiet[text]
        except KeyError:
            known = quiet_word_key(text, gaz, self.words, self.role_word)
            if len(self.quiet) < self.size:
                self.quiet[text] = known
            return known


def quiet_word_key(text: str, gaz: Gazetteer, words: EntityWords,
                   role_word: Callable[[str, Gazetteer], bool]) -> str | None:
    """For a run of the one token ``text``: its surname key (as a bare surname's rule reads
    it) when every rule of the finder's chain whose first test reads only the word's text
    fails, else None.

    Why: most one-word runs name nothing, and the chain's rules each look at them again;
    the finder answers such a word from this and a few tests of its context
    (``_Finder._quiet``). Each test here is a rule's own first one: the article ("the"),
    a joined body, a known body's acronym, an acronym or head word of a body, a place (and
    a country inside the run), a known person or a hyphen (a name in full). A role word
    makes the run all role and no name part, unless it is a connector (given back to the
    name part); an acronym that spells a body named before is the context's to say."""
    low = text.lower()
    if (low == words.the or low in words.joiners or "-" in text
            or text in words.org_acronyms or low in words.org_heads
            or (text.isupper() and known_org(text) is not None)
            or gaz.place(text) is not None or gaz.person(text) is not None
            or (low in words.connectors and role_word(text, gaz))):
        return None
    return person_key(text, words.lang).split("/", 1)[0]


def is_role_word(text: str, gaz: Gazetteer, words: EntityWords) -> bool:
    """A token that belongs to a run's role part, not its name part ("Belarusian Defense
    Minister Lt. Gen."): a title, connector, nationality, acronym of a body, body's head
    word or country (a test of the token's text alone, as spaCy lower-cases it)."""
    low = text.lower()
    if low.rstrip(".") in words.titles or low in words.connectors or gaz.demonym(text):
        return True
    if text in words.org_acronyms or low in words.org_heads:
        return True
    place = gaz.place(text)
    return place is not None and place.kind == "country"
