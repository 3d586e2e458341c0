"""Report what data.clean does to a data source: rows each rule changed or dropped, a token-length
histogram, the most frequent answer openings and closings, examples before and after.

    python scripts/inspect_data.py recipes/t4.yaml                       # the recipe's data source and model
    python scripts/inspect_data.py my_dialogs.jsonl                      # any file in the recipe's schema
    python scripts/inspect_data.py my_dialogs.csv data.columns.doctor=Answer --out reports/mine

A data source rather than a recipe is read with recipes/demo.yaml's settings (its tiny tokenizer);
overrides (key.path=value) apply either way. Writes <out>/data_report.md and <out>/token_lengths.png.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from medqa.common import CHECKOUT, MedqaError, error_exit, log
from medqa.config import load_config  # light: no torch, no transformers

DEMO = CHECKOUT / "recipes" / "demo.yaml"


def main(argv=None, prog: str | None = None) -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", help="a recipe (.yaml) or a data source (.jsonl/.json/.csv/.parquet, Hub id)")
    parser.add_argument("overrides", nargs="*", help="key.path=value, e.g. data.columns.doctor=Answer")
    parser.add_argument("--out", default=None, help="report folder (default: outputs/data-report)")
    parser.add_argument("--sample", type=int, default=2000, help="rows for token lengths, n-grams")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    args = parser.parse_intermixed_args(argv)

    try:
        if args.source.endswith((".yaml", ".yml")):
            cfg = load_config(args.source, args.overrides)
        else:
            cfg = load_config(DEMO, [f"data.source={args.source}", *args.overrides])
        from medqa.backends import load_tokenizer
        from medqa.data import report

        tokenizer = load_tokenizer(cfg)  # one owner of model loading: synthetic names, Hub and offline errors
        out = Path(args.out) if args.out else Path(cfg.output_dir) / "data-report"
        result = report.run(cfg, out, tokenizer, args.sample)
        log(report.summary(result))
        log(f"wrote {out / 'data_report.md'} and {out / result['plot']}")
    except MedqaError as e:
        return error_exit(e, args.debug)
    return 0

