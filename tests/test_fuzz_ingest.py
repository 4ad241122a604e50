"""Hostile input never crashes ingest or costs a good document.

A seeded generator (``tests/fuzzgen.py``) writes hundreds of malformed inputs of every class
sitrep has met or could meet (lying charsets, lone surrogates, 100,000-deep JSON, cut WARCs,
link loops, FIFOs, file names that forge refusal lines...) mixed with good articles, and a
real ``sitrep ingest`` runs over them in a subprocess, with ``SITREP_RAISE_INTERNAL=1`` so
that an internal error is a traceback here rather than an E013 line. Then, file by file:
every good document is in the SQLite store, every bad input is refused on stderr with a code
and its name, and stderr carries no traceback and no raw control character.

A failure lists each file that went wrong (token, class, path, what happened) and a table of
classes; ``python tests/fuzzgen.py --classes NAME --out DIR`` rebuilds a single class to
work on.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fuzzgen import (
    CLASSES,
    GOOD_KINDS,
    Manifest,
    RunResult,
    Verdict,
    class_table,
    generate,
    judge,
    run_ingest,
)

SEED = 20270514
COUNT = 520  # malformed inputs; about a quarter as many good files come with them
TIMEOUT_S = 180  # a blocking FIFO must not hang the suite


def _report(m: Manifest, r: RunResult, v: Verdict, limit: int = 40) -> str:
    lines = [f"{len(v.problems)} problems; exit code {r.returncode}; {r.seconds:.1f} s; "
             f"good stored {v.good_stored}/{v.good}; refusals found "
             f"{v.bad_refusals_seen}/{v.bad_refusals}; codes {v.refused_by_code}",
             *v.problems[:limit]]
    if len(v.problems) > limit:
        lines.append(f"... and {len(v.problems) - limit} more")
    lines += ["", class_table(m, v)]
    return "\n".join(lines)


def test_hostile_inputs_never_crash_ingest_nor_cost_a_good_document(tmp_path: Path):
    m = generate(SEED, COUNT, tmp_path / "fuzz")
    assert m.inputs >= 500
    good_files = sum(1 for f in m.files if f.good)
    assert good_files >= 0.1 * len(m.files)
    r = run_ingest(m, tmp_path / "fuzz.db", extract=False, timeout=TIMEOUT_S)
    v = judge(m, r)
    if v.problems:
        pytest.fail(_report(m, r, v), pytrace=False)
    assert r.returncode == 1, "inputs were refused, so the exit code must say so"


def test_hostile_inputs_with_extraction_on(tmp_path: Path):
    """A smaller set with extraction: a stored hostile document must not break extraction."""
    m = generate(SEED + 1, len(CLASSES) + 8, tmp_path / "fuzz")
    r = run_ingest(m, tmp_path / "fuzz.db", extract=True, timeout=TIMEOUT_S)
    v = judge(m, r)
    failures = [line for line in r.stderr.splitlines() if " E012 " in line]
    if v.problems or failures:
        pytest.fail(_report(m, r, v) + "\n" + "\n".join(failures), pytrace=False)


def _tree(root: Path) -> dict[bytes, bytes]:
    """Every name under ``root`` with its bytes (a link: its target, the root taken out)."""
    base = os.fsencode(root)
    found: dict[bytes, bytes] = {}
    for dirpath, dirs, files in os.walk(base):
        for name in [*dirs, *files]:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, base)
            if os.path.islink(path):
                found[rel] = b"-> " + os.readlink(path).replace(base, b"ROOT")
            elif os.path.isfile(path):
                with open(path, "rb") as fh:
                    found[rel] = fh.read()
            else:
                found[rel] = b"(not a regular file)"
    return found


def test_the_generator_is_deterministic_and_covers_every_class(tmp_path: Path):
    a = generate(7, len(CLASSES) + 8, tmp_path / "a")
    b = generate(7, len(CLASSES) + 8, tmp_path / "b")
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    assert [f.as_dict()["expects"] for f in a.files] == [f.as_dict()["expects"] for f in b.files]
    families = {c[0] for c in CLASSES}
    made = {f.cls for f in a.files}
    for family in families:
        assert any(cls.startswith(family.split("_")[0]) for cls in made), family
    assert {f"good_{k}" for k in GOOD_KINDS} <= made
    markers = a.good_markers
    assert len(markers) == len(set(markers)), "every good document has its own marker"
