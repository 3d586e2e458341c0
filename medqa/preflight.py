"""Checks that run before the model loads, so a run fails in seconds rather than hours in.

In the order `train.run` calls them, after the run directory's (`medqa/rundir.py`): the Hub push (token,
repo id), the data (see `data.prepare`), free disk for checkpoints and the adapter, and a memory
estimate for the recipe on the detected card. The first three need no torch; the size estimates
build the model's skeleton on torch's meta device (no weights, no memory) to count parameters.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from medqa.common import GiB, MedqaError, existing_parent, free_bytes, size
from medqa.config import Config, DataCfg


class PreflightError(MedqaError, RuntimeError):
    pass


# ---------------------------------------------------------------------------------------------- Hub

def check_hub(cfg: Config) -> str | None:
    """The write token a push needs, or None when no push is asked. The repo id's form is checked by the recipe."""
    if not cfg.hub.repo_id:
        return None
    from medqa.secrets import get_secret

    token = get_secret("HF_TOKEN")
    if not token:
        raise PreflightError(
            f"hub.repo_id={cfg.hub.repo_id} but no HF_TOKEN: set the HF_TOKEN environment variable or "
            "Kaggle/Colab secret (a write token), or drop hub.repo_id")
    return token


# ---------------------------------------------------------------------------------------------- data

def check_data_file(cfg: DataCfg) -> None:
    """A missing local file, told before the heavy imports; `data.prepare` checks columns and rows."""
    from medqa.data import LOCAL_FORMATS, DataError

    path = Path(cfg.source)
    if path.suffix.lower() not in LOCAL_FORMATS:
        return
    if not path.is_file():
        raise DataError(f"data file {cfg.source!r} not found: fix data.source (a .jsonl/.csv/.parquet "
                        "file or a Hub dataset id such as ruslanmv/ai-medical-chatbot)")
    if path.suffix.lower() != ".parquet":
        # pyarrow's JSON and CSV readers accept invalid UTF-8 and fail later, on the row, with a traceback.
        decoder, line = codecs.getincrementaldecoder("utf-8")(), 1
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as e:
                    line += e.object[:e.start].count(b"\n")  # what was decoded: the chunk and any bytes held over
                    raise DataError(f"data file {cfg.source!r} is not valid UTF-8 (byte 0x{e.object[e.start]:02x} on "
                                    f"line {line}): re-save it as UTF-8 or fix that row") from None
                line += chunk.count(b"\n")


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

    from medqa.backends import model_path

    if model_config is None:
        model_config = AutoConfig.from_pretrained(model_path(cfg))
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
            verdict = "fits" if share < 0.85 else "tight" if share < 1.0 else "likely out of memory"
            line += f" of {self.capacity / GiB:.1f} ({verdict})"
        return line + " (rough: within about 30 %)"


def estimate_memory(cfg: Config, s: Shapes, *, backend: str, precision: str, chunked_loss: bool, on_gpu: bool,
                    capacity: float | None = None) -> MemoryEstimate:
    """Peak memory of one training process, from the parameter counts and the recipe.

    weights: nf4 is 4.13 bits a weight with double quantization (bitsandbytes); the embeddings, LM
    head and norms stay 16-bit. LoRA: fp32 weights and gradients plus the AdamW states. Activations
    for a full micro-batch (train.batch_tokens, else micro_batch_size x max_length: length grouping
    makes the longest batch full; the token-budget sampler puts it first): with
    gradient checkpointing each layer keeps its input (Unsloth offloads those to CPU RAM) and one
    layer is recomputed at a time. Logits: the plain loss holds (batch x tokens x vocab) logits in
    16-bit plus their fp32 copy and gradient; Unsloth's and TRL's chunked losses (`chunked_loss`)
    never hold them all.
    """
    half = 4 if precision == "fp32" else 2
    m, t = cfg.model, cfg.train
    if m.load_in_4bit:
        weights = s.quantizable * 4.13 / 8 + (s.params - s.quantizable) * half
    else:
        weights = s.params * half
    lora = s.lora * (4 + 4 + _optimizer_bytes_per_param(t.optim))
    tokens = t.batch_tokens or t.micro_batch_size * m.max_length  # a token budget is padded tokens per micro-batch
    per_layer = tokens * (10 * s.hidden + 3 * s.intermediate) * half  # q k v o, attention, norms, MLP
    if m.gradient_checkpointing:
        kept = 0 if backend == "unsloth" else s.layers * tokens * s.hidden * half
        activations = kept + per_layer
    else:
        activations = s.layers * per_layer
    logits = 0 if chunked_loss else tokens * s.vocab * (half + 4 + 4)
    parts = {"weights": weights, "LoRA+optimizer": lora, "activations": activations, "logits": logits}
    if on_gpu:
        parts["CUDA"] = 0.6 * GiB  # context, cuBLAS workspace, allocator slack
    return MemoryEstimate(parts, capacity)

