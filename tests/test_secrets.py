"""Tokens never leak: a whole run with planted HF_TOKEN and WANDB_API_KEY values, W&B offline and a Hub
push that fails (offline), then every file it wrote and everything it printed is searched for them."""

import os
import subprocess
import sys

from conftest import DEMO, ROOT

HF_TOKEN = "hf_PLANTEDhfTOKENa1b2c3d4e5f6g7h8"
WANDB_KEY = "PLANTEDwandbKEY" + "0123456789abcdef" * 2 + "ab"  # a W&B key is 40 characters


def test_planted_tokens_appear_in_no_output(tmp_path, tiny_model_dir):
    out, home = tmp_path / "outputs", tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "WANDB_MODE"}  # conftest turns W&B off; this test wants it
    env.update(PYTHONPATH=str(ROOT), HOME=str(home), HF_TOKEN=HF_TOKEN, WANDB_API_KEY=WANDB_KEY,
               HF_HUB_OFFLINE="1")  # the push fails at once, as with no network
    r = subprocess.run(
        [sys.executable, "scripts/finetune.py", str(DEMO), f"output_dir={out}", "train.max_steps=2",
         "train.micro_batch_size=2", "data.max_rows=20", "sample.max_new_tokens=2", "tracking.wandb=offline",
         "hub.repo_id=alice/medqa-test"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)

    # The push failed at the end: the adapter stays, and the one error line says how to push it later.
    assert r.returncode == 2, r.stderr[-3000:]
    last = r.stderr.strip().splitlines()[-1]
    adapter = out / "demo" / "adapter"
    assert last.startswith("medqa: error: push to alice/medqa-test failed") and "Traceback" not in r.stderr
    assert f"The adapter is safe in {adapter}; push it later with `hf upload alice/medqa-test {adapter}" in last
    assert (adapter / "adapter_model.safetensors").is_file() and (adapter / "README.md").is_file()

    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert {"config.yaml", "metrics.json", "log_history.json", "sample_answer.md", "README.md"} <= names
    runs = [p for p in written if p.suffix == ".wandb"]  # W&B's offline run: config, history, console
    assert runs and all(b"learning_rate" in p.read_bytes() for p in runs), "W&B offline logged no config"
    for secret in (HF_TOKEN, WANDB_KEY):
        assert secret not in r.stdout and secret not in r.stderr
        leaks = [str(p) for p in written if secret.encode() in p.read_bytes()]
        assert not leaks, leaks
