"""Inputs named by URL (``s3://bucket/feeds/``, ``gs://...``, ``file:///...``), read with fsspec.

Why: on a cluster the inputs often sit in an object store rather than on a shared disk.
A worker opens such an input itself through fsspec (the filesystem package for the
protocol, such as ``s3fs``, must be installed on every worker); the bytes go through the
same readers as a local file (:func:`sitrep.ingest.readers.read_bytes`), so the captures
are the same, with the URL as their source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..ingest.files import format_from_name

_URL = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def is_url(path: str) -> bool:
    return bool(_URL.match(path))


def _fs(url: str) -> tuple[Any, str]:
    import fsspec.core

    return fsspec.core.url_to_fs(url)


def _url(fs: Any, path: str) -> str:
    return str(fs.unstrip_protocol(path))


def list_url(url: str) -> Iterator[str]:
    """The capture files under ``url`` (a folder: every file in a capture format, sorted),
    or ``url`` itself."""
    fs, root = _fs(url)
    if not fs.isdir(root):
        yield url
        return
    for path in sorted(fs.find(root)):
        if format_from_name(path) is not None:
            yield _url(fs, path)


def url_stamp(url: str) -> str:
    """Size and modification time (or ETag) of the object, as its fingerprint."""
    fs, path = _fs(url)
    try:
        info = fs.info(path)
    except OSError:
        return "-"
    changed = info.get("mtime") or info.get("LastModified") or info.get("ETag") or ""
    return f"{info.get('size')}:{changed}"


def url_size(url: str) -> int:
    fs, path = _fs(url)
    return int(fs.size(path))


def read_range(url: str, start: int, end: int) -> bytes:
    fs, path = _fs(url)
    with fs.open(path, "rb") as fh:
        fh.seek(start)
        return bytes(fh.read(end - start))


def read_all(url: str) -> bytes:
    fs, path = _fs(url)
    with fs.open(path, "rb") as fh:
        return bytes(fh.read())


def open_binary(url: str) -> Any:
    fs, path = _fs(url)
    return fs.open(path, "rb")
