"""Unsloth's FastLanguageModel: fused Triton kernels for 4-bit LoRA, compute capability 7.0+.

The only module that imports unsloth. Import it before transformers/trl/peft (see __init__.py).
"""

from __future__ import annotations

import os

# Unsloth fetches usage statistics from the Hub when it loads a model, with the user's token, unless this
# is set (unsloth/models/_utils.py, `UNSLOTH_DISABLE_STATISTICS`): medqa sends nothing it does not need.
os.environ.setdefault("UNSLOTH_DISABLE_STATISTICS", "1")

import torch  # noqa: E402
import unsloth  # noqa: E402, F401  (before transformers, trl and peft: it patches them on import)
from unsloth import FastLanguageModel  # noqa: E402

from medqa import hub  # noqa: E402
from medqa.backends import DTYPES, greedy_answer  # noqa: E402
from medqa.config import Config  # noqa: E402


def load(cfg: Config, precision: str, checkpoint_layers: int):
    with hub.reading(cfg.model.name, "model.name", revision=hub.at(cfg.model.name, cfg.model.revision).get("revision")):
        model, tokenizer = FastLanguageModel.from_pretrained(
            model_name=hub.resolve(cfg.model.name),
            max_seq_length=cfg.model.max_length,
            dtype=getattr(torch, DTYPES[precision]),
            load_in_4bit=cfg.model.load_in_4bit,
            **hub.at(cfg.model.name, cfg.model.revision),
        )
    model = FastLanguageModel.get_peft_model(
        model,
        r=cfg.lora.r,
        lora_alpha=cfg.lora.alpha,
        lora_dropout=cfg.lora.dropout,
        target_modules=list(cfg.lora.target_modules),
        bias="none",
        # Unsloth's own checkpointing offloads activations to CPU RAM asynchronously: less memory
        # than transformers' for the same speed (https://unsloth.ai/blog/long-context).
        use_gradient_checkpointing="unsloth" if checkpoint_layers else False,
        random_state=cfg.train.seed,
    )
    if checkpoint_layers:
        set_checkpointed_layers(model, checkpoint_layers)
    return model, tokenizer


def set_checkpointed_layers(model, n: int) -> int:
    """Recompute `n` decoder layers in backward (evenly spaced) and keep the others' activations.

    Through Unsloth's own `checkpoint_skip_layers` (what `get_peft_model(checkpoint_skip_layers=K)`
    calls): its trainer resets every layer's flag at init and at train() (`for_training`,
    unsloth/models/rl.py), and only layers it marked itself keep reading False. Clearing the marks
    first lets the benchmark's probe set another count on the same loaded model.
    """
    from unsloth.models._utils import find_decoder_layers, skip_checkpointing

    layers = find_decoder_layers(model)
    for layer in layers:
        layer.__dict__.pop("_unsloth_skip_checkpoint", None)
    skip_checkpointing(model, len(layers) - n if n < len(layers) else 0)
    return min(n, len(layers))


def answer(model, tokenizer, messages: list[dict], max_new_tokens: int) -> str:
    FastLanguageModel.for_inference(model)  # Unsloth's 2x faster generation path
    return greedy_answer(model, tokenizer, messages, max_new_tokens)
