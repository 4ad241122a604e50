"""Prove a faster ingest worker prepares the same captures, and measure its CPU time.

Why: the per-capture work of an ingest (clean, fingerprint, keys: what the worker
processes of ``sitrep ingest --workers N`` run) is most of the CPU a large ingest spends.
A change made only to make it cheaper must not move one character of a clean text, one
offset, a language, a MinHash value, a band key, a passage key or a translation key.

This script prepares the same generated captures (``generate_captures.py``, read through
the JSON Lines reader as ``bench/million.py`` reads them) with this checkout and with
``--other`` (a src folder, e.g. an unpacked ``git archive main src``), each in its own
process, in the chunks an ingest of two workers hands out. Every result is written out
whole (every field of every dataclass; sets sorted, so that string hashing does not
reorder them) and hashed, one digest per capture, and the two lists are compared.

``--real`` adds every capture of the sample corpus, the seeds, the pages of the article
extraction benchmark (HTML) and the news-dev pages (several languages) when present: the
generated captures are English plain text only.

``--runs N`` then times both checkouts N times each, interleaved (the machine is shared),
and reports the medians of CPU seconds per 1,000 captures.

    python bench/worker_identity.py --other /work/scratch/speed-main/src --count 3000 --runs 5
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchlib import AEB_DIR, REPO_ROOT, SHARED, median

#: Captures per call of ``prepare_captures``: a batch of 1,000 cut for two workers.
CHUNK = 125


def canonical(value: Any) -> Any:
    """``value`` as plain, ordered data: dataclasses by field, sets sorted, bytes as hex."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [type(value).__name__] + [canonical(getattr(value, f.name))
                                          for f in dataclasses.fields(value)]
    if isinstance(value, (set, frozenset)):
        return sorted(canonical(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return repr(value)


def load_captures(count: int, seed: int) -> list[Any]:
    """The first ``count`` generated captures, read as ``bench/million.py`` reads them."""
    from million import CAPTURED_AT_TEXT, GeneratedJsonl

    from sitrep.ingest.readers import ReadOptions, read_stream

    args = argparse.Namespace(count=count, seed=seed)
    options = ReadOptions(captured_at=__import__("datetime").datetime.fromisoformat(
        CAPTURED_AT_TEXT), captured_at_has_time=False)
    stream = io.BufferedReader(GeneratedJsonl(args.count, args.seed), 1 << 20)
    return [item for item in read_stream(stream, f"generated-seed-{seed}.jsonl", options)]


def load_real() -> list[Any]:
    """The captures of the real and hand-written inputs on this machine, in a fixed order."""
    from datetime import datetime

    from million import CAPTURED_AT_TEXT

    from sitrep.documents import Capture
    from sitrep.ingest.readers import ReadOptions, iter_inputs, load_manifest, read_stream

    corpus = REPO_ROOT / "corpus"
    options = ReadOptions(captured_at=datetime.fromisoformat(CAPTURED_AT_TEXT),
                          captured_at_has_time=False,
                          manifest=load_manifest(corpus / "manifest.jsonl")[0],
                          manifest_path=str(corpus / "manifest.jsonl"))
    folders = [corpus / "txt", corpus / "html", corpus / "warc", corpus / "feeds",
               SHARED / "seeds", AEB_DIR / "html"]
    items = list(iter_inputs([str(f) for f in folders if f.is_dir()], options))
    pages = sorted((SHARED / "data" / "news-dev").glob("*/pages/*.json"))
    lines = b"".join(json.dumps({"text": json.loads(p.read_text())["text"]}).encode() + b"\n"
                     for p in pages)
    items += read_stream(io.BufferedReader(io.BytesIO(lines)), "news-dev.jsonl", options)
    return [item for item in items if isinstance(item, Capture)]


def prepare_all(captures: list[Any]) -> list[Any]:
    """Every capture prepared, chunk by chunk as a pool would hand them out."""
    from sitrep.ingest.prepare import prepare_captures

    out: list[Any] = []
    for i in range(0, len(captures), CHUNK):
        out.extend(prepare_captures(captures[i:i + CHUNK]))
    return out


def child(mode: str, count: int, seed: int) -> None:
    """In the checkout's own process: print the digests, or the CPU seconds of one pass
    ("real": the digests of the real inputs)."""
    captures = load_real() if mode == "real" else load_captures(count, seed)
    if mode in ("dump", "real"):
        for result in prepare_all(captures):
            text = json.dumps(canonical(result), ensure_ascii=False)
            print(hashlib.sha256(text.encode()).hexdigest())
        return
    prepare_all(captures[:CHUNK])  # load the models and the lazy imports first
    start = time.process_time()
    prepare_all(captures)
    print(json.dumps({"cpu_s": time.process_time() - start}))


def run(src: str, mode: str, count: int, seed: int) -> str:
    """Run :func:`child` with ``src`` first on the path; its standard output."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([src, str(REPO_ROOT / "bench")]))
    code = (f"import worker_identity as w; w.child({mode!r}, {count}, {seed})")
    return subprocess.run([sys.executable, "-c", code], env=env, check=True,
                          capture_output=True, text=True).stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--other", required=True, help="the src folder to compare with")
    parser.add_argument("--count", type=int, default=3000, help="captures (3000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=0, help="timed runs of each (0: none)")
    parser.add_argument("--timed-count", type=int, default=None,
                        help="captures of each timed run (default: --count)")
    parser.add_argument("--real", action="store_true",
                        help="also compare the real inputs found on this machine")
    parser.add_argument("--json", help="write the results here")
    args = parser.parse_args(argv)
    here = str(REPO_ROOT / "src")
    mine, theirs = (run(src, "dump", args.count, args.seed).split() for src in (here, args.other))
    differ = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
    print(f"{len(mine)} captures prepared; {len(differ)} differ"
          + (f" (first: {differ[:10]})" if differ else ""))
    result: dict[str, Any] = {"count": args.count, "differ": len(differ)}
    if args.real:
        mine, theirs = (run(src, "real", 0, 0).split() for src in (here, args.other))
        real = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
        print(f"{len(mine)} real captures prepared; {len(real)} differ"
              + (f" (first: {real[:10]})" if real else ""))
        result.update(real=len(mine), real_differ=len(real))
        differ += real
    if args.runs:
        timed = args.timed_count or args.count
        cpu: dict[str, list[float]] = {"other": [], "this": []}
        for _ in range(args.runs):
            for name, src in (("other", args.other), ("this", here)):
                spent = json.loads(run(src, "cpu", timed, args.seed))["cpu_s"]
                cpu[name].append(round(spent * 1000 / timed, 3))
                print(f"{name}: {cpu[name][-1]:.3f} CPU s per 1,000 captures", flush=True)
        result["cpu_s_per_1000"] = cpu
        result["median"] = {k: median(v) for k, v in cpu.items()}
        result["ratio"] = round(result["median"]["other"] / result["median"]["this"], 3)
        print(f"medians: other {result['median']['other']:.3f}, this "
              f"{result['median']['this']:.3f} CPU s per 1,000; other/this {result['ratio']}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
