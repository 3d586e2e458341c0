"""No network: an unreachable Hub, or HF_HUB_OFFLINE=1, ends a run in one line within seconds.

The network is made unreachable for the child process only: HF_ENDPOINT points at a closed local port,
or HTTPS_PROXY at a dead proxy. Before medqa.hub owned reading, this printed 10 "Retrying in 8s" lines
(huggingface_hub's backoff, twice) and took ~55 s. The time bound is generous (a loaded 2-core machine
needs ~5-10 s just to import torch and transformers); what it guards against is the 23 s of one backoff.
"""

import shutil
import socket
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_script

BOUND_S = 30


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # free once closed: a connection to it is refused at once


def _offline_env(tmp_path: Path, how: str) -> dict:
    dead = f"http://127.0.0.1:{_closed_port()}"
    env = {"HF_HOME": str(tmp_path / "hf"), "HF_TOKEN": "", "HF_HUB_OFFLINE": "", "HF_DATASETS_OFFLINE": "",
           "TRANSFORMERS_OFFLINE": "", "NO_PROXY": "", "no_proxy": ""}
    if how == "endpoint":
        env["HF_ENDPOINT"] = dead
    elif how == "proxy":  # the real endpoint, through a proxy that is not there
        env.update(HF_ENDPOINT="https://huggingface.co", HTTPS_PROXY=dead, https_proxy=dead)
    else:  # HF_HUB_OFFLINE=1, and the endpoint dead too, so that a request made anyway would show
        env.update(HF_HUB_OFFLINE="1", HF_ENDPOINT=dead)
    return env


def _errors(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("medqa: error:")]


@pytest.mark.parametrize("how", ["endpoint", "proxy"])
def test_unreachable_hub_ends_the_run_in_one_line_within_seconds(tmp_path, how):
    t0 = time.perf_counter()
    r = run_script("scripts/finetune.py", str(ROOT / "recipes" / "t4.yaml"), "--dry-run", "tracking.wandb=off",
                   f"output_dir={tmp_path / 'out'}", env=_offline_env(tmp_path, how))
    seconds = time.perf_counter() - t0
    out = r.stdout + r.stderr
    assert r.returncode == 2, out
    errors = _errors(r.stderr)
    assert len(errors) == 1, out
    assert "Retrying" not in out and "Traceback" not in out
    line = errors[0]
    assert "model.name='unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit'" in line and "cannot be reached" in line
    assert "local folder" in line and "/kaggle/input/" in line and "network access" in line
    assert seconds < BOUND_S, f"{seconds:.1f} s"
    assert not (tmp_path / "out").exists()  # nothing half-written


def test_hf_hub_offline_is_honoured_without_asking_the_hub(tmp_path):
    r = run_script("scripts/finetune.py", str(ROOT / "recipes" / "t4.yaml"), "--dry-run", "tracking.wandb=off",
                   f"output_dir={tmp_path / 'out'}", env=_offline_env(tmp_path, "offline"))
    out = r.stdout + r.stderr
    assert r.returncode == 2 and len(_errors(r.stderr)) == 1, out
    assert "HF_HUB_OFFLINE=1 is set, and the local cache does not hold it" in _errors(r.stderr)[0]
    assert "cannot be reached" not in out and "Retrying" not in out  # no request was made


_LOAD = """
import sys, time
from transformers import AutoConfig, AutoTokenizer
from medqa import hub
t0 = time.perf_counter()
tok = hub.load(AutoTokenizer.from_pretrained, "medqa-test/tiny-llama", "model.name")
config = hub.load(AutoConfig.from_pretrained, "medqa-test/tiny-llama", "model.name")
print("loaded", len(tok), config.hidden_size, f"{time.perf_counter() - t0:.1f}")
from medqa.data import prepare as data
data.open_source(sys.argv[1], "train")
"""


def _cache_model(hf_home: Path, model_dir: Path, repo: str) -> None:
    """`model_dir` in the Hugging Face cache as huggingface_hub lays it out, as if downloaded before."""
    repo_dir = hf_home / "hub" / f"models--{repo.replace('/', '--')}"
    commit = "0" * 40
    shutil.copytree(model_dir, repo_dir / "snapshots" / commit)
    (repo_dir / "refs").mkdir()
    (repo_dir / "refs" / "main").write_text(commit)


def test_a_cached_model_still_loads_when_the_hub_is_unreachable_and_a_dataset_that_is_not_fails(
        tmp_path, tiny_model_dir):
    env = _offline_env(tmp_path, "endpoint")
    _cache_model(Path(env["HF_HOME"]), Path(tiny_model_dir), "medqa-test/tiny-llama")
    r = run_script("-c", _LOAD, "medqa-test/no-such-dataset", env=env)
    out = r.stdout + r.stderr
    assert "loaded" in r.stdout and "cannot be reached" in r.stdout, out
    _, hidden, seconds = r.stdout.split("loaded", 1)[1].split()[:3]
    assert int(hidden) == 256 and float(seconds) < 10, out  # from the cache, no retries
    assert "Retrying" not in out
    # A dataset the cache does not hold: one line naming the key and what to do.
    assert "HubError: cannot load data.source='medqa-test/no-such-dataset'" in r.stderr, out
    assert ".csv/.jsonl/.parquet file" in r.stderr and "Add Input -> Datasets" in r.stderr


def test_hf_datasets_offline_is_honoured_for_datasets(tmp_path):
    env = {**_offline_env(tmp_path, "endpoint"), "HF_DATASETS_OFFLINE": "1"}
    r = run_script("-c", "from medqa.data import prepare as data; "
                   "data.open_source('medqa-test/no-such-dataset', 'train')", env=env)
    assert "HF_DATASETS_OFFLINE=1 is set" in r.stderr and "cannot be reached" not in r.stdout + r.stderr, r.stderr
