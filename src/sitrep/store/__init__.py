"""The store: SQLite in WAL mode with FTS5. The only package that holds SQL.

:class:`Store` is one object for callers, put together from one part per concern:

- :mod:`.schema`: the tables and their migrations; :mod:`.connection`: opening a store
  (WAL, busy timeout) and transactions;
- :mod:`.captures`: what ingest writes (captures, articles, line labels, refusals,
  near-duplicate buckets and groups); :mod:`.recent`: the duplicate keys' small tables for inserts,
  sealed into segments merged by size tiers, in key order;
- :mod:`.extractions`: mentions, figures, statements and events per article;
- :mod:`.corrections`: the analyst's corrections;
- :mod:`.queries`: what the listings and the report read; :mod:`.ledger_rows`: the slim
  rows the ledger reads;
- :mod:`.ledger_cache`: the findings, computed once and kept until the data changes;
- :mod:`.search`: full-text search over the articles (FTS5), for the CLI and the workspace;
- :mod:`.alerts`: the findings ``sitrep alerts`` last saw, and the alerts it reported;
- :mod:`.feeds`: the feeds the analyst added and the entries already taken;
- :mod:`.rows` and :mod:`.merge`: rows built without a connection (on cluster workers) and
  their bulk merge into the store;
- :mod:`.translations`: translations across languages (keys, links).
"""

from .alerts import Alerts
from .captures import AddResult
from .connection import BUSY_TIMEOUT, DEFAULT_DB
from .feeds import Feeds
from .ledger_cache import LedgerCache
from .ledger_rows import LedgerRows, StoredFigure, StoredMention
from .merge import Merging
from .queries import Queries, StoredArticle
from .schema import SCHEMA_VERSION
from .search import HIT_CLOSE, HIT_OPEN, Search, SearchFilters, SearchPage
from .translations import LinkText, TranslationLink, Translations


class Store(Merging, Queries, LedgerRows, LedgerCache, Search, Alerts, Feeds, Translations):
    """A connection to one sitrep store. Not shared between threads; open one per worker."""


__all__ = ["BUSY_TIMEOUT", "DEFAULT_DB", "HIT_CLOSE", "HIT_OPEN", "SCHEMA_VERSION",
           "AddResult", "LinkText", "SearchFilters", "SearchPage", "Store", "StoredArticle",
           "StoredFigure", "StoredMention", "TranslationLink"]
