"""What a cluster ingest's processes import: a worker that runs ingest tasks, and the client
of an ingest, must not load the extraction stack (spaCy and the extractors cost about
3 CPU-s a process, paid once per worker per run)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _loaded_after(code: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint(*sys.modules)"],
                         check=True, capture_output=True, text=True, env=env)
    return set(out.stdout.split())


def test_an_ingest_task_does_not_load_the_extraction_stack() -> None:
    loaded = _loaded_after("from sitrep.scale.ingest_part import ingest_part")
    assert "sitrep.scale.ingest_part" in loaded
    assert not {"spacy", "sitrep.extract.runner", "sitrep.scale.extract"} & loaded


def test_the_package_names_still_resolve_when_used() -> None:
    loaded = _loaded_after("from sitrep.scale import cluster_ingest, parse_cluster\n"
                           "assert parse_cluster('local:2').workers == 2")
    assert "sitrep.scale.ingest" in loaded and "spacy" not in loaded
    loaded = _loaded_after("from sitrep.scale import cluster_extract")
    assert "sitrep.scale.extract" in loaded


def test_an_unknown_name_is_an_attribute_error() -> None:
    import pytest

    import sitrep.scale

    with pytest.raises(AttributeError):
        _ = sitrep.scale.no_such_name  # type: ignore[attr-defined]
