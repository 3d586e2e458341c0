"""Measure what fine-tuning changed: base model vs base + adapter, on held-out dialogs and MedQA-style questions.

    python scripts/evaluate.py outputs/demo
    python scripts/evaluate.py outputs/t4-run eval.mcq_source=GBaker/MedQA-USMLE-4-options-hf eval.mcq_max=null

Overrides (key.path=value) apply to the run's recorded recipe, outputs/<run>/config.yaml.
Writes outputs/<run>/eval/report.md, eval/results.json and outputs/<run>/loss_curves.png.
"""

from __future__ import annotations

import argparse

from medqa.common import MedqaError, error_exit  # light: no torch, no transformers


def main(argv=None, prog: str | None = None) -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run_dir", help="a trained run, e.g. outputs/demo")
    parser.add_argument("overrides", nargs="*", help="key.path=value, e.g. eval.mcq_max=50")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    args = parser.parse_args(argv)

    try:
        from medqa.evaluation import run as evaluate  # heavy imports (torch, transformers) happen inside run()

        results = evaluate.run(args.run_dir, args.overrides)
        print(evaluate.summary(results))
    except MedqaError as e:
        return error_exit(e, args.debug)
    return 0

