"""Useful tokens/s and peak memory of three training paths, each in its own process.

Paths (all: the same recipe, model, data, batch size, LoRA and loss; TRL SFTTrainer):
  peft     transformers + peft + bitsandbytes nf4, random-order padded batches (how most tutorials train)
  unsloth  Unsloth's FastLanguageModel, default (random-order, padded) batching
  medqa    the recipe exactly as shipped (Unsloth where it runs + length-grouped batches)

Each path runs in a fresh process because Unsloth patches transformers, peft and trl on import.
Useful tokens are the non-padding tokens of each batch; padded tokens are all the batch's tokens.
A first, short train() of `warmup` steps compiles and warms up (Unsloth compiles kernels on its first
steps); then one whole epoch over the rows is timed, so every path is timed on the same tokens.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PATHS = {
    "peft": ["model.backend=peft", "train.group_by_length=false", "train.padding_free=false",
             "train.batch_tokens=null"],
    "unsloth": ["model.backend=unsloth", "train.group_by_length=false", "train.padding_free=null",
                "train.batch_tokens=null"],
    "medqa": [],
}
DESCRIPTIONS = {
    "peft": "transformers + peft + bitsandbytes + TRL, random-order padded batches",
    "unsloth": "Unsloth + TRL, default batching",
    "medqa": "medqa recipe as shipped",
}
MARK = "MEDQA_BENCH_JSON "


def child(recipe: str, overrides: list[str], path: str, warmup: int) -> dict:
    """Measure one path in this process (run by `compare` as `python -m medqa.bench ...`)."""
    # Longer than 60 lines on purpose: one measurement read top to bottom (setup, counting collator,
    # step timer, warm-up, timed epoch, result), whose closures share the counters they fill.
    from medqa import data, hardware
    from medqa.backends import import_backend, load_tokenizer
    from medqa.config import load_config

    out = Path(tempfile.mkdtemp(prefix="medqa-bench-"))
    cfg = load_config(recipe, [*overrides, *PATHS[path], f"train.max_steps={warmup}", "train.epochs=1",
                               "train.logging_steps=1000000", "train.eval_steps=1000000",
                               "train.save_steps=1000000", "tracking.wandb=off", f"output_dir={out}"])
    device = hardware.detect()
    backend_name, _ = hardware.choose_backend(cfg.model.backend, device)
    precision = hardware.choose_precision(cfg.model.precision, device)
    import_backend(backend_name)  # unsloth before transformers
    import torch
    from transformers import TrainerCallback

    from medqa.rundir import RunDir
    from medqa.trainer import build_trainer

    train_ds, val_ds, _ = data.prepare(cfg.data, load_tokenizer(cfg), cfg.model.max_length)
    trainer = build_trainer(cfg, backend_name, device, precision, train_ds, val_ds.select(range(min(8, len(val_ds)))),
                            RunDir(cfg.run_dir).checkpoints, "none")

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
    batches.clear()

    step_times: list[float] = []

    def sync() -> None:
        if torch.cuda.is_available():
            torch.cuda.synchronize()

    class Timer(TrainerCallback):
        def on_step_begin(self, args, state, control, **kw):
            sync()
            self.t0 = time.perf_counter()

        def on_step_end(self, args, state, control, **kw):
            sync()
            step_times.append(time.perf_counter() - self.t0)

    trainer.add_callback(Timer())
    trainer.train()  # warm-up: compiles, fills caches; not timed
    trainer.args.max_steps = -1  # then one whole epoch, timed
    batches.clear()
    step_times.clear()
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    sync()
    t0 = time.perf_counter()
    trainer.train()
    sync()
    window = time.perf_counter() - t0
    useful = sum(u for _, _, u in batches)
    padded = sum(p for _, p, _ in batches)
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
        "padded_tokens_per_s": round(padded / window, 1),
        "padding_fraction": round(1 - useful / padded, 3),
        "median_step_s": round(statistics.median(step_times), 4),
        "peak_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2) if torch.cuda.is_available() else None,
        "first_batch_loss": round(float(first_loss), 4),
        "warmup_steps": warmup,
        "timed_steps": len(step_times),
        "timed_tokens": useful,
        "seconds": round(window, 2),
        "device": device.name,
    }


def compare(recipe: str, overrides: list[str], paths: list[str], warmup: int, out_dir: Path) -> list[dict]:
    """Run each path in its own process; write results.json, results.md and results.png to out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results = []
    for path in paths:
        cmd = [sys.executable, "-m", "medqa.bench", recipe, path, str(warmup), *overrides]
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
    meta = {"recipe": recipe, "overrides": overrides, "warmup": warmup, "versions": versions()}
    (out_dir / "results.json").write_text(json.dumps({"meta": meta, "results": results}, indent=2) + "\n")
    (out_dir / "results.md").write_text(table(results))
    chart(results, out_dir / "results.png")
    return results


def table(results: list[dict]) -> str:
    head = ("| path | batching | rows/batch | useful tok/s | padded tok/s | padding | median step s | peak GiB | "
            "first-batch loss | vs peft |\n|---|---|---|---|---|---|---|---|---|---|\n")
    rows = "".join(
        f"| {r['path']} ({r['backend']}) | {r['batching']} | {r['rows_per_batch']} | {r['useful_tokens_per_s']:,.0f} | "
        f"{r['padded_tokens_per_s']:,.0f} | {r['padding_fraction']:.0%} | {r['median_step_s']:.3f} | "
        f"{r['peak_gib'] if r['peak_gib'] is not None else '-'} | {r['first_batch_loss']:.4f} | "
        f"{r['speedup_vs_peft'] if r['speedup_vs_peft'] is not None else '-'}x |\n"
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


if __name__ == "__main__":  # child process: python -m medqa.bench RECIPE PATH WARMUP [overrides...]
    recipe_, path_, warmup_, *overrides_ = sys.argv[1:]
    result = child(recipe_, overrides_, path_, int(warmup_))
    print(MARK + json.dumps(result), flush=True)
