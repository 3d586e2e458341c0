"""Offline fixtures: the tiny random Llama 3.1 is built once per session into a temporary cache."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "tests" / "demo_random.yaml"  # recipes/demo.yaml on the random tiny Llama (see that file)


@pytest.fixture(scope="session", autouse=True)
def medqa_cache(tmp_path_factory):
    """A fresh cache for the synthetic model, shared by the tests and the subprocesses they start."""
    cache = tmp_path_factory.mktemp("medqa-cache")
    old = os.environ.get("MEDQA_CACHE")
    os.environ["MEDQA_CACHE"] = str(cache)
    os.environ.setdefault("WANDB_MODE", "disabled")  # no test talks to W&B
    yield cache
    if old is None:
        os.environ.pop("MEDQA_CACHE", None)
    else:
        os.environ["MEDQA_CACHE"] = old


@pytest.fixture(scope="session")
def tiny_model_dir(medqa_cache) -> str:
    from medqa.synthetic import models as synthetic

    return synthetic.resolve("synthetic:tiny-llama-3.1")


@pytest.fixture(scope="session")
def tokenizer(tiny_model_dir):
    from transformers import AutoTokenizer

    from medqa.llama3 import ensure_pad_token

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    ensure_pad_token(tok)
    return tok


@pytest.fixture(scope="session")
def trained_run(tmp_path_factory, medqa_cache):
    """A 4-step demo run on the sample dialogs, trained once per session (evaluation and chat tests)."""
    run_dir = tmp_path_factory.getbasetemp() / "eval-runs" / "tiny"
    if not (run_dir / "adapter" / "adapter_config.json").is_file():
        from medqa.config import load_config
        from medqa.training import run as train

        sample = ROOT / "medqa" / "assets" / "sample_dialogs.jsonl"
        cfg = load_config(DEMO, [f"output_dir={run_dir.parent}", "run_name=tiny", f"data.source={sample}",
                                 "train.max_steps=4", "train.logging_steps=1", "train.eval_steps=2",
                                 "train.save_steps=2", "sample.max_new_tokens=8"])
        train.run(cfg, overwrite=True)
    return run_dir


def run_script(*args: str, env: dict | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run a project script as a user would, capturing its output."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    full_env = {**os.environ, "PYTHONPATH": path, **(env or {})}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def gguf_file(trained_run):
    """The run exported as an f16 GGUF under <run>/gguf/, as scripts/export.py writes it."""
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (the optional GGUF extra)")
    from medqa.common import MedqaError

    export = pytest.importorskip("medqa.export.run", reason="medqa.export.run (issue: export) is not there yet")
    if not hasattr(export, "export_run"):
        pytest.skip("medqa.export.run has no export_run() yet")
    try:
        result = export.export_run(trained_run, ["gguf-f16"], say=lambda msg: None)
    except MedqaError as e:  # e.g. llama.cpp's converter not installed
        pytest.skip(f"GGUF export unavailable here: {e}")
    return result["gguf"]["gguf-f16"]
