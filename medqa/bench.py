"""Useful tokens/s and peak memory of three training paths, each in its own process.

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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def _load_for_bench(recipe: str, overrides: list[str], extra: list[str]):
    """The recipe's model, tokenizer, data and trainer pieces, as `train.run` sets them up."""
    from medqa import data, hardware, preflight
    from medqa.backends import import_backend, load_tokenizer
    from medqa.config import load_config

    out = Path(tempfile.mkdtemp(prefix="medqa-bench-"))
    cfg = load_config(recipe, [*overrides, *extra, "train.epochs=1", "train.logging_steps=1000000",
                               "train.eval_steps=1000000", "train.save_steps=1000000", "tracking.wandb=off",
                               f"output_dir={out}"])
    device = hardware.rehearse(hardware.detect(), cfg.gpu.capability)
    backend_name, _ = hardware.choose_backend(cfg.model.backend, device)
    precision = hardware.choose_precision(cfg.model.precision, device)
    backend = import_backend(backend_name)  # unsloth before transformers
    hardware.cap_memory(device, cfg.gpu.memory_cap_gib)
    train_ds, val_ds, _ = data.prepare(cfg.data, load_tokenizer(cfg), cfg.model.max_length)
    shapes = preflight.shapes(cfg)
    capacity = hardware.gpu_bytes(device, cfg.gpu.memory_cap_gib)
    chunked = hardware.chunked_loss(backend_name, device)
    layers, why = preflight.checkpoint_layers(cfg, shapes, backend=backend_name, precision=precision,
                                              chunked_loss=chunked, on_gpu=device.is_cuda, capacity=capacity)
    model, tokenizer = backend.load(cfg, precision, layers)
    llama3.ensure_pad_token(tokenizer)
    setup = {"cfg": cfg, "out": out, "device": device, "backend": backend_name, "precision": precision,
             "tokenizer": tokenizer, "train_ds": train_ds, "val_ds": val_ds, "shapes": shapes, "layers": layers,
             "layers_why": why, "chunked": chunked, "capacity": capacity, "model": model}
    return setup


