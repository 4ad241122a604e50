"""A progress bar on a terminal, none when piped."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

from synth import write_captures


def _env() -> dict[str, str]:
    """This checkout's sources for the ``sitrep`` the test starts, whatever is installed."""
    src = str(Path(__file__).resolve().parents[1] / "src")
    return {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (src, os.environ.get("PYTHONPATH")) if p)}


def _ingest_cmd(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "sitrep", "ingest", str(folder), "--db", str(db),
            "--captured-at", "2026-08-20"]


def test_progress_bar_on_a_terminal(tmp_path: Path):
    write_captures(tmp_path / "caps", 40)
    primary, secondary = pty.openpty()
    # a real terminal has a size; a fresh pty is 0 columns wide and tqdm would draw nothing
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    proc = subprocess.Popen(_ingest_cmd(tmp_path / "caps", tmp_path / "a.db"),
                            stdin=subprocess.DEVNULL, stdout=secondary, stderr=secondary,
                            env=_env())
    os.close(secondary)
    chunks = []
    while True:
        try:
            data = os.read(primary, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(primary)
    out = b"".join(chunks).decode(errors="replace")
    assert proc.returncode == 0
    # each stage by name, with the count and the rate: "storing: 40capture [00:01, 29capture/s]"
    for stage in ("reading", "cleaning", "storing"):
        assert re.search(stage + r": \d+capture \[\d\d:\d\d, [\d.?]+capture/s\]", out), out
    # and in the order they come, to the findings computed once at the end
    order = ["reading", "cleaning", "storing", "extracting (loading the rules)", "extracting:",
             "computing the findings"]
    assert [out.find(name) for name in order] == sorted(out.find(name) for name in order), out
    assert -1 not in [out.find(name) for name in order], out
    # extraction knows its total: the count out of it, the time left and the rate (the bar
    # is cleared at the end, so its last drawing may be short of 40/40)
    assert re.search(r"extracting: +\d+%.*\| [1-9]\d*/40 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+"
                     r"(article/s|s/article)\]", out), out
    assert "40 captures ingested" in out


def test_no_progress_bar_when_piped(tmp_path: Path):
    write_captures(tmp_path / "caps", 40)
    proc = subprocess.run(_ingest_cmd(tmp_path / "caps", tmp_path / "b.db"),
                          capture_output=True, text=True, check=True, env=_env())
    assert proc.stderr == ""
    assert proc.stdout.startswith("40 captures ingested")
