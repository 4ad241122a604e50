"""The ``sitrep`` click group and what its commands share: the options every command
spells the same way, opening the store, and printing a table.

Command modules import from here and register themselves on :data:`main`; this module
imports none of them, so there is no import cycle (``cli/__init__`` ties them together).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..errors import RAISE_INTERNAL_ENV, SitrepError, raise_internal_errors
from ..store import DEFAULT_DB, Store
from .messages import printable, say

F = TypeVar("F", bound=Callable[..., Any])

#: Exit code of a command stopped by an unexpected exception (a bug, or a damaged store);
#: 1 stays for "something was refused", so that scripts can tell the two apart.
EXIT_INTERNAL = 2


class SitrepGroup(click.Group):
    """The ``sitrep`` group: an unexpected exception ends the command with one line on
    stderr and exit code 2, not a traceback (``SITREP_RAISE_INTERNAL=1`` shows it)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            if raise_internal_errors() or (isinstance(exc, OSError)
                                           and exc.errno == errno.EPIPE):
                raise  # click itself handles a closed pipe (``sitrep articles | head``)
            say(f"sitrep: internal error, please report it: {type(exc).__name__}: {exc} "
                f"(set {RAISE_INTERNAL_ENV}=1 to see where)", err=True)
            ctx.exit(EXIT_INTERNAL)


def _store_path(default: str) -> Callable[[click.Context, click.Parameter, str | None], str]:
    """The store a command uses: its own ``--db``, else the one given before the command
    (``sitrep --db X articles``, as in git and docker), else $SITREP_DB, else ``default``."""
    def resolve(ctx: click.Context, _: click.Parameter, value: str | None) -> str:
        if value is not None:
            return value
        return ctx.find_root().params.get("db") or default
    return resolve


def db_option(default: str = DEFAULT_DB) -> Callable[[F], F]:
    return click.option(
        "--db", "db", envvar="SITREP_DB", default=None, show_default=default,
        callback=_store_path(default), type=click.Path(dir_okay=False),
        help="The store (SQLite file); also before the command, or $SITREP_DB.")


def format_option(f: F) -> F:
    return click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]),
                        default="table", show_default=True,
                        help="table for reading, jsonl (one JSON object a line) for scripts.")(f)


def workers_option_with(help_text: str) -> Callable[[F], F]:
    """``--workers N|auto``, shared by every command that runs a stage in processes, with
    the help of the command (ingest uses it for more than extraction)."""
    def option(f: F) -> F:
        return click.option("--workers", default="auto", show_default=True, metavar="N|auto",
                            help=help_text)(f)
    return option


workers_option = workers_option_with(
    "Processes for extraction: auto uses one per core from 1,000 articles on, N uses N, "
    "0 one per core.")


class DateParam(click.ParamType):
    """A day, as an ISO date ("2026-05-01", "2026-05" for its first day, or a date-time),
    or counted back from now ("7d", "24h", "2w", "yesterday", "today"). The value is the
    ISO day; anything else is refused with the forms accepted, never read as no filter."""

    name = "date"
    FORMS = "an ISO date (2026-05-01, 2026-05), Nd, Nh or Nw (7d, 24h, 2w), yesterday or today"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        import re
        from datetime import date, datetime, timedelta

        text = str(value).strip().lower()
        now = datetime.now()
        named = {"today": 0, "yesterday": 1}
        if text in named:
            return (now.date() - timedelta(days=named[text])).isoformat()
        relative = re.fullmatch(r"(\d{1,5})\s*([hdw])", text)
        if relative:
            amount = int(relative.group(1))
            unit = {"h": "hours", "d": "days", "w": "weeks"}[relative.group(2)]
            return (now - timedelta(**{unit: amount})).date().isoformat()
        try:
            if re.fullmatch(r"\d{4}-\d{2}", text):
                return date.fromisoformat(text + "-01").isoformat()
            return datetime.fromisoformat(text.upper()).date().isoformat()
        except ValueError:
            self.fail(f"{value!r} is not a date: give {self.FORMS}", param, ctx)


def near(name: str, known: set[str]) -> str:
    """A hint naming the known values closest to ``name`` (case aside), if any."""
    import difflib

    by_fold = {k.casefold(): k for k in known}
    close = difflib.get_close_matches(name.casefold(), list(by_fold), n=3, cutoff=0.75)
    if not close:
        return ""
    return "; did you mean " + " or ".join(repr(by_fold[c]) for c in close) + "?"


