"""Unsloth's FastLanguageModel: fused Triton kernels for 4-bit LoRA, compute capability 7.0+.

The only module that imports unsloth. Import it before transformers/trl/peft (see __init__.py).
"""

from __future__ import annotations

import torch
import unsloth  # noqa: F401  (before transformers, trl and peft: it patches them on import)
from unsloth import FastLanguageModel

from medqa.backends import DTYPES, greedy_answer, model_path
from medqa.config import Config


def load(cfg: Config, precision: str):
    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name=model_path(cfg),
        max_seq_length=cfg.model.max_length,
        dtype=getattr(torch, DTYPES[precision]),
        load_in_4bit=cfg.model.load_in_4bit,
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
        use_gradient_checkpointing="unsloth" if cfg.model.gradient_checkpointing else False,
        random_state=cfg.train.seed,
    )
    return model, tokenizer


def answer(model, tokenizer, messages: list[dict], max_new_tokens: int) -> str:
    FastLanguageModel.for_inference(model)  # Unsloth's 2x faster generation path
    return greedy_answer(model, tokenizer, messages, max_new_tokens)
