"""Data medqa did not make (issue 29): an absurd row is counted and dropped without exhausting the
machine, cleaning is linear in a row's length, and folders, pipes and huge lines end in one line."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import DEMO, ROOT

from medqa.config import load_config
from medqa.data import clean
from medqa.data import prepare as data
from medqa.notebook import kaggle_input

SAMPLE = ROOT / "medqa" / "assets" / "sample_dialogs.jsonl"


# Runs the command and writes its peak RSS. Measured from this small launcher, not from pytest: on Linux a
# child's ru_maxrss starts at its parent's peak when it execs (exec_mmap), which would count pytest's own.
LAUNCHER = ("import os, sys; pid = os.posix_spawn(sys.executable, [sys.executable, *sys.argv[2:]], os.environ); "
            "_, status, usage = os.wait4(pid, 0); open(sys.argv[1], 'w').write(str(usage.ru_maxrss * 1024)); "
            "sys.exit(os.waitstatus_to_exitcode(status))")


def _dry_run(source, out: Path, *extra: str):
    """scripts/finetune.py --dry-run as a real process: (completed process, seconds, its peak RSS in bytes)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    r = subprocess.run([sys.executable, "-c", LAUNCHER, str(out / "rss"), "scripts/finetune.py", str(DEMO),
                        "--dry-run", f"data.source={source}", f"output_dir={out}", *extra],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    return r, time.monotonic() - start, int((out / "rss").read_text())


def test_a_256_mib_row_is_counted_and_dropped_within_2_gib_and_60_s(tmp_path, tiny_model_dir):
    """Before: each row was tokenized whole; this file was killed by the kernel at 24 GB, with no medqa line."""
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as f:
        f.write(SAMPLE.read_text(encoding="utf-8"))
        f.write('{"Patient": "My head hurts.", "Doctor": "')
        for _ in range(256):
            f.write("a." * (1 << 19))  # 1 MiB of the text the old cleaning regexes were quadratic in
        f.write('"}\n')
    assert big.stat().st_size > 256 * 2**20
    r, seconds, peak = _dry_run(big, tmp_path / "out")
    assert r.returncode == 0, r.stderr[-2000:]
    assert "1 overlong dropped" in r.stdout + r.stderr
    assert seconds < 60 and peak < 2 * 2**30, (seconds, peak, r.stdout[-1500:], r.stderr[-3000:])


def test_rows_over_the_character_bound_are_cut_before_tokenizing(tokenizer, tmp_path):
    rows = tmp_path / "rows.jsonl"
    limit = data.max_chars(tokenizer, 200)
    rows.write_text('{"Patient": "hi there", "Doctor": "short answer here, fine."}\n' * 3
                    + '{"Patient": "hi", "Doctor": "' + "word " * limit + '"}\n', encoding="utf-8")
    for mode, dropped, truncated in (("drop", 1, 0), ("truncate", 0, 1)):
        cfg = load_config(DEMO, [f"data.source={rows}", f"data.overlong={mode}", "data.clean.enabled=false"])
        _, _, stats = data.prepare(cfg.data, tokenizer, 200)
        assert (stats.overlong_dropped, stats.overlong_truncated) == (dropped, truncated), mode


def test_a_line_over_the_hard_limit_ends_in_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(data, "MAX_LINE_BYTES", 2**20)
    rows = tmp_path / "rows.jsonl"
    rows.write_bytes(b'{"Patient": "a", "Doctor": "b"}\n' * 3 + b'{"Patient": "' + b"x" * (3 << 20) + b'"}\n')
    cfg = load_config(DEMO, [f"data.source={rows}"])
    with pytest.raises(data.DataError, match="has a line over 1 MiB near line 4"):
        data.check_data_file(cfg.data)


@pytest.mark.parametrize("kind", ["directory", "root", "fifo"])
def test_folders_and_pipes_are_refused_in_one_line_without_reading(tmp_path, kind, tiny_model_dir):
    source = {"directory": tmp_path / "data", "root": Path("/"), "fifo": tmp_path / "rows.jsonl"}[kind]
    if kind == "directory":
        source.mkdir()
        (source / "rows.jsonl").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    elif kind == "fifo":
        os.mkfifo(source)  # opening it would block until someone writes: it must not be opened
    r, seconds, _ = _dry_run(source, tmp_path / "out")
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 2 and len(lines) == 1 and "Traceback" not in r.stderr, r.stderr[-2000:]
    assert ("is a directory" if kind != "fifo" else "is not a regular file") in lines[0]
    assert seconds < 60


@pytest.mark.parametrize("unit", ["a.", "a-", "x@", "Dr "])
def test_cleaning_is_linear_in_the_answer_length(unit):
    """Before: 16 KB of "a." took 23 s and "a-" 28 s (quadratic); 256 KB must now take well under a minute."""
    text = unit * (128 * 1024 // len(unit) * 2)
    start = time.monotonic()
    clean.clean_answer(text)
    clean.claims_doctor(text)
    clean.has_url_or_site(text)
    assert time.monotonic() - start < 10


def test_a_csv_header_over_128_kb_is_just_unreadable(tmp_path):
    f = tmp_path / "wide.csv"
    f.write_text("x" * 200_000 + ",Doctor\nhi,there\n", encoding="utf-8")
    assert kaggle_input.columns(f) == []
