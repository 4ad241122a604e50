"""Statements: attributed claims, with or without numbers (who, role, to whom, when, gist)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .records import Span, Statement

_LEAD = re.compile(r"^[\s,:;—–-]*(?:(?:on|last|this|next|earlier this)\s+\w+\s*,?\s+)?"
                   r"(?:that\s+)?", re.I)


@Language.component("sitrep_statements", requires=["doc._.cues"],
                    assigns=["doc._.statements"])
def statements(doc: Doc) -> Doc:
    out = []
    for cue in doc._.cues or []:
        att = cue.attribution
        if not (att.speaker or att.org) or att.org == "official figures":
            continue
        start, end = cue.content
        text = doc._.text[start:end]
        if att.to and text.lstrip().startswith(att.to):
            start += len(text) - len(text.lstrip()) + len(att.to)
            text = doc._.text[start:end]
        lead = _LEAD.match(text)
        start += lead.end() if lead else 0
        text = doc._.text[start:end].rstrip(" .,\n")
        if len(text.split()) < 3:
            continue
        out.append(Statement(Span(start, start + len(text), text), att,
                             Span(cue.sentence[0], cue.sentence[1],
                                  doc._.text[cue.sentence[0]:cue.sentence[1]])))
    doc._.statements = out
    return doc
