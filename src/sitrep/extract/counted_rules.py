"""The small words the reader of a thing counted tests every word against, as sets.

Why apart: :func:`sitrep.extract.counted._head_words` runs for every number and reads
several lists of ``figure_rules`` for each word after it; the sets are built once per
language here instead of the lists being looked up and scanned per word.
"""

from __future__ import annotations

from functools import cache

from .figure_words import figure_words


@cache
def head_rules(lang: str) -> tuple[str, str, frozenset[str], frozenset[str], frozenset[str],
                                    frozenset[str]]:
    """What :func:`.counted._head_words` reads for every word, looked up once per language: the
    joiner, the gerund ending, the adjectives between a number and its unit, the compound
    nouns and their second words, the words that end a phrase."""
    rules = figure_words(lang).rules
    compounds = frozenset(rules["compounds"])
    return (rules["joiner"], rules["gerund"], frozenset(rules["unit_adjectives"]), compounds,
            frozenset(c.rsplit(" ", 1)[-1] for c in compounds), frozenset(rules["phrase_ends"]))
