"""The ``sitrep`` command: a thin click layer over the library.

Every command is a small wrapper around a function you can call from Python. The group
and its shared options live in :mod:`.app`; each command module registers its commands on
that group when imported, which is what the import below is for.
"""

from __future__ import annotations

from . import alerts, claims, core, corrections, evals, exports, feeds, watch, web
from .app import main

__all__ = ["alerts", "claims", "core", "corrections", "evals", "exports", "feeds", "main",
           "watch", "web"]
