"""What the text cleaner counts as page furniture, zone markers and promotion, per language.

Why: the cleaner's state machine is the same for any language; what counts as furniture
("Share this", "Related Articles", "Subscribe now") is not. The words and the patterns made of
words live in ``lang/<code>/clean_*`` files an analyst can read and extend without reading
the cleaner; :func:`lexicon` reads them once per language into a frozen :class:`Lexicon`.
Set entries are *normalised* (lower case, letters, digits and single spaces), see
:func:`normalise_line`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import language_data
from .cue_gates import gated_count, gates_hold, may_match, needs

_ALNUM_RUN = re.compile(r"[0-9a-z]+")
_FURNITURE_LINE_MAX_WORDS = 60
#: The kinds of furniture line, in the order they are tried, and the reason given for each.
_FURNITURE_LINE_KINDS = (("credit", "credit line"), ("legal", "legal notice"),
                         ("cookie", "cookie notice"), ("tag_or_share", "tag or share line"),
                         ("section_link", "section link"))


def normalise_line(text: str) -> str:
    """Lower case, punctuation folded to spaces: the form the word sets are written in.

    The runs of ASCII letters and digits joined by single spaces: the same string as
    replacing every other run by a space and stripping the ends, with fewer steps (every
    line of every capture is normalised)."""
    return " ".join(_ALNUM_RUN.findall(text.lower()))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's furniture words and cue patterns, as sets and compiled patterns."""

    furniture: frozenset[str]  # lines that are furniture wherever they stand
    related_markers: frozenset[str]  # a line opening a block of other stories
    comment_markers: frozenset[str]  # a line opening the comments
    comment_count: re.Pattern[str]  # "12 comments", normalised
    stopwords: frozenset[str]
    widget_run: re.Pattern[str]  # two or more share-widget labels in a row
    widget_label: re.Pattern[str]  # any one share-widget label (a cheap test before the run)
    widget_vocabulary: frozenset[str]  # every word of a share-widget line, normalised
    appeal_header: re.Pattern[str]
    appeal_cues: tuple[re.Pattern[str], ...]
    we: re.Pattern[str]
    you: re.Pattern[str]
    promo_cues: tuple[re.Pattern[str], ...]
    promo_keys: tuple[str, ...]
    promo_gates: tuple[tuple[str, ...] | None, ...]  # per cue, see cue_gates.needs
    furniture_lines: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, reason)
    furniture_gates: tuple[tuple[str, ...] | None, ...]  # per pattern, see cue_gates.needs

    def is_marker_of_comments(self, norm: str) -> bool:
        return norm in self.comment_markers or self.comment_count.fullmatch(norm) is not None

    def match_appeal_header(self, text: str) -> re.Match[str] | None:
        """Match a line that opens a donation or membership appeal."""
        return self.appeal_header.match(text.strip())

    def appeal_score(self, text: str) -> int:
        """Distinct appeal cues in a block of text, plus one when it speaks as "we" to "you"."""
        score = sum(1 for cue in self.appeal_cues if cue.search(text))
        return score + (1 if self.we.search(text) and self.you.search(text) else 0)

    def promo_score(self, text: str) -> int:
        """How many distinct promotion cues a line carries."""
        low = text.lower()
        if not any(key in low for key in self.promo_keys):
            return 0
        return gated_count(text, low, self.promo_cues, self.promo_gates)

    def furniture_line(self, text: str) -> str | None:
        """Why a whole line is furniture by its form, or None."""
        if len(text.split()) > _FURNITURE_LINE_MAX_WORDS:
            return None
        low = text.lower()
        trusted = gates_hold(text)
        for (pattern, why), gate in zip(self.furniture_lines, self.furniture_gates,
                                        strict=True):
            if (not trusted or may_match(gate, low)) and pattern.search(text):
                return why
        words = _ALNUM_RUN.findall(low)  # the words of normalise_line(text)
        if words and all(w in self.widget_vocabulary for w in words):
            return "share widgets"
        return None


def _ignore_case(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in patterns)


def _widget_run(words: tuple[str, ...]) -> re.Pattern[str]:
    """Two or more widget labels, each ended by a capital, a separator or the end of text;
    longest label first, so "Copy link" is taken whole before "Link"."""
    labels = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?:(?:" + labels + r")(?=[A-Z\s|·•/]|$)[\s|·•/]*){2,}")


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any one of ``words``, literally. The search skips ahead to the characters that
    begin a word, where the alternation of the run pattern is tried at every position.
    No words: a pattern that never matches (an empty one would match everywhere)."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@cache
def lexicon(code: str = "en") -> Lexicon:
    """The cleaner's lexicon for language ``code``, read and compiled on first use."""
    data = language_data(code)
    appeal, promo = data.table("clean_appeal"), data.table("clean_promotion")
    by_kind = data.table("clean_furniture_lines")
    widget_words = data.words("clean_widget_words")
    counted = "|".join(re.escape(w) for w in data.words("clean_comment_count_words"))
    furniture_lines = tuple((re.compile(by_kind[kind], re.I), why)
                            for kind, why in _FURNITURE_LINE_KINDS)
    return Lexicon(
        furniture=frozenset(data.words("clean_furniture")),
        related_markers=frozenset(data.words("clean_related_markers")),
        comment_markers=frozenset(data.words("clean_comment_markers")),
        comment_count=re.compile(rf"\d+ (?:{counted})"),
        stopwords=frozenset(data.words("clean_stopwords")),
        widget_run=_widget_run(widget_words),
        widget_label=_any_of(widget_words),
        widget_vocabulary=frozenset(normalise_line(" ".join(widget_words)).split())
        | frozenset(data.words("clean_widget_vocabulary")),
        appeal_header=re.compile("|".join("^" + alt for alt in appeal["header"]), re.I),
        appeal_cues=_ignore_case(appeal["cues"]),
        we=re.compile(appeal["we"], re.I),
        you=re.compile(appeal["you"], re.I),
        promo_cues=_ignore_case(promo["cues"]),
        promo_keys=tuple(promo["keys"]),
        promo_gates=tuple(needs(cue) for cue in _ignore_case(promo["cues"])),
        furniture_lines=furniture_lines,
        furniture_gates=tuple(needs(pattern) for pattern, _ in furniture_lines),
    )
