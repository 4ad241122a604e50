"""Where a German verb's particle stands: at the end of its clause ("teilte die Behörde am
Mittwoch mit", "nahm die Polizei elf Personen fest"), so a verb is known by its stem and
the particle together (``mitteilen``, ``festnehmen``). Shared by the verbs of saying
(:mod:`.attribution`) and the verbs of acting (:mod:`.actors`)."""

from __future__ import annotations

from collections.abc import Collection

from .tokens import Token


def clause_ends(toks: tuple[Token, ...]) -> list[tuple[int, str]]:
    """Each clause's last word (its token index and lower case), where a German verb's
    particle stands: "teilte die Behörde am Mittwoch mit", "gab die Stadt die Zahl am
    Abend bekannt" (``mitteilen``, ``bekanntgeben``)."""
    ends = []
    for j, tok in enumerate(toks):
        nxt = toks[j + 1].text if j + 1 < len(toks) else "."
        if nxt in ",.;:!?" and tok.text.isalpha() and tok.text.islower() and len(tok.text) <= 6:
            ends.append((j, tok.lower))
        elif nxt in ",.;:!?":
            ends.append((j, ""))
    return ends


def separable(toks: tuple[Token, ...], i: int, ends: list[tuple[int, str]],
              verbs: Collection[str]) -> bool:
    """Whether token ``i`` is one of ``verbs`` whose particle ends its clause."""
    end = next((e for e in ends if e[0] > i), None)
    return end is not None and end[0] > i + 1 and bool(end[1]) \
        and end[1] + toks[i].lemma in verbs
