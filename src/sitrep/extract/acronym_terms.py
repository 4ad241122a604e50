"""An acronym the text defines as a term, not a body: "binge eating disorder (BED)".

Why: an acronym before a verb of saying reads as a body that speaks ("NUG said"), but a
text about a condition, a method or a product writes the term out once, in lower case,
with its initials in brackets after it, and then uses the initials as a noun ("people
with SAS reported fatigue"). A body's name is written with capitals ("National Unity
Government (NUG)"); a phrase with a lower-case word among the words the initials spell
names a thing, and its acronym is no speaker.
"""

from __future__ import annotations

import re

#: the words right before a bracketed acronym: at most eight, hyphenated ones split
_WORDS = re.compile(r"[A-Za-z][\w']*")


def defined_term(text: str, acronym: str) -> bool:
    """Whether ``text`` writes ``acronym`` in brackets right after words whose initials
    spell it and of which one is written in lower case ("sleep apnoea syndrome (SAS)")."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    for m in re.finditer(rf"\(\s*{acronym}\s*\)", text):
        before = _WORDS.findall(text[max(0, m.start() - 120):m.start()])[-len(acronym):]
        if len(before) == len(acronym) and "".join(w[0] for w in before).upper() == acronym and (
                any(w[0].islower() for w in before)):
            return True
    return False
