"""What a run will need, judged before the model loads: free disk for checkpoints and the adapter, the
peak memory of a training process, and how many decoder layers to checkpoint so that it fits.

The sizes build the model's skeleton on torch's meta device (no weights, no memory) to count
parameters; the memory model is fitted to peaks measured on the GPU (docs/gpu.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from medqa.common import GiB, MedqaError, existing_parent, free_bytes, size
from medqa.config import Config


class PreflightError(MedqaError, RuntimeError):
    pass


# ---------------------------------------------------------------------------------------------- sizes

@dataclass(frozen=True)
class Shapes:
    """Parameter counts of the model in the recipe, read from its config without loading weights."""

    params: int  # all of them
    quantizable: int  # nn.Linear weights bitsandbytes turns to 4-bit (all but the LM head)
    lora: int  # trainable LoRA parameters for the recipe's rank and target modules
    layers: int
    hidden: int
    intermediate: int
    vocab: int


def shapes(cfg: Config, model_config=None) -> Shapes:
    """Count parameters on the meta device. `model_config` defaults to the recipe model's config.json."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    from medqa import hub

    if model_config is None:
        model_config = hub.load(AutoConfig.from_pretrained, cfg.model.name, "model.name", revision=cfg.model.revision)
    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(model_config)
    head = model.get_output_embeddings()
    targets = set(cfg.lora.target_modules)
    quantizable = lora = 0
    for name, module in model.named_modules():
        if isinstance(module, torch.nn.Linear) and module is not head:
            quantizable += module.weight.numel()
            if name.rsplit(".", 1)[-1] in targets:
                lora += cfg.lora.r * (module.in_features + module.out_features)
    text = model_config.get_text_config()
    return Shapes(sum(p.numel() for p in model.parameters()), quantizable, lora, text.num_hidden_layers,
                  text.hidden_size, getattr(text, "intermediate_size", 4 * text.hidden_size), text.vocab_size)


def _optimizer_bytes_per_param(optim: str) -> int:
    return 2 if "8bit" in optim else 8  # AdamW: two states, 1 byte each in 8-bit, 4 bytes each in 32-bit


TOKENIZER_BYTES = 20 * 2**20  # Llama 3's tokenizer.json and friends, saved with every checkpoint and the adapter


def disk_needed(cfg: Config, s: Shapes) -> tuple[int, int]:
    """(total bytes, bytes per checkpoint) that training writes under the run directory.

    A checkpoint is the LoRA weights (fp32), the optimizer state, the tokenizer; the Trainer writes
    the newest before it deletes the oldest, so save_total_limit + 1 exist at once; then the adapter.
    """
    adapter = s.lora * 4
    checkpoint = adapter + s.lora * _optimizer_bytes_per_param(cfg.train.optim) + TOKENIZER_BYTES
    return (cfg.train.save_total_limit + 1) * checkpoint + adapter + TOKENIZER_BYTES + 64 * 2**20, checkpoint


def check_disk(run_dir: Path, need: int, per_checkpoint: int, cfg: Config) -> None:
    where = existing_parent(run_dir)  # the run directory is created later: measure the disk it will be on
    free = free_bytes(where)
    if free < need:
        raise PreflightError(
            f"not enough free disk for {run_dir}: about {size(need)} needed ({cfg.train.save_total_limit + 1} "
            f"checkpoints of {size(per_checkpoint)} + the adapter), {size(free)} free on {where}: free some space, "
            f"lower train.save_total_limit, or set output_dir=... on a larger disk")


# ---------------------------------------------------------------------------------------------- memory

@dataclass(frozen=True)
class MemoryEstimate:
    parts: dict[str, float]  # bytes by component
    capacity: float | None  # bytes on the card (or RAM on CPU); None when unknown

    @property
    def total(self) -> float:
        return sum(self.parts.values())

    def describe(self, where: str) -> str:
        parts = " + ".join(f"{k} {v / GiB:.2f}" for k, v in self.parts.items())
        line = f"memory estimate on {where}: {parts} = {self.total / GiB:.2f} GiB"
        if self.capacity:
            share = self.total / self.capacity
            verdict = "fits" if share <= HEADROOM else "tight" if share < 1.0 else "likely out of memory"
            line += f" of {self.capacity / GiB:.1f} ({verdict})"
        return line + f" (calibrated to within {CALIBRATION_ERROR:.0%} on the GPU: docs/gpu.md)"


