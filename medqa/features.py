"""Which speed features a run actually trains with, said in one line at the start and kept in metrics.json.

    speed: backend unsloth | attention SDPA flash | checkpointing 26 of 32 layers |
           batches of up to 8192 tokens | compile per layer, 32 of 32      (one line in the log)

Read from the running model rather than from the recipe, because the anchors' most frequent complaint
is a silent fallback: the attention kernel is the one a real forward pass dispatched to (torch's
profiler names the aten op), and the checkpointed layers are counted from the layers' own flags when
training begins, after the trainer has set them.
"""

from __future__ import annotations

from transformers import TrainerCallback

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


def padded_batch(rows: list[list[int]], pad_id: int) -> dict:
    """Rows right-padded to the longest, with their attention mask, as the training collator pads them
    (built here rather than through the trainer's collator, which must see only training batches)."""
    import torch

    width = max(map(len, rows))
    ids = torch.tensor([r + [pad_id] * (width - len(r)) for r in rows])
    mask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rows])
    return {"input_ids": ids, "attention_mask": mask}


def attention_kernel(model, batch: dict) -> str:
    """The attention kernel one forward pass of `batch` (a collated training batch) runs."""
    import torch
    from torch.profiler import ProfilerActivity, profile

    device = next(p.device for p in model.parameters())
    inputs = {k: v.to(device) for k, v in batch.items() if k in ("input_ids", "attention_mask", "position_ids")}
    try:
        with torch.no_grad(), profile(activities=[ProfilerActivity.CPU]) as prof:
            model(**inputs)
    except Exception as e:  # noqa: BLE001  (a report must never stop training; say it could not tell)
        return f"not detected ({type(e).__name__})"
    names = {e.name for e in prof.events()}
    for marker, label in _KERNELS:
        if any(marker in n for n in names):
            return label
    return "eager (matmul + softmax)"


def training_attention(trainer, train_ds) -> str:
    """The attention kernel a training forward of the first two training rows runs (in train mode:
    Unsloth drops the padding mask there)."""
    trainer.model.train()
    rows = [train_ds[i]["input_ids"] for i in range(min(2, len(train_ds)))]
    return attention_kernel(trainer.model, padded_batch(rows, trainer.processing_class.pad_token_id))


class SpeedFeatures(TrainerCallback):
    """Logs the features line when training begins; `info` holds it for metrics.json."""

    def __init__(self, backend: str, attention: str, batch: str, log):
        self.info = {"backend": backend, "attention": attention, "batch": batch}
        self.log = log

    def on_train_begin(self, args, state, control, model=None, **kwargs):
        from medqa.backends import checkpointed_layers, compiled_layers

        done, total = checkpointed_layers(model)
        compiled = compile_mode(args, compiled_layers(model), total)
        self.info.update(checkpointed_layers=done, layers=total, compile=compiled)
        self.log(line(self.info))


def compile_mode(args, compiled: int, layers: int) -> str:
    """'whole model' (the Trainer's torch_compile), 'per layer, n of N' (Unsloth's regions) or 'off'."""
    if args.torch_compile:
        return "whole model"
    return f"per layer, {compiled} of {layers}" if compiled else "off"


def line(info: dict) -> str:
    return (f"speed: backend {info['backend']} | attention {info['attention']} | checkpointing "
            f"{info['checkpointed_layers']} of {info['layers']} layers | {info['batch']} | compile {info['compile']}")
