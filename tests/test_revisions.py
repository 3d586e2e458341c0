"""model.revision pins what is read from a Hub repo, and the commit read is what gets recorded (issue 29).
Offline, against a Hub cache holding two commits of one repo: the pinned one is read, not `main`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import DEMO, ROOT

OLD, NEW = "a" * 40, "b" * 40


def _hub_cache(tmp_path: Path, tiny_model_dir: str) -> Path:
    """models--acme--tiny with snapshots OLD and NEW; refs/main -> NEW, whose tokenizer says 999 tokens."""
    repo = tmp_path / "hub" / "models--acme--tiny"
    for sha in (OLD, NEW):
        shutil.copytree(tiny_model_dir, repo / "snapshots" / sha)
    tok = repo / "snapshots" / NEW / "tokenizer_config.json"
    tok.write_text(json.dumps({**json.loads(tok.read_text()), "model_max_length": 999}), encoding="utf-8")
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(NEW)
    return tmp_path / "hub"


def _read(tmp_path: Path, cache: Path, *overrides: str) -> dict:
    code = ("import json, sys; from medqa.config import load_config; from medqa import hub; "
            "from medqa.backends import load_tokenizer; from transformers import AutoConfig; "
            f"cfg = load_config({str(DEMO)!r}, sys.argv[1:]); tok = load_tokenizer(cfg); "
            "conf = hub.load(AutoConfig.from_pretrained, cfg.model.name, 'model.name', revision=cfg.model.revision); "
            "print(json.dumps({'max': tok.model_max_length, "
            "'commit': hub.commit(cfg.model.name, 'model', cfg.model.revision, conf._commit_hash)}))")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1"}
    r = subprocess.run([sys.executable, "-c", code, "model.name=acme/tiny", *overrides], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_the_pinned_commit_is_read_and_recorded(tmp_path, tiny_model_dir):
    cache = _hub_cache(tmp_path, tiny_model_dir)
    assert _read(tmp_path, cache) == {"max": 999, "commit": NEW}  # unpinned: whatever main is now
    assert _read(tmp_path, cache, f"model.revision={OLD}") == {"max": 131072, "commit": OLD}
