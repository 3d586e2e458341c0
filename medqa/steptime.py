"""Where a training step's time goes, on every rank: `scripts/finetune.py RECIPE --profile-steps 10:14`.

torch.profiler records optimizer steps 11..14 (after step 10 ends, until step 14 ends) on each process.
Each process reduces its own trace to a few numbers per step; rank 0 gathers them, prints one line per
rank and keeps them in metrics.json["step_profile"]:

    rank  step ms  GPU busy  forward  backward  optimizer  all-reduce  host syncs  data  GPU idle

- forward / backward / optimizer: GPU kernel time launched by the main thread, by autograd's backward
  thread, and inside `Optimizer.step`. Forward includes the loss, the gradient norm and logging.
- all-reduce: NCCL kernel time. A rank that reaches the all-reduce first spins in it until the slowest
  arrives, so waiting for another rank shows here.
- host syncs: CPU time blocked in cuda*Synchronize / blocking copies (`.item()`, `if tensor:`), and
  how many per step. While the host waits, the GPU drains its queue and then idles.
- data: CPU time in the DataLoader's `__next__` (sampler and collator).
- GPU idle: step time minus the union of all kernels' intervals.

The numbers come from the trace torch.profiler writes (Chrome trace format), so `breakdown()` reads a
saved trace as well; rank 0 keeps its own as step-trace.json.gz in the run directory.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
import time
from pathlib import Path

from transformers import TrainerCallback

from medqa import rundir
from medqa.common import log, world

KERNEL_CATS = ("kernel", "gpu_memcpy", "gpu_memset")
SYNC_CALLS = ("cudaStreamSynchronize", "cudaDeviceSynchronize", "cudaEventSynchronize", "cudaMemcpy")
COLUMNS = ("step_ms", "gpu_busy_ms", "forward_ms", "backward_ms", "optimizer_ms", "allreduce_ms",
           "host_sync_ms", "syncs", "data_ms", "gpu_idle_ms")


def _union(intervals: list[tuple[float, float]]) -> float:
    total, end = 0.0, float("-inf")
    for s, e in sorted(intervals):
        if e > end:
            total += e - max(s, end)
            end = e
    return total


def breakdown(trace: dict, steps: int, wall_s: float) -> dict:
    """Per-step milliseconds from a torch.profiler Chrome trace of `steps` steps that took `wall_s`."""
    events = [e for e in trace.get("traceEvents", []) if e.get("ph") == "X"]
    kernels = [e for e in events if e.get("cat") in KERNEL_CATS]
    runtime = {e["args"]["correlation"]: e for e in events
               if e.get("cat") in ("cuda_runtime", "cuda_driver") and "correlation" in e.get("args", {})}
    optimizer = [(e["ts"], e["ts"] + e["dur"]) for e in events
                 if e.get("cat") == "user_annotation" and e["name"].startswith("Optimizer.step#")]
    # The main thread is the one that runs the optimizer (and the DataLoader); backward kernels are
    # launched by autograd's own thread.
    anchors = [e for e in events if e.get("cat") == "user_annotation"
               and e["name"].startswith(("Optimizer.step#", "enumerate(DataLoader)"))]
    main_tid = anchors[0]["tid"] if anchors else None
    fwd = bwd = opt = nccl = 0.0
    for k in kernels:
        if "nccl" in k["name"].lower():
            nccl += k["dur"]
            continue
        launch = runtime.get(k.get("args", {}).get("correlation"))
        if launch is not None and main_tid is not None and launch["tid"] != main_tid:
            bwd += k["dur"]
        elif launch is not None and any(s <= launch["ts"] <= e for s, e in optimizer):
            opt += k["dur"]
        else:
            fwd += k["dur"]
    syncs = [e for e in events if e.get("cat") in ("cuda_runtime", "cuda_driver") and e["name"] in SYNC_CALLS]
    data = sum(e["dur"] for e in events
               if e.get("cat") == "user_annotation" and e["name"].startswith("enumerate(DataLoader)"))
    busy = _union([(k["ts"], k["ts"] + k["dur"]) for k in kernels])
    per = 1e-3 / steps  # microseconds in the trace -> milliseconds per step
    step_ms = wall_s * 1e3 / steps
    return {"steps": steps, "step_ms": round(step_ms, 2), "gpu_busy_ms": round(busy * per, 2),
            "forward_ms": round(fwd * per, 2), "backward_ms": round(bwd * per, 2),
            "optimizer_ms": round(opt * per, 2), "allreduce_ms": round(nccl * per, 2),
            "host_sync_ms": round(sum(e["dur"] for e in syncs) * per, 2), "syncs": round(len(syncs) / steps, 2),
            "data_ms": round(data * per, 2), "gpu_idle_ms": round(max(0.0, step_ms - busy * per), 2)}


def table(rows: list[dict]) -> list[str]:
    head = "rank " + " ".join(f"{c.removesuffix('_ms'):>11}" for c in COLUMNS)
    return [head, *(f"{r['rank']:>4} " + " ".join(f"{r.get(c, float('nan')):>11}" for c in COLUMNS) for r in rows)]


class StepProfile(TrainerCallback):
    """Profile optimizer steps first+1..last on every rank; rank 0 gathers the breakdowns into `rows`
    and writes its own trace to `trace_path`."""

    def __init__(self, first: int, last: int, trace_path: Path | None):
        self.first, self.last, self.trace_path = first, last, trace_path
        self.rows: list[dict] = []
        self._prof = None

    def on_step_end(self, args, state, control, **kwargs):
        if state.global_step == self.first:
            self._start()
        elif state.global_step == self.last and self._prof is not None:
            self._stop()

    def _start(self) -> None:
        import torch

        activities = [torch.profiler.ProfilerActivity.CPU]
        if torch.cuda.is_available():
            activities.append(torch.profiler.ProfilerActivity.CUDA)
            torch.cuda.synchronize()
        self._prof = torch.profiler.profile(activities=activities)
        self._prof.start()
        self._t0 = time.perf_counter()

    def _stop(self) -> None:
        import torch

        if torch.cuda.is_available():
            torch.cuda.synchronize()
        wall = time.perf_counter() - self._t0
        self._prof.stop()
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "trace.json")
            self._prof.export_chrome_trace(path)
            trace = json.loads(Path(path).read_text())
        self._prof = None
        rank, _, world_size = world()
        # the profiled steps run slower (tracing) and the last one pays for the export: rates exclude them
        row = {"rank": rank, "profiled_steps": [self.first + 1, self.last],
               **breakdown(trace, self.last - self.first, wall)}
        rows = [row]
        if world_size > 1 and torch.distributed.is_initialized():
            rows = [None] * world_size if rank == 0 else None
            torch.distributed.gather_object(row, rows, dst=0)
        if rank == 0:
            self.rows = rows
            if self.trace_path is not None:
                with rundir.atomic_path(self.trace_path) as tmp, gzip.open(tmp, "wt") as f:
                    json.dump(trace, f)
            log(f"step profile, steps {self.first + 1}..{self.last}, ms per step:")
            for line in table(rows):
                log("  " + line)
