"""sitrep: raw news in; who said which figure, when, about which event, and where the
sources disagree, out, each fact linked to its evidence.

The public API is what ``__all__`` lists; modules and names not listed are private and may
change. The command line (``sitrep``) is a thin layer over these functions.

The names are imported when first used (PEP 562): ``import sitrep`` and every
``sitrep.cli`` command would otherwise pay for spaCy, trafilatura and numpy, which
``sitrep --help`` and the listings never need.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .clean import clean_capture
    from .documents import (
        Article,
        Capture,
        CleanedCapture,
        Draft,
        Hints,
        LineLabel,
        Locator,
        Refusal,
    )
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

#: Where each public name lives, relative to this package.
_HOMES: dict[str, str] = {
    **dict.fromkeys(("Article", "Capture", "CleanedCapture", "Draft", "Hints", "LineLabel",
                     "Locator", "Refusal"), ".documents"),
    **dict.fromkeys(("GoldFileError", "Reason", "SchemaTooNewError", "SitrepError",
                     "StoreError", "UsageError"), ".errors"),
    "clean_capture": ".clean",
    "extract_text": ".extract",
    **dict.fromkeys(("ExtractionFailure", "ExtractionReport", "extract_pending"),
                    ".extract.runner"),
    **dict.fromkeys(("ReadOptions", "iter_inputs", "load_manifest", "read_bytes"),
                    ".ingest.readers"),
    **dict.fromkeys(("IngestSummary", "ingest", "prepare"), ".ingest.runner"),
    "ledger_from_store": ".ledger",
    "entities": ".ledger.entities",
    "OffsetMap": ".offsets",
    "write_report": ".report",
    **dict.fromkeys(("Store", "StoredArticle"), ".store"),
}


class _Sitrep(types.ModuleType):
    """The package, with ``sitrep.ingest`` the function of the public API. Importing the
    subpackage ``sitrep.ingest`` sets the attribute to the subpackage; eager imports used
    to set it back to the function, and this property keeps it so when nothing is eager."""

    @property
    def ingest(self) -> Any:
        from .ingest.runner import ingest

        return ingest

    @ingest.setter
    def ingest(self, _: object) -> None:
        """The import system storing the subpackage here; ``sys.modules`` keeps it."""


sys.modules[__name__].__class__ = _Sitrep


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'sitrep' has no attribute {name!r}")
    return getattr(importlib.import_module(home, __name__), name)

def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
