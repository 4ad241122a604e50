"""Run extraction over stored articles.

Extraction is its own stage after ingest: ingest stays fast, and changing the rules
(``EXTRACTOR_VERSION``) redoes only extraction, never cleaning.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from ..errors import Reason
from ..store import Store
from ..workers import Workers, worker_count
from . import EXTRACTOR_VERSION, Extraction, extract_text
from .foreign import extract_foreign, readable

BATCH = 100
#: Articles longer than this many characters are not extracted (E016): extraction is linear
#: in the text, but a text this long is a dump or a feed, not an article, and reading it
#: would hold up a run for seconds. Recorded as extracted (with nothing found), so that
#: ``sitrep extract`` does not pick it again until the rules change.
MAX_EXTRACT_CHARS = 1_000_000
#: Languages the extraction rules are written for.
EXTRACTED_LANGUAGES = ("en",)


@dataclass(frozen=True, slots=True)
class ExtractionJob:
    """What extracting one article needs; small and picklable, to send to a worker."""

    article_id: str
    text: str
    published: date | None
    language: str | None
    captured: date | None = None  # resolves relative dates when ``published`` is unknown
    max_chars: int | None = MAX_EXTRACT_CHARS  # None: no limit
    #: an undated article's story: the days the store's other articles were published on
    story_days: tuple[date, ...] = ()
    #: and the main events of the store's extracted articles, each with how many name it
    story_events: tuple[tuple[str, int], ...] = ()
    #: the page's title: the matter of figures their sentences name none of
    title: str | None = None
    #: the name of the body that published the page, when the page names it: who speaks
    #: where the page says "we" (extract/publisher_voice.py)
    publisher: str | None = None


@dataclass(frozen=True, slots=True)
class ExtractionFailure:
    """An article the rules could not read (E012): reported, not saved, so a later run
    retries; or one too long to extract (E016): reported once, and saved as extracted with
    nothing found, since a retry would meet the same limit."""

    article_id: str
    message: str
    reason: Reason = Reason.EXTRACTION_FAILED

    @property
    def code(self) -> str:
        return self.reason.code

    @property
    def retried(self) -> bool:
        """Whether the next run tries this article again."""
        return self.reason is not Reason.TOO_LONG_TO_EXTRACT

    def describe(self) -> str:
        return f"{self.code} article {self.article_id}: {self.reason.format(self.message)}"


@dataclass
class ExtractionReport:
    """What a run of :func:`extract_pending` did."""

    done: int = 0
    workers: int = 1
    failures: list[ExtractionFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def run_job(job: ExtractionJob) -> Extraction | ExtractionFailure:
    """Extract one article; a failure comes back as a value, so one article never stops
    the others (and a worker process never dies of it)."""
    foreign = job.language not in (None, *EXTRACTED_LANGUAGES)
    if foreign and not readable(job.language):
        # no rules for this language: stored and counted as not read, never misread
        return Extraction()
    try:
        if job.max_chars is not None and len(job.text) > job.max_chars:
            return ExtractionFailure(
                job.article_id, f"{len(job.text):,} characters, over the limit of "
                                f"{job.max_chars:,}; not retried", Reason.TOO_LONG_TO_EXTRACT)
        if foreign:
            return extract_foreign(job.text, str(job.language), job.published, job.captured,
                                   job.story_days, job.story_events, job.title)
        return extract_text(job.text, job.published, job.captured,
                            story_days=job.story_days, story_events=job.story_events,
                            title=job.title, publisher=job.publisher)
    except Exception as exc:  # any rule bug: report it, go on with the other articles
        return ExtractionFailure(job.article_id, f"{type(exc).__name__}: {exc}")


def load_pipeline() -> None:
    """Worker start-up: build the pipeline and load the gazetteer once, before any job.

    Then the objects loaded (some 300,000: word tables, gazetteer, patterns) are frozen out
    of the garbage collector's reach: they live as long as the worker, and each full
    collection would walk them all again (about a fifth of a second, every few hundred
    articles, some 3% of extraction time). Garbage made before is collected first.
    """
    extract_text("Warm-up.", None)
    gc.collect()
    gc.freeze()


def extract_pending(store: Store, *, redo: bool = False, workers: int | str | None = "auto",
                    on_article: Callable[[str], None] | None = None,
                    max_chars: int | None = MAX_EXTRACT_CHARS,
                    limit: int | None = None) -> ExtractionReport:
    """Extract every article not yet extracted by this version of the rules.

    ``workers``: processes to use; "auto" (the default) uses one per core for large jobs
    (:data:`sitrep.workers.AUTO_MIN_DOCUMENTS` articles or more) and one otherwise; 0 means
    one per core. Results are saved batch by batch, each batch in one transaction, so an
    interrupted run keeps what it finished and the next run does the rest. An article longer
    than ``max_chars`` characters (None: no limit) is reported as E016 and not read.
    ``limit``: extract at most this many articles (the first by id) in this run.
    """
    ids = store.articles_to_extract(EXTRACTOR_VERSION, redo=redo, limit=limit)
    report = ExtractionReport(workers=worker_count(workers, len(ids)))
    if not ids:
        return report  # nothing to do: no pipeline to load
    story = tuple(date.fromisoformat(d) for d in store.publication_days())
    with Workers(report.workers, initializer=load_pipeline) as pool:
        # dated articles first: the instances they date (the day of "the earthquake")
        # date the weekdays of the undated ones ("said on Saturday"; see story_days)
        undated = _run(store, pool, ids, _Batching(max_chars, story), report, on_article)
        if undated:
            events = tuple(sorted(store.main_events().items()))
            _run(store, pool, undated, _Batching(max_chars, story, events, defer=False),
                 report, on_article)
    return report


@dataclass(frozen=True, slots=True)
class _Batching:
    """How jobs of a run are built: the limit, the story's publication days and dated
    instances, and whether undated articles wait for a second pass."""

    max_chars: int | None
    story: tuple[date, ...]
    events: tuple[tuple[str, int], ...] = ()
    defer: bool = True


def _run(store: Store, pool: Workers, ids: list[str], how: _Batching, report: ExtractionReport,
         on_article: Callable[[str], None] | None) -> list[str]:
    """Extract ``ids`` batch by batch; returns the undated ones left for a second pass."""
    deferred: list[str] = []
    # with workers, the next batch is handed out before this one is saved, so that
    # the workers extract while this process writes (one process: map is lazy anyway)
    pending: tuple[list[ExtractionJob], Iterator[Extraction | ExtractionFailure]] | None
    pending = None
    for start in range(0, len(ids), BATCH):
        jobs = _jobs(store, ids[start:start + BATCH], how.max_chars, how.story, how.events)
        if how.defer:
            deferred += [j.article_id for j in jobs if j.published is None]
            jobs = [j for j in jobs if j.published is not None]
        running = (jobs, pool.map(run_job, jobs))
        if pending is not None:
            _save(store, *pending, report, on_article)
        pending = running
    if pending is not None:
        _save(store, *pending, report, on_article)
    return deferred


def _jobs(store: Store, ids: list[str], max_chars: int | None,
          story: tuple[date, ...] = (), events: tuple[tuple[str, int], ...] = ()
          ) -> list[ExtractionJob]:
    """The jobs of ``ids``; an undated article takes the ``story`` days and instances
    along."""
    return [ExtractionJob(article_id, text, date.fromisoformat(published) if published else None,
                          language, date.fromisoformat(captured[:10]) if captured else None,
                          max_chars, () if published else story, () if published else events,
                          title, publisher)
            for article_id, text, published, language, captured, title, publisher
            in store.extraction_inputs(ids)]


def _save(store: Store, jobs: list[ExtractionJob],
          results: Iterator[Extraction | ExtractionFailure], report: ExtractionReport,
          on_article: Callable[[str], None] | None) -> None:
    """Save one batch of results in one transaction; failures go to the report, and an
    article too long to extract is saved with nothing found, so that it is not picked again."""
    done = []
    skipped = []
    for job, result in zip(jobs, results, strict=True):
        if isinstance(result, ExtractionFailure):
            report.failures.append(result)
            if not result.retried:
                skipped.append(job.article_id)
        else:
            done.append((job.article_id, result))
        if on_article:
            on_article(job.article_id)
    with store.transaction():
        for article_id, extraction in done:
            store.save_extraction(article_id, EXTRACTOR_VERSION, extraction)
        for article_id in skipped:
            store.save_extraction(article_id, EXTRACTOR_VERSION, Extraction())
    report.done += len(done)
