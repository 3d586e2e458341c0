"""How fast a run trains, and why: the speed features it actually trains with, and where a step's time goes.

1. Which speed features a run actually trains with, said in one line at the start and kept in metrics.json.

    speed: backend unsloth | attention SDPA flash | checkpointing 26 of 32 layers |
           batches of up to 8192 tokens | pad to a multiple of 8 | compile per layer, 32 of 32   (one line)
    speed: torch.compile built 0 graphs after step 1 (recompiles), 128 before      (when training ends)

Read from the running model rather than from the recipe, because the anchors' most frequent complaint
is a silent fallback: the attention kernel is the one a real forward pass dispatched to (torch's
profiler names the aten op), and the checkpointed layers are counted from the layers' own flags when
training begins, after the trainer has set them.

2. Where a training step's time goes, on every rank: `scripts/finetune.py RECIPE --profile-steps 10:14`.

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

3. Recompiles: every graph torch.compile builds after a run's first step (evaluation included) is a
stall of seconds on a GPU that step 1 did not pay (issue 27); a steady run builds none. Counted from
torch._dynamo's own counter on every rank, logged when training ends and kept in metrics.json.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from transformers import TrainerCallback

from medqa import rundir
from medqa.common import log, world

# aten ops of torch.nn.functional.scaled_dot_product_attention's backends, and other kernels' markers
_KERNELS = (
    ("_scaled_dot_product_flash_attention_for_cpu", "SDPA flash (CPU)"),
    ("_scaled_dot_product_flash_attention", "SDPA flash"),
    ("_scaled_dot_product_efficient_attention", "SDPA memory-efficient"),
    ("_scaled_dot_product_cudnn_attention", "SDPA cuDNN"),
    ("_scaled_dot_product_attention_math", "SDPA math"),
    ("flash_attn", "flash-attn"),
    ("xformers", "xformers"),
    ("varlen", "varlen attention"),
)


def attention_kernel(model, batch: dict) -> str:
    """The attention kernel one forward pass of `batch` (a collated training batch) runs."""
    import torch
    from torch.profiler import ProfilerActivity, profile

    device = next(p.device for p in model.parameters())
    inputs = {k: v.to(device) for k, v in batch.items() if k in ("input_ids", "attention_mask", "position_ids")}
    prof = profile(activities=[ProfilerActivity.CPU])
    try:
        with _stderr_hidden():
            prof.start()
        try:
            with torch.no_grad():
                model(**inputs)
        finally:
            with _stderr_hidden():
                prof.stop()
    except Exception as e:  # noqa: BLE001  (a report must never stop training; say it could not tell)
        return f"not detected ({type(e).__name__})"
    names = {e.name for e in prof.events()}
    for marker, label in _KERNELS:
        if any(marker in n for n in names):
            return label
    return "eager (matmul + softmax)"


@contextlib.contextmanager
def _stderr_hidden():
    """Kineto writes "USDT: ... profiler_start" and "... profiler_stop" to the process's stderr when the
    profiler starts and stops, whatever KINETO_LOG_LEVEL says (torch 2.13, CPU): noise in every run's
    output. Only the profiler's start and stop run under this, so nothing else is hidden."""
    sys.stderr.flush()
    saved, devnull = os.dup(2), os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def training_attention(trainer, train_ds) -> str:
    """The attention kernel a training forward of the first two training rows runs (in train mode:
    Unsloth drops the padding mask there)."""
    from medqa.data.batching import right_padded

    trainer.model.train()
    rows = [train_ds[i]["input_ids"] for i in range(min(2, len(train_ds)))]
    return attention_kernel(trainer.model, right_padded(rows, trainer.processing_class.pad_token_id,
                                                        trainer.args.pad_to_multiple_of))


