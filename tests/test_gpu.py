"""GPU suite: `pytest -m gpu` on a CUDA machine (docs/gpu.md has the device command). Skipped on CPU."""

import json

import pytest
from conftest import DEMO, run_script

torch = pytest.importorskip("torch")
pytestmark = [pytest.mark.gpu, pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")]


def test_auto_picks_unsloth_on_volta_and_newer():
    from medqa import hardware

    device = hardware.detect()
    hardware.check_torch_build(device)
    assert hardware.choose_backend("auto", device)[0] == ("unsloth" if device.capability >= (7, 0) else "peft")


@pytest.mark.parametrize("backend", ["unsloth", "peft"])
def test_4bit_training_and_fast_answer(backend, tmp_path):
    r = run_script("scripts/finetune.py", str(DEMO), f"output_dir={tmp_path}", f"run_name=gpu-{backend}",
                   f"model.backend={backend}", "model.load_in_4bit=true", "train.max_steps=4",
                   "train.optim=adamw_8bit", "gpu.memory_cap_gib=4", "sample.max_new_tokens=8")
    assert r.returncode == 0, r.stderr[-3000:]
    assert "GPU memory capped at 4 GiB" in r.stdout
    metrics = json.loads((tmp_path / f"gpu-{backend}" / "metrics.json").read_text())
    assert metrics["backend"] == backend and metrics["steps"] == 4
    assert metrics["precision"] in ("bf16", "fp16")
    assert 0 < metrics["peak_gpu_gib"] < 4
    assert metrics["eval_loss"] == metrics["eval_loss"]  # not NaN
    assert (tmp_path / f"gpu-{backend}" / "sample_answer.md").read_text().count("**medqa:**") == 1


def test_fp16_like_a_t4(tmp_path):
    """The T4/P100 precision on this card: fp16 with loss scaling must train without overflow."""
    r = run_script("scripts/finetune.py", str(DEMO), f"output_dir={tmp_path}", "run_name=gpu-fp16",
                   "model.backend=unsloth", "model.load_in_4bit=true", "model.precision=fp16", "train.max_steps=4",
                   "sample.max_new_tokens=4")
    assert r.returncode == 0, r.stderr[-3000:]
    metrics = json.loads((tmp_path / "gpu-fp16" / "metrics.json").read_text())
    assert metrics["precision"] == "fp16" and metrics["train_loss"] == metrics["train_loss"]


def test_no_recompile_after_step_1_evaluation_included(tmp_path):
    """Issue 27: with batches padded to a multiple of 8 and evaluation warmed up before step 1, Unsloth's
    compiled layers build no graph after step 1, through two evaluations, over batches of varied lengths."""
    r = run_script("scripts/finetune.py", str(DEMO), f"output_dir={tmp_path}", "run_name=gpu-shapes",
                   "model.backend=unsloth", "model.load_in_4bit=true", "train.max_steps=12", "train.eval_steps=5",
                   "train.logging_steps=1", "train.save_steps=1000", "sample.max_new_tokens=4")
    assert r.returncode == 0, r.stderr[-3000:]
    speed = json.loads((tmp_path / "gpu-shapes" / "metrics.json").read_text())["speed"]
    assert speed["compile"].startswith("per layer") and speed["pad_to_multiple_of"] == 16
    assert speed["recompiles_after_step_1"] == 0, speed
    assert "speed: torch.compile built 0 graphs after step 1" in r.stdout
