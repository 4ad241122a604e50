"""Every error sitrep reports, in one place.

Two families, kept apart on purpose:

* ``Reason`` codes describe *input* that was refused. Refusing input is not an exception in
  sitrep: readers return a :class:`sitrep.documents.Refusal` carrying the code, the file, the line
  or record, and a sentence saying why, so one bad file never stops the others and the reason
  is never lost in a log.
* ``SitrepError`` and its subclasses are raised for problems the caller must act on (a store
  written by a newer sitrep, an evaluation file that is not what it claims to be).

Exception tree::

    SitrepError
    ├── StoreError
    │   └── SchemaTooNewError
    ├── GoldFileError
    ├── EvaluationError
    └── UsageError
"""

from __future__ import annotations

import os
from enum import Enum


class Reason(Enum):
    """Why an input was refused. The value is (code, message template)."""

    EMPTY = ("E001", "the file is empty")
    BINARY = ("E002", "binary content ({detail}), not a text or HTML capture")
    UNDECODABLE = ("E003", "cannot tell the text encoding: {detail}")
    TRUNCATED_GZIP = ("E004", "truncated or corrupt gzip stream: {detail}")
    TRUNCATED_WARC = ("E005", "truncated or corrupt WARC record: {detail}")
    BAD_JSON = ("E006", "malformed JSON: {detail}")
    MISSING_FIELD = ("E007", "{detail}")
    TOO_LARGE = ("E008", "{detail}")
    UNSUPPORTED = ("E009", "unsupported input: {detail}")
    NO_TEXT = ("E010", "no article text found: {detail}")
    UNREADABLE = ("E011", "cannot read: {detail}")
    EXTRACTION_FAILED = ("E012", "extraction failed, article left for a later run: {detail}")
    INTERNAL = ("E013", "internal error on this document, please report it: {detail}")
    OUTSIDE_FOLDER = ("E014", "a symbolic link that leaves the ingested folder: {detail}")
    NOT_REGULAR = ("E015", "not a regular file: {detail}")
    TOO_LONG_TO_EXTRACT = ("E016", "article too long to extract: {detail}")

    @property
    def code(self) -> str:
        return self.value[0]

    def format(self, detail: str = "") -> str:
        return self.value[1].format(detail=detail)


class SitrepError(Exception):
    """Base of every exception sitrep raises on purpose."""


class StoreError(SitrepError):
    """The store cannot be opened or written as asked."""


class SchemaTooNewError(StoreError):
    """The store was written by a newer sitrep whose schema this version does not know."""


class GoldFileError(SitrepError):
    """An evaluation file is missing fields or is not of the expected format."""


class EvaluationError(SitrepError):
    """A gold page was refused at ingest or failed at extraction: a score that silently left
    it out would look better than the run it measures, so the evaluation stops instead."""


class UsageError(SitrepError):
    """A library call was made with arguments that cannot work together."""


#: Set to 1 to let an unexpected exception on one document (or in a command) propagate with
#: its traceback instead of becoming an E013 refusal or a one-line message. The test suite
#: sets it, so that a real bug fails a test instead of hiding as a refusal.
RAISE_INTERNAL_ENV = "SITREP_RAISE_INTERNAL"


def raise_internal_errors() -> bool:
    """Whether unexpected exceptions should propagate (read at each call, not at import, so
    a test or a caller can switch it for one run)."""
    return os.environ.get(RAISE_INTERNAL_ENV, "").strip() not in ("", "0")
