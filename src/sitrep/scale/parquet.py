"""Rows to Parquet files and back, written atomically.

Why atomic: a task may be retried, or run twice when a worker is thought lost and comes
back; a file is written under a temporary name and renamed into place, so a reader sees a
whole file or none. The same task writes the same bytes, so whichever attempt wins, the
result is the same.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

Row = tuple[Any, ...]


def write_rows(path: Path, columns: Sequence[str], rows: Sequence[Row]) -> None:
    """Write ``rows`` (tuples in the order of ``columns``) as one Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    values = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    table = pa.table({name: pa.array(list(col)) for name, col in zip(columns, values,
                                                                      strict=True)})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def read_rows(path: Path, columns: Sequence[str] | None = None
              ) -> tuple[tuple[str, ...], list[Row]]:
    """The column names and the rows of one Parquet file (``columns``: only these)."""
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=list(columns) if columns else None)
    data = table.to_pydict()
    names = tuple(table.column_names)
    return names, list(zip(*(data[n] for n in names), strict=True))
