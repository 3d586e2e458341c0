"""Export of folders medqa did not make (issue 29): a tampered tokenizer runs no code, a tampered
shard index writes nothing outside. Each attack is a real file, run through the real export script."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("torch")

from test_export import _copy_run, _make_run, _one_line_error, _script, needs_converter  # noqa: E402

from medqa.export import gguf  # noqa: E402
from medqa.export import merge as merging  # noqa: E402
from medqa.synthetic import models as synthetic  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# A tokenizer module that leaves a marker when imported: the code a tampered folder would run.
EVIL = ("import os, pathlib\npathlib.Path(os.environ['MEDQA_MARKER']).write_text('ran')\n"
        "from transformers import PreTrainedTokenizerFast\n"
        "class HybridDNATokenizer(PreTrainedTokenizerFast):\n    pass\n")


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    return _make_run(tmp_path_factory.mktemp("outputs"), train=False)


def _tamper(folder: Path, cls: str | None = "HybridDNATokenizer") -> None:
    """tokenizer_config.json names code beside it, as a shared adapter or Hub repo could."""
    cfg_file = folder / "tokenizer_config.json"
    cfg = json.loads(cfg_file.read_text(encoding="utf-8"))
    cfg["tokenizer_class"] = cls
    cfg["auto_map"] = {"AutoTokenizer": ["evil_tok.HybridDNATokenizer", "evil_tok.HybridDNATokenizer"]}
    cfg_file.write_text(json.dumps(cfg), encoding="utf-8")
    (folder / "evil_tok.py").write_text(EVIL, encoding="utf-8")


def _env(marker: Path) -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "MEDQA_MARKER": str(marker)}


@needs_converter
def test_converter_never_imports_a_tampered_tokenizer(tmp_path):
    """Before: llama.cpp's converter saw HybridDNATokenizer, set trust_remote_code and imported evil_tok."""
    merged = shutil.copytree(synthetic.resolve("synthetic:tiny-llama-3.1"), tmp_path / "merged")
    _tamper(merged)
    marker = tmp_path / "MARKER"
    code = f"from pathlib import Path; from medqa.export import gguf; gguf.convert(Path({str(merged)!r}), " \
           f"Path({str(tmp_path / 'out.gguf')!r}), 'f16')"
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=_env(marker), capture_output=True, text=True,
                       timeout=300)
    assert p.returncode != 0 and "auto_map" in p.stderr.strip().splitlines()[-1]
    assert not marker.exists() and not (tmp_path / "out.gguf").exists()


def test_export_refuses_an_adapter_with_a_foreign_tokenizer_class(run_dir, tmp_path):
    run = _copy_run(run_dir, tmp_path / "run")
    _tamper(run / "adapter")
    marker = tmp_path / "MARKER"
    p = subprocess.run([sys.executable, "scripts/export.py", str(run), "--formats", "safetensors,gguf-f16"],
                       cwd=ROOT, env=_env(marker), capture_output=True, text=True, timeout=300)
    _one_line_error(p, "HybridDNATokenizer")
    assert not marker.exists() and not (run / "merged").exists()


def test_merge_drops_auto_map_and_the_module_stays_behind(run_dir, tmp_path):
    adapter = shutil.copytree(run_dir / "adapter", tmp_path / "adapter")
    _tamper(adapter, cls="PreTrainedTokenizerFast")
    base = Path(synthetic.resolve("synthetic:tiny-llama-3.1"))
    out = merging.merge(base, adapter, tmp_path / "merged")
    cfg = json.loads((out / "tokenizer_config.json").read_text(encoding="utf-8"))
    assert "auto_map" not in cfg and cfg["tokenizer_class"] == "PreTrainedTokenizerFast"
    assert not (out / "evil_tok.py").exists()
    gguf.check_no_remote_code(out)  # what the converter then reads passes its own check


def test_shard_index_cannot_write_outside(run_dir, tmp_path):
    """Before: a `../../victim.safetensors` shard name made the merge overwrite that file and report success."""
    base = shutil.copytree(synthetic.resolve("synthetic:tiny-llama-3.1"), tmp_path / "base" / "m")
    victim = tmp_path / "victim.safetensors"  # ../../ from base/m and from run/.merged.partial-N alike
    shutil.copy(base / "model.safetensors", victim)
    header, _ = merging.read_header(base / "model.safetensors")
    index = {"metadata": {}, "weight_map": {n: "../../victim.safetensors" for n in header if n != "__metadata__"}}
    (base / "model.safetensors.index.json").write_text(json.dumps(index), encoding="utf-8")
    before = hashlib.sha256(victim.read_bytes()).hexdigest()
    run = _copy_run(run_dir, tmp_path / "run", base_16bit=base)
    _one_line_error(_script(run, "--formats", "safetensors"), "names shard '../../victim.safetensors'")
    assert hashlib.sha256(victim.read_bytes()).hexdigest() == before
    assert not (run / "merged").exists()
