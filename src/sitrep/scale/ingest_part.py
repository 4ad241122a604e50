"""The worker's side of a cluster ingest: read one part, clean, fingerprint, write Parquet.

A part's results go to ``WORK/parts/PART_ID/`` (one file per store table, plus the article
fingerprints), and its dedupe keys to ``WORK/keys/bucket-B/PART_ID.parquet``: every LSH band
key, passage key and text hash goes to the bucket its value hashes to, so that all articles that
share a key meet in one bucket (see :mod:`sitrep.scale.dedupe`). The part's folder is
renamed into place last: when it exists, the part is complete, and a rerun skips it.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from ..documents import Capture, Locator, Refusal
from ..errors import Reason
from ..ingest.captures import Source, manifest_entry
from ..ingest.files import display_path
from ..ingest.jsonl import read_jsonl
from ..ingest.options import Item, ReadOptions, Skipped
from ..ingest.prepare import Prepared, prepare_captures
from ..ingest.readers import read_bytes, read_file
from ..store import rows
from .parquet import Row, write_rows
from .parts import Part
from .remote import is_url, read_all, read_range

#: The text hash goes into the buckets as band -1, next to the LSH bands 0..b-1, and the
#: passage keys as band -2.
TEXT_HASH_BAND = -1
PASSAGE_BAND = -2
#: ``position``: the article's place among the part's articles, which with the part's place
#: among the parts gives the order a single process stores the articles in.
KEY_COLUMNS = ("band", "key", "article_id", "position")
#: What a bucket task needs of a candidate article to decide whether, and where, its pair
#: is compared: its whole fingerprint.
SIGNATURE_COLUMNS = ("article_id", "text_hash", "signature", "bands", "passages")
#: Each article's translation keys (:mod:`sitrep.dedupe.crosskeys`), computed here so that
#: the client, which links translations alone after the parts, does not compute them.
CROSS_KEY_COLUMNS = ("article_id", "numbers", "names")
_GOLDEN = 0x9E3779B97F4A7C15


@dataclasses.dataclass(frozen=True, slots=True)
class PartResult:
    """What a part held (small: this is what comes back to the client)."""

    part_id: str
    items: int
    refused: int
    skipped: int


def bucket_of(band: int, key: int, buckets: int) -> int:
    """The bucket of one dedupe key: the same on every worker and in every run."""
    return ((key + (band + 2) * _GOLDEN) & 0xFFFFFFFFFFFFFFFF) % buckets


def hash_key(text_hash: str) -> int:
    """A text hash as a signed 64-bit key, stored like an LSH band key."""
    value = int(text_hash[:16], 16)
    return value - (1 << 64) if value >= 1 << 63 else value


def part_dir(work: Path, part_id: str) -> Path:
    return work / "parts" / part_id


def ingest_part(part: Part, work: str, options: ReadOptions, buckets: int) -> PartResult:
    """Read, clean and fingerprint one part and write its rows; a done part is skipped."""
    base = Path(work)
    done = part_dir(base, part.id)
    if (done / "result.json").exists():
        return PartResult(**json.loads((done / "result.json").read_text()))
    tables: dict[str, list[Row]] = {t: [] for t in ("captures", "capture_sources",
                                                     "articles", "lsh_bands",
                                                     "passage_keys", "article_minhash",
                                                     "refusals", "signatures",
                                                     "cross_keys")}
    keys: dict[int, list[Row]] = {}
    items = refused = skipped = 0
    captures: list[Capture] = []
    for item in _items(part, options):
        items += 1
        if isinstance(item, Skipped):
            skipped += 1
        elif isinstance(item, Refusal):
            refused += 1
            tables["refusals"].append(rows.refusal_row(item))
        else:
            captures.append(item)
    for prepared in prepare_captures(captures):
        if isinstance(prepared, Refusal):
            refused += 1
            tables["refusals"].append(rows.refusal_row(prepared))
        else:
            _add_rows(prepared, tables, keys, buckets)
    result = PartResult(part.id, items, refused, skipped)
    _write(base, part.id, tables, keys, result)
    return result


def _add_rows(prepared: Prepared, tables: dict[str, list[Row]], keys: dict[int, list[Row]],
              buckets: int) -> None:
    cleaned = prepared.cleaned
    cap = cleaned.capture
    tables["captures"].append(rows.capture_row(cleaned))
    tables["capture_sources"].append(rows.source_row(cap.id, cap.locator))
    for article, fp, crossed in zip(cleaned.articles, prepared.fingerprints,
                                    prepared.cross_keys, strict=True):
        tables["articles"].append(rows.article_row(article, fp, rows.related_to(cleaned,
                                                                                article),
                                                   article.id))
        tables["lsh_bands"] += rows.band_rows(article.id, fp)
        tables["passage_keys"] += rows.passage_rows(article.id, fp)
        if (minhash := rows.minhash_row(article.id, fp)) is not None:
            tables["article_minhash"].append(minhash)
        if crossed is not None:  # the articles translations are linked for
            tables["cross_keys"].append((article.id, sorted(crossed.numbers),
                                         sorted(crossed.names)))
        if fp.signature is not None:
            tables["signatures"].append((article.id, fp.text_hash, fp.signature,
                                         list(fp.bands), list(fp.passages)))
        # a text too short to sign is matched by its hash alone, as in a single process,
        # but its passage keys count among a passage's holders there too (the store keeps
        # them): they go to the buckets, where no pair is made with it
        position = len(tables["articles"]) - 1
        for band, key in ((TEXT_HASH_BAND, hash_key(fp.text_hash)), *enumerate(fp.bands),
                          *((PASSAGE_BAND, k) for k in fp.passages)):
            keys.setdefault(bucket_of(band, key, buckets), []).append(
                (band, key, article.id, position))


def _write(base: Path, part_id: str, tables: dict[str, list[Row]],
           keys: dict[int, list[Row]], result: PartResult) -> None:
    """Keys first, then the part's folder under a temporary name, renamed into place."""
    for bucket, key_rows in keys.items():
        write_rows(base / "keys" / f"bucket-{bucket}" / f"{part_id}.parquet", KEY_COLUMNS,
                   key_rows)
    tmp = base / "parts" / f".{part_id}.{uuid.uuid4().hex}.tmp"
    columns = {"captures": rows.CAPTURE_COLUMNS, "capture_sources": rows.SOURCE_COLUMNS,
               "articles": rows.ARTICLE_COLUMNS,
               "lsh_bands": rows.BAND_COLUMNS, "passage_keys": rows.PASSAGE_COLUMNS,
               "article_minhash": rows.MINHASH_COLUMNS, "refusals": rows.REFUSAL_COLUMNS,
               "signatures": SIGNATURE_COLUMNS, "cross_keys": CROSS_KEY_COLUMNS}
    for table, table_rows in tables.items():
        write_rows(tmp / f"{table}.parquet", columns[table], table_rows)
    (tmp / "result.json").write_text(json.dumps(dataclasses.asdict(result)))
    try:
        os.rename(tmp, part_dir(base, part_id))
    except OSError:  # another attempt of the same task finished first: same content
        shutil.rmtree(tmp, ignore_errors=True)


