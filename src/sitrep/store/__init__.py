"""The store: SQLite in WAL mode with FTS5. The only package that holds SQL."""
