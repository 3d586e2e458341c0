"""Merge a trained LoRA adapter into its 16-bit base and export safetensors and GGUF for llama.cpp.

    python scripts/export.py outputs/demo                                   # safetensors + q8_0 GGUF
    python scripts/export.py outputs/t4 --formats gguf-q8_0,gguf-q4_k_m --verify
    python scripts/export.py outputs/t4 --out /mnt/scratch/t4 --push alice/medqa-llama31

Formats: safetensors, gguf-f16, gguf-bf16, gguf-q8_0 (pure Python), gguf-q4_k_m (needs llama-cpp-python).
--verify runs every GGUF in llama.cpp and compares it with the merged model (needs llama-cpp-python).
See docs/export.md.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from medqa.common import MedqaError, log  # light: no torch, no transformers
from medqa.config import load_config
from medqa.rundir import RunDir


def main(argv=None, prog: str | None = None) -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run_dir", type=Path, help="a training run, e.g. outputs/demo")
    parser.add_argument("--formats", default="safetensors,gguf-q8_0", help="comma-separated (default: %(default)s)")
    parser.add_argument("--verify", action="store_true", help="compare each GGUF with the merged model in llama.cpp")
    parser.add_argument("--out", type=Path, help="write merged/ and gguf/ here instead of the run directory")
    parser.add_argument("--push", metavar="REPO_ID", help="upload the results to this Hub repo (token: HF_TOKEN)")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    args = parser.parse_args(argv)
    # SIGTERM (a notebook's stop button, `kill`) unwinds like Ctrl-C, so temporary files are removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    try:
        # ---------------------------------------------------------------- check
        if not args.run_dir.is_dir():
            raise MedqaError(f"run directory {args.run_dir} not found: train first with "
                             "python scripts/finetune.py <recipe>")
        from medqa.export import run as export  # heavy imports start here

        formats = export.parse_formats(args.formats)
        from medqa import hub

        cfg = load_config(RunDir(args.run_dir).config)
        push = _push_target(args.push, cfg, hub)
        token = hub.write_token(f"pushing to {push}", "drop --push / hub.repo_id") if push else None  # before the merge

        # ---------------------------------------------------------------- merge, convert, verify
        result = export.export_run(args.run_dir, formats, out=args.out, verify=args.verify)
        for path in [result["merged"], *result["gguf"].values(), result["lora"]]:
            if path:
                log(f"wrote {path}")

        # ---------------------------------------------------------------- push
        if push:
            log(f"pushed to {_push(result, push, token, cfg, hub)}")
    except (MedqaError, OSError) as e:  # OSError: disk full, permissions: the reason, in one line
        if args.debug:
            raise
        text = f"{e.strerror}: {e.filename}" if isinstance(e, OSError) and e.strerror else str(e)
        print(f"medqa: error: {text.splitlines()[0] if text else type(e).__name__}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("medqa: interrupted; no partial file was kept", file=sys.stderr)
        return 130
    return 0


def _push_target(flag: str | None, cfg, hub) -> str | None:
    """--push REPO, else the recipe's hub.repo_id + "-GGUF" (the adapter's repo keeps its own card); None offline."""
    target = flag or (f"{cfg.hub.repo_id}-GGUF" if cfg.hub.repo_id else None)
    if target and (why := hub.offline_reason()):
        if flag:
            raise MedqaError(f"--push {flag} needs the Hugging Face Hub, but {why}: unset it, or drop --push")
        log(f"not pushing to {target} (hub.repo_id): {why}; the files stay on disk")
        return None
    return target


def _push(result: dict, repo_id: str, token: str, cfg, hub) -> str:
    """merged/ (when written), then gguf/ with the GGUF files, the LoRA GGUF, the Modelfiles and a model card."""
    message = f"medqa export: {cfg.run_name}"
    if result["merged"]:
        url = hub.push_folder(result["merged"], repo_id, token, cfg.hub.private, message)
    files = [p for p in [*result["gguf"].values(), result["lora"]] if p]
    if files:
        from medqa.export import ollama
        from medqa.rundir import write_text

        gguf_dir = files[0].parent
        names = [p.name for p in files] + [ollama.modelfile_path(p).name for p in files]
        verify_md = (gguf_dir / "verify.md").read_text(encoding="utf-8") if (gguf_dir / "verify.md").is_file() else ""
        write_text(gguf_dir / "README.md", hub.gguf_model_card(repo_id, cfg.run_name, cfg.model.base_16bit or
                                                               cfg.model.name, names, verify_md))
        url = hub.push_folder(gguf_dir, repo_id, token, cfg.hub.private, message,
                              allow_patterns=[*names, "verify.md", "verify.json", "README.md"])
    return url

