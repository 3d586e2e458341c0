"""The benchmark's parent process: run each training path in a fresh child process
(`python -m medqa.bench.measure`), then write results.json, results.md and results.png.

Each path runs in its own process because Unsloth patches transformers, peft and trl on import.
What a path is and how it is timed: medqa/bench/measure.py. Only the standard library is imported
at module level (matplotlib for the chart, inside `chart`).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from medqa.bench.measure import MARK
from medqa.common import MedqaError


class BenchError(MedqaError, RuntimeError):
    pass


def compare(recipe: str, overrides: list[str], paths: list[str], warmup: int | None, out_dir: Path) -> list[dict]:
    """Run each path in its own process; write results.json, results.md and results.png to out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results = []
    for path in paths:
        cmd = [sys.executable, "-m", "medqa.bench.measure", recipe, path, str(warmup or "epoch"), *overrides]
        print(f"medqa: benchmark {path}: {' '.join(cmd[1:])}", flush=True)
        proc = subprocess.run(cmd, capture_output=True, text=True)
        (out_dir / f"{path}.log").write_text(proc.stdout + proc.stderr, encoding="utf-8")
        lines = [line for line in proc.stdout.splitlines() if line.startswith(MARK)]
        if proc.returncode != 0 or not lines:
            tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-15:])
            raise BenchError(f"benchmark path {path} failed (log: {out_dir / f'{path}.log'}):\n{tail}")
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
    head = ("| path | batching | rows/batch | useful tok/s | padded tok/s | padding | first epoch after step 1 "
            "tok/s (timed, same steps) | recompiles after step 1 | median step s | peak GiB | "
            "first-batch loss | vs peft | checkpointed layers | estimate GiB | worst-case peak GiB |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
    rows = "".join(
        f"| {r['path']} ({r['backend']}) | {r['batching']} | {r['rows_per_batch']} | {r['useful_tokens_per_s']:,.0f} | "
        f"{r['padded_tokens_per_s']:,.0f} | {r['padding_fraction']:.0%} | {after_step_1(r)} | "
        f"{r.get('recompiles_after_step_1', '-')} | {r['median_step_s']:.3f} | "
        f"{r['peak_gib'] if r['peak_gib'] is not None else '-'} | {r['first_batch_loss']:.4f} | "
        f"{r['speedup_vs_peft'] if r['speedup_vs_peft'] is not None else '-'}x | {r['checkpointed_layers']} | "
        f"{r['estimate_gib']} | {r['worst_case_peak_gib'] if r['worst_case_peak_gib'] is not None else '-'} |\n"
        for r in results)
    return head + rows


def after_step_1(r: dict) -> str:
    """'first (timed, ratio)' over the steps after step 1, e.g. '10,512 (10,760, 98 %)'; '-' without them."""
    if "first_epoch_after_step_1_useful_tokens_per_s" not in r:
        return "-"
    return (f"{r['first_epoch_after_step_1_useful_tokens_per_s']:,.0f} "
            f"({r['timed_after_step_1_useful_tokens_per_s']:,.0f}, {r['first_vs_timed_after_step_1']:.0%})")


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
