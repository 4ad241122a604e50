"""Rows as the store keeps them, built from records without a connection.

Why: the cluster path (:mod:`sitrep.scale`) builds these rows on the workers and writes them
to Parquet; the store merges them later. Building them here, with the same functions that
:meth:`sitrep.store.Captures.add_cleaned` uses, keeps a cluster run and a single-process run
byte for byte the same.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..documents import Article, CleanedCapture, Locator, Refusal, content_id
from .values import bind, iso, locator_json

if TYPE_CHECKING:  # numpy, behind dedupe: the store's readers do not load it
    from .. import dedupe

CAPTURE_COLUMNS = ("id", "kind", "raw", "encoding", "source", "locator", "url", "hints",
                   "captured_at", "captured_at_source", "note", "labels")
SOURCE_COLUMNS = ("capture_id", "locator")
#: A line label's fields, as ``captures.labels`` holds each label (a JSON list of lists)
LABEL_FIELDS = ("line", "label", "reason", "start", "end")
ARTICLE_COLUMNS = ("id", "capture_id", "part", "text", "offsets", "title", "outlet",
                   "outlet_source", "published", "published_source", "captured_at", "language",
                   "related_to", "text_hash", "signature", "group_id")
BAND_COLUMNS = ("band", "key", "article_id")
REFUSAL_COLUMNS = ("id", "locator", "code", "message")
PASSAGE_COLUMNS = ("key", "article_id")
RELATION_COLUMNS = ("a", "b", "kind", "coverage")
MINHASH_COLUMNS = ("article_id", "signature")

Row = tuple[Any, ...]


def capture_row(cleaned: CleanedCapture) -> Row:
    cap = cleaned.capture
    hints = json.dumps({"url": cap.hints.url, "title": cap.hints.title,
                        "published": cap.hints.published, "outlet": cap.hints.outlet})
    return bind((cap.id, cap.kind, cap.raw, cap.encoding, cap.locator.source,
                 locator_json(cap.locator), cap.hints.url, hints, iso(cap.captured_at),
                 cap.captured_at_source, cleaned.note, labels_json(cleaned)))


def source_row(capture_id: str, locator: Locator) -> Row:
    return (capture_id, locator_json(locator))


def labels_json(cleaned: CleanedCapture) -> str:
    """The capture's line labels, for its own row (schema 20): written with the capture,
    they cost no insert of their own at a random place in a table keyed by content hash.
    ASCII JSON, so that any text a reason quotes is storable."""
    return json.dumps([[lb.line, lb.label, lb.reason, lb.start, lb.end]
                       for lb in cleaned.labels], separators=(",", ":"))


def labels_from_json(text: str) -> list[dict[str, Any]]:
    return [dict(zip(LABEL_FIELDS, values, strict=True)) for values in json.loads(text)]


def related_to(cleaned: CleanedCapture, article: Article) -> str | None:
    """The id of the article of the same capture this one was printed beside, if any."""
    by_part = {a.part: a.id for a in cleaned.articles}
    return by_part.get(article.related_part or "")


def article_row(article: Article, fp: dedupe.Fingerprint, related: str | None,
                group: str) -> Row:
    """The article's row. Its signature is kept in ``article_minhash`` alone
    (:func:`minhash_row`): the article row's copy, 1 KiB of uint64 behind the text, was
    read by nothing and made a seventh of a big store's articles table."""
    return bind((article.id, article.capture_id, article.part, article.text,
                 article.offsets.to_json(), article.title, article.outlet,
                 article.outlet_source,
                 article.published.isoformat() if article.published else None,
                 article.published_source, iso(article.captured_at), article.language,
                 related, fp.text_hash, None, group))


def minhash_row(article_id: str, fp: dedupe.Fingerprint) -> Row | None:
    """The signature the look-ups compare (store/relations._close), compact: one byte a
    value (``dedupe.compact``, schema_keys.SIGNATURES_BYTES)."""
    if fp.signature is None:
        return None
    from ..dedupe import minhash  # behind dedupe, for writing only: it loads numpy

    return (article_id, minhash.compact(fp.signature))


def band_rows(article_id: str, fp: dedupe.Fingerprint) -> list[Row]:
    return [(i, key, article_id) for i, key in enumerate(fp.bands)]


def passage_rows(article_id: str, fp: dedupe.Fingerprint) -> list[Row]:
    return [(key, article_id) for key in fp.passages]


def relation_row(a: str, b: str, kind: str, coverage: float) -> Row:
    """One pair, the smaller id first, so that the row does not depend on which article
    found the other."""
    return (*sorted((a, b)), kind, coverage)


def refusal_row(refusal: Refusal) -> Row:
    """A refusal without its time; the store adds ``last_seen`` when it records it."""
    locator = locator_json(refusal.locator)
    return bind((content_id(locator, refusal.reason.code, prefix="r"), locator,
                 refusal.reason.code, refusal.message))