def _items(part: Part, options: ReadOptions) -> Iterator[Item]:
    for f in part.files:
        if is_url(f.path):
            yield from _url_items(f.path, options)
        else:
            yield from read_file(f.path, options, regular_only=f.walked)
    if part.jsonl is not None:
        yield from _jsonl_range(part, options)


def _url_items(url: str, options: ReadOptions) -> Iterator[Item]:
    """The captures of one file named by URL, read whole through fsspec."""
    try:
        data = read_all(url)
    except OSError as exc:
        yield Refusal(Reason.UNREADABLE, Locator(url), str(exc))
        return
    yield from read_bytes(data, url, options)


def _jsonl_range(part: Part, options: ReadOptions) -> Iterator[Item]:
    """The lines of one byte range of a JSON Lines file, numbered as in the whole file."""
    assert part.jsonl is not None
    label = display_path(part.jsonl)
    mtime = None
    try:
        if is_url(part.jsonl):
            data = read_range(part.jsonl, part.start, part.end)
        else:
            with open(part.jsonl, "rb") as fh:
                mtime = datetime.fromtimestamp(os.fstat(fh.fileno()).st_mtime, UTC
                                               ).replace(tzinfo=None)
                fh.seek(part.start)
                data = fh.read(part.end - part.start)
    except OSError as exc:
        yield Refusal(Reason.UNREADABLE, Locator(label), str(exc))
        return
    src = Source(part.jsonl, label, mtime, manifest_entry(part.jsonl, options), False)
    shift = part.first_line - 1
    for item in read_jsonl(io.BufferedReader(io.BytesIO(data)), src, options):
        if isinstance(item, Refusal) and item.reason is Reason.EMPTY:
            continue  # a range of blank lines; the file as a whole is not empty
        locator = item.locator
        if locator.line is None:
            yield item
            continue
        moved = dataclasses.replace(locator, line=locator.line + shift)
        yield dataclasses.replace(item, locator=moved)
