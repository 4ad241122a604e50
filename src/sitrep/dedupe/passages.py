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
import zlib
from dataclasses import dataclass

#: Shortest run of words that counts as a shared passage (8 words rarely recur by chance).
RUN = 8
#: Share of the shorter text in shared passages that makes a copy. Trimmed and padded
#: copies measure 0.4-1.0; distinct stories sharing background stay under 0.3.
COPY_COVERAGE = 0.33
#: Of which, at least this share outside quotation marks.
OWN_COVERAGE = 0.2
#: Words of context on one side of a number that identify "the same figure".
CONTEXT = 3

#: One RUN-word run in SAMPLE is kept as a passage key (those whose hash is 0 modulo SAMPLE):
#: two texts sharing a passage share its sampled keys whatever else they hold, so the keys
#: find candidates by containment, where MinHash finds them by whole-text similarity.
SAMPLE = 16

COPY = "copy"
SAME_SOURCE = "same_source"

# thousands grouped by a space, comma, dot or apostrophe ("3 000", "3,000", "3.000") or a
# decimal ("3.5", "3,5"); a word is a run of letters
_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f,.'’]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)|(?P<word>[^\W\d_]+)")
_FLAT = re.compile(
    r"\d{1,3}(?:[ \u00a0\u202f,.'’]\d{3})+(?!\d)|\d+(?:[.,]\d+)?|[^\W\d_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\W*[A-Z0-9])|\n+")
_QUOTED = re.compile(r"“[^”\n]{1,600}”|„[^“”\n]{1,600}[“”]|«[^»\n]{1,600}»|\"[^\"\n]{1,600}\"")
_SEPARATORS = re.compile(r"[ \u00a0\u202f,.'’]")
_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f,.'’]\d{3})+")


@dataclass(frozen=True, slots=True)
class Tokens:
    """The words and numbers of a text (numbers normalised: "3,000" -> "3000"), each marked
    when it is a number and when it stands inside quotation marks; parallel lists, built
    once per text, because a store compares one new text with several stored ones."""

    words: list[str]
    numbers: list[bool]
    quoted: list[bool]
    sentences: list[int]  # which sentence each token is in (a figure's context stays in it)


@dataclass(frozen=True, slots=True)
class Relation:
    """What two texts are to each other, with the measures that decided it."""

    kind: str | None  # COPY, SAME_SOURCE or None
    coverage: float  # share of the shorter text in shared unquoted passages
    quoted: float  # share of the shorter text in shared passages inside quotation marks
    longest: int  # words in the longest shared run (quoted or not), at least RUN or 0
    changed_figures: int


def _number(raw: str) -> str:
    if _GROUPED.fullmatch(raw):
        return _SEPARATORS.sub("", raw)
    return raw.replace(",", ".")


def _segment(text: str, inside: bool, out: Tokens) -> None:
    sentence = out.sentences[-1] if out.sentences else 0
    for part in _SENTENCE_END.split(text):
        sentence += 1
        for raw in _FLAT.findall(part):
            number = raw[0].isdigit()
            out.words.append(_number(raw) if number else raw.lower())
            out.numbers.append(number)
            out.quoted.append(inside)
            out.sentences.append(sentence)


def tokens(text: str) -> Tokens:
    """The words and numbers of ``text``, each marked when it stands inside quotation marks.

    The text is cut at its quotations and each piece tokenised by one ``findall`` (in C):
    this runs on every candidate pair, so it must be cheap."""
    out = Tokens([], [], [], [])
    at = 0
    for m in _QUOTED.finditer(text):
        _segment(text[at:m.start()], False, out)
        _segment(m.group(), True, out)
        at = m.end()
    _segment(text[at:], False, out)
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


def _figure_contexts(toks: Tokens) -> dict[tuple[str, ...], set[str]]:
    """Each number keyed by the CONTEXT words before it and, apart, the CONTEXT words after,
    within its sentence: a copy that drops a paragraph changes what stands next to a
    sentence's last number, not the figure."""
    out: dict[tuple[str, ...], set[str]] = {}
    words, numbers, sentences = toks.words, toks.numbers, toks.sentences
    for i, is_number in enumerate(numbers):
        if not is_number:
            continue

        def context(span: range, at: int = i) -> tuple[str, ...]:
            return tuple(words[j] for j in span
                         if not numbers[j] and sentences[j] == sentences[at])

        before = context(range(max(0, i - CONTEXT), i))
        after = context(range(i + 1, min(len(words), i + 1 + CONTEXT)))
        if len(before) == CONTEXT:
            out.setdefault(("<", *before), set()).add(words[i])
        if len(after) == CONTEXT:
            out.setdefault((">", *after), set()).add(words[i])
    return out


def changed_figures(a: Tokens, b: Tokens) -> int:
    """How many numbers of ``a`` stand where ``b`` has another number in the same words."""
    ca, cb = _figure_contexts(a), _figure_contexts(b)
    changed: set[str] = set()
    for key in ca.keys() & cb.keys():
        if not ca[key] & cb[key]:
            changed |= ca[key]
    return len(changed)


def passage_keys(words: list[str]) -> tuple[int, ...]:
    """Keys of a sample of the RUN-word runs of a text's words (lower case), sorted.

    A run is sampled when its first word's hash is 0 modulo SAMPLE: the sample depends on
    the words only, not on their position, so a copy keeps the keys of every passage it
    keeps, and only one run in SAMPLE is joined and hashed (every ingested text is keyed).
    CRC-32, not Python's ``hash``, so that keys stay stable between runs and processes."""
    anchor = {w: zlib.crc32(w.encode()) % SAMPLE == 0 for w in set(words)}
    keys = {zlib.crc32(" ".join(words[i:i + RUN]).encode())
            for i, w in enumerate(words[:len(words) - RUN + 1]) if anchor[w]}
    return tuple(sorted(keys))


def relate(text_a: str | Tokens, text_b: str | Tokens) -> Relation:
    """Decide whether two texts are copies, rewrites of one statement, or neither."""
    a = text_a if isinstance(text_a, Tokens) else tokens(text_a)
    b = text_b if isinstance(text_b, Tokens) else tokens(text_b)
    if min(len(a.words), len(b.words)) < RUN:
        return Relation(None, 0.0, 0.0, 0, 0)
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    mask = _shared_mask(short.words, set(_runs(long_.words)))
    unquoted = sum(1 for q, m in zip(short.quoted, mask, strict=True) if m and not q)
    quoted = sum(1 for q, m in zip(short.quoted, mask, strict=True) if m and q)
    size = len(short.words)
    coverage = unquoted / size
    longest = _longest(mask)
    changed = changed_figures(a, b)
    kind = None
    if not changed and coverage >= OWN_COVERAGE and (unquoted + quoted) / size >= COPY_COVERAGE:
        kind = COPY
    elif not changed and quoted >= RUN:
        kind = SAME_SOURCE
    return Relation(kind, round(coverage, 3), round(quoted / size, 3), longest, changed)