class SpeedFeatures(TrainerCallback):
    """Logs the features line when training begins; `info` holds it for metrics.json."""

    def __init__(self, backend: str, attention: str, batch: str, log):
        self.info = {"backend": backend, "attention": attention, "batch": batch}
        self.log = log
        self.graphs_before, self.graphs_by_step_1 = compiled_graphs(), None

    def on_train_begin(self, args, state, control, model=None, **kwargs):
        from medqa.backends import checkpointed_layers, compiled_layers

        done, total = checkpointed_layers(model)
        compiled = compile_mode(args, compiled_layers(model), total)
        self.info.update(checkpointed_layers=done, layers=total, compile=compiled,
                         pad_to_multiple_of=args.pad_to_multiple_of)
        self.log(line(self.info))

    def on_step_end(self, args, state, control, **kwargs):
        if self.graphs_by_step_1 is None:
            self.graphs_by_step_1 = compiled_graphs()

    def finish(self) -> None:
        """After training and its last evaluation, on every rank: the graphs built after step 1 into `info`
        (summed over ranks; per rank too under DDP) and the log."""
        counts = recompile_counts(self.graphs_before, self.graphs_by_step_1)
        per_rank = gathered(counts)
        after, before = sum(c[1] for c in per_rank), sum(c[0] for c in per_rank)
        self.info.update(graphs_by_step_1=before, recompiles_after_step_1=after)
        if len(per_rank) > 1:
            self.info["recompiles_after_step_1_per_rank"] = [c[1] for c in per_rank]
        ranks = f", per rank {self.info['recompiles_after_step_1_per_rank']}" if len(per_rank) > 1 else ""
        self.log(f"speed: torch.compile built {after} graphs after step 1 (recompiles{ranks}), {before} before")


def recompile_counts(graphs_before: int, graphs_by_step_1: int | None) -> tuple[int, int]:
    """(graphs built from `graphs_before` to the end of step 1, graphs built since): the first are step 1's
    compiles, paid once; the second are recompiles, each a stall. No step yet: all of them count as before."""
    now = compiled_graphs()
    by_step_1 = now if graphs_by_step_1 is None else graphs_by_step_1
    return by_step_1 - graphs_before, now - by_step_1


def gathered(value) -> list:
    """`value` from every rank, in rank order, on every rank (one collective at the end of a run)."""
    import torch

    if not (torch.distributed.is_available() and torch.distributed.is_initialized()):
        return [value]
    out = [None] * torch.distributed.get_world_size()
    torch.distributed.all_gather_object(out, value)
    return out


def compile_mode(args, compiled: int, layers: int) -> str:
    """'whole model' (the Trainer's torch_compile), 'per layer, n of N' (Unsloth's regions) or 'off'."""
    if args.torch_compile:
        return "whole model"
    return f"per layer, {compiled} of {layers}" if compiled else "off"


def line(info: dict) -> str:
    multiple = info.get("pad_to_multiple_of")
    pad = f"pad to a multiple of {multiple}" if multiple else "no padding multiple"
    return (f"speed: backend {info['backend']} | attention {info['attention']} | checkpointing "
            f"{info['checkpointed_layers']} of {info['layers']} layers | {info['batch']} | {pad} | "
            f"compile {info['compile']}")


# ------------------------------------------------------------------------------ step timing
def sync() -> None:
    """Wait for the GPU's queued work, so that a host clock measures it (nothing to wait for on a CPU)."""
    import torch

    if torch.cuda.is_available():
        torch.cuda.synchronize()


def compiled_graphs() -> int:
    """Graphs torch.compile has built in this process so far: a step that adds some paid a (re)compile."""
    from torch._dynamo.utils import counters

    return counters["stats"]["unique_graphs"]


class StepTimer(TrainerCallback):
    """Each optimizer step's seconds (the GPU idle at both ends), the graphs torch.compile built during it,
    and the decoder layers it ran checkpointed; for the benchmark and its memory probe."""

    def __init__(self):
        self.seconds: list[float] = []
        self.new_graphs: list[int] = []
        self.graphs_end: list[int] = []  # compiled_graphs() when each step ended
        self.layers: list[int] = []

    def clear(self) -> None:
        for values in (self.seconds, self.new_graphs, self.graphs_end, self.layers):
            values.clear()

    def on_step_begin(self, args, state, control, model=None, **kw):
        from medqa.backends import checkpointed_layers

        sync()
        if model is not None:
            self.layers.append(checkpointed_layers(model)[0])
        self.t0, self.graphs0 = time.perf_counter(), compiled_graphs()

    def on_step_end(self, args, state, control, **kw):
        sync()
        self.seconds.append(time.perf_counter() - self.t0)
        self.graphs_end.append(compiled_graphs())
        self.new_graphs.append(self.graphs_end[-1] - self.graphs0)


# ------------------------------------------------------------------------------ where a step's time goes
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
