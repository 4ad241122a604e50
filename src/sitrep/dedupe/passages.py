"""How two texts relate: a copy, a rewrite of the same statement, or distinct stories.

Why not MinHash alone: real copies are trimmed or padded (one outlet keeps the first half of
the wire story, another adds its own paragraphs), so their whole-text Jaccard is only
0.2-0.4, no higher than two stories on one event that share some background. What a copy
does have is long passages in common: most of the shorter text is made of runs of words
that also occur in the longer one. So the MinHash LSH keys only propose candidates; this
module decides, on the words of the two texts:

* **coverage**: the share of the shorter text's words that lie in a run of at least
  :data:`RUN` words found in the other text (order-free: copies may move paragraphs).
  Words inside quotation marks do not count: two distinct stories that quote one speaker
  share that quotation and nothing else, and a shared quotation makes them reports of the
  same statement, not copies.
* **changed figures**: the same words around a number with another number in it ("the
  toll rose to 140" / "the toll rose to 143"). That is an update of a story, a new claim,
  so never a copy, however much else is shared.

A pair is a *copy* when at least :data:`COPY_COVERAGE` of the shorter text lies in shared
passages, at least :data:`OWN_COVERAGE` of it outside quotation marks (the writer's own
words are shared, not only what a speaker said), and no figure changed. It is the *same
source* when it is no copy, no figure changed, and it shares a quotation of at least
:data:`RUN` words: two reports of one statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Shortest run of words that counts as a shared passage (8 words rarely recur by chance).
RUN = 8
#: Share of the shorter text in shared passages that makes a copy. Trimmed and padded
#: copies measure 0.4-1.0; distinct stories sharing background stay under 0.3.
COPY_COVERAGE = 0.33
#: Of which, at least this share outside quotation marks.
OWN_COVERAGE = 0.2
#: Words of context on one side of a number that identify "the same figure".
CONTEXT = 4

COPY = "copy"
SAME_SOURCE = "same_source"

# thousands grouped by a space, comma, dot or apostrophe ("3 000", "3,000", "3.000") or a
# decimal ("3.5", "3,5"); a word is a run of letters
_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f,.'’]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)|(?P<word>[^\W\d_]+)")
_QUOTED = re.compile(r"“[^”\n]{1,600}”|„[^“”\n]{1,600}[“”]|«[^»\n]{1,600}»|\"[^\"\n]{1,600}\"")
_SEPARATORS = re.compile(r"[ \u00a0\u202f,.'’]")


@dataclass(frozen=True, slots=True)
class Token:
    """One word or number of a text; numbers are normalised ("3,000" -> "3000")."""

    text: str
    number: bool
    quoted: bool


@dataclass(frozen=True, slots=True)
class Relation:
    """What two texts are to each other, with the measures that decided it."""

    kind: str | None  # COPY, SAME_SOURCE or None
    coverage: float  # share of the shorter text in shared unquoted passages
    quoted: float  # share of the shorter text in shared passages inside quotation marks
    longest: int  # words in the longest shared run (quoted or not), at least RUN or 0
    changed_figures: int


def _number(raw: str) -> str:
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f,.'’]\d{3})+", raw):
        return _SEPARATORS.sub("", raw)
    return raw.replace(",", ".")


def tokens(text: str) -> list[Token]:
    """The words and numbers of ``text``, each marked when it stands inside quotation marks."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    out, q = [], 0
    for m in _TOKEN.finditer(text):
        while q < len(quoted) and quoted[q][1] <= m.start():
            q += 1
        inside = q < len(quoted) and quoted[q][0] <= m.start()
        if m.group("num"):
            out.append(Token(_number(m.group("num")), True, inside))
        else:
            out.append(Token(m.group("word").lower(), False, inside))
    return out


def _runs(words: list[str]) -> dict[tuple[str, ...], list[int]]:
    grams: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(words) - RUN + 1):
        grams.setdefault(tuple(words[i:i + RUN]), []).append(i)
    return grams


def _shared_mask(words: list[str], other: set[tuple[str, ...]]) -> list[bool]:
    """Which words of ``words`` lie in a run of RUN words that ``other`` also has."""
    mask = [False] * len(words)
    for i in range(len(words) - RUN + 1):
        if tuple(words[i:i + RUN]) in other:
            mask[i:i + RUN] = [True] * RUN
    return mask


def _longest(mask: list[bool]) -> int:
    best = run = 0
    for shared in mask:
        run = run + 1 if shared else 0
        best = max(best, run)
    return best


def _figure_contexts(toks: list[Token]) -> dict[tuple[str, ...], set[str]]:
    """Each number keyed by the CONTEXT words before it and, apart, the CONTEXT words after."""
    out: dict[tuple[str, ...], set[str]] = {}
    for i, tok in enumerate(toks):
        if not tok.number:
            continue
        before = tuple(t.text for t in toks[max(0, i - CONTEXT):i] if not t.number)
        after = tuple(t.text for t in toks[i + 1:i + 1 + CONTEXT] if not t.number)
        if len(before) == CONTEXT:
            out.setdefault(("<", *before), set()).add(tok.text)
        if len(after) == CONTEXT:
            out.setdefault((">", *after), set()).add(tok.text)
    return out


def changed_figures(a: list[Token], b: list[Token]) -> int:
    """How many numbers of ``a`` stand where ``b`` has another number in the same words."""
    ca, cb = _figure_contexts(a), _figure_contexts(b)
    changed: set[str] = set()
    for key in ca.keys() & cb.keys():
        if not ca[key] & cb[key]:
            changed |= ca[key]
    return len(changed)


def relate(text_a: str, text_b: str) -> Relation:
    """Decide whether two texts are copies, rewrites of one statement, or neither."""
    a, b = tokens(text_a), tokens(text_b)
    if min(len(a), len(b)) < RUN:
        return Relation(None, 0.0, 0.0, 0, 0)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    words_short = [t.text for t in short]
    mask = _shared_mask(words_short, set(_runs([t.text for t in long_])))
    unquoted = sum(1 for t, m in zip(short, mask, strict=True) if m and not t.quoted)
    quoted = sum(1 for t, m in zip(short, mask, strict=True) if m and t.quoted)
    coverage = unquoted / len(short)
    longest = _longest(mask)
    changed = changed_figures(a, b)
    kind = None
    shared = (unquoted + quoted) / len(short)
    if not changed and coverage >= OWN_COVERAGE and shared >= COPY_COVERAGE:
        kind = COPY
    elif not changed and quoted >= RUN:
        kind = SAME_SOURCE
    return Relation(kind, round(coverage, 3), round(quoted / len(short), 3), longest, changed)
