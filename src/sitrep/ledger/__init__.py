"""The ledger: figures grouped by event instance and measure family, with findings.

Who claims what, since when, and where they disagree: figures from every article are
grouped by subject (the event instance) and measure family (troops, personnel, soldiers
and participants are one family); copies of one wire story count as one claim cited by
several outlets; findings compare claims inside one group only, so figures of another
year's event are never compared with this year's.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store import Store
    from .claims import Claim, build_claims
    from .findings import Finding, find_findings, report_groups
    from .source_types import SourceType, classify_source

#: Loaded on first use: the rules load the gazetteer, and a listing that reads the findings
#: the store keeps (:mod:`.cache`) must not pay for it.
_LAZY = {"Claim": ".claims", "build_claims": ".claims", "Finding": ".findings",
         "find_findings": ".findings", "SourceType": ".source_types",
         "classify_source": ".source_types", "report_groups": ".findings"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def claims_from_store(store: Store, subject: str | None = None) -> list[Claim]:
    """Claims of the store with the analyst's corrections applied (rejected figures left
    out, merged subjects joined); ``subject`` filters by name."""
    from .claims import build_claims

    claims = build_claims(store.figure_rows(), store.mention_rows(), store.rejected_figures(),
                          ArticleTexts(store), article_languages(store))
    if subject:
        claims = [c for c in claims if subject.lower() in c.subject.lower()]
    return claims


class ArticleTexts:
    """Article id -> clean text, read from the store when asked and kept until another
    article is asked for: the claims read the words around each figure, and reading
    the figures article by article needs one text at a time, not every text of the store
    (78 MB of text and as many Python strings on a store of 30,169 articles)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._id: str | None = None
        self._text: str | None = None

    def get(self, article_id: str, /) -> str | None:
        if article_id != self._id:
            self._id, self._text = article_id, self._store.article_text(article_id)
        return self._text


def article_languages(store: Store) -> dict[str, str]:
    """Article id -> language, for the articles whose language is known: the claims read
    the words around a figure in its own language."""
    return {k: v for k, v in store.article_languages().items() if v}


def reports_from_store(store: Store) -> dict[str, str]:
    """Which stored articles are one report (a translation, a rewrite of one statement):
    :func:`find_findings` never sets such articles against each other."""
    from .findings import report_groups

    pairs = [(x.a, x.b) for x in store.translation_links()]
    pairs += [(x.a, x.b) for x in store.article_relations("same_source")]
    return report_groups(pairs)


def ledger_from_store(store: Store, subject: str | None = None
                      ) -> tuple[list[Claim], list[Finding]]:
    """Claims and findings of the store (see :func:`claims_from_store`); ``subject``
    filters both by name. Readers that list findings take them from
    :func:`sitrep.ledger.cache.stored_findings`, which keeps what this computes."""
    from .findings import find_findings

    claims = claims_from_store(store)
    findings = find_findings(claims, reports_from_store(store))
    if subject:
        claims = [c for c in claims if subject.lower() in c.subject.lower()]
        findings = [f for f in findings if subject.lower() in f.subject.lower()]
    return claims, findings


__all__ = ["ArticleTexts", "Claim", "Finding", "SourceType", "article_languages", "build_claims",
           "claims_from_store", "classify_source", "find_findings", "ledger_from_store",
           "report_groups", "reports_from_store"]
