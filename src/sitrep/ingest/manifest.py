"""Manifests: JSON Lines naming capture files with their capture time, outlet and URL, checked
line by line (a bad line refused with its number, the others kept)."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from typing import NamedTuple

from ..documents import Locator, Refusal
from ..errors import Reason
from .captures import clean_str
from .files import display_path, open_input, os_error
from .jsonl import bounded_lines, json_object, type_name, wrong_types
from .options import ManifestEntry, parse_timestamp

#: The longest manifest line; a manifest entry is a path and three short fields.
_MANIFEST_LINE = 1 << 20


class Manifest(NamedTuple):
    """A manifest read: entries by the real path of the file each names, and refused lines."""

    entries: dict[str, ManifestEntry]
    refusals: list[Refusal]


class _Keyed(NamedTuple):
    """One manifest line: the real path of the file it names, and what it says of it."""

    path: str
    entry: ManifestEntry


def load_manifest(path: str | os.PathLike[str]) -> Manifest:
    """Read a manifest: JSON Lines of ``{"path", "captured_at", "outlet", "url"}``.

    Paths are relative to the manifest's folder. Analysts keep such lists beside their
    captures; it gives each file a capture time that file timestamps cannot. A line that is
    not such an object (bad JSON, a value of the wrong type, a bad timestamp or URL) is
    refused with its line number; the other lines still apply.
    """
    label = display_path(path)
    entries: dict[str, ManifestEntry] = {}
    refusals: list[Refusal] = []
    try:
        base = os.path.dirname(os.path.realpath(path))
    except ValueError as exc:  # a NUL byte in the name
        return Manifest(entries, [Refusal(Reason.UNREADABLE, Locator(label), str(exc))])
    opened = open_input(os.fspath(path), label, regular_only=False)
    if isinstance(opened, Refusal):
        return Manifest(entries, [opened])
    fh, info = opened
    with fh:
        try:
            for no, line in bounded_lines(fh, _MANIFEST_LINE, not stat.S_ISREG(info.st_mode)):
                where = Locator(label, line=no)
                if line == b"":
                    refusals.append(Refusal(Reason.TOO_LARGE, where,
                                            "manifest line too long; stopped reading a stream "
                                            "that is not a regular file"))
                    break
                if line is None:
                    refusals.append(Refusal(Reason.TOO_LARGE, where,
                                            f"manifest line longer than {_MANIFEST_LINE:,} bytes"))
                    continue
                if not line.strip():
                    continue
                parsed = _manifest_line(line, base)
                if isinstance(parsed, _Keyed):
                    entries[parsed.path] = parsed.entry
                else:
                    refusals.append(replace(parsed, locator=where))
        except OSError as exc:
            refusals.append(Refusal(Reason.UNREADABLE, Locator(label), os_error(exc)))
    return Manifest(entries, refusals)


def _manifest_line(line: bytes, base: str) -> _Keyed | Refusal:
    """One manifest line (paths relative to ``base``), or why it is refused (no locator yet)."""
    nowhere = Locator("")
    obj = json_object(line, nowhere)
    if isinstance(obj, Refusal):
        return replace(obj, detail=f"manifest entry: {obj.detail}")
    rel = obj.get("path")
    if not isinstance(rel, str) or not rel.strip() or "\x00" in rel:
        return Refusal(Reason.MISSING_FIELD, nowhere,
                       f"manifest entry: 'path' must be a non-empty string, not {type_name(rel)}"
                       if not isinstance(rel, str) else
                       "manifest entry: 'path' must name a file")
    problem = wrong_types(obj, ("captured_at", "outlet", "url"))
    if problem:
        return Refusal(Reason.MISSING_FIELD, nowhere, f"manifest entry: {problem}")
    when, has_time = None, True
    if obj.get("captured_at"):
        try:
            when, has_time = parse_timestamp(obj["captured_at"])
        except ValueError as exc:
            return Refusal(Reason.MISSING_FIELD, nowhere,
                           f"manifest entry: 'captured_at' is not an ISO date or date-time "
                           f"({exc})")
    url = clean_str(obj.get("url"))  # kept as given even when unparsable: see url_problem
    try:
        key = os.path.realpath(os.path.join(base, rel))
    except (ValueError, OSError) as exc:
        return Refusal(Reason.MISSING_FIELD, nowhere, f"manifest entry: 'path': {exc}")
    return _Keyed(key, ManifestEntry(when, has_time, clean_str(obj.get("outlet")), url))

