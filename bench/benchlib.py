"""Small helpers shared by the benchmark scripts in this folder.

Kept free of sitrep imports so that a script can load it before deciding whether it has
anything to do (for example when the shared data set is absent).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import platform
import resource
import statistics
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TypeVar

#: The repository root (the folder holding ``pyproject.toml``).
REPO_ROOT = Path(__file__).resolve().parent.parent
#: Data shared between worktrees lives beside the repository: ``../shared``.
SHARED = REPO_ROOT.parent / "shared"
AEB_DIR = SHARED / "data" / "article-extraction-benchmark"

T = TypeVar("T")


def skip_if_missing(path: Path) -> bool:
    """Print the agreed skip line and return True when ``path`` does not exist."""
    if not path.exists():
        print(f"skipped: {path} not found")
        return True
    return False


def store_probe_parser(doc: str, limit: int) -> argparse.ArgumentParser:
    """The arguments of a script that reads a store (``--db``, read only) with further
    captures (``--jsonl``): ``--limit`` captures read, ``--json`` for the result."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="the store (read only)")
    parser.add_argument("--jsonl", type=Path, required=True,
                        help="further captures, one {\"text\": ...} per line")
    parser.add_argument("--limit", type=int, default=limit, help="captures read (%(default)s)")
    parser.add_argument("--json", type=Path, help="write the result as JSON")
    return parser


def missing_input(*paths: Path) -> bool:
    """Say so on stderr and return True when one of ``paths`` is not a file."""
    for path in paths:
        if not path.is_file():
            print(f"error: no such file: {path}", file=sys.stderr)
            return True
    return False


def source_fingerprint() -> str:
    """SHA-256 (16 hex digits) over all of sitrep's source files."""
    h = hashlib.sha256()
    src = REPO_ROOT / "src" / "sitrep"
    for path in sorted(src.rglob("*.py")):
        h.update(str(path.relative_to(src)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def loaded_code_fingerprint() -> str:
    """SHA-256 (16 hex digits) over the sitrep modules this process has imported.

    Call it in the process that measured, right after the measured work: it names the code
    that actually ran, and ignores edits to modules the benchmark never loads.
    """
    h = hashlib.sha256()
    for name in sorted(n for n in sys.modules if n == "sitrep" or n.startswith("sitrep.")):
        file = getattr(sys.modules[name], "__file__", None)
        if file:
            h.update(name.encode())
            h.update(Path(file).read_bytes())
    return h.hexdigest()[:16]


def check_same_code(fingerprints: Sequence[str]) -> list[str]:
    """The distinct fingerprints of a set of runs; warns when the runs used different code."""
    distinct = sorted(set(fingerprints))
    if len(distinct) > 1:
        print(f"warning: the measured runs loaded {len(distinct)} different versions of sitrep "
              f"({', '.join(distinct)}): its source was edited during the benchmark",
              file=sys.stderr)
    return distinct


def machine_info() -> dict[str, Any]:
    """What a reader needs to put a speed figure in context."""
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "sitrep_source_sha256": source_fingerprint(),
    }


def write_json(path: str | os.PathLike[str] | None, payload: dict[str, Any]) -> None:
    """Write ``payload`` (plus machine info) as pretty JSON when a path was given."""
    if not path:
        return
    doc = {"machine": machine_info(), **payload}
    Path(path).write_text(json.dumps(doc, indent=2, sort_keys=False, default=str) + "\n",
                          encoding="utf-8")
    print(f"wrote {path}")


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def spread(values: Sequence[float]) -> str:
    """``min..max`` of a series, for showing how noisy the repeats were."""
    return f"{min(values):,.1f}..{max(values):,.1f}"


def current_rss_kib() -> int:
    """Resident set size of this process now, in KiB (Linux ``/proc/self/status``)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return peak_rss_kib()  # not Linux: the peak is the best available figure


def peak_rss_kib() -> int:
    """Peak resident set size of this process so far, in KiB (``ru_maxrss`` on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def run_in_child(func: Callable[..., T], *args: Any) -> T:
    """Run ``func(*args)`` in a fresh spawned interpreter and return its result.

    A new process per call keeps measured runs apart: each starts with cold caches and its
    own peak-RSS counter, and nothing one run allocated stays around for the next.
    """
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(func, *args).result()


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the article extraction benchmark."""

    page_id: str
    html: str
    truth: str
    url: str


def iter_aeb_pages(data_dir: Path) -> Iterator[Page]:
    """Pages of the article extraction benchmark, sorted by id, decoded as UTF-8."""
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        with gzip.open(data_dir / "html" / f"{page_id}.html.gz", "rb") as fh:
            html = fh.read().decode("utf-8")
        entry = truth[page_id]
        yield Page(page_id, html, entry.get("articleBody") or "", entry.get("url") or "")


def warmed_benchmark_jobs() -> list[Any]:
    """The benchmark's ground-truth texts as English extraction jobs, after the pipeline has
    loaded and extracted each once: what the speed benches time (``extract_cpu.py``,
    ``extract_instructions.py``), so both time the same work from the same state."""
    from sitrep.extract.runner import ExtractionJob, load_pipeline, run_job

    truth = json.loads((AEB_DIR / "ground-truth.json").read_text())
    jobs = [ExtractionJob(str(i), v["articleBody"], None, "en")
            for i, v in enumerate(truth.values())]
    load_pipeline()
    for job in jobs:
        run_job(job)
    return jobs