def check_subject(store: Store, subject: str | None) -> None:
    """Refuse a ``--subject`` that no subject in the store contains: a typo must not look
    like an event with nothing to show."""
    if not subject:
        return
    known = store.known_subjects()
    if not any(subject.casefold() in k.casefold() for k in known):
        raise click.ClickException(printable(
            f"no subject contains {subject!r}{near(subject, known)} (see sitrep figures)"))


def _open(db: str, *, create: bool = False) -> Store:
    """The store at ``db``. Only a command that adds captures creates one: a typo in
    ``--db`` must not look like an empty store (and leave a file behind)."""
    if not create and not os.path.exists(db):
        raise click.ClickException(printable(
            f"no store at {db}: ingest something first (sitrep ingest PATH --db {db})"))
    try:
        return Store(db)
    except SitrepError as exc:
        raise click.ClickException(printable(str(exc))) from exc


@click.group(cls=SitrepGroup,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="sitrep")
@click.option("--db", "db", envvar="SITREP_DB", default=None, type=click.Path(dir_okay=False),
              help="The store for the command that follows (it may also take --db itself).")
def main(db: str | None) -> None:
    """sitrep: raw news in; who said which figure, when, and where sources disagree, out.

    \b
    Quick tour:
      sitrep demo                         ingest the bundled sample corpus
      sitrep ingest captures/ --captured-at 2025-08-18
      sitrep articles --format jsonl      one JSON object per article
      sitrep show a1b2c3                  an article, its source and what was removed
    """


#: Columns never cut: ids, dates and codes must stay whole to be copied or compared.
_WHOLE = frozenset({"id", "published", "stated", "lang", "at", "when", "kind", "articles",
                    "value", ""})
#: Widest a free-text column grows when the output is piped (no terminal to fit).
_PIPED_MAX = 80


def _width() -> int | None:
    """The width to fit: $COLUMNS when set, the terminal's when stdout is one, else none
    (piped output keeps whole values, up to :data:`_PIPED_MAX` a column)."""
    import shutil
    import sys

    if os.environ.get("COLUMNS", "").isdigit():
        return max(int(os.environ["COLUMNS"]), 20)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def _fit(natural: list[int], whole: list[bool], width: int | None) -> list[int]:
    """Column widths that fit ``width``: the widest free-text column gives up a character
    at a time (to no less than 4) until the row fits; only then are dates and values cut,
    and the first column (the id) never is. Piped, with no width to fit, a free-text column
    is capped at :data:`_PIPED_MAX`."""
    sizes = [n if w or width else min(n, _PIPED_MAX) for n, w in zip(natural, whole,
                                                                    strict=True)]
    if width is None:
        return sizes
    room = width - 2 * (len(sizes) - 1)  # two spaces between columns
    for cuttable in ([not w for w in whole], [i > 0 for i in range(len(sizes))]):
        while sum(sizes) > room:
            free = [i for i, c in enumerate(cuttable) if c and sizes[i] > 4]
            if not free:
                break
            sizes[max(free, key=lambda i: sizes[i])] -= 1
    return sizes


def _cell(text: str, size: int) -> str:
    """``text`` in exactly ``size`` terminal cells: padded, or cut with "…" (wide characters
    count two cells, as the terminal draws them)."""
    if text.isascii():  # one cell a character: the common case, ten times faster
        return text.ljust(size) if len(text) <= size else text[:size - 1] + "…"
    from rich.cells import cell_len, set_cell_size

    if cell_len(text) <= size:
        return set_cell_size(text, size)
    return set_cell_size(text, size - 1) + "…"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]],
           legend: str | None = None) -> None:
    """Print rows under a header, fitted to the terminal: long text is cut with "…" (ids
    and dates only when nothing else is left to cut); plain text, no colour, when stdout is
    not a terminal. ``legend`` explains the notation the rows use, after them.

    Rendered here with rich's cell widths rather than as a rich ``Table``: the table
    layout costs about a millisecond a row, ten seconds for a store of 10,000 articles."""
    import sys

    from rich.cells import cell_len

    def cell_width(text: str) -> int:
        return len(text) if text.isascii() else cell_len(text)

    width = _width()
    cells = [[printable(str(v)) for v in row] for row in rows]
    natural = [max(map(cell_width, col)) for col in zip(header, *cells, strict=False)]
    sizes = _fit(natural, [name in _WHOLE for name in header], width)
    head = "  ".join(_cell(h, n) for h, n in zip(header, sizes, strict=True)).rstrip()
    lines = [click.style(head, bold=True) if sys.stdout.isatty() else head]
    lines += ["  ".join(_cell(v, n) for v, n in zip(row, sizes, strict=True)).rstrip()
              for row in cells]
    click.echo("\n".join(lines))
    if legend:
        import textwrap

        for line in textwrap.wrap(legend, width) if width else [legend]:
            say(line)
