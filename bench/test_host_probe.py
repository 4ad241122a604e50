"""The host probe times its fixed work and writes one reading a line, to the screen and to
the log it is given."""

import json
from pathlib import Path

import pytest
from host_probe import main, read_once


def test_a_reading_times_real_work():
    reading = read_once()
    assert reading.wall_ms > 1.0 and reading.cpu_ms > 1.0
    assert reading.cpu_ms <= reading.wall_ms * 1.5 + 5


def test_readings_go_to_the_screen_and_the_log_as_json(tmp_path: Path, capsys):
    log = tmp_path / "probe.log"
    assert main(["--count", "2", "--every", "0", "--json", "--log", str(log)]) == 0
    shown = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(shown) == 2 and all(r["wall_ms"] > 0 for r in shown)
    assert [json.loads(line) for line in log.read_text().splitlines()] == shown


def test_a_negative_interval_is_refused(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--every", "-1", "--count", "1"])
    assert stop.value.code == 2
    assert "cannot be negative" in capsys.readouterr().err
