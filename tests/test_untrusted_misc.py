"""The smaller findings of issue 29, each as a real process or file: a Kaggle secret is redacted like an
environment one, Unsloth is told not to phone home, export's child gets no W&B key, the pushed card shows no
local path, a planted pickle and an absurd batch are refused in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import DEMO, ROOT

from medqa.config import load_config

SAMPLE = ROOT / "medqa" / "assets" / "sample_dialogs.jsonl"
TOKEN = "hf_kaggleSecretValue0123456789"


def _python(code: str, tmp_path: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    path = os.pathsep.join([str(tmp_path / "fake"), str(ROOT)])
    full = {k: v for k, v in os.environ.items() if k not in ("HF_TOKEN", "WANDB_API_KEY")}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**full, "PYTHONPATH": path, **(env or {})},
                          capture_output=True, text=True, timeout=300)


def _fake_module(tmp_path: Path, name: str, text: str) -> None:
    target = tmp_path / "fake" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def test_a_kaggle_secret_is_redacted_like_an_environment_one(tmp_path):
    """Before: reason() blanked only values in os.environ, and a Kaggle secret is not there."""
    _fake_module(tmp_path, "kaggle_secrets.py", "class UserSecretsClient:\n"
                 f"    def get_secret(self, name):\n        return {TOKEN!r} if name == 'HF_TOKEN' else None\n")
    r = _python("from medqa.secrets import get_secret; from medqa.common import reason; "
                "t = get_secret('HF_TOKEN'); assert t; "
                "print(reason(RuntimeError(f'401 Client Error for url with Authorization: Bearer {t}')))", tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    assert TOKEN not in r.stdout + r.stderr and "Bearer <HF_TOKEN>" in r.stdout


def test_unsloth_is_imported_with_its_statistics_call_off(tmp_path):
    """Unsloth downloads a README from the Hub at start-up, with the token, unless UNSLOTH_DISABLE_STATISTICS."""
    seen = tmp_path / "seen"
    _fake_module(tmp_path, "unsloth/__init__.py", f"import os, pathlib\npathlib.Path({str(seen)!r}).write_text("
                 "str(os.environ.get('UNSLOTH_DISABLE_STATISTICS')))\nclass FastLanguageModel:\n    pass\n")
    r = _python("import medqa.backends.unsloth", tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    assert seen.read_text() == "1"


def test_export_child_gets_no_wandb_key(tmp_path, monkeypatch):
    from medqa import notebook

    monkeypatch.setenv("WANDB_API_KEY", "wandb_secret_value_0123456789")
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    env = notebook._secret_env(("HF_TOKEN",))  # what export's child is started with
    r = subprocess.run([sys.executable, "-c", "import os; print(sorted(k for k in os.environ if k in "
                        "('HF_TOKEN', 'WANDB_API_KEY')))"], env=env, capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "['HF_TOKEN']"


def test_pushed_card_shows_no_local_path(tmp_path, monkeypatch):
    from medqa import hub
    from medqa.training import run as train

    data = tmp_path / "private" / "patients.jsonl"
    cfg = load_config(DEMO, [f"output_dir={tmp_path / 'home' / 'alice' / 'outputs'}", f"data.source={data}",
                             "hub.repo_id=alice/medqa"])
    (cfg.run_dir / "adapter").mkdir(parents=True)
    monkeypatch.setattr(hub, "push_folder", lambda folder, *a, **k: "https://hf.co/alice/medqa")
    train._push(cfg, {"eval_loss": 1.0}, "hf_token")
    card = (cfg.run_dir / "adapter" / "README.md").read_text(encoding="utf-8")
    assert str(tmp_path) not in card and "patients.jsonl" not in card and "alice/outputs" not in card
    assert "a local copy" in card and "synthetic:tiny-llama-3.1" in card


def _finetune(out: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "scripts/finetune.py", str(DEMO), f"output_dir={out}",
                           f"data.source={SAMPLE}", "eval.run_after_training=false", *extra],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def _one_line(r, needle: str) -> str:
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr[-3000:]
    assert lines[-1].startswith("medqa: error: ") and needle in lines[-1], r.stderr[-3000:]
    assert sum(line.startswith("medqa: error:") for line in lines) == 1
    return lines[-1]


class _Planted:
    """Unpickling this runs a command: what a planted checkpoint file would do, were it loaded unsafely."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_a_pickle_planted_in_a_checkpoint_is_refused_in_one_line(tmp_path):
    r = _finetune(tmp_path, "train.max_steps=1", "train.save_steps=1")
    assert r.returncode == 0, r.stderr[-2000:]
    checkpoint = tmp_path / "demo" / "checkpoints" / "checkpoint-1"
    marker = tmp_path / "MARKER"
    import torch

    for name in ("rng_state.pth", "optimizer.pt", "scheduler.pt"):  # whole torch files (zips), so no damage check
        torch.save(_Planted(marker), checkpoint / name)              # skips them: the unpickler must refuse them
    line = _one_line(_finetune(tmp_path, "--resume", "train.max_steps=2", "train.save_steps=1"), "holds more than")
    assert "checkpoint" in line and not marker.exists()
    assert json.loads((tmp_path / "demo" / "metrics.json").read_text())["steps"] == 1  # the run is as it was


def test_an_absurd_batch_is_refused_before_the_model_loads(tmp_path):
    r = _finetune(tmp_path, "train.batch_tokens=2000000000", "train.max_steps=1")
    _one_line(r, "cannot fit")
    assert "loading" not in r.stdout.lower() and not (tmp_path / "demo").exists()
