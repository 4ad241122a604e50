"""Events: what happened or is planned, when and where, in the sentences that report it.

A sentence reports an event when it has an event noun or verb ("exercise", "invasion",
"held", "launched", "approved"); its first resolved date is when, its first place after a
locative preposition is where, and the people and organisations named are who.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .records import Event, Span
from .vocab import EVENT_NOUNS
from .words import by_sentence

_EVENT_VERBS = re.compile(r"\b(?:held|hold|holds|conducted|conduct|launched|launch|began|begin|"
                          r"started|ended|approved|signed|invaded|deployed|redeployed|"
                          r"took place|take place|will be held|entered|attacked|struck)\b")
_EVENT_NOUN = re.compile(r"\b(?:" + "|".join(sorted(EVENT_NOUNS)) + r")\b")
# both read the lower-cased text (Words.folded): without re.IGNORECASE the matcher rejects a
# word by its first letter, twice as fast
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|to|across|into|from)\s+(?:the\s+)?$", re.I)


@Language.component("sitrep_events", requires=["doc._.dates", "doc._.mentions", "doc._.words"],
                    assigns=["doc._.events"])
def events(doc: Doc) -> Doc:
    out = []
    full, all_dates, all_mentions = doc._.text, doc._.dates or [], doc._.mentions
    words = doc._.words
    # the dates and mentions of each sentence, in one pass (not all of them per sentence)
    sent_dates = by_sentence(words.sents, (d for d in all_dates if d.value), lambda d: d.start)
    sent_mentions = by_sentence(words.sents, all_mentions, lambda m: m.span.start)
    for sent, dates, mentions in zip(words.sents, sent_dates, sent_mentions, strict=True):
        lo, hi = sent.start_char, sent.end_char
        folded = words.folded[lo:hi]
        verb = _EVENT_VERBS.search(folded)
        noun = _EVENT_NOUN.search(folded) if verb else None
        if not (verb and noun):
            continue
        where = next((m.name for m in mentions if m.kind == "place" and m.via != "demonym"
                      and _LOCATIVE_BEFORE.search(full[max(lo, m.span.start - 12):
                                                       m.span.start])), None)
        who = tuple(dict.fromkeys(m.name for m in mentions if m.kind in ("person", "org")))
        what_start = lo + min(verb.start(), noun.start())
        what_end = lo + max(verb.end(), noun.end())
        what = full[what_start:what_end]
        out.append(Event(Span(lo, hi, full[lo:hi].strip()), what, dates[0].value if dates else None,
                         where, who))
    doc._.events = out
    return doc
