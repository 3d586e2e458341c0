"""Two ways to load a 4-bit model with LoRA, with the same functions:

    load(cfg, precision, checkpoint_layers) -> (model, tokenizer)   # wrapped with the LoRA adapter
    set_checkpointed_layers(model, n)          # recompute n decoder layers in backward, keep the rest
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


def checkpointed_layers(model) -> tuple[int, int]:
    """(decoder layers that recompute in backward, all decoder layers), as the model is set now."""
    from transformers.modeling_layers import GradientCheckpointingLayer

    layers = [m for m in model.modules() if isinstance(m, GradientCheckpointingLayer)]
    return sum(bool(m.gradient_checkpointing) for m in layers), len(layers)
