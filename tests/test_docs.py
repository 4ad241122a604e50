"""The README's command table matches the command line (in the manner of sqlite-utils'
``test_docs.py``): every command is documented, every documented command exists, and every
option the table shows is an option of its command."""

from __future__ import annotations

import re

import click
from conftest import REPO

from sitrep.cli import main

README = (REPO / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group = main, prefix: str = "") -> dict[str, click.Command]:
    """Every leaf command by its full name ("ingest", "eval news", "correct reject")."""
    found: dict[str, click.Command] = {}
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        if isinstance(command, click.Group):
            found |= commands(command, f"{full} ")
        else:
            found[full] = command
    return found


def documented() -> dict[str, set[str]]:
    """Command name -> options shown for it, from the README's command table."""
    groups = {name for name, c in main.commands.items() if isinstance(c, click.Group)}
    table: dict[str, set[str]] = {}
    for row in re.findall(r"^\| (`sitrep .*?) \|", README, re.M):
        for span in re.findall(r"`sitrep ([^`]+)`", row):
            words = span.split()
            name = " ".join(words[:2]) if words[0] in groups else words[0]
            table.setdefault(name, set()).update(re.findall(r"--[a-z][a-z-]*", span))
    return table


def test_every_command_is_in_the_readme_table_and_nothing_else():
    assert set(documented()) == set(commands())


def test_every_option_the_table_shows_exists():
    cli = commands()
    for name, options in documented().items():
        known = {o for p in cli[name].params for o in (*p.opts, *p.secondary_opts)}
        assert options <= known, (name, options - known)
