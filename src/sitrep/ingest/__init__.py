"""Ingest: read captures from files, folders, stdin, JSON Lines and WARC (:mod:`.readers` and
the format readers beside it), then clean, fingerprint and store them one transaction per
batch (:mod:`.runner`). Hostile input never raises or hangs: each bad file, line or record
becomes a refusal that names it and says why.

The public names are importable from here::

    from sitrep.ingest import ReadOptions, ingest
    summary = ingest(["captures/"], store, ReadOptions(outlet="Reuters"))
"""

from .readers import ReadOptions, iter_inputs, load_manifest, read_bytes
from .runner import IngestSummary, ingest, ingest_items

__all__ = [
    "IngestSummary",
    "ReadOptions",
    "ingest",
    "ingest_items",
    "iter_inputs",
    "load_manifest",
    "read_bytes",
]
