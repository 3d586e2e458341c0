"""Fine-tune Llama 3.1 8B Instruct on medical dialogs with LoRA, from one recipe.

    python scripts/finetune.py recipes/t4.yaml
    python scripts/finetune.py recipes/t4.yaml train.learning_rate=1e-4 data.max_rows=500
    python scripts/finetune.py recipes/demo.yaml --dry-run      # recipe, checks, estimates, one example; no weights
    python scripts/finetune.py recipes/t4.yaml --resume         # continue the latest checkpoint of this run
    accelerate launch --num_processes 2 scripts/finetune.py recipes/t4x2.yaml   # two GPUs (docs/multi-gpu.md)

Writes outputs/<run_name>/: config.yaml, checkpoints/, adapter/, metrics.json, log_history.json,
sample_answer.md. A problem you can fix is one line on stderr starting `medqa: error:` (exit 2);
--debug shows the traceback instead. SIGTERM, SIGINT or SIGUSR1 (or train.max_time running out) saves a
checkpoint at the end of the step and exits 75 with the command that resumes; a second signal exits at once.
What to do when things go wrong: docs/troubleshooting.md.
"""

from __future__ import annotations

import argparse
import pickle
import sys

from medqa.common import MedqaError, error_exit, is_main_process, reason  # light: no torch, no transformers
from medqa.config import load_config


def main(argv=None, prog: str | None = None) -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("recipe", help="a YAML recipe, e.g. recipes/t4.yaml")
    parser.add_argument("overrides", nargs="*", help="key.path=value, e.g. train.learning_rate=1e-4")
    parser.add_argument("--dry-run", action="store_true",
                        help="check the recipe, data, secrets, disk; print the memory estimate and one example; exit")
    again = parser.add_mutually_exclusive_group()
    again.add_argument("--resume", action="store_true", help="continue the latest checkpoint of this run")
    again.add_argument("--overwrite", action="store_true", help="replace an existing run directory")
    parser.add_argument("--profile-steps", metavar="FIRST:LAST",
                        help="where the time of steps FIRST+1..LAST goes, on every GPU (docs/multi-gpu.md)")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    args = parser.parse_intermixed_args(argv)

    cfg = None
    try:
        cfg = load_config(args.recipe, args.overrides)
        profile_steps = _window(args.profile_steps) if args.profile_steps else None
        from medqa.training import run as train  # heavy imports start here, after the recipe is known to be valid

        result = train.run(cfg, resume=args.resume, overwrite=args.overwrite, dry_run=args.dry_run,
                           profile_steps=profile_steps)
        if cfg.eval.run_after_training and not args.dry_run and is_main_process():
            import gc

            from medqa.evaluation import run as evaluate

            del result  # free the trained model before evaluation loads its own copy
            gc.collect()
            print(evaluate.summary(evaluate.run(cfg.run_dir)))
    except MedqaError as e:
        if not args.debug:
            _end_progress_bars()
        return error_exit(e, args.debug)
    except pickle.UnpicklingError as e:  # torch.load(weights_only=True) refused a file of a checkpoint
        if args.debug:
            raise
        _end_progress_bars()
        return error_exit(MedqaError(
            f"a checkpoint file of {cfg.run_dir} holds more than tensors, so it was not written by training and "
            f"was not loaded ({reason(e)[:160]}): delete that checkpoint-N folder, or start again with --overwrite"),
            False)
    except KeyboardInterrupt:
        if args.debug:
            raise
        from medqa.rundir import RunDir, checkpoints

        kept = checkpoints(RunDir(cfg.run_dir).checkpoints)[0] if cfg else []
        _end_progress_bars()
        print("medqa: interrupted" + (f"; {kept[-1]} is kept: continue with --resume" if kept else ""),
              file=sys.stderr, flush=True)
        return 130
    return 0


def _window(text: str) -> tuple[int, int]:
    """--profile-steps FIRST:LAST as two step numbers, or one line that says what is wrong."""
    try:
        a, b = (int(x) for x in text.split(":"))
    except ValueError:
        a = b = -1
    if not 0 <= a < b:
        raise MedqaError(f"--profile-steps {text!r}: expected FIRST:LAST with 0 <= FIRST < LAST, e.g. 10:14")
    return a, b


def _end_progress_bars() -> None:
    """Close the Trainer's open tqdm bars now, so the message starts on its own line and stays the last one."""
    sys.stdout.flush()
    tqdm = sys.modules.get("tqdm")
    for bar in list(getattr(getattr(tqdm, "tqdm", None), "_instances", ())):
        bar.close()

