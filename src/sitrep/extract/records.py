"""What extraction produces: mentions, figures, statements and events, with evidence spans.

Every record carries character offsets into the article's clean text; nothing is shown
without its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from ..knowledge.gazetteer import Place
from .dates import DateValue

MentionKind = Literal["person", "org", "place", "event"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in the text: a person, organisation, place or event instance."""

    kind: MentionKind
    span: Span
    name: str  # the fullest form known in this article (persons), or the canonical name
    key: str  # merges variants across articles
    role: str | None = None
    country: str | None = None
    place: Place | None = None
    via: str = "name"  # "name", "surname", "pronoun", "demonym", "gazetteer"


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who stands behind a claim, and when they made it."""

    speaker: str | None = None
    role: str | None = None
    org: str | None = None
    cue: Span | None = None  # the speech verb or "according to"
    stated_on: date | None = None
    to: str | None = None  # whom it was said to ("told Newsweek")
    speaker_key: str | None = None
    #: how precisely the text dates the saying: "in May" is a month, not May 1
    stated_granularity: str = "day"

    @property
    def stated_on_text(self) -> str | None:
        """``stated_on`` no more precise than the text: "2026-05-20", "2026-05", "2026"."""
        if self.stated_on is None:
            return None
        if self.stated_granularity in ("month", "season"):
            return self.stated_on.isoformat()[:7]
        if self.stated_granularity == "week":  # "said last week": its month, not a day
            return (self.stated_on + timedelta(days=3)).isoformat()[:7]
        if self.stated_granularity in ("year", "decade"):
            return self.stated_on.isoformat()[:4]
        return self.stated_on.isoformat()


NO_ATTRIBUTION = Attribution()


@dataclass(frozen=True, slots=True)
class Figure:
    evidence: Span
    measure: str | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    change: dict[str, object] | None = None
    dates: DateValue | None = None
    vague: bool = False
    attribution: Attribution = NO_ATTRIBUTION
    subject: str | None = None
    kind: Literal["count", "measure", "change", "dates", "duration"] = "count"
    #: the group of measures analysts compare ("troops", "soldiers" -> "participants"),
    #: set by extraction when the figure is finished: the store saves it as it is
    family: str | None = field(default=None, kw_only=True)
    #: the matter it belongs to where no event instance is its subject (a cup final, a
    #: trade deal, a court case: see extract/figure_matters.py); None beside an event
    matter: str | None = field(default=None, kw_only=True)


@dataclass(frozen=True, slots=True)
class Statement:
    evidence: Span  # the reported content (the gist)
    attribution: Attribution
    sentence: Span


@dataclass(frozen=True, slots=True)
class Event:
    evidence: Span
    what: str
    when: DateValue | None
    where: str | None
    who: tuple[str, ...] = ()


@dataclass
class Extraction:
    """Everything extracted from one article."""

    mentions: list[Mention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    main_event: str | None = None
