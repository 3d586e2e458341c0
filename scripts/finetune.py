"""Fine-tune Llama 3.1 8B Instruct on medical dialogs with LoRA, from one recipe.

    python scripts/finetune.py recipes/t4.yaml
    python scripts/finetune.py recipes/t4.yaml train.learning_rate=1e-4 data.max_rows=500
    python scripts/finetune.py recipes/demo.yaml --dry-run      # recipe + one example, no weights

Writes outputs/<run_name>/: config.yaml, adapter/, metrics.json, sample_answer.md (README.md).
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from medqa.config import MedqaError, load_config  # noqa: E402  (light: no torch, no transformers)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("recipe", help="a YAML recipe, e.g. recipes/t4.yaml")
    parser.add_argument("overrides", nargs="*", help="key.path=value, e.g. train.learning_rate=1e-4")
    parser.add_argument("--dry-run", action="store_true", help="print the resolved recipe and one example, then exit")
    parser.add_argument("--resume", action="store_true", help="continue the latest checkpoint of this run")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing run directory")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    args = parser.parse_intermixed_args(argv)

    try:
        cfg = load_config(args.recipe, args.overrides)
        from medqa import train  # heavy imports start here, after the recipe is known to be valid

        train.run(cfg, resume=args.resume, overwrite=args.overwrite, dry_run=args.dry_run)
    except MedqaError as e:
        if args.debug:
            raise
        print(f"medqa: error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
