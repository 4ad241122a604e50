"""Applying the schema's migrations (:mod:`.schema`) to a store, one version at a time."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from ..errors import SchemaTooNewError
from .schema import _MIGRATIONS, SCHEMA_VERSION


def schema_version(db: sqlite3.Connection) -> int:
    """The version of the schema a store holds (0 for a new, empty file)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite3.Connection, path: Path) -> None:
    """Bring the schema up to date; call inside an immediate transaction.

    The version is read again here, inside the transaction that migrates, so that two
    processes opening a new store at once do not both create it: the second waits for the
    first's write lock, then finds the schema current."""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"{path} has schema version {version}; this sitrep knows up to "
            f"{SCHEMA_VERSION}. Upgrade sitrep to read it.")
    for number in range(version, SCHEMA_VERSION):
        for statement in _split_sql(_MIGRATIONS[number]):
            if not _adds_a_column_there(db, statement):
                db.execute(statement)
    if version < SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


_ADD_COLUMN = re.compile(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", re.IGNORECASE)


def _adds_a_column_there(db: sqlite3.Connection, statement: str) -> bool:
    """Whether ``statement`` adds a column its table already has: the other migrations
    can run again ("IF NOT EXISTS"), and SQLite has no such clause for a column."""
    adds = _ADD_COLUMN.match(statement)
    return adds is not None and any(
        row[1] == adds.group(2) for row in db.execute(f"PRAGMA table_info({adds.group(1)})"))


def _split_sql(script: str) -> list[str]:
    """The statements of a script; a trigger's body holds semicolons of its own, so a
    statement ends where SQLite says one is complete, not at every semicolon."""
    statements, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip())
            pending = ""
    return statements
