"""Measure what fine-tuning changed: base model vs base + adapter, on held-out dialogs and MedQA-style questions.

    python scripts/evaluate.py outputs/demo
    python scripts/evaluate.py outputs/t4-run eval.benchmarks=medical           # lm-eval, needs internet

Overrides (key.path=value) apply to the run's recorded recipe, outputs/<run>/config.yaml.
Writes outputs/<run>/eval/report.md, eval/results.json and outputs/<run>/loss_curves.png.

Side by side with other models (any OpenAI-compatible API; key from MEDQA_COMPARE_<NAME>_API_KEY or
OPENAI_API_KEY, in the environment, Kaggle Secrets or Colab secrets; never printed or stored):

    python scripts/evaluate.py outputs/demo --compare gpt4o=https://api.openai.com/v1#gpt-4o-mini \
        --compare local=http://127.0.0.1:8000/v1#demo --judge https://api.openai.com/v1#gpt-4o
"""

from __future__ import annotations

import argparse

from medqa.common import MedqaError, error_exit  # light: no torch, no transformers


def main(argv=None, prog: str | None = None) -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run_dir", help="a trained run, e.g. outputs/demo")
    parser.add_argument("overrides", nargs="*", help="key.path=value, e.g. eval.benchmarks=medqa")
    parser.add_argument("--compare", action="append", default=[], metavar="NAME=URL#MODEL",
                        help="another model to answer the same questions (repeatable)")
    parser.add_argument("--judge", metavar="URL#MODEL", help="a model that grades each answer pair with "
                        "medqa/assets/judge_rubric.md (its opinion, not ground truth)")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    args = parser.parse_args(argv)

    try:
        from medqa.evaluation import compare  # light: no torch

        endpoints = [compare.parse_endpoint(spec) for spec in args.compare]
        if len({ep.name for ep in endpoints}) < len(endpoints):
            raise compare.CompareError("--compare names must differ: each names a column of the report")
        judge_ep = compare.parse_endpoint(args.judge, "--judge", "judge") if args.judge else None
        from medqa.evaluation import run as evaluate  # heavy imports (torch, transformers) happen inside run()

        results = evaluate.run(args.run_dir, args.overrides, endpoints, judge_ep)
        print(evaluate.summary(results))
    except MedqaError as e:
        return error_exit(e, args.debug)
    return 0

