"""The matter a figure's own clause gives it, ahead of its event and the page's matter.

Why: the subject and page-matter rules give a figure the story's event or the page's
matter unless its sentence names a matter of its own by a capitalised name. Some clauses
tie a figure to another matter in plain words: a thing of an earlier year ("toward
Quill's 2022 election campaign": :mod:`.dated_matters`) or a court case in another
country ("faces 12 charges in the US" on a page about a Swedish inquiry:
:mod:`.case_venues`), or an earlier event the story's follows ("the crash came two days after
rebels freed four aid workers": :mod:`.follow_clauses`, the story's background). Those
figures are that matter's, whatever the page is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .case_venues import CaseVenues
from .dated_matters import dated_matter
from .figure_background import BackgroundWords, background_words_of, reference_year
from .figure_matters import matter_words
from .follow_clauses import follows_earlier
from .records import Figure, Mention
from .subjects import SentenceSubject


class PageYear:
    """The page's year (its publication's, else its event's, else the latest the text
    names: see :func:`.figure_background.reference_year`), read on the first call.

    Why: an undated page's year is read off its whole text, and only a figure whose
    clause names a thing of a year asks for it (few pages have one)."""

    __slots__ = ("_args", "_year")

    def __init__(self, text: str, published: date | None, main: str | None,
                 words: BackgroundWords | None) -> None:
        self._args: tuple[str, date | None, str | None, BackgroundWords] | None = None
        self._year = published.year if published else None
        if words is not None:
            self._args = (text, published, main, words)

    def __call__(self) -> int | None:
        if self._args is not None:
            self._year, self._args = reference_year(*self._args), None
        return self._year


@dataclass(frozen=True, slots=True)
class ClauseMatters:
    """What one page's clauses tie its figures to, read once per page."""

    text: str
    #: the page's year (its publication's, else the latest the text names), read on use
    year: PageYear
    venues: CaseVenues
    lang: str
    #: how a background figure's matter is written ("{} (background)"); None: never
    background: str | None = None

    @classmethod
    def of(cls, text: str, sentences: list[SentenceSubject], mentions: list[Mention],
           published: date | None, main: str | None, lang: str) -> ClauseMatters:
        """The page's clause matters, from its sentences and the ``mentions`` of places."""
        bounds = [(s.start, s.end) for s in sentences]
        year = PageYear(text, published, main, background_words_of(lang))
        return cls(text, year, CaseVenues.of(text, bounds, mentions, lang), lang,
                   matter_words(lang).background)

    def matter(self, fig: Figure, sentence: SentenceSubject | None, story: str | None
               ) -> str | None:
        """The matter ``fig``'s clause (in ``sentence``) ties it to; None: no such. A
        figure of the earlier event the ``story`` (its event, else the page's matter) is
        said to follow is the story's background."""
        if sentence is not None and story and self.background and follows_earlier(
                self.text, sentence.start, fig.evidence.start, story, self.lang):
            return self.background.format(story)
        return dated_matter(self.text, fig, self.year, self.lang) or self.venues.matter(
            sentence.start if sentence else None, fig.evidence.start)