def _trainer(setup: dict, cfg, train_ds, eval_ds):
    from medqa.trainer import build_trainer

    return build_trainer(cfg, setup["backend"], setup["device"], setup["precision"], train_ds, eval_ds,
                         setup["out"] / "checkpoints", "none", setup["layers"],
                         loaded=(setup["model"], setup["tokenizer"]))


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
    """Measure one path in this process (run by `compare` as `python -m medqa.bench ...`)."""
    # Longer than 60 lines on purpose: one measurement read top to bottom (setup, counting collator,
    # step timer, warm-up, timed epoch, worst case, result), whose closures share the counters they fill.
    from medqa import preflight

    setup = _load_for_bench(recipe, overrides, [*PATHS[path], f"train.max_steps={warmup or -1}"])
    cfg, device, backend_name, precision = setup["cfg"], setup["device"], setup["backend"], setup["precision"]
    import torch
    from transformers import TrainerCallback

    train_ds, val_ds = setup["train_ds"], setup["val_ds"]
    trainer = _trainer(setup, cfg, train_ds, val_ds.select(range(min(8, len(val_ds)))))
    from medqa import features

    attention = features.training_attention(trainer, train_ds)

    batches: list[tuple[int, int, int]] = []  # (rows, padded, useful) of each batch, in the order built
    collate = trainer.data_collator

    def counting_collator(examples):
        batch = collate(examples)
        mask = batch.get("attention_mask")
        useful = int(mask.sum()) if mask is not None else int(batch["input_ids"].numel())
        batches.append((len(examples), int(batch["input_ids"].numel()), useful))
        return batch

    trainer.data_collator = counting_collator
    first_loss = trainer.evaluate()["eval_loss"]  # same 8 rows, same initial weights: same objective?
    # Then no evaluation inside train(): the Trainer evaluates when a train() ends, and its batches (here
    # --batch rows, the loss over all logits on a P100) would set the peak that should be training's.
    trainer.args.eval_strategy = "no"
    # Nor a checkpoint: the Trainer saves one when a train() ends (save_strategy "steps"), seconds that a
    # real run spends every train.save_steps steps and that would weigh on a dozen timed steps.
    trainer.args.save_strategy = "no"
    batches.clear()

    step_times: list[float] = []
    step_graphs: list[int] = []  # graphs torch.compile built during each step: a recompile's stall is named

    from torch._dynamo.utils import counters

    def graphs() -> int:
        return counters["stats"]["unique_graphs"]

    def sync() -> None:
        if torch.cuda.is_available():
            torch.cuda.synchronize()

    class Timer(TrainerCallback):
        def on_step_begin(self, args, state, control, **kw):
            sync()
            self.t0, self.graphs = time.perf_counter(), graphs()

        def on_step_end(self, args, state, control, **kw):
            sync()
            step_times.append(time.perf_counter() - self.t0)
            step_graphs.append(graphs() - self.graphs)

    trainer.add_callback(Timer())
    # Each recompile's failed guard into this path's log: set here, after the backend's import, because
    # TORCH_LOGS=recompiles printed nothing in Unsloth's processes; set here it named the guard that
    # recompiled on the GPU (docs/gpu.md, the card recipes, measured).
    torch._logging.set_logs(recompiles=True)
    sync()
    t0 = time.perf_counter()
    trainer.train()  # warm-up: compiles, fills caches; not timed
    sync()
    warm = _warmup_summary(time.perf_counter() - t0, batches, step_times, step_graphs)
    trainer.args.max_steps = -1  # then one whole epoch, timed
    batches.clear()
    step_times.clear()
    step_graphs.clear()
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    sync()
    t0 = time.perf_counter()
    trainer.train()
    sync()
    window = time.perf_counter() - t0
    timed, timed_graphs = list(step_times), list(step_graphs)  # the worst case below adds its own steps
    useful = sum(u for _, _, u in batches)
    padded = sum(p for _, p, _ in batches)
    dialog_peak = round(torch.cuda.max_memory_allocated() / 2**30, 2) if torch.cuda.is_available() else None
    estimate = preflight.estimate_memory(cfg, setup["shapes"], backend=backend_name, precision=precision,
                                         chunked_loss=setup["chunked"], on_gpu=device.is_cuda,
                                         checkpointed=setup["layers"])
    worst = worst_case_peak(trainer, cfg, setup["tokenizer"])
    return {
        "path": path,
        "description": DESCRIPTIONS[path],
        "backend": backend_name,
        "batching": (f"{cfg.train.batch_tokens}-token batches" if cfg.train.batch_tokens
                     else "length-grouped" if cfg.train.group_by_length else "random")
                    + (", padding-free" if trainer.args.padding_free else ""),
        "rows_per_batch": round(sum(rows for rows, _, _ in batches) / len(batches), 1),
        "micro_batch_size": cfg.train.micro_batch_size,
        "max_length": cfg.model.max_length,
        "precision": precision,
        "useful_tokens_per_s": round(useful / window, 1),
        # The same tokens over the steps alone: without train()'s setup and teardown (seconds, once per
        # run), which weigh on a window of a dozen 16,384-token steps as they would not on a real run.
        "steps_useful_tokens_per_s": round(useful / sum(timed), 1),
        "padded_tokens_per_s": round(padded / window, 1),
        "padding_fraction": round(1 - useful / padded, 3),
        "median_step_s": round(statistics.median(timed), 4),
        "peak_gib": dialog_peak,
        "worst_case_peak_gib": worst,
        "estimate_gib": round(estimate.total / 2**30, 2),
        "checkpointed_layers": setup["layers"],
        "attention": attention,
        "checkpointing_why": setup["layers_why"],
        "batch_tokens": cfg.train.batch_tokens,
        "memory_cap_gib": cfg.gpu.memory_cap_gib,
        "first_batch_loss": round(float(first_loss), 4),
        "warmup_steps": warmup or "epoch",
        **warm,
        "timed_steps": len(timed),
        # Each step's seconds: a torch.compile recompile on a new batch shape shows as one step of several s.
        "step_seconds": [round(x, 3) for x in timed],
        "step_new_graphs": timed_graphs,
        "step_shapes": [_shape(rows, padded) for rows, padded, _ in batches],
        "timed_tokens": useful,
        "seconds": round(window, 2),
        "device": device.name,
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
    loaded model: the measurements `preflight.estimate_memory` is calibrated against (docs/gpu.md)."""
    # Longer than 60 lines on purpose: one sweep read top to bottom (load once; per setting: layers,
    # rows, trainer, timer, train, peak, estimate), whose timer closes over the sync it shares.
    import statistics as st

    import torch
    from transformers import TrainerCallback

    from medqa import preflight
    from medqa.backends import checkpointed_layers, import_backend

    setup = _load_for_bench(recipe, overrides, ["model.gradient_checkpointing=true", f"train.max_steps={steps}"])
    base, out, cuda = setup["cfg"], [], torch.cuda.is_available()

    def sync() -> None:
        if cuda:
            torch.cuda.synchronize()

    for layers, tokens in settings:
        cfg = base.model_copy(update={"train": base.train.model_copy(update={"batch_tokens": tokens})})
        import_backend(setup["backend"]).set_checkpointed_layers(setup["model"], layers)
        per_step = max(1, tokens // cfg.model.max_length)
        rows = full_length_rows(setup["tokenizer"], per_step * steps, cfg.model.max_length)
        trainer = _trainer(setup, cfg, rows, rows.select(range(1)))
        trainer.args.eval_strategy = "no"  # training's peak, not an evaluation's
        times, seen = [], []

        class Timer(TrainerCallback):
            def __init__(self, times: list, seen: list):
                self.times, self.seen = times, seen

            def on_step_begin(self, args, state, control, model=None, **kw):
                sync()
                self.seen.append(checkpointed_layers(model)[0])
                self.t0 = time.perf_counter()

            def on_step_end(self, args, state, control, **kw):
                sync()
                self.times.append(time.perf_counter() - self.t0)

        trainer.add_callback(Timer(times, seen))
        peak = reserved = None
        if cuda:
            torch.cuda.empty_cache()
            torch.cuda.reset_peak_memory_stats()
        try:
            trainer.train()
            if cuda:
                peak, reserved = torch.cuda.max_memory_allocated() / 2**30, torch.cuda.max_memory_reserved() / 2**30
        except torch.OutOfMemoryError:
            pass
        est = preflight.estimate_memory(cfg, setup["shapes"], backend=setup["backend"], precision=setup["precision"],
                                        chunked_loss=setup["chunked"], on_gpu=cuda, checkpointed=layers)
        row = {"backend": setup["backend"], "precision": setup["precision"], "layers": layers,
               "layers_seen": sorted(set(seen)), "batch_tokens": tokens, "max_length": cfg.model.max_length,
               "peak_gib": None if peak is None else round(peak, 3),
               "reserved_gib": None if reserved is None else round(reserved, 3),
               "estimate_gib": round(est.total / 2**30, 3),
               "step_s": round(st.median(times[1:] or times), 4) if times else None,
               "tokens_per_s": round(tokens / st.median(times[1:] or times), 1) if times else None}
        print(MARK + json.dumps(row), flush=True)
        out.append(row)
        del trainer
        import gc

        gc.collect()
    return out


def compare(recipe: str, overrides: list[str], paths: list[str], warmup: int | None, out_dir: Path) -> list[dict]:
    """Run each path in its own process; write results.json, results.md and results.png to out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results = []
    for path in paths:
        cmd = [sys.executable, "-m", "medqa.bench", recipe, path, str(warmup or "epoch"), *overrides]
        print(f"medqa: benchmark {path}: {' '.join(cmd[1:])}", flush=True)
        proc = subprocess.run(cmd, capture_output=True, text=True)
        (out_dir / f"{path}.log").write_text(proc.stdout + proc.stderr, encoding="utf-8")
        lines = [line for line in proc.stdout.splitlines() if line.startswith(MARK)]
        if proc.returncode != 0 or not lines:
            tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-15:])
            raise RuntimeError(f"benchmark path {path} failed (log: {out_dir / f'{path}.log'}):\n{tail}")
        results.append(json.loads(lines[-1][len(MARK):]))
    losses = [r["first_batch_loss"] for r in results]
    if max(losses) - min(losses) > 0.01 * max(abs(x) for x in losses):
        # Same rows, same initial weights: a larger gap means the paths do not train the same objective
        print(f"medqa: warning: first-batch losses differ by more than 1 %: {losses}", flush=True)
    base = next((r for r in results if r["path"] == "peft"), None)
    for r in results:
        r["speedup_vs_peft"] = round(r["useful_tokens_per_s"] / base["useful_tokens_per_s"], 2) if base else None
    meta = {"recipe": recipe, "overrides": overrides, "warmup": warmup or "epoch", "versions": versions()}
    (out_dir / "results.json").write_text(json.dumps({"meta": meta, "results": results}, indent=2) + "\n")
    (out_dir / "results.md").write_text(table(results))
    chart(results, out_dir / "results.png")
    return results


