"""The stage reader runs a real local cluster on a few generated captures and reads, for
each stage, the wall time and the CPU of the client and of its workers."""

import json
from pathlib import Path

import pytest
from cluster_stages import main
from generate_captures import write_jsonl

pytest.importorskip("distributed")
pytest.importorskip("psutil")


def test_each_stage_has_its_times(tmp_path: Path, capsys):
    jsonl = tmp_path / "captures.jsonl"
    with open(jsonl, "w", encoding="utf-8") as fh:
        write_jsonl(fh, 40, 0)
    out = tmp_path / "stages.json"
    assert main([str(jsonl), "--db", str(tmp_path / "s.db"), "--part-mib", "0.05",
                 "--json", str(out)]) == 0
    stages = json.loads(out.read_text())["stages"]
    names = [s["stage"] for s in stages]
    assert names[0] == "start" and "parts" in names and "dedupe" in names
    parts = stages[names.index("parts")]
    # a stage of 40 captures may take less CPU than one clock tick (10 ms): each stage's
    # reading is a number, and the run's add up to some CPU on each side
    assert parts["workers_cpu_s"] >= 0 and parts["client_cpu_s"] >= 0
    assert sum(s["workers_cpu_s"] or 0 for s in stages) > 0
    assert sum(s["client_cpu_s"] or 0 for s in stages) > 0
    assert stages[-1]["workers_cpu_s"] is None  # the workers have exited by then
    assert all(s["wall_s"] >= 0 for s in stages)
    assert "parts" in capsys.readouterr().out


def test_a_missing_file_is_refused(tmp_path: Path, capsys):
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "none.jsonl"), "--db", str(tmp_path / "s.db")])
    assert stop.value.code == 2
    assert "no such file" in capsys.readouterr().err
