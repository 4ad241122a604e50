"""What the workspace pages show, computed from the store and the ledger, and kept while
the store does not change.

Why a cache: the ledger (claims, findings, source types) is computed across every figure
of the store, and a page that recomputed it on each request would be slow on a big store.
:class:`WorkspaceCache` keeps the last result beside the store's ledger generation
(:meth:`sitrep.store.Store.ledger_generation`, the same number that keys the findings the
store keeps for ``sitrep findings``): triggers move it on at every write to articles,
extractions or corrections, so a new ingest, extraction or correction makes the next
request recompute, and reading it is one row, not a count of every figure.

Why not the store's findings cache itself: it keeps findings as JSON records, and the
pages need more than findings (claims, entities, the coded figures table), as objects
held in this process's memory.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from ..errors import StoreError
from ..ledger import ArticleTexts, article_languages, find_findings, reports_from_store
from ..ledger.cache import rules_fingerprint
from ..ledger.claims import Claim, claim_sets
from ..ledger.entities import Entity, merge_entities
from ..ledger.findings import Finding
from ..store import Store, StoredFigure
from .figures import SORTS
from .table import FigureTable


@dataclass(frozen=True)
class Subject:
    """One event instance as the overview lists it."""

    name: str
    claims: int
    figures: int
    sources: int
    first: date | None
    last: date | None


@dataclass
class Workspace:
    """The ledger of one state of the store, with the lookups the pages need (computed
    once per state: the workspace is replaced, never changed, when the store changes)."""

    claims: list[Claim]
    findings: list[Finding]
    figures: list[FigureLine]  # every figure row, with its source and language
    rejected: frozenset[str]
    claim_of_figure: dict[str, Claim] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    #: field -> value -> the figure rows holding it, for an entity's claims and articles
    index: dict[str, dict[object, list[FigureLine]]] = field(default_factory=dict)
    #: the figures table's filters and sort orders, as coded columns
    table: FigureTable = field(default_factory=lambda: FigureTable.build([], {}))
    counts: dict[str, int] = field(default_factory=dict)  # the store's, for the overview

    @cached_property
    def by_id(self) -> dict[str, FigureLine]:
        """Figure rows by id."""
        return {r.id: r for r in self.figures}

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def finding(self, finding_id: str) -> Finding | None:
        return next((f for f in self.findings if f.id == finding_id), None)

    @cached_property
    def subjects(self) -> list[Subject]:
        """Event instances, those with most claims first."""
        by_subject: dict[str, list[Claim]] = defaultdict(list)
        for c in self.claims:
            by_subject[c.subject].append(c)
        out = []
        for name, claims in by_subject.items():
            dates = sorted(c.stated_on for c in claims if c.stated_on)
            out.append(Subject(name, len(claims), sum(c.citations for c in claims),
                               len({c.source.key for c in claims}),
                               dates[0] if dates else None, dates[-1] if dates else None))
        return sorted(out, key=lambda s: (-s.claims, s.name))

    @cached_property
    def most_cited(self) -> list[Claim]:
        return sorted(self.claims, key=lambda c: (-c.citations, c.subject, c.id))[:15]

    @cached_property
    def choices(self) -> dict[str, list[str]]:
        """The values each select filter of the figures table offers."""
        def values(key: str) -> list[str]:
            return sorted({str(v) for r in self.figures if (v := getattr(r, key))})
        return {"subject": values("subject"), "measure": values("family"),
                "source_type": values("source_type"), "language": values("language")}


@dataclass(frozen=True, slots=True)
class FigureLine:
    """One figure as the figures table and the entity and finding pages show it: its
    stored fields and what the ledger made of it (its claim's event, measure and source).

    Slotted, and built from the store's slim rows, whose repeated strings are shared: on
    a store of 30,169 articles the 553,092 rows as dicts held about a gigabyte."""

    id: str
    article_id: str
    measure: str | None
    low: float | None
    high: float | None
    speaker: str | None
    org: str | None
    speaker_key: str | None
    stated_on: str | None
    published: str | None
    outlet: str | None
    text: str
    start: int
    end: int
    language: str | None
    subject: str | None
    family: str | None
    source: str | None
    source_type: str | None
    value: str
    day: str
    who: str  # what the speaker filter searches, lower-cased once
    rejected: bool

    #: Read like a row of the store (``row["outlet"]``), as the pages and sorts do; the
    #: attribute looked up in C, as :class:`sitrep.store.StoredFigure` does.
    __getitem__ = object.__getattribute__


#: Row fields indexed for an entity's page: its event, its articles, what it said.
INDEXED = ("subject", "article_id", "speaker_key", "org")


def _figure_line(row: StoredFigure, claim: Claim | None, language: str | None,
                 rejected: bool) -> FigureLine:
    """A figure row as the table shows it: its claim's event, measure and source."""
    source = claim.source.name if claim else (row.speaker or row.org or row.outlet)
    return FigureLine(
        row.id, row.article_id, row.measure, row.low, row.high, row.speaker, row.org,
        row.speaker_key, row.stated_on, row.published, row.outlet, row.text, row.start,
        row.end, language, claim.subject if claim else row.subject,
        claim.family if claim else row.family, source,
        claim.source.type if claim else None,
        claim.describe_value() if claim else figure_value(row),
        row.stated_on or row.published or row.captured_at[:10],
        " ".join(str(v) for v in (row.speaker, row.org, claim.source.name if claim else None)
                 if v).lower(),
        rejected)


def build_workspace(store: Store) -> Workspace:
    """Claims and findings as :func:`sitrep.ledger.ledger_from_store` computes them
    (corrections applied), and every figure row with the source the ledger gives it,
    rejected figures included and marked.

    The figures and mentions are read once, as slim rows, for the claims, the entities and
    the table; the articles' texts are read one at a time, in the rows' order, and both
    the claims with every figure and those without the rejected ones come from one pass."""
    rows = store.figure_rows()
    mentions = list(store.mention_rows())
    rejected = store.rejected_figures()
    languages = article_languages(store)
    every, claims = claim_sets(rows, mentions, rejected, ArticleTexts(store), languages)
    findings = find_findings(claims, reports_from_store(store))
    claim_of = {fid: c for c in every for fid in c.figure_ids}
    shown = store.article_languages()  # the table shows an unknown language as stored
    figures = [_figure_line(row, claim_of.get(row.id), shown.get(row.article_id),
                            row.id in rejected) for row in rows]
    del rows
    ws = Workspace(claims, findings, figures, rejected, claim_of,
                   merge_entities(mentions, store.merges("merge_entities")),
                   counts=store.counts())
    del mentions
    for key in INDEXED:
        groups: dict[object, list[FigureLine]] = defaultdict(list)
        for line in figures:
            groups[getattr(line, key)].append(line)
        ws.index[key] = dict(groups)
    ws.table = FigureTable.build(figures, SORTS)
    return ws


def findings_key(generation: int) -> str:
    """The key of the findings kept in the store for this generation of it (that of
    :func:`sitrep.ledger.cache.stored_findings`)."""
    return f"{generation}/{rules_fingerprint()}"


def figure_value(row: Any) -> str:
    """A figure's value as text when the ledger made no claim of it (no subject)."""
    if row["start_date"]:
        return f"{row['start_date']} to {row['end_date']}"
    values = [v for v in (row["low"], row["high"]) if v is not None]
    if not values:
        return row["text"]
    shown = "-".join(dict.fromkeys(f"{v:,.0f}" for v in values))
    return " ".join(p for p in (row["qualifier"], shown, row["unit"]) if p)


class LedgerPending(Exception):
    """No ledger is at hand yet (the server has just started, or the store was just
    built) and its computation outlasted the page's wait: the page says so rather than
    holding the analyst's browser for the minute a big store's ledger takes."""

    def __init__(self, started: float | None) -> None:
        super().__init__("the ledger is being computed")
        self.started = started  # time.monotonic() when the computation began


class WorkspaceCache:
    """The last :class:`Workspace` and the ledger generation it was computed at; one per app,
    shared by the request threads.

    While an ingest writes, every batch moves the generation on. Recomputing the ledger inside
    each request would make every page wait seconds on a big store, so a page is served
    from the workspace at hand while one background thread computes the new one
    (:attr:`stale` says so). With no workspace at hand yet, a page waits up to ``wait``
    seconds for the first one (forever with None) and then raises :class:`LedgerPending`;
    a page after the analyst's own correction (``fresh``) waits for the computation."""

    def __init__(self, open_store: Callable[[], AbstractContextManager[Store]],
                 wait: float | None = None) -> None:
        self._open = open_store
        self._wait = wait
        self._lock = threading.Lock()  # guards the fields below
        self._done = threading.Condition(self._lock)  # notified when a workspace is kept
        self._build = threading.Lock()  # one computation at a time
        self._stamp: int | None = None
        self._workspace: Workspace | None = None
        self._refreshing = False
        self._started: float | None = None

    def get(self, store: Store, *, fresh: bool = False) -> Workspace:
        stamp = store.ledger_generation()
        with self._lock:
            current = self._workspace
            if current is not None and stamp == self._stamp:
                return current
            if current is not None and not fresh:
                self._start_refresh()
                return current
            if current is None and not fresh and self._wait is not None:
                self._start_refresh()
                if self._done.wait_for(lambda: self._workspace is not None, self._wait):
                    return self._workspace  # type: ignore[return-value]
                raise LedgerPending(self._started)
        return self.compute(store)

    def _start_refresh(self) -> None:
        """Start the background computation unless one runs (called holding the lock)."""
        if not self._refreshing:
            self._refreshing = True
            threading.Thread(target=self._refresh, name="sitrep-ledger",
                             daemon=True).start()

    def stale(self, store: Store) -> bool:
        """Whether the workspace at hand is older than the store (a refresh is under way)."""
        with self._lock:
            return self._stamp is not None and self._stamp != store.ledger_generation()

    def compute(self, store: Store) -> Workspace:
        """The workspace of the store as it is now, computed unless it is at hand."""
        with self._build:
            stamp = store.ledger_generation()
            with self._lock:
                if self._workspace is not None and stamp == self._stamp:
                    return self._workspace  # computed meanwhile by another thread
                self._started = time.monotonic()
            workspace = build_workspace(store)
            with self._lock:
                self._workspace, self._stamp, self._started = workspace, stamp, None
                self._done.notify_all()
            # the findings kept in the store as `sitrep findings` keeps them, so that a
            # restarted workspace shows them while it computes the rest, and the command
            # line and the report do not compute them again
            store.keep_findings(findings_key(stamp),
                                [f.as_record() for f in workspace.findings])
            return workspace

    def _refresh(self) -> None:
        try:
            with self._open() as store:
                self.compute(store)
        except (sqlite3.Error, StoreError):
            pass  # the next request tries again
        finally:
            with self._lock:
                self._refreshing = False
