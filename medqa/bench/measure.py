"""One training path measured in this process (the child `medqa/bench/compare.py` starts), and the
memory probe the memory model is calibrated against.

Useful tokens/s and peak memory of three training paths, each in its own process.

Paths (all: the same recipe, model, data, batch size, LoRA and loss; TRL SFTTrainer):
  peft     transformers + peft + bitsandbytes nf4, random-order padded batches (how most tutorials train)
  unsloth  Unsloth's FastLanguageModel, default (random-order, padded) batching
  medqa    the recipe exactly as shipped (Unsloth where it runs + length-grouped batches)

Each path runs in a fresh process because Unsloth patches transformers, peft and trl on import.
Useful tokens are the non-padding tokens of each batch; padded tokens are all the batch's tokens.
A first, untimed train() warms up: by default one whole epoch, so that every batch shape of the
timed epoch has been compiled before it (Unsloth compiles each decoder layer, and torch.compile builds
a new graph when a batch crosses a shape guard: a one-time stall of seconds that a real run pays once,
not per epoch), or `warmup` steps (None: the epoch). Then one whole epoch over the same rows, in the
same order, is timed, so every path is timed on the same tokens. The warm-up epoch's own rate and its
compile stalls are reported beside it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PATHS = {
    "peft": ["model.backend=peft", "train.group_by_length=false", "train.padding_free=false",
             "train.batch_tokens=null", "model.gradient_checkpointing=true"],
    "unsloth": ["model.backend=unsloth", "train.group_by_length=false", "train.padding_free=null",
                "train.batch_tokens=null", "model.gradient_checkpointing=true"],
    "medqa": [],
}
DESCRIPTIONS = {
    "peft": "transformers + peft + bitsandbytes + TRL, random-order padded batches",
    "unsloth": "Unsloth + TRL, default batching",
    "medqa": "medqa recipe as shipped",
}
MARK = "MEDQA_BENCH_JSON "


@dataclass
class Loaded:
    """The recipe's model, tokenizer and data, loaded as `medqa.training.run` loads them, from the same plan."""

    cfg: Any
    plan: Any  # medqa.training.plan.TrainPlan
    out: Path
    model: Any
    tokenizer: Any
    train_ds: Any
    val_ds: Any


def load_for_bench(recipe: str, overrides: list[str], extra: list[str]) -> Loaded:
    from medqa.backends import import_backend, load_tokenizer
    from medqa.config import load_config
    from medqa.data.prepare import prepare
    from medqa.training.plan import plan_training

    out = Path(tempfile.mkdtemp(prefix="medqa-bench-"))
    cfg = load_config(recipe, [*overrides, *extra, "train.epochs=1", "train.logging_steps=1000000",
                               "train.eval_steps=1000000", "train.save_steps=1000000", "tracking.wandb=off",
                               f"output_dir={out}"])
    plan = plan_training(cfg)
    backend = import_backend(plan.backend)  # unsloth before transformers
    train_ds, val_ds, _ = prepare(cfg.data, load_tokenizer(cfg), cfg.model.max_length)
    model, tokenizer = backend.load(cfg, plan.precision, plan.layers)
    return Loaded(cfg, plan, out, model, tokenizer, train_ds, val_ds)


def _trainer(b: Loaded, cfg, train_ds, eval_ds):
    from medqa.training.trainer import build_trainer

    return build_trainer(cfg, b.plan, b.model, b.tokenizer, train_ds, eval_ds, b.out / "checkpoints", "none")


