"""Two training steps with each backend on the tiny model, CPU: weights move, the adapter reloads exactly."""

import json

import pytest
import yaml
from conftest import DEMO, run_script


@pytest.mark.parametrize("backend", ["peft", "unsloth"])
def test_two_steps_change_lora_and_adapter_reloads(backend, tmp_path):
    r = run_script("tests/two_steps.py", str(DEMO), backend, str(tmp_path))
    assert r.returncode == 0, r.stderr[-3000:]
    report = json.loads(r.stdout.strip().splitlines()[-1])
    # 2 layers x 7 projections x (A, B)
    assert report["trainable"] == report["saved"] == 28
    assert report["changed"] == 28, report
    assert report["max_logit_diff"] < 1e-4, report
    assert report["metrics"]["steps"] == 2 and report["metrics"]["backend"] == backend
    # Stop tokens: training leaves the base model's eos list (Llama 3.1's three) in memory, and generation
    # stops on each of them, not only on the tokenizer's <|eot_id|>.
    assert len(report["base_eos"]) == 3, report["base_eos"]
    assert report["generation_eos"] == report["config_eos"] == report["base_eos"], report
    assert report["emitted_when_forced"] == {str(t): 1 for t in report["base_eos"]}, report

    run_dir = tmp_path / f"two-steps-{backend}"
    for name in ("config.yaml", "metrics.json", "log_history.json", "sample_answer.md",
                 "adapter/adapter_config.json", "adapter/adapter_model.safetensors", "adapter/tokenizer.json"):
        assert (run_dir / name).is_file(), name
    saved = yaml.safe_load((run_dir / "config.yaml").read_text())
    assert saved["model"]["backend"] == backend and saved["train"]["max_steps"] == 2
    metrics = json.loads((run_dir / "metrics.json").read_text())
    assert metrics["trained_tokens"] > 0 and metrics["tokens_per_second"] > 0
    assert metrics["eval_loss"] > 0 and metrics["train_loss"] > 0
    # what the run trained with, read from the model: on CPU no kernel of Unsloth's and no compile
    speed = metrics["speed"]
    assert speed["backend"] == backend and speed["compile"] == "off" and speed["layers"] == 2
    assert speed["attention"].startswith("SDPA") and 0 <= speed["checkpointed_layers"] <= 2


def test_dry_run_prints_recipe_and_marked_example_and_writes_nothing(tmp_path):
    r = run_script("scripts/finetune.py", str(DEMO), "--dry-run", f"output_dir={tmp_path}")
    assert r.returncode == 0, r.stderr[-2000:]
    assert "run_name: demo" in r.stdout
    assert "<|start_header_id|>assistant<|end_header_id|>\n\n[[" in r.stdout
    assert r.stdout.rstrip().endswith("<|eot_id|>]]")
    assert not any(tmp_path.iterdir())


def test_existing_run_dir_is_not_overwritten_silently(tmp_path):
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "keep.txt").write_text("mine")
    r = run_script("scripts/finetune.py", str(DEMO), f"output_dir={tmp_path}", "train.max_steps=1")
    assert r.returncode == 2
    assert "--resume" in r.stderr and "--overwrite" in r.stderr and "Traceback" not in r.stderr
    assert (tmp_path / "demo" / "keep.txt").read_text() == "mine"
