"""The words the entity finder reads, built once per language from its data files.

Why: the finder's rules ("a capitalised run splits into a title, then a name") hold in any
language written with capitals; which words are titles, organisation heads or months does
not. They live in ``lang/<code>/`` (``person_titles.txt``, ``org_heads.txt``,
``org_acronyms.txt``, ``speech_verbs.txt``, ``entity_words.json``); this module turns them
into the sets and patterns :mod:`.entities` reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from ..lang import language_data
from .opening import fast_pattern
from .scan import shortest_prefixes


@dataclass(frozen=True, slots=True)
class EntityWords:
    """One language's entity vocabulary."""

    lang: str
    titles: frozenset[str]
    org_heads: frozenset[str]
    #: titles and organisation heads: either lets a connector ("of") continue a name
    titles_or_heads: frozenset[str]
    org_acronyms: frozenset[str]
    speech_verbs: frozenset[str]
    connectors: frozenset[str]
    topic_connectors: frozenset[str]  # "National Institute on Ageing": after a body's head
    locative: frozenset[str]
    #: lower-case nouns after a capitalised run that make it a unit, event or feature name
    not_a_person_after: frozenset[str]
    months_and_days: frozenset[str]
    #: capitalised words that the gazetteer knows as towns but news uses as something else
    not_places: frozenset[str]
    #: words that may stand in a lower-case title before a name ("the defence minister, X")
    role_modifiers: frozenset[str]
    the: str
    #: endings of adverbs, which a sentence capitalises only by position ("Officially, ...")
    adverb_suffixes: tuple[str, ...]
    articles: frozenset[str]
    possessive_suffixes: tuple[str, ...]
    relative_pronouns: tuple[str, ...]
    #: "old" of "a 51-year-old Ana Reyes": an age glued before a name says a person
    age_words: frozenset[str]
    not_an_event_series: frozenset[str]
    org_key_fillers: frozenset[str]
    spelling_variants: MappingProxyType[str, str]
    #: "the Belarusian defence ministry", "Lithuania's armed forces"
    lowercase_org: re.Pattern[str]
    #: "Kremlin-backed", "Soviet-era": a lower-case word after a hyphen that makes a
    #: compound, not the second syllable of a name ("Seong-kweun")
    #: "the junta", "Myanmar's ruling military": lower-case bodies that are a government,
    #: and how such a government is named ({adjective} filled in)
    government_kinds: MappingProxyType[str, str]
    government_labels: MappingProxyType[str, str]
    #: "Crocus City Hall": last words of a building's or venue's name, never a person's
    facilities: frozenset[str] = frozenset()
    products: frozenset[str] = frozenset()  # "Orbo Pro": a product's name, no person's
    compound_endings: tuple[str, ...] = ()
    compound_words: frozenset[str] = frozenset()
    #: "Residents", "Officials": plural nouns that open a sentence before a verb of saying
    #: as a group of people, never a firm's name ("Volkswagen said")
    group_nouns: frozenset[str] = frozenset()
    #: "Vantor Energy, a utility, said": nouns of an appositive that says "a body"
    body_nouns: frozenset[str] = frozenset()
    #: "it": the pronoun by which a body, not a person, goes on ("Halvern said it ...")
    org_pronouns: frozenset[str] = frozenset()
    #: "Emirates Airline", "Halvorsen Ltd": the words after a firm's own name
    corporate_words: frozenset[str] = frozenset()
    #: "and", "&": a word that joins the parts of one body's name ("Food and Drug
    #: Administration") when :attr:`joined_heads` says the run is a body's name
    joiners: frozenset[str] = frozenset()
    #: "administration", "protection": the last words of a body's name joined by "and"
    joined_heads: frozenset[str] = frozenset()
    #: the first words of the bodies of :attr:`lowercase_org` (none of them starting
    #: another), where the phrase index finds them; empty: the pattern searches the text
    lowercase_org_starts: tuple[str, ...] = ()
    #: the lower case of every word a capitalised run may go on over (a hyphen, a comma, a
    #: joiner, a connector, a topic's): after any other word the run ends at once
    run_goes_on: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "run_goes_on", frozenset(
            {",", "-", "‑", "'", "’", "'s", "’s", *self.joiners, *self.connectors,
             *self.topic_connectors}))


@cache
def entity_words(lang: str) -> EntityWords:
    """The entity vocabulary of ``lang``, built once per process."""
    data = language_data(lang)
    t = data.table("entity_words")
    titles, heads = frozenset(data.words("person_titles")), frozenset(data.words("org_heads"))
    possessive = "|".join(re.escape(s) for s in t["possessive_suffixes"])
    # phrases in file order (alternation takes the first that fits), any space between words
    bodies = "|".join(r"\s+".join(re.escape(w) for w in p.split())
                      for p in t["lowercase_org_bodies"])
    firsts = {p.split()[0] for p in t["lowercase_org_bodies"]}
    return EntityWords(
        lang=lang, titles=titles, org_heads=heads, titles_or_heads=titles | heads,
        org_acronyms=frozenset(data.words("org_acronyms")),
        speech_verbs=frozenset(data.words("speech_verbs")),
        connectors=frozenset(t["name_connectors"]),
        topic_connectors=frozenset(t.get("topic_connectors", ())),
        locative=frozenset(t["locative_prepositions"]),
        not_a_person_after=frozenset(t["not_a_person_after"]),
        months_and_days=frozenset(t["months_and_days"]), not_places=frozenset(t["not_places"]),
        role_modifiers=frozenset(t["role_modifiers"]), the=t["definite_article"],
        adverb_suffixes=tuple(t["adverb_suffixes"]), articles=frozenset(t["articles"]),
        possessive_suffixes=tuple(t["possessive_suffixes"]),
        relative_pronouns=tuple(t["relative_pronouns"]),
        age_words=frozenset(t.get("age_words", ())),
        not_an_event_series=frozenset(t["not_an_event_series"]),
        org_key_fillers=frozenset(t["org_key_fillers"]),
        spelling_variants=MappingProxyType(dict(t["spelling_variants"])),
        government_kinds=MappingProxyType(dict(t["lowercase_org_kinds"])),
        government_labels=MappingProxyType(dict(data.table("speech_cues")["bodies"]["labels"])),
        facilities=frozenset(t["facility_words"]),
        products=frozenset(t.get("product_words", ())),
        compound_endings=tuple(t["compound_endings"]),
        compound_words=frozenset(t["compound_words"]),
        group_nouns=frozenset(data.table("speech_cues")["anonymous_speakers"]),
        body_nouns=frozenset(data.table("speech_cues")["org_nouns"]) | heads,
        org_pronouns=frozenset(data.table("speech_cues")["org_pronouns"]),
        corporate_words=frozenset(t.get("corporate_words", ())),
        joiners=frozenset(t.get("name_joiners", ())),
        joined_heads=frozenset(t.get("joined_body_heads", ())),
        lowercase_org=fast_pattern(rf"(?P<org>(?P<who>[A-Z][a-z]+)(?:{possessive})?\s+"
                                 rf"(?P<body>{bodies}))\b"),
        # (written in lower case ASCII, a first word is found in the lower-cased text)
        lowercase_org_starts=shortest_prefixes(tuple(firsts)) if all(
            w.isascii() and w == w.lower() for w in firsts) else (),
    )
