"""The analyst's workspace: ``sitrep serve``, a local web page on the store.

Overview, findings with their evidence side by side, the figures table, articles with
their marks, entities, full-text search, and the analyst's corrections, read from the
same store and ledger as the command line (see :func:`create_app`).
"""

from .app import create_app

__all__ = ["create_app"]
