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


def _ingest_cmd(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "sitrep", "ingest", str(folder), "--db", str(db),
            "--captured-at", "2026-08-20"]


def test_progress_bar_on_a_terminal(tmp_path: Path):
    write_captures(tmp_path / "caps", 40)
    primary, secondary = pty.openpty()
    # a real terminal has a size; a fresh pty is 0 columns wide and tqdm would draw nothing
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    proc = subprocess.Popen(_ingest_cmd(tmp_path / "caps", tmp_path / "a.db"),
                            stdin=subprocess.DEVNULL, stdout=secondary, stderr=secondary)
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
    assert re.search(r"\d+doc \[\d\d:\d\d", out), out  # tqdm's "38doc [00:00, 190doc/s]"
    assert "40 captures ingested" in out


def test_no_progress_bar_when_piped(tmp_path: Path):
    write_captures(tmp_path / "caps", 40)
    proc = subprocess.run(_ingest_cmd(tmp_path / "caps", tmp_path / "b.db"),
                          capture_output=True, text=True, check=True)
    assert proc.stderr == ""
    assert proc.stdout.startswith("40 captures ingested")