def table(results: list[dict]) -> str:
    head = ("| path | batching | rows/batch | useful tok/s | padded tok/s | padding | median step s | peak GiB | "
            "first-batch loss | vs peft | checkpointed layers | estimate GiB | worst-case peak GiB |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
    rows = "".join(
        f"| {r['path']} ({r['backend']}) | {r['batching']} | {r['rows_per_batch']} | {r['useful_tokens_per_s']:,.0f} | "
        f"{r['padded_tokens_per_s']:,.0f} | {r['padding_fraction']:.0%} | {r['median_step_s']:.3f} | "
        f"{r['peak_gib'] if r['peak_gib'] is not None else '-'} | {r['first_batch_loss']:.4f} | "
        f"{r['speedup_vs_peft'] if r['speedup_vs_peft'] is not None else '-'}x | {r['checkpointed_layers']} | "
        f"{r['estimate_gib']} | {r['worst_case_peak_gib'] if r['worst_case_peak_gib'] is not None else '-'} |\n"
        for r in results)
    return head + rows


def chart(results: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.5))
    names = [r["path"] for r in results]
    ax1.bar(names, [r["useful_tokens_per_s"] for r in results], color="#3b7dd8")
    ax1.set_title("useful tokens / s (higher is better)")
    ax2.bar(names, [r["peak_gib"] or 0 for r in results], color="#d8843b")
    ax2.set_title("peak GPU memory, GiB (lower is better)")
    fig.suptitle(f"{results[0]['device']}: batch {results[0]['micro_batch_size']}, dialog lengths", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("torch", "transformers", "trl", "peft", "bitsandbytes", "unsloth", "unsloth_zoo", "datasets"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


if __name__ == "__main__":
    if sys.argv[1] == "--probe":  # python -m medqa.bench --probe RECIPE LAYERS:TOKENS,... [overrides...]
        recipe_, settings_, *overrides_ = sys.argv[2:]
        probe(recipe_, overrides_, [tuple(int(x) for x in s.split(":")) for s in settings_.split(",")])
    else:  # child process: python -m medqa.bench RECIPE PATH WARMUP [overrides...]
        recipe_, path_, warmup_, *overrides_ = sys.argv[1:]
        result = child(recipe_, overrides_, path_, parse_warmup(warmup_))
        print(MARK + json.dumps(result), flush=True)
