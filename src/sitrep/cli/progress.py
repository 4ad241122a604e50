"""Progress bars for the command line: a tqdm bar on a terminal, nothing when stderr is piped."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import NamedTuple


class Progress(NamedTuple):
    """A progress bar's two ends: ``tick`` once per thing done, ``close`` at the end."""

    tick: Callable[[object], None]
    close: Callable[[], None]


def progress_callback(total_hint: int | None = None) -> Progress:
    """A tqdm bar on a terminal, nothing when stderr is piped."""
    from tqdm import tqdm

    bar = tqdm(total=total_hint, unit="doc", disable=not sys.stderr.isatty(), file=sys.stderr,
               leave=False)

    def tick(_: object) -> None:
        bar.update(1)

    return Progress(tick, bar.close)
