"""The English word for a foreign noun the measure tables do not know, from a dictionary.

Why the forms tried in turn: a dictionary lists a noun's nominative ("Aussteller",
"Luftangriffe"), while a count puts it in any case ("über 1.000 Ausstellern", "bei 16
Luftangriffen"); the word as written comes first, then its lemma, then the German dative
plural without its final "n".
"""

from __future__ import annotations

from ...lang.glossary import glossary
from .tokens import Token


def _forms(toks: tuple[Token, ...]) -> list[str]:
    if len(toks) > 1:  # a hyphenated compound: only as a whole
        return ["".join(t.lower for t in toks)]
    tok = toks[0]
    forms = [tok.lower, tok.lemma.lower()]
    if tok.lower.endswith("n"):
        forms.append(tok.lower[:-1])
    return forms


def english_noun(code: str, toks: tuple[Token, ...], count: float) -> str | None:
    """The English noun for the noun written in ``toks``, plural unless ``count`` is one,
    or None when no dictionary of the language is installed or it does not know the word."""
    found = glossary(code)
    return found.english(_forms(toks), count) if found is not None else None



def marks_nouns(code: str) -> bool:
    """Whether the language's dictionary is installed and marks its nouns, so that a word it
    knows is a noun, not an ordinal or an adjective ("los 12 primeros")."""
    found = glossary(code)
    return found is not None and found.tagged
