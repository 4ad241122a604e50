"""Which body a sentence names as who says, in a language read by rules: a body of the
language's table or a government named by its country, and a body named by its acronym
alone; never one the sentence says it was told to ("aseguró a la agencia Andina") or one
what is said tells of ("Sur Noticias reportó 500 muertos y denunció que la ayuda del
gobierno no alcanza").

Why apart from :mod:`.attribution`: these rules read where a body stands against the
verbs of saying and the figures of the sentence; the person's name is read there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .places import country_mentions, government, owned_body
from .resources import Words
from .tokens import Sentence, Token

if TYPE_CHECKING:
    from .attribution import Cue


def quoted_tokens(toks: tuple[Token, ...]) -> set[int]:
    """Tokens inside quotation marks: a name quoted is not who speaks."""
    inside: set[int] = set()
    depth = 0
    for i, tok in enumerate(toks):
        if tok.text in "«„":
            depth += 1
        elif tok.text in "»“”" and depth:
            depth -= 1
        elif depth:
            inside.add(i)
    return inside



#: How many words after a verb of saying an acronym may name who says ("indicó el NUG")
ACRONYM_AFTER = 3


def _told_of(sentence: Sentence, cues: list[Cue]) -> int:
    """Where what a sentence says begins to tell of others: the first figure after its
    first verb of saying. A body named past it is what the statement is about ("Sur Noticias
    reportó 500 muertos y denunció que la ayuda del gobierno no alcanza"), not who says it,
    unless a verb or a source phrase stands right before it ("..., informó la agencia")."""
    verbs = [c for c in cues if not c.phrase]
    if not verbs:
        return sentence.end
    return next((t.start for t in sentence.tokens[verbs[0].last + 1:] if t.is_number),
                sentence.end)


def _heard(toks: tuple[Token, ...], k: int, cues: list[Cue], words: Words) -> bool:
    """Whether token ``k`` names whom a verb of saying was said to: "aseguró a la agencia
    Andina", "ha spiegato all'agenzia Nova" (a word of ``addressee`` right after the verb)."""
    return any(not c.phrase and c.last + 1 < k <= c.last + ACRONYM_AFTER + 1
               and toks[c.last + 1].lower in words.addressee for c in cues)


def _speaks(at: int, sentence: Sentence, cues: list[Cue], told: int, words: Words) -> bool:
    """Whether a body named at ``at`` may be who says: not whom it was said to, and before
    ``told`` or just after a cue (within :data:`ACRONYM_AFTER` words)."""
    toks = sentence.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= at), len(toks))
    if _heard(toks, k, cues, words):
        return False
    return at < told or any(0 < k - c.last <= ACRONYM_AFTER + 1 for c in cues)


def body_of(sentence: Sentence, words: Words, text: str, cues: list[Cue] | None = None,
            home: str | None = None) -> str | None:
    """The English name of the first body the sentence names as who may say: a body of
    the language's table (a common noun's body is that of the country beside it, else of
    ``home``: :func:`.places.owned_body`), or a government named by its country
    ("власти Мьянмы")."""
    told = _told_of(sentence, cues or [])
    m = next((m for m in words.orgs.finditer(text, sentence.start, sentence.end)
              if _speaks(m.start(), sentence, cues or [], told, words)), None)
    named = government(text, sentence.start, sentence.end, words.code)
    if named is not None and not _speaks(named[0], sentence, cues or [], told, words):
        named = None
    if m and m.lastgroup and (named is None or m.start() <= named[0]):
        return owned_body(words.org_names[m.lastgroup], text, m.start(), m.end(), words.code,
                          home)
    return named[1] if named else None


_ROMAN = frozenset("IVXLCDM")


def _acronym(tok: Token, text: str, code: str) -> bool:
    """Whether ``tok`` is a body's acronym ("NUG", "ONZ"): two to six capitals, no Roman
    numeral ("XXI"), no country ("EEUU", "USA")."""
    word = tok.text
    return (2 <= len(word) <= 6 and word.isalpha() and word.isupper()
            and not set(word) <= _ROMAN and not country_mentions(text, tok.start, tok.end, code))


def acronym_body(sentence: Sentence, cues: list[Cue], words: Words, text: str) -> str | None:
    """A body the sentence names by its acronym alone as who says: the subject before the
    verb ("el FRA, que gobierna varias aldeas, informó"), with no figure between, or right
    after the verb or source phrase behind an article ("indicó el FRA", "según el FRA"; in
    a language without articles the acronym there is as often whom it was said to, "told
    the BBC"). Tables cannot list
    every rebel council, party or agency a story brings up, and one written in capitals
    beside a verb of saying is a body speaking, not a person; the ledger reads it under
    the full name another article spells it out with."""
    toks = sentence.tokens
    quoted = quoted_tokens(toks)
    for cue in cues:
        for k in range(cue.last + 1, min(len(toks), cue.last + 1 + ACRONYM_AFTER)):
            if toks[k].is_number or toks[k].text in ",;:":
                break
            if k not in quoted and _acronym(toks[k], text, words.code) \
                    and toks[k - 1].lower in words.articles and not _heard(toks, k, cues, words):
                return toks[k].text
        if cue.phrase:
            continue
        for k in range(cue.first - 1, -1, -1):
            if toks[k].is_number or k in quoted:
                break
            if _acronym(toks[k], text, words.code):
                return toks[k].text
    return None
