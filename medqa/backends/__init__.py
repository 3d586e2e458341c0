"""Two ways to load a 4-bit model with LoRA, with the same functions:

    load(cfg, precision, checkpoint_layers) -> (model, tokenizer)   # wrapped with the LoRA adapter
    answer(model, tokenizer, messages, max_new_tokens) -> str

`peft.py`: transformers + peft + bitsandbytes, for every card and the CPU.
`unsloth.py`: Unsloth's fused 4-bit LoRA kernels, for compute capability 7.0+. It is the only
module that imports unsloth, and it must be imported before transformers, trl and peft, because
unsloth patches them on import (https://github.com/unslothai/unsloth/blob/main/unsloth/__init__.py).
"""

import importlib
from types import ModuleType

DTYPES = {"bf16": "bfloat16", "fp16": "float16", "fp32": "float32"}


def import_backend(name: str) -> ModuleType:
    """The one place that picks a backend module: `peft` or `unsloth`."""
    if name not in ("peft", "unsloth"):
        raise ValueError(f"unknown backend {name!r}")
    return importlib.import_module(f"medqa.backends.{name}")


def set_checkpointed_layers(model, n: int) -> int:
    """Recompute the first `n` decoder layers in backward and keep the other layers' activations.

    Both backends arm every decoder layer with their checkpoint function first (transformers'
    `gradient_checkpointing_enable`, or Unsloth's offloading one); each layer then checks its own
    `gradient_checkpointing` flag on every call (transformers' `GradientCheckpointingLayer.__call__`,
    which Unsloth's fast Llama forward also goes through). transformers 5.17's own partial mode,
    `every_n_layers`, only offers 32, 16, 11, 8 ... of 32 layers; a count gives every step in between.
    Returns the number of layers now checkpointed.
    """
    from transformers.modeling_layers import GradientCheckpointingLayer

    layers = [m for m in model.modules() if isinstance(m, GradientCheckpointingLayer)]
    for i, layer in enumerate(layers):
        layer.gradient_checkpointing = i < n
    return min(n, len(layers))


def checkpointed_layers(model) -> tuple[int, int]:
    """(decoder layers that recompute in backward, all decoder layers), as the model is set now."""
    from transformers.modeling_layers import GradientCheckpointingLayer

    layers = [m for m in model.modules() if isinstance(m, GradientCheckpointingLayer)]
    return sum(bool(m.gradient_checkpointing) for m in layers), len(layers)