def full_length_rows(tokenizer, n: int, length: int, seed: int = 0):
    """`n` rows of exactly `length` tokens, the second half carrying loss: the worst case for memory."""
    import random

    from datasets import Dataset

    rng = random.Random(seed)
    special = set(tokenizer.all_special_ids)
    pool = [i for i in range(min(len(tokenizer), 20000)) if i not in special]
    ids = [[rng.choice(pool) for _ in range(length)] for _ in range(n)]
    return Dataset.from_dict({"input_ids": ids, "completion_mask": [[0] * (length // 2) + [1] * (length - length // 2)
                                                                  for _ in range(n)]})


def worst_case_peak(trainer, cfg, tokenizer, steps: int = 2) -> float | None:
    """Peak GiB over `steps` optimizer steps of full-length rows (None on CPU; 'OOM' if they do not fit)."""
    import torch

    if not torch.cuda.is_available():
        return None
    rows = max(1, (cfg.train.batch_tokens or cfg.train.micro_batch_size * cfg.model.max_length) // cfg.model.max_length)
    trainer.train_dataset = full_length_rows(tokenizer, rows * cfg.train.grad_accum * steps, cfg.model.max_length)
    trainer.args.max_steps = steps
    torch.cuda.empty_cache()
    torch.cuda.reset_peak_memory_stats()
    try:
        trainer.train()
    except torch.OutOfMemoryError:
        return "OOM"
    return round(torch.cuda.max_memory_allocated() / 2**30, 2)


def child(recipe: str, overrides: list[str], path: str, warmup: int | None) -> dict:
    """Measure one path in this process (run by `compare` as `python -m medqa.bench.measure ...`)."""
    b = load_for_bench(recipe, overrides, [*PATHS[path], f"train.max_steps={warmup or -1}"])
    import torch

    from medqa.training.speed import StepTimer, compiled_graphs, training_attention

    trainer = _trainer(b, b.cfg, b.train_ds, b.val_ds.select(range(min(8, len(b.val_ds)))))
    attention = training_attention(trainer, b.train_ds)
    batches = _count_batches(trainer)
    first_loss = trainer.evaluate()["eval_loss"]  # same 8 rows, same initial weights: same objective?
    # The first epoch evaluates in its middle (and at its end when its steps are even), as a real run does
    # every train.eval_steps: a recompile there is counted. Evaluation runs between steps, outside their
    # seconds. The timed epoch does not evaluate: an evaluation's batches (--batch rows, the loss over all
    # logits on a P100) would set the peak that should be training's.
    trainer.args.eval_strategy, trainer.args.eval_steps = "steps", 0.5  # a fraction of the epoch's steps
    # Nor a checkpoint: the Trainer saves one when a train() ends (save_strategy "steps"), seconds that a
    # real run spends every train.save_steps steps and that would weigh on a dozen timed steps.
    trainer.args.save_strategy = "no"
    batches.clear()
    timer = StepTimer()
    trainer.add_callback(timer)
    # Each recompile's failed guard into this path's log. Set after the backend's import: TORCH_LOGS in
    # the environment printed nothing in Unsloth's processes (docs/gpu.md, the card recipes, measured).
    torch._logging.set_logs(recompiles=True)
    seconds = _train_timed(trainer)  # warm-up: compiles, fills caches
    warm = _warmup_summary(seconds, batches, timer.seconds, timer.new_graphs)
    # graphs built after step 1 in the first epoch, its evaluations included (they run between steps)
    first = {"useful": _per_step(batches, b.cfg.train.grad_accum), "seconds": list(timer.seconds),
             "new_graphs": list(timer.new_graphs), "graphs_after_step_1": compiled_graphs() - timer.graphs_end[0]}
    trainer.args.eval_strategy = "no"
    trainer.args.max_steps = -1  # then one whole epoch, timed
    batches.clear()
    timer.clear()
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    window = _train_timed(trainer)
    dialog_peak = round(torch.cuda.max_memory_allocated() / 2**30, 2) if torch.cuda.is_available() else None
    timed = {"window": window, "batches": list(batches), "seconds": list(timer.seconds),
             "new_graphs": list(timer.new_graphs), "peak": dialog_peak}  # the worst case below adds its own steps
    worst = worst_case_peak(trainer, b.cfg, b.tokenizer)
    after = after_step_1(first, {**timed, "useful": _per_step(timed["batches"], b.cfg.train.grad_accum)})
    return {**_result(path, b, trainer, attention, first_loss, warmup, warm, timed, worst), **after}


def _per_step(batches: list, accumulation: int) -> list[int]:
    """Useful tokens of each optimizer step, from its micro-batches' (rows, padded, useful)."""
    useful = [u for _, _, u in batches]
    return [sum(useful[i:i + accumulation]) for i in range(0, len(useful), accumulation)]


def after_step_1(first: dict, timed: dict) -> dict:
    """What a user gets: the first epoch's useful tokens/s over its steps after step 1 (recompiles and all),
    beside the timed epoch's over the same steps (the same batches, in the same order), and the graphs
    torch.compile built after step 1 in either. `first` and `timed`: per step "useful", "seconds", "new_graphs";
    `first` also "graphs_after_step_1", its evaluations' included."""
    n = min(len(first["seconds"]), len(timed["seconds"]))
    if n < 2:
        return {"after_step_1_steps": 0}
    rates = [sum(e["useful"][1:n]) / sum(e["seconds"][1:n]) for e in (first, timed)]
    return {"after_step_1_steps": f"2..{n}",
            "first_epoch_after_step_1_useful_tokens_per_s": round(rates[0], 1),
            "timed_after_step_1_useful_tokens_per_s": round(rates[1], 1),
            "first_vs_timed_after_step_1": round(rates[0] / rates[1], 3),
            "recompiles_after_step_1": first["graphs_after_step_1"] + sum(timed["new_graphs"]),
            "first_epoch_recompile_steps": [i + 1 for i, g in enumerate(first["new_graphs"]) if g and i]}


def _count_batches(trainer) -> list[tuple[int, int, int]]:
    """(rows, padded, useful) tokens of each training batch the trainer's collator builds, in order, from now
    on. Evaluation's batches (the same collator) are not counted: evaluating is flagged around the
    Trainer's evaluation loop and medqa's evaluation warm-up."""
    batches: list[tuple[int, int, int]] = []
    collate, evaluating = trainer.data_collator, [False]

    def flagged(run):
        def call(*args, **kwargs):
            evaluating[0] = True
            try:
                return run(*args, **kwargs)
            finally:
                evaluating[0] = False
        return call

    trainer.evaluation_loop, trainer.warm_up_evaluation = map(flagged, (trainer.evaluation_loop,
                                                                         trainer.warm_up_evaluation))

    def counting_collator(examples):
        batch = collate(examples)
        if evaluating[0]:
            return batch
        mask = batch.get("attention_mask")
        useful = int(mask.sum()) if mask is not None else int(batch["input_ids"].numel())
        batches.append((len(examples), int(batch["input_ids"].numel()), useful))
        return batch

    trainer.data_collator = counting_collator
    return batches


def _train_timed(trainer) -> float:
    """Seconds of one `trainer.train()`, the GPU idle at both ends."""
    from medqa.training.speed import sync

    sync()
    t0 = time.perf_counter()
    trainer.train()
    sync()
    return time.perf_counter() - t0


def _result(path: str, b: Loaded, trainer, attention: str, first_loss: float, warmup: int | None, warm: dict,
            timed: dict, worst) -> dict:
    cfg, plan, batches, steps = b.cfg, b.plan, timed["batches"], timed["seconds"]
    useful, padded = sum(u for _, _, u in batches), sum(p for _, p, _ in batches)
    return {
        "path": path,
        "description": DESCRIPTIONS[path],
        "backend": plan.backend,
        "batching": (f"{cfg.train.batch_tokens}-token batches" if cfg.train.batch_tokens
                     else "length-grouped" if cfg.train.group_by_length else "random")
                    + (", padding-free" if trainer.args.padding_free else ""),
        "rows_per_batch": round(sum(rows for rows, _, _ in batches) / len(batches), 1),
        "micro_batch_size": cfg.train.micro_batch_size,
        "max_length": cfg.model.max_length,
        "precision": plan.precision,
        "useful_tokens_per_s": round(useful / timed["window"], 1),
        # The same tokens over the steps alone: without train()'s setup and teardown (seconds, once per
        # run), which weigh on a window of a dozen 16,384-token steps as they would not on a real run.
        "steps_useful_tokens_per_s": round(useful / sum(steps), 1),
        "padded_tokens_per_s": round(padded / timed["window"], 1),
        "padding_fraction": round(1 - useful / padded, 3),
        "median_step_s": round(statistics.median(steps), 4),
        "peak_gib": timed["peak"],
        "worst_case_peak_gib": worst,
        "estimate_gib": round(plan.estimate(cfg).total / 2**30, 2),
        "checkpointed_layers": plan.layers,
        "attention": attention,
        "checkpointing_why": plan.layers_why,
        "batch_tokens": cfg.train.batch_tokens,
        "memory_cap_gib": cfg.gpu.memory_cap_gib,
        "first_batch_loss": round(float(first_loss), 4),
        "warmup_steps": warmup or "epoch",
        **warm,
        "timed_steps": len(steps),
        # Each step's seconds: a torch.compile recompile on a new batch shape shows as one step of several s.
        "step_seconds": [round(x, 3) for x in steps],
        "step_new_graphs": timed["new_graphs"],
        "step_shapes": [_shape(rows, p) for rows, p, _ in batches],
        "timed_tokens": useful,
        "seconds": round(timed["window"], 2),
        "device": plan.device.name,
    }


def _shape(rows: int, padded: int) -> str:
    """A batch's shape as 'rows x padded length', e.g. '33x248'."""
    return f"{rows}x{padded // rows}"


def parse_warmup(value: str) -> int | None:
    """The warm-up as written on a command line: 'epoch' (None: one whole untimed epoch) or a number of
    untimed steps, at least 1."""
    if value == "epoch":
        return None
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: a number of steps (1 or more) or 'epoch'")
    return int(value)


def _warmup_summary(seconds: float, batches: list, step_times: list, step_graphs: list) -> dict:
    """The warm-up's rate and the steps in which torch.compile built graphs: the one-time cost."""
    useful = sum(u for _, _, u in batches)
    compiles = [{"shape": _shape(rows, padded), "seconds": round(t, 3), "new_graphs": g}
                for (rows, padded, _), t, g in zip(batches, step_times, step_graphs) if g]
    return {"warmup_seconds": round(seconds, 2), "warmup_step_shapes": [_shape(r, p) for r, p, _ in batches],
            "warmup_useful_tokens_per_s": round(useful / seconds, 1) if seconds else None,
            "warmup_compile_steps": compiles}


def probe(recipe: str, overrides: list[str], settings: list[tuple[int, int]], steps: int = 3) -> list[dict]:
    """Peak memory and step time of full-length rows for each (checkpointed layers, batch tokens), on one
    loaded model: the measurements `estimates.estimate_memory` is calibrated against (docs/gpu.md)."""
    import gc

    b = load_for_bench(recipe, overrides, ["model.gradient_checkpointing=true", f"train.max_steps={steps}"])
    out = []
    for layers, tokens in settings:
        row = _probe_one(b, layers, tokens, steps)
        print(MARK + json.dumps(row), flush=True)
        out.append(row)
        gc.collect()
    return out


def _probe_one(b: Loaded, layers: int, tokens: int, steps: int) -> dict:
    import torch

    from medqa.backends import import_backend
    from medqa.training import estimates
    from medqa.training.speed import StepTimer

    cfg = b.cfg.model_copy(update={"train": b.cfg.train.model_copy(update={"batch_tokens": tokens})})
    import_backend(b.plan.backend).set_checkpointed_layers(b.model, layers)
    rows = full_length_rows(b.tokenizer, max(1, tokens // cfg.model.max_length) * steps, cfg.model.max_length)
    trainer = _trainer(b, cfg, rows, rows.select(range(1)))
    trainer.args.eval_strategy = "no"  # training's peak, not an evaluation's
    timer = StepTimer()
    trainer.add_callback(timer)
    peak = reserved = None
    cuda = torch.cuda.is_available()
    if cuda:
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    try:
        trainer.train()
        if cuda:
            peak, reserved = torch.cuda.max_memory_allocated() / 2**30, torch.cuda.max_memory_reserved() / 2**30
    except torch.OutOfMemoryError:
        pass
    est = estimates.estimate_memory(cfg, b.plan.shapes, backend=b.plan.backend, precision=b.plan.precision,
                                    chunked_loss=b.plan.chunked_loss, on_gpu=cuda, checkpointed=layers)
    times = timer.seconds
    step_s = statistics.median(times[1:] or times) if times else None
    return {"backend": b.plan.backend, "precision": b.plan.precision, "layers": layers,
            "layers_seen": sorted(set(timer.layers)), "batch_tokens": tokens, "max_length": cfg.model.max_length,
            "peak_gib": None if peak is None else round(peak, 3),
            "reserved_gib": None if reserved is None else round(reserved, 3),
            "estimate_gib": round(est.total / 2**30, 3),
            "step_s": round(step_s, 4) if step_s else None,
            "tokens_per_s": round(tokens / step_s, 1) if step_s else None}


if __name__ == "__main__":
    if sys.argv[1] == "--probe":  # python -m medqa.bench.measure --probe RECIPE LAYERS:TOKENS,... [overrides...]
        recipe_, settings_, *overrides_ = sys.argv[2:]
        probe(recipe_, overrides_, [tuple(int(x) for x in s.split(":")) for s in settings_.split(",")])
    else:  # child process: python -m medqa.bench.measure RECIPE PATH WARMUP [overrides...]
        recipe_, path_, warmup_, *overrides_ = sys.argv[1:]
        result = child(recipe_, overrides_, path_, parse_warmup(warmup_))
        print(MARK + json.dumps(result), flush=True)
