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

        token = hub.write_token(f"--push {args.push}", "drop --push") if args.push else None  # before the merge

        # ---------------------------------------------------------------- merge, convert, verify
        result = export.export_run(args.run_dir, formats, out=args.out, verify=args.verify)
        for path in [result["merged"], *result["gguf"].values()]:
            if path:
                log(f"wrote {path}")

        # ---------------------------------------------------------------- push
        if args.push:
            cfg = load_config(RunDir(args.run_dir).config)
            message = f"medqa export: {cfg.run_name}"
            if result["merged"]:
                url = hub.push_folder(result["merged"], args.push, token, cfg.hub.private, message)
            if result["gguf"]:
                gguf_dir = next(iter(result["gguf"].values())).parent
                url = hub.push_folder(gguf_dir, args.push, token, cfg.hub.private, message,
                                      allow_patterns=["*.gguf", "verify.md", "verify.json"])
            log(f"pushed to {url}")
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

