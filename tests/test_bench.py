"""The benchmark runs on the tiny model on CPU and writes well-formed results (not a speed test)."""

import json

import pytest
from conftest import DEMO, run_script


def test_benchmark_writes_json_table_and_chart(tmp_path):
    pytest.importorskip("matplotlib")
    out = tmp_path / "bench"
    r = run_script("scripts/benchmark.py", "--recipe", str(DEMO), "--model", "synthetic:tiny-llama-3.1",
                   "--paths", "peft,medqa", "--rows", "96", "--batch", "4",
                   "--max-length", "512", "--out", str(out))
    assert r.returncode == 0, r.stderr[-3000:]
    data = json.loads((out / "results.json").read_text())
    assert data["meta"]["versions"]["transformers"]
    paths = {row["path"]: row for row in data["results"]}
    assert set(paths) == {"peft", "medqa"}
    for row in paths.values():
        assert row["useful_tokens_per_s"] > 0 and row["padded_tokens_per_s"] >= row["useful_tokens_per_s"]
        assert 0 <= row["padding_fraction"] < 1 and row["timed_steps"] > 0
        # the timed epoch's steps alone: the worst-case steps after it are not counted in
        assert row["timed_steps"] == len(row["step_seconds"]) == len(row["step_shapes"]) == len(row["step_new_graphs"])
        assert row["steps_useful_tokens_per_s"] >= row["useful_tokens_per_s"]
        # the default warm-up is one whole epoch over the same batches: the timed one meets no new shape
        assert row["warmup_steps"] == "epoch" and row["warmup_step_shapes"] == row["step_shapes"]
        assert row["warmup_useful_tokens_per_s"] > 0 and row["warmup_compile_steps"] == []  # nothing compiles on CPU
        # what a user gets: the first epoch after step 1 beside the timed epoch over the same steps
        assert row["after_step_1_steps"] == f"2..{row['timed_steps']}"
        first = row["first_epoch_after_step_1_useful_tokens_per_s"]
        timed = row["timed_after_step_1_useful_tokens_per_s"]
        assert first > 0 and timed > 0 and row["first_vs_timed_after_step_1"] == round(first / timed, 3)
        assert row["recompiles_after_step_1"] == 0 and row["first_epoch_recompile_steps"] == []
    # same rows, same initial weights, same loss: both paths train the same objective
    assert abs(paths["peft"]["first_batch_loss"] - paths["medqa"]["first_batch_loss"]) < 1e-3
    # the demo recipe's token-budget batches carry less padding than random ones on the same rows
    assert paths["medqa"]["padding_fraction"] < paths["peft"]["padding_fraction"]
    assert paths["peft"]["speedup_vs_peft"] == 1.0
    assert "| medqa (peft) | 2048-token batches |" in (out / "results.md").read_text()
    assert (out / "results.png").stat().st_size > 1000
    # the card table's row: the first epoch's rate beside the timed one
    table = run_script("tools/card_table.py", str(out / "results.json"))
    assert table.returncode == 0, table.stderr[-2000:]
    first, medqa = f"{paths['medqa']['warmup_useful_tokens_per_s']:,.0f}", paths["medqa"]
    after = (f"{medqa['first_epoch_after_step_1_useful_tokens_per_s']:,.0f} "
             f"({medqa['timed_after_step_1_useful_tokens_per_s']:,.0f}, {medqa['first_vs_timed_after_step_1']:.0%})")
    assert f"| {first} | {after} | 0 | {paths['peft']['useful_tokens_per_s']:,.0f} (4-row batches) |" in table.stdout
    assert f"| {after} | 0 |" in (out / "results.md").read_text()


def test_bad_override_fails_before_any_subprocess(tmp_path):
    r = run_script("scripts/benchmark.py", "--recipe", str(DEMO), "--model", "synthetic:tiny-llama-3.1",
                   "--out", str(tmp_path), "train.learning_rat=1")
    assert r.returncode == 2 and "unknown key 'train.learning_rat'" in r.stderr
    assert not (tmp_path / "results.json").exists()


def test_warmup_takes_steps_or_epoch(tmp_path):
    r = run_script("scripts/benchmark.py", "--recipe", str(DEMO), "--out", str(tmp_path), "--warmup", "0")
    assert r.returncode == 2 and "'0': a number of steps (1 or more) or 'epoch'" in r.stderr
    assert not (tmp_path / "results.json").exists()
