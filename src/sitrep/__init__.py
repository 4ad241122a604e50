"""sitrep: raw news in; who said which figure, when, about which event, and where the
sources disagree, out, each fact linked to its evidence.

The public API is what ``__all__`` lists; modules and names not listed are private and may
change. The command line (``sitrep``) is a thin layer over these functions.
"""

from .clean import clean_capture
from .documents import Article, Capture, CleanedCapture, Draft, Hints, LineLabel, Locator, Refusal
from .errors import (
    GoldFileError,
    Reason,
    SchemaTooNewError,
    SitrepError,
    StoreError,
    UsageError,
)
from .extract import extract_text
from .extract.runner import ExtractionFailure, ExtractionReport, extract_pending
from .ingest.readers import ReadOptions, iter_inputs, load_manifest, read_bytes
from .ingest.runner import IngestSummary, ingest, prepare
from .ledger import ledger_from_store
from .ledger.entities import entities
from .offsets import OffsetMap
from .report import write_report
from .store import Store, StoredArticle

__all__ = [
    "Article",
    "Capture",
    "CleanedCapture",
    "Draft",
    "ExtractionFailure",
    "ExtractionReport",
    "GoldFileError",
    "Hints",
    "IngestSummary",
    "LineLabel",
    "Locator",
    "OffsetMap",
    "ReadOptions",
    "Reason",
    "Refusal",
    "SchemaTooNewError",
    "SitrepError",
    "Store",
    "StoreError",
    "StoredArticle",
    "UsageError",
    "clean_capture",
    "entities",
    "extract_pending",
    "extract_text",
    "ingest",
    "iter_inputs",
    "ledger_from_store",
    "load_manifest",
    "prepare",
    "read_bytes",
    "write_report",
]
