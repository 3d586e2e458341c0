"""Run directories medqa did not make, or that another run holds (issue 29): --overwrite keeps foreign
folders and links, a second run of one run_name is refused while the first finishes unharmed, and
leftovers are removed only once their writer is gone. Real processes, real folders."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import DEMO, ROOT

from medqa import rundir

SAMPLE = ROOT / "medqa" / "assets" / "sample_dialogs.jsonl"


def _finetune(out: Path, *extra: str, wait: bool = True):
    args = [sys.executable, "scripts/finetune.py", str(DEMO), f"output_dir={out}", f"data.source={SAMPLE}",
            "eval.run_after_training=false", *extra]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    p = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if not wait:
        return p
    out_, err = p.communicate(timeout=600)
    return subprocess.CompletedProcess(args, p.returncode, out_, err)


def _one_line(r, needle: str) -> str:
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr[-2000:]
    assert len(lines) == 1 and lines[0].startswith("medqa: error: ") and needle in lines[0], r.stderr[-2000:]
    return lines[0]


def test_overwrite_keeps_a_folder_medqa_did_not_make(tmp_path):
    notes = tmp_path / "demo"
    notes.mkdir()
    (notes / "notes.txt").write_text("mine")
    _one_line(_finetune(tmp_path, "--overwrite", "train.max_steps=1"), "not a medqa run directory")
    assert (notes / "notes.txt").read_text() == "mine"


def test_overwrite_through_a_symlink_is_refused(tmp_path):
    target = tmp_path / "elsewhere"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "demo").symlink_to(target)
    _one_line(_finetune(tmp_path / "out", "--overwrite", "train.max_steps=1"), "is a symbolic link")
    assert (target / "notes.txt").read_text() == "mine" and (tmp_path / "out" / "demo").is_symlink()


def _wait_for_lock(p: subprocess.Popen, lock: Path, timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if lock.is_file() and lock.read_text().strip() == str(p.pid):
            return
        assert p.poll() is None, p.communicate()[1][-2000:]
        time.sleep(0.05)
    raise AssertionError("the first run never took its lock")


def test_second_run_is_refused_while_the_first_finishes_unharmed(tmp_path):
    first = _finetune(tmp_path, "train.max_steps=2", "train.save_steps=1", wait=False)
    _wait_for_lock(first, tmp_path / ".demo.lock")
    os.kill(first.pid, signal.SIGSTOP)  # hold it mid-run, so the second surely meets a live run
    try:
        for flags in ([], ["--overwrite"]):
            line = _one_line(_finetune(tmp_path, *flags, "train.max_steps=1"), f"in use by pid {first.pid}")
            assert "run demo" in line
    finally:
        os.kill(first.pid, signal.SIGCONT)
    _, err = first.communicate(timeout=600)
    assert first.returncode == 0, err[-2000:]
    run = tmp_path / "demo"
    metrics = json.loads((run / "metrics.json").read_text())
    assert (run / "adapter" / "adapter_model.safetensors").is_file() and metrics["steps"] == 2
    assert "max_steps: 2" in (run / "config.yaml").read_text()
    assert not (tmp_path / ".demo.lock").exists()  # removed at exit: nothing left beside the run
    # Once the first has exited, the run may be replaced: it is a medqa run directory.
    r = _finetune(tmp_path, "--overwrite", "train.max_steps=1", "train.save_steps=1")
    assert r.returncode == 0, r.stderr[-2000:]
    assert json.loads((run / "metrics.json").read_text())["steps"] == 1


def test_leftovers_of_a_live_writer_are_kept(tmp_path):
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    try:
        mine = tmp_path / f".adapter.tmp.partial-{live.pid}"
        mine.mkdir()
        gone = [tmp_path / f".adapter.tmp.partial-{dead.pid}", tmp_path / f".merged.old-{dead.pid}"]
        for g in gone:
            g.mkdir()
        rundir.remove_leftovers(tmp_path)
        assert mine.is_dir() and not any(g.exists() for g in gone)
    finally:
        live.kill()
        live.wait()
