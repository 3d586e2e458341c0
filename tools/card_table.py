"""One row per card recipe from `tools/gpu_recipes.sh bench` results: the table in docs/gpu.md and its chart.

    python tools/card_table.py docs/results/bench-{p100,t4,a100,h100}-recipe-h200.json \
        --chart docs/results/cards-h200.png
"""

import argparse
import json
from pathlib import Path

from medqa.bench.compare import after_step_1


def rows(paths: list[str]) -> list[dict]:
    out = []
    for p in paths:
        data = json.loads(Path(p).read_text())
        card = Path(data["meta"]["recipe"]).stem
        cap = next((o.split("=")[1] for o in data["meta"]["overrides"] if o.startswith("gpu.memory_cap_gib=")), "-")
        peft = next((r for r in data["results"] if r["path"] == "peft"), None)
        for r in data["results"]:
            if r["path"] == "medqa":
                out.append({**r, "card": card, "cap": cap, "peft": peft["useful_tokens_per_s"] if peft else None,
                            "peft_rows": peft["micro_batch_size"] if peft else None})
    return out


def table(results: list[dict]) -> str:
    head = ("| recipe | cap GiB | backend, precision | batch tokens | checkpointed layers (auto) | attention | "
            "useful tok/s | same, steps only | first epoch (compiles) | first epoch after step 1 (timed, same steps) | "
            "recompiles after step 1 | plain PEFT, same run | estimated peak GiB | worst-case peak GiB | "
            "dialog-rows peak GiB |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
    return head + "".join(
        f"| {r['card']} | {r['cap']} | {r['backend']}, {r['precision']} | {r['batch_tokens']:,} | "
        f"{r['checkpointed_layers']} of 32 | {r['attention']} | {r['useful_tokens_per_s']:,.0f} | "
        f"{r['steps_useful_tokens_per_s']:,.0f} | {first_epoch(r)} | {after_step_1(r)} | "
        f"{r.get('recompiles_after_step_1', '-')} | "
        f"{peft_cell(r)} | {r['estimate_gib']} | {r['worst_case_peak_gib']} | "
        f"{r['peak_gib']} |\n" for r in results)


def peft_cell(r: dict) -> str:
    """Plain PEFT's rate in the same run, with its batch: 8 rows, or fewer where 8 do not fit the card."""
    return f"{r['peft']:,.0f} ({r['peft_rows']}-row batches)" if r["peft"] else "-"


def first_epoch(r: dict) -> str:
    """The warm-up epoch's rate and its compile stalls ('-' when the warm-up was a few steps)."""
    if r.get("warmup_steps") != "epoch":
        return "-"
    stalls = ", ".join(f"{c['shape']} {c['seconds']:.1f} s" for c in r["warmup_compile_steps"])
    return f"{r['warmup_useful_tokens_per_s']:,.0f}" + (f" ({stalls})" if stalls else "")


def chart(results: list[dict], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [r["card"] for r in results]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.5))
    ax1.bar(names, [r["steps_useful_tokens_per_s"] for r in results], color="#a9c6ee", label="steps only")
    ax1.bar(names, [r["useful_tokens_per_s"] for r in results], color="#3b7dd8", label="timed epoch")
    ax1.set_title("useful tokens / s, dialog rows")
    peft = [(name, r["peft"]) for name, r in zip(names, results) if r["peft"]]
    if peft:
        ax1.plot(*zip(*peft), "k_", markersize=30, label="plain PEFT, same run")
    ax1.legend(fontsize=7)
    ax2.bar(names, [r["worst_case_peak_gib"] for r in results], color="#d8843b", label="measured, worst case")
    ax2.plot(names, [r["estimate_gib"] for r in results], "ko", label="estimated")
    ax2.plot(names, [float(r["cap"]) * 0.85 for r in results], "r_", markersize=30, label="85 % of the card")
    ax2.set_title("peak GPU memory, GiB")
    ax2.legend(fontsize=7)
    fig.suptitle(f"{results[0]['device'].split(' (as')[0]}: each card recipe under its card's memory cap", fontsize=10)
    fig.tight_layout()
    fig.savefig(out, dpi=120, metadata={"Software": None})
    plt.close(fig)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("results", nargs="+")
    ap.add_argument("--chart")
    args = ap.parse_args()
    res = rows(args.results)
    print(table(res), end="")
    if args.chart:
        chart(res, Path(args.chart))