# The worst batch may use this share of the card; the rest is the allocator's fragmentation and
# the CUDA context's slack, which max_memory_allocated does not count.
HEADROOM = 0.85
CALIBRATION_ERROR = 0.10
# Least-squares fit to 18 peaks measured on an H100 on full-length rows, 8B shape, 2026-11-28
# (tools/gpu_recipes.sh probe; docs/results/probe-*-h100.jsonl; docs/gpu.md "Memory model"), largest
# error 8.2 %. Per token: one decoder layer's saved activations, in units of (10 x hidden + 3 x
# intermediate) 16-bit values; everything outside the layers (embeddings, norms, loss chunks, the input
# a checkpointed layer keeps, which Unsloth offloads to CPU RAM), in hidden-size 16-bit values. Plus a
# constant: the CUDA context, cuBLAS workspace and kernels' scratch. The peft fit is without Triton
# (its own loss, as on a P100), the only card that trains through it.
LAYER_FACTOR = {"unsloth": 0.695, "peft": 1.075}
OUTSIDE_FACTOR = {"unsloth": 8.55, "peft": 36.4}
CUDA_OVERHEAD = {"unsloth": 0.61 * GiB, "peft": 0.28 * GiB}


def estimate_memory(cfg: Config, s: Shapes, *, backend: str, precision: str, chunked_loss: bool, on_gpu: bool,
                    capacity: float | None = None, checkpointed: int | None = None) -> MemoryEstimate:
    """Peak memory of one training process, from the parameter counts and the recipe.

    weights: nf4 is 4.13 bits a weight with double quantization (bitsandbytes); the embeddings, LM
    head and norms stay 16-bit. LoRA: fp32 weights and gradients plus the AdamW states. Activations
    for a full micro-batch (train.batch_tokens, else micro_batch_size x max_length; the token-budget
    sampler puts the longest batch first): a layer that is not checkpointed keeps all it saves for
    backward; a checkpointed one keeps only its input (on CPU with Unsloth), and one layer at a time
    is recomputed (the layer terms are calibrated for 16-bit compute; fp32 on CPU counts double).
    `checkpointed` is the number of checkpointed decoder layers (None: as the recipe
    says, `auto` counting as all). Logits: the plain loss holds (tokens x vocab) logits in 16-bit
    plus their fp32 copy and gradient; Unsloth's and TRL's chunked losses (`chunked_loss`) never
    hold them all. The factors are fitted to measured peaks (LAYER_FACTOR and friends above).
    """
    half = 4 if precision == "fp32" else 2
    m, t = cfg.model, cfg.train
    if m.load_in_4bit:
        weights = s.quantizable * 4.13 / 8 + (s.params - s.quantizable) * half
    else:
        weights = s.params * half
    lora = s.lora * (4 + 4 + _optimizer_bytes_per_param(t.optim))
    tokens = t.batch_tokens or t.micro_batch_size * m.max_length  # a token budget is padded tokens per micro-batch
    k = fixed_layers(m.gradient_checkpointing, s.layers) if checkpointed is None else min(checkpointed, s.layers)
    full = LAYER_FACTOR[backend] * tokens * (10 * s.hidden + 3 * s.intermediate) * half
    recomputed = 1 if k else 0  # backward rebuilds one checkpointed layer at a time
    activations = (s.layers - k + recomputed) * full + OUTSIDE_FACTOR[backend] * tokens * s.hidden * half
    logits = 0 if chunked_loss else tokens * s.vocab * (half + 4 + 4)
    parts = {"weights": weights, "LoRA+optimizer": lora, "activations": activations, "logits": logits}
    if on_gpu:
        parts["CUDA"] = CUDA_OVERHEAD[backend]
    return MemoryEstimate(parts, capacity)


def fixed_layers(setting: bool | int | str, layers: int) -> int:
    """Checkpointed layers for a fixed `model.gradient_checkpointing` (`auto` counts as all of them)."""
    if setting is True or setting == "auto":
        return layers
    return min(int(setting), layers)


def checkpoint_layers(cfg: Config, s: Shapes | None, *, backend: str, precision: str, chunked_loss: bool,
                      on_gpu: bool, capacity: float | None) -> tuple[int, str]:
    """How many decoder layers to checkpoint, and why. `auto`: the fewest whose estimated peak stays
    within HEADROOM of the card; fewer checkpointed layers means less recompute (docs/gpu.md measures it)."""
    setting = cfg.model.gradient_checkpointing
    if setting != "auto":
        if s is None:
            return (1 << 30 if setting is True else int(setting)), f"model.gradient_checkpointing={setting}"
        return fixed_layers(setting, s.layers), f"model.gradient_checkpointing={str(setting).lower()}"
    if s is None or not capacity:
        return (s.layers if s else 1 << 30), "auto: no memory estimate here, so every layer (the safe choice)"
    for k in range(s.layers + 1):
        est = estimate_memory(cfg, s, backend=backend, precision=precision, chunked_loss=chunked_loss,
                              on_gpu=on_gpu, capacity=capacity, checkpointed=k)
        if est.total <= HEADROOM * capacity:
            return k, (f"auto: {k} of {s.layers} layers keeps the estimated peak at {est.total / GiB:.1f} GiB, "
                       f"within {HEADROOM:.0%} of {capacity / GiB:.1f} GiB")
    return s.layers, (f"auto: every layer, and the estimate ({est.total / GiB:.1f} GiB) is still above "
                      f"{HEADROOM:.0%} of {capacity / GiB:.1f} GiB: lower train.batch_tokens")
