"""Two ways to load a 4-bit model with LoRA, with the same functions:

    load(cfg, precision, checkpoint_layers) -> (model, tokenizer)   # wrapped with the LoRA adapter
    set_checkpointed_layers(model, n)          # recompute n decoder layers in backward, keep the rest
    answer(model, tokenizer, messages, max_new_tokens) -> str

`peft.py`: transformers + peft + bitsandbytes, for every card and the CPU; also loads a saved
adapter for inference (`load_for_inference`), with the same 4-bit settings as training.
`unsloth.py`: Unsloth's fused 4-bit LoRA kernels, for compute capability 7.0+. It is the only
module that imports unsloth, and it must be imported before transformers, trl and peft, because
unsloth patches them on import (https://github.com/unslothai/unsloth/blob/main/unsloth/__init__.py).
This file imports neither torch nor transformers at module level, for that reason.
"""

import importlib
from types import ModuleType

from medqa import hub
from medqa.config import Config

DTYPES = {"bf16": "bfloat16", "fp16": "float16", "fp32": "float32"}


def import_backend(name: str) -> ModuleType:
    """The one place that picks a backend module: `peft` or `unsloth`."""
    if name not in ("peft", "unsloth"):
        raise ValueError(f"unknown backend {name!r}")
    return importlib.import_module(f"medqa.backends.{name}")


def decoder_layers(model) -> list:
    """The model's decoder layers: the modules that can recompute themselves in backward."""
    from transformers.modeling_layers import GradientCheckpointingLayer

    return [m for m in model.modules() if isinstance(m, GradientCheckpointingLayer)]


def checkpointed_layers(model) -> tuple[int, int]:
    """(decoder layers that recompute in backward, all decoder layers), as the model is set now."""
    layers = decoder_layers(model)
    return sum(bool(m.gradient_checkpointing) for m in layers), len(layers)


def compiled_layers(model) -> int:
    """Decoder layers that train as torch.compile regions. Unsloth 2026.10 compiles each decoder layer as
    one region on CUDA: it wraps the layer class's forward, marks it `_unsloth_block_compiled`, and turns a
    layer back to eager (`_unsloth_block_mode` 0) when its compile fails
    (unsloth/models/_block_compile.py, `patch_block_compile`). The speed line reads this, not the recipe."""
    return sum(bool(getattr(type(m).forward, "_unsloth_block_compiled", False))
               and m.__dict__.get("_unsloth_block_mode") != 0 for m in decoder_layers(model))


def load_tokenizer(cfg: Config):
    """The recipe model's tokenizer, with a pad token (no weights loaded)."""
    from transformers import AutoTokenizer

    from medqa.llama3 import ensure_pad_token

    tokenizer = hub.load(AutoTokenizer.from_pretrained, cfg.model.name, "model.name", revision=cfg.model.revision)
    ensure_pad_token(tokenizer)
    return tokenizer


def greedy_answer(model, tokenizer, messages: list[dict], max_new_tokens: int) -> str:
    """The model's greedy reply to a chat, rendered with the tokenizer's chat template; the messages'
    contents are tokenized as text, never as control tokens (medqa.chat_template)."""
    import torch

    from medqa.chat_template import hf_ids

    ids = torch.tensor([hf_ids(tokenizer, messages)], device=model.device)
    with torch.no_grad():
        out = model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_new_tokens,
                             do_sample=False, pad_token_id=tokenizer.pad_token_id)
    return tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True).strip()
