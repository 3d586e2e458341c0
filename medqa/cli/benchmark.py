"""Benchmark training paths: useful tokens/s, padded tokens/s, step time, peak memory, first-batch loss.

    python scripts/benchmark.py                                   # H100/A100: 8B shape, dialog lengths
    python scripts/benchmark.py --recipe recipes/demo.yaml --model synthetic:tiny-llama-3.1 --rows 32  # CPU

Each path runs in its own process; results.json, results.md and results.png land in --out.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from medqa.bench.measure import parse_warmup  # standard library only at import
from medqa.common import MedqaError
from medqa.config import load_config


def main(argv=None, prog: str | None = None) -> int:
    p = argparse.ArgumentParser(prog=prog, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--recipe", default="recipes/a100.yaml", help="the recipe the medqa path runs as shipped")
    p.add_argument("--model", default="synthetic:llama-3.1-8b",
                   help="synthetic:llama-3.1-8b (exact 8B shape, random weights), or a model id/path")
    p.add_argument("--paths", default="peft,unsloth,medqa", help="comma-separated: peft, unsloth, medqa")
    p.add_argument("--data", default="dialog",
                   help="dialog (synthetic, dialog-like lengths), sample (bundled file) or a data file")
    p.add_argument("--rows", type=int, default=512, help="dialogs: one epoch over them is timed")
    p.add_argument("--batch", type=int, default=8, help="micro-batch size for every path")
    p.add_argument("--max-length", type=int, default=1024,
                   help="longest synthetic dialog, in tokens; the recipe keeps its own model.max_length, which sets "
                        "the full-length rows of the worst-case peak")
    p.add_argument("--warmup", type=parse_warmup, default=None,
                   help="untimed steps first, or 'epoch' (default): one untimed epoch, so that torch.compile "
                        "has built every batch shape's graph before the timed epoch")
    p.add_argument("--out", default="outputs/benchmark")
    p.add_argument("overrides", nargs="*", help="extra recipe overrides for every path, key.path=value")
    args = p.parse_intermixed_args(argv)

    from medqa.bench import compare
    from medqa.synthetic import models as synthetic

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    source = {"sample": str(synthetic.SAMPLE_DATA)}.get(args.data, args.data)
    if args.data == "dialog":
        source = str(synthetic.write_dialogs(out / "dialogs.jsonl", args.rows, hi=args.max_length))
    overrides = [f"model.name={args.model}", f"data.source={source}", f"data.max_rows={args.rows}",
                 "data.val_fraction=0.02", f"train.micro_batch_size={args.batch}", "train.grad_accum=1",
                 *args.overrides]
    try:
        load_config(args.recipe, overrides)  # a typo fails here, not in three subprocesses
        results = compare.compare(args.recipe, overrides, args.paths.split(","), args.warmup, out)
    except MedqaError as e:
        print(f"medqa: error: {e}", file=sys.stderr)
        return 2
    print(compare.table(results))
    print(f"medqa: results in {out}/results.json, results.md, results.png")
    return 0

