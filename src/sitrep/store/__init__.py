"""The store: SQLite in WAL mode with FTS5. The only package that holds SQL.

:class:`Store` is one object for callers, put together from one part per concern:

- :mod:`.schema`: the tables and their migrations; :mod:`.connection`: opening a store
  (WAL, busy timeout) and transactions;
- :mod:`.captures`: what ingest writes (captures, articles, line labels, refusals,
  near-duplicate buckets and groups);
- :mod:`.extractions`: mentions, figures, statements and events per article;
- :mod:`.corrections`: the analyst's corrections;
- :mod:`.queries`: what the listings and the report read;
- :mod:`.ledger_cache`: the findings, computed once and kept until the data changes;
- :mod:`.translations`: translations across languages (keys, links).
"""

from .captures import AddResult, Captures
from .connection import BUSY_TIMEOUT, DEFAULT_DB
from .extractions import Extractions
from .ledger_cache import LedgerCache
from .queries import Queries, StoredArticle
from .schema import SCHEMA_VERSION
from .translations import LinkText, TranslationLink, Translations


class Store(Captures, Extractions, Queries, LedgerCache, Translations):
    """A connection to one sitrep store. Not shared between threads; open one per worker."""


__all__ = ["BUSY_TIMEOUT", "DEFAULT_DB", "SCHEMA_VERSION", "AddResult", "LinkText", "Store",
           "StoredArticle", "TranslationLink"]
