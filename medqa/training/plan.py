"""The training plan: every decision a run takes from the card and the model's shape, made once, before
any weight loads, by `plan()`, and used as it is by training (`medqa/training/run.py`) and the benchmark
(`medqa/bench/measure.py`).

    plan = plan_training(cfg, dry_run=False)   # device, backend, precision, capacity, loss, checkpointed layers

Deciding has side effects that must come first, and they happen here in their order: the GPU is
pinned (one per process under DDP) and capped (`gpu.memory_cap_gib`), and Unsloth is imported before
transformers, trl and peft, which it patches on import.
"""

from __future__ import annotations

from dataclasses import dataclass

from medqa import hardware
from medqa.backends import import_backend
from medqa.common import MedqaError, log, reason, world
from medqa.config import Config
from medqa.training import estimates


@dataclass(frozen=True)
class TrainPlan:
    device: hardware.Device
    backend: str  # "unsloth" or "peft"
    precision: str  # "bf16", "fp16" or "fp32"
    world_size: int
    capacity: float | None  # bytes one process may use: the (capped) GPU, else RAM; None when unknown
    chunked_loss: bool  # the loss never holds all logits at once (Unsloth's or TRL's fused loss)
    shapes: estimates.Shapes | None  # the model's parameter counts; None when its config is not reachable
    layers: int  # decoder layers recomputed in backward
    layers_why: str

    def estimate(self, cfg: Config) -> estimates.MemoryEstimate:
        """Peak memory of one process with this plan's checkpointed layers (needs `shapes`)."""
        return estimates.estimate_memory(cfg, self.shapes, backend=self.backend, precision=self.precision,
                                         chunked_loss=self.chunked_loss, on_gpu=self.device.is_cuda,
                                         capacity=self.capacity, checkpointed=self.layers)


def plan_training(cfg: Config, dry_run: bool = False) -> TrainPlan:
    """Decide, in one line each: device, backend and precision; then the memory the card gives and the
    layers to checkpoint. A dry run does not import Unsloth (it loads no weights)."""
    _, local_rank, world_size = world()
    device, backend, precision = _hardware(cfg, local_rank, world_size, dry_run)
    shapes = _shapes(cfg)
    capacity = hardware.gpu_bytes(device, cfg.gpu.memory_cap_gib) or _ram_bytes()
    chunked = hardware.chunked_loss(backend, device)
    layers, why = estimates.checkpoint_layers(cfg, shapes, backend=backend, precision=precision,
                                              chunked_loss=chunked, on_gpu=device.is_cuda, capacity=capacity)
    return TrainPlan(device, backend, precision, world_size, capacity, chunked, shapes, layers, why)


def _hardware(cfg: Config, local_rank: int, world_size: int, dry_run: bool) -> tuple[hardware.Device, str, str]:
    """(device, backend, precision), said in one line; the GPU pinned and capped; unsloth imported first."""
    device = hardware.rehearse(hardware.detect(), cfg.gpu.capability)
    hardware.check_torch_build(device)
    backend, notice = hardware.choose_backend(cfg.model.backend, device)
    precision = hardware.choose_precision(cfg.model.precision, device)
    if notice:
        log(notice)
    log(f"device {device.name} ({device.sm}), backend {backend}, precision {precision}")
    if device.is_cuda and world_size > 1:
        import torch

        # One GPU per process: the backends load the 4-bit model onto the current device.
        torch.cuda.set_device(local_rank)
    if hardware.cap_memory(device, cfg.gpu.memory_cap_gib):
        log(f"GPU memory capped at {cfg.gpu.memory_cap_gib:g} GiB of {device.total_gib:.1f} (gpu.memory_cap_gib)")
    if backend == "unsloth" and not dry_run:
        import_backend(backend)  # before transformers, trl and peft: unsloth patches them on import
    return device, backend, precision


def _shapes(cfg: Config) -> estimates.Shapes | None:
    try:
        return estimates.shapes(cfg)
    except MedqaError:  # the Hub offline and the config not cached: one line, as for the tokenizer
        raise
    except Exception as e:  # noqa: BLE001  (no config.json reachable: the model load will say why; skip the estimates)
        log(f"note: no memory or disk estimate ({type(e).__name__}: {reason(e)[:120]})")
        return None


def _ram_bytes() -> float | None:
    try:
        import psutil

        return float(psutil.virtual_memory().total)
    except ImportError:
        return None
