"""What the command line prints: one message, one line, control characters made visible.

Why: file names, titles and page text are chosen by whoever made the input. A name holding
a newline could forge a ``refused:`` line that a script then trusts, and one holding an
escape sequence could recolour or erase the terminal. Every human-readable line the CLI
prints goes through :func:`say`; JSON output is escaped by ``json.dumps`` already.
"""

from __future__ import annotations

import re

import click

# C0 and C1 controls, line and paragraph separators, bidirectional overrides (which can
# reorder what a reader sees) and lone surrogates (which cannot be printed as UTF-8)
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` with each control character written as its Python escape (``\\n``,
    ``\\x1b``, ``\\u202e``), so that it stays on one line and changes nothing on screen."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"),
                            text)


def say(message: str, err: bool = False) -> None:
    """Print one line (to stderr with ``err``), control characters escaped."""
    click.echo(printable(message), err=err)
