"""Statements: attributed claims, with or without numbers (who, role, to whom, when, gist).

What was said is the cue's content without the words that only lead into it ("on Tuesday,
that ..."); those words are the language's (``lang/<code>/statement_leads.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import language_data
from . import doc_values
from .opening import fast_pattern
from .records import Span, Statement


@dataclass(frozen=True, slots=True)
class StatementWords:
    """One language's lead-in pattern, and the source name of official figures (which
    are no one's statement)."""

    lead: re.Pattern[str]
    official_source: str


@cache
def statement_words(lang: str) -> StatementWords:
    """The statement words of ``lang``, built once per process."""
    data = language_data(lang)
    t = data.table("statement_leads")
    dates = "|".join(" ".join(re.escape(w) for w in p.split(" ")) for p in t["date_words"])
    lead = fast_pattern(rf"^[\s,:;—–-]*(?:(?:{dates})\s+\w+\s*,?\s+)?"
                      rf"(?:{re.escape(t['complementizer'])}\s+)?", re.I)
    return StatementWords(lead, data.table("speech_cues")["official_source"])


class StatementsComponent:
    """The ``sitrep_statements`` pipeline component: every cue with a named speaker or
    organisation and a gist of three words or more (``doc._.statements``)."""

    def __init__(self, words: StatementWords) -> None:
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        out = []
        full = doc_values.get(doc, "text")
        for cue in doc_values.get(doc, "cues") or []:
            att = cue.attribution
            if not (att.speaker or att.org) or att.org == self.words.official_source:
                continue
            start, end = cue.content
            text = full[start:end]
            if att.to and text.lstrip().startswith(att.to):
                start += len(text) - len(text.lstrip()) + len(att.to)
                text = full[start:end]
            lead = self.words.lead.match(text)
            start += lead.end() if lead else 0
            text = full[start:end].rstrip(" .,\n")
            if len(text.split()) < 3:
                continue
            out.append(Statement(Span(start, start + len(text), text), att,
                                 Span(cue.sentence[0], cue.sentence[1],
                                      full[cue.sentence[0]:cue.sentence[1]])))
        doc_values.put(doc, "statements", out)
        return doc


@Language.factory("sitrep_statements", default_config={"lang": "en"},
                  requires=["doc._.text", "doc._.cues"], assigns=["doc._.statements"])
def make_statements(nlp: Language, name: str, lang: str) -> StatementsComponent:
    """Build the statements component with the lead-in words of ``lang``."""
    return StatementsComponent(statement_words(lang))
