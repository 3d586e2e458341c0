"""The report of tools/device_ddp.sh: steady rate, scaling, final loss, per-GPU memory and utilization,
and each rank's step breakdown (`--profile-steps`), for runs named by their tags.

    python tools/ddp_report.py --runs /tmp/ddp --logs $OUT gpu1 gpu2 gpu4

Reads <runs>/<tag>/{log_history,metrics}.json, <logs>/<tag>.log (the run's output, each line prefixed
with the epoch second it arrived) and <logs>/smi-<tag>.csv (nvidia-smi samples). The rate is over every
logged step after step 1 (which compiles every layer once, and which a real run pays once), stalls
included, as issue 27 asks: what a user gets; the steps --profile-steps traced are the only ones left out,
and the report says so. Utilization is the mean of the nvidia-smi samples from step 2 up to the first
profiled step.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from datetime import datetime
from pathlib import Path

from medqa.training.speed import table

FIRST = 1  # step 1 compiles every layer: the rate starts after it


def steady(history: list[dict], profiled: list[int] | None) -> dict:
    """Rate over steps FIRST+1..last, leaving out the steps --profile-steps traced (slower, and the
    last of them exports the trace). Also the rate without stalls: steps over 5x the median step,
    which were torch.compile recompiling a block for a batch shape new to one rank (issue 27)."""
    steps = [e for e in history if "loss" in e and "train_runtime" in e]
    lo, hi = profiled or (0, -1)
    deltas = [(e["step"], e["num_input_tokens_seen"] - prev["num_input_tokens_seen"],
               e["train_runtime"] - prev["train_runtime"])
              for prev, e in zip(steps, steps[1:]) if prev["step"] >= FIRST and not lo <= e["step"] <= hi]
    median = statistics.median(d[2] for d in deltas)
    calm = [d for d in deltas if d[2] <= 5 * median]
    first = next(e["step"] for e in steps if e["step"] >= FIRST)
    left_out = f" except {lo}..{hi}" if profiled else ""
    return {"steps": f"{first + 1}..{steps[-1]['step']}{left_out}",
            "tokens_per_s": sum(d[1] for d in deltas) / sum(d[2] for d in deltas),
            "step_s": sum(d[2] for d in deltas) / len(deltas),
            "stalls": [{"step": d[0], "seconds": round(d[2], 2)} for d in deltas if d[2] > 5 * median],
            "tokens_per_s_without_stalls": sum(d[1] for d in calm) / sum(d[2] for d in calm),
            "last_loss": steps[-1]["loss"], "first": first}


def window(log: Path, first: int, last: int | None) -> tuple[float, float] | None:
    """Epoch seconds of the log lines that carried step `first`'s loss and step `last`'s (None: the
    last step). One loss line per step (train.logging_steps=1)."""
    if not log.is_file():
        return None
    times = [float(line.split(" ", 1)[0]) for line in log.read_bytes().decode(errors="replace").split("\n")
             if "'loss'" in line and line.split(" ", 1)[0].isdigit()]
    end = times[-1] if last is None or last > len(times) else times[last - 1]
    return (times[first - 1], end) if len(times) >= first else None


def gpus(smi: Path, span: tuple[float, float] | None) -> dict[int, dict]:
    per: dict[int, dict] = {}
    if not smi.is_file():
        return per
    for line in smi.read_text().splitlines():
        try:
            stamp, index, util, mem = (x.strip() for x in line.split(","))
            t = datetime.strptime(stamp, "%Y/%m/%d %H:%M:%S.%f").timestamp()
            g = per.setdefault(int(index), {"max_mem_gib": 0.0, "util": []})
            g["max_mem_gib"] = max(g["max_mem_gib"], int(mem) / 1024)
            if span and span[0] <= t <= span[1]:
                g["util"].append(int(util))
        except ValueError:
            continue
    return {i: {"max_mem_gib": round(g["max_mem_gib"], 2),
                "util_pct": round(statistics.mean(g["util"]), 1) if g["util"] else None}
            for i, g in sorted(per.items()) if g["max_mem_gib"] > 1}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=Path, required=True)
    p.add_argument("--logs", type=Path, required=True)
    p.add_argument("tags", nargs="+")
    args = p.parse_args()
    rows, base = [], None
    for tag in args.tags:
        run = args.runs / tag
        if not (run / "metrics.json").is_file():
            print(f"{tag}: no metrics.json (the run failed: see {args.logs / (tag + '.log')})")
            continue
        metrics = json.loads((run / "metrics.json").read_text())
        profile = metrics.get("step_profile") or [{}]
        s = steady(json.loads((run / "log_history.json").read_text()), profile[0].get("profiled_steps"))
        if base is None and metrics["world_size"] == 1:
            base = s  # the one-GPU run: what each GPU of the others is compared with
        row = {"tag": tag, "gpus": metrics["world_size"], "global_batch": metrics["global_batch"], **s,
               "scaling": round(s["tokens_per_s"] / base["tokens_per_s"], 3) if base else None,
               "scaling_without_stalls": round(s["tokens_per_s_without_stalls"]
                                               / base["tokens_per_s_without_stalls"], 3) if base else None,
               "train_loss": metrics["train_loss"], "eval_loss": metrics["eval_loss"],
               "peak_gpu_gib_rank0": metrics["peak_gpu_gib"], "speed": metrics.get("speed"),
               # utilization before the profiled steps (a profile slows its steps and stalls at its end)
               "gpus_seen": gpus(args.logs / f"smi-{tag}.csv", window(args.logs / f"{tag}.log", s["first"],
                                 profile[0]["profiled_steps"][0] - 1 if profile[0].get("profiled_steps") else None)),
               "step_profile": metrics.get("step_profile")}
        rows.append(row)
        print(f"{tag}: {row['gpus']} GPU(s), up to {row['global_batch']} tokens/step, steps {s['steps']}: "
              f"{s['tokens_per_s']:,.0f} useful tok/s, {s['step_s']:.3f} s/step, scaling {row['scaling']}x; "
              f"last step loss {s['last_loss']}, train loss {row['train_loss']}, eval loss {row['eval_loss']}")
        speed = metrics.get("speed") or {}
        per_rank = speed.get("recompiles_after_step_1_per_rank")
        print(f"  recompiles after step 1: {speed.get('recompiles_after_step_1', '-')}"
              f"{f' (per rank {per_rank})' if per_rank else ''}; batches padded to a multiple of "
              f"{speed.get('pad_to_multiple_of', '-')}")
        stalls = ", ".join(f"step {x['step']} {x['seconds']} s" for x in s["stalls"]) or "none"
        print(f"  stalls (over 5x the median step): {stalls}; without them {s['tokens_per_s_without_stalls']:,.0f} "
              f"useful tok/s, scaling {row['scaling_without_stalls']}x")
        for i, g in row["gpus_seen"].items():
            print(f"  GPU {i}: max {g['max_mem_gib']} GiB used (nvidia-smi), mean utilization {g['util_pct']} % "
                  "(steady steps before the profile)")
        if row["step_profile"]:
            print("\n".join("  " + line for line in table(row["step_profile"])))
    print("DDP_JSON " + json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
