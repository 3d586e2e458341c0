"""Run scripts/finetune.py with its trainer instrumented into $MEDQA_TRACE_DIR: the launcher of
tests/test_ddp.py and test_reliability.py, built like tests/oom_step.py (patch, then run the script).

    python tests/traced_finetune.py RECIPE [overrides...]      (also under torch.distributed.run)

Each process appends a hash of its trainable (LoRA) weights after every optimizer step to
<dir>/rank<R>.jsonl, with the wrapper the Trainer trains through (DistributedDataParallel under
torchrun), so a test can check the ranks stay identical; a fingerprint of every training row it
collates to <dir>/rows-rank<R>.txt, so a test can check the ranks split the data, and the non-padding tokens
it trained on to <dir>/tokens-rank<R>.txt; and lists the paths it writes
under the output directory in <dir>/writes-rank<R>.txt (Python-level writes, seen through an audit
hook, and torch.save, which writes from C++), so a test can check who wrote what. Each step's line also
counts the collectives the process called from Python in that step (torch.distributed's all_gather,
all_reduce, broadcast, ...: the Trainer's and TRL's metric gathers; DDP's gradient buckets are reduced
from C++ and not counted), so a test can check what each step synchronises on.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import runpy
import sys
from pathlib import Path

import medqa.backends


def install(trainer, folder: Path, output_dir: str) -> None:
    import torch
    from transformers import TrainerCallback

    rank = int(os.environ.get("RANK", "0"))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"pid-rank{rank}.txt").write_text(str(os.getpid()))  # for a test that signals one process
    root, writes = os.path.abspath(output_dir) + os.sep, []

    def record(path) -> None:
        path = os.path.abspath(os.fsdecode(path))
        if path.startswith(root):
            writes.append(path)

    def audit(event: str, args: tuple) -> None:
        if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            mode, flags = args[1], args[2] or 0
            if (mode and any(c in mode for c in "wax+")) or (mode is None and flags & (os.O_WRONLY | os.O_RDWR)):
                record(args[0])
        elif event == "os.rename":  # os.rename and os.replace
            record(args[0]), record(args[1])
        elif event in ("os.remove", "shutil.rmtree") or (event == "os.mkdir" and not os.path.isdir(args[0])):
            record(args[0])

    sys.addaudithook(audit)
    save = torch.save

    def traced_save(obj, f, *a, **kw):
        if isinstance(f, (str, os.PathLike)):
            record(f)
        return save(obj, f, *a, **kw)

    torch.save = traced_save
    atexit.register(lambda: (folder / f"writes-rank{rank}.txt").write_text("".join(w + "\n" for w in writes)))

    class WeightHash(TrainerCallback):
        def on_step_end(self, args, state, control, model=None, **kwargs):
            h = hashlib.sha256()
            for name, p in sorted(model.named_parameters(), key=lambda np: np[0]):
                if p.requires_grad:
                    h.update(name.encode() + p.detach().float().cpu().contiguous().numpy().tobytes())
            line = {"step": state.global_step, "sha256": h.hexdigest(), "wrapper": type(trainer.model_wrapped).__name__}
            with open(folder / f"rank{rank}.jsonl", "a") as f:
                f.write(json.dumps(line) + "\n")

    calls = count_collectives()

    class Collectives(TrainerCallback):
        def on_step_begin(self, args, state, control, **kwargs):
            self.start = calls[0]

        def on_step_end(self, args, state, control, **kwargs):
            with open(folder / f"collectives-rank{rank}.jsonl", "a") as f:
                f.write(json.dumps({"step": state.global_step, "collectives": calls[0] - self.start}) + "\n")

    trainer.add_callback(WeightHash())
    trainer.add_callback(Collectives())
    collate = trainer.data_collator

    def traced_collate(examples):  # which rows this process trains on
        if trainer.model.training:
            with open(folder / f"rows-rank{rank}.txt", "a") as f:
                f.writelines(hashlib.sha256(str(e["input_ids"]).encode()).hexdigest()[:16] + "\n" for e in examples)
        return collate(examples)

    trainer.data_collator = traced_collate
    training_step, trained = trainer.training_step, [0]

    def traced_training_step(model, inputs, *args, **kwargs):  # the non-padding tokens this process trains on
        trained[0] += int(inputs["attention_mask"].sum())
        return training_step(model, inputs, *args, **kwargs)

    trainer.training_step = traced_training_step
    atexit.register(lambda: (folder / f"tokens-rank{rank}.txt").write_text(f"{trained[0]}\n"))


COLLECTIVES = ("all_gather", "all_gather_into_tensor", "all_reduce", "broadcast", "gather", "reduce",
               "all_gather_object", "broadcast_object_list", "gather_object", "barrier")


def count_collectives() -> list[int]:
    """Count every call of torch.distributed's collectives from now on (a one-item list, updated in place).
    accelerate and the Trainer look them up on torch.distributed at call time, so patching the module counts them."""
    import torch.distributed as dist

    calls = [0]

    def counted(fn):
        def call(*args, **kwargs):
            calls[0] += 1
            return fn(*args, **kwargs)
        return call

    for name in COLLECTIVES:
        setattr(dist, name, counted(getattr(dist, name)))
    return calls


def instrument_after_backend(import_backend):
    """medqa.backends.import_backend, which then wraps medqa.training.trainer.build_trainer to instrument its trainer.
    trl and transformers are imported only once the backend is (unsloth must come first)."""
    def wrapped(name):
        module = import_backend(name)
        from medqa.training import trainer as trl_adapter

        build = trl_adapter.build_trainer
        if not getattr(build, "traced", False):
            def build_traced(*args, **kwargs):
                trainer = build(*args, **kwargs)
                # output_dir is <output_dir>/<run>/checkpoints: record every write under <output_dir>
                install(trainer, Path(os.environ["MEDQA_TRACE_DIR"]), str(Path(trainer.args.output_dir).parents[1]))
                return trainer

            build_traced.traced = True
            trl_adapter.build_trainer = build_traced
        return module

    return wrapped


if __name__ == "__main__":
    if os.environ.get("MEDQA_SLOW_SAVE_S"):  # a save slow enough for a test to signal in its middle
        import time

        import transformers

        save_rng = transformers.Trainer._save_rng_state

        def slow_save_rng(self, output_dir):
            time.sleep(float(os.environ["MEDQA_SLOW_SAVE_S"]))
            return save_rng(self, output_dir)

        transformers.Trainer._save_rng_state = slow_save_rng
    medqa.backends.import_backend = instrument_after_backend(medqa.backends.import_backend)
    sys.argv = ["scripts/finetune.py", *sys.argv[1:]]
    runpy.run_path("scripts/finetune.py", run_name="__main__")
