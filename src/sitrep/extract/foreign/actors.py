"""A body that does what a figure counts, in a sentence with no verb of saying: "Die
Behörden haben elf Personen festgenommen", "Die Regierung hat die Zahl der Toten auf 52
erhöht", "Die EU hat 3 Millionen Euro bereitgestellt".

Why: the detentions an authority makes, the toll it revises, the aid it provides and the
casualties it assumes are its figures as much as those it says; a writer who names the body
as the clause's subject needs no verb of saying to tell whose they are. Only a verb of the
language's ``act_verbs`` makes a sentence such a claim, and only a body that stands before
the first figure and after no preposition ("gegen die Hamas", "von der Polizei") is its
subject; who is named as a person is not read here (an arrested man is no speaker).
"""

from __future__ import annotations

from .clauses import clause_ends, separable
from .measures import function_words
from .places import government, owned_body
from .resources import Words
from .tokens import Sentence


def _acts(sentence: Sentence, words: Words) -> bool:
    """Whether the sentence has a verb of acting, alone or with its particle at the end
    of its clause ("nahm ... fest")."""
    toks = sentence.tokens
    ends = clause_ends(toks) if words.separable_verbs else []
    return any(t.lemma in words.act_verbs or t.lower in words.act_verbs
               or (ends and t.text.islower() and separable(toks, i, ends, words.act_verbs))
               for i, t in enumerate(toks))


def _subject_at(sentence: Sentence, at: int, words: Words) -> bool:
    """Whether a body named at ``at`` may be its clause's subject: no preposition before
    it, past its article and the lower-case words that qualify it ("die thailändischen
    Behörden")."""
    stops = function_words(words.code) - words.articles
    before = [t for t in sentence.tokens if t.end <= at]
    while before and (before[-1].lower in words.articles or (before[-1].text.islower()
                      and before[-1].lower not in stops and len(before) > 1
                      and before[-2].lower in words.articles)):
        before.pop()
    return not before or before[-1].lower not in stops


def acting_body(sentence: Sentence, words: Words, text: str, home: str | None
                ) -> str | None:
    """The English name of the body that does what the sentence's figures count, or
    None (see the module's docstring)."""
    if not words.act_verbs or not _acts(sentence, words):
        return None
    toks = sentence.tokens
    first = next((t.start for t in toks if t.is_number or t.lower in words.number_words),
                 sentence.end)
    m = next((m for m in words.orgs.finditer(text, sentence.start, first)
              if m.lastgroup and _subject_at(sentence, m.start(), words)), None)
    named = government(text, sentence.start, first, words.code)
    if named is not None and not _subject_at(sentence, named[0], words):
        named = None
    if m and m.lastgroup and (named is None or m.start() <= named[0]):
        return owned_body(words.org_names[m.lastgroup], text, m.start(), m.end(), words.code,
                          home)
    return named[1] if named else None
