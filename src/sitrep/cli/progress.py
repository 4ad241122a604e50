"""Progress bars for the command line: a tqdm bar on a terminal, nothing when stderr is piped.

A bar says what the time goes to: the stage under way (reading, cleaning, storing,
extracting), the count done, out of the total when it is known (with the time left), and
the rate.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import NamedTuple


class Progress(NamedTuple):
    """A progress bar's ends: ``tick`` once per thing done, ``stage`` when the work moves on
    to another stage, ``note`` for a line printed above the bar, ``close`` at the end."""

    tick: Callable[[object], None]
    close: Callable[[], None]
    stage: Callable[[str], None]
    note: Callable[[str], None]


def progress_callback(total_hint: int | None = None, stage: str = "",
                      unit: str = "doc") -> Progress:
    """A tqdm bar on a terminal, nothing when stderr is piped. ``total_hint`` is the count
    to reach when known (then the bar shows n/total and the time left)."""
    from tqdm import tqdm

    from .messages import printable, say

    shown = sys.stderr.isatty()
    bar = tqdm(total=total_hint, unit=unit, desc=stage or None, disable=not shown,
               file=sys.stderr, leave=False, dynamic_ncols=True)

    def tick(_: object) -> None:
        bar.update(1)

    def set_stage(name: str) -> None:
        bar.set_description_str(name, refresh=True)

    def note(line: str) -> None:
        if shown:
            bar.write(printable(line), file=sys.stderr)
        else:
            say(line, err=True)

    return Progress(tick, bar.close, set_stage, note)
