"""transformers + peft (+ bitsandbytes nf4 on CUDA): runs on any card, the P100 included, and on CPU."""

from __future__ import annotations

import torch
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig

from medqa import synthetic
from medqa.backends import DTYPES
from medqa.chat_template import hf_ids
from medqa.config import Config
from medqa.hardware import HardwareError


def load(cfg: Config, precision: str, checkpoint_layers: int):
    name = synthetic.resolve(cfg.model.name)
    dtype = getattr(torch, DTYPES[precision])
    kwargs = {"dtype": dtype, "attn_implementation": "sdpa"}
    if cfg.model.load_in_4bit:
        if not torch.cuda.is_available():
            raise HardwareError("model.load_in_4bit needs a CUDA GPU (bitsandbytes nf4); "
                                "on CPU set model.load_in_4bit=false")
        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True, bnb_4bit_compute_dtype=dtype
        )
        kwargs["device_map"] = {"": torch.cuda.current_device()}
    elif torch.cuda.is_available():
        kwargs["device_map"] = {"": torch.cuda.current_device()}
    model = AutoModelForCausalLM.from_pretrained(name, **kwargs)
    tokenizer = AutoTokenizer.from_pretrained(name)
    # No prepare_model_for_kbit_training: it upcasts embeddings and head to fp32 (+8 GiB on the 8B),
    # which a 16 GB card cannot spare; input grads are all that gradient checkpointing needs, and
    # gradient_checkpointing_enable turns them on. Enabled here, not by the Trainer, which would
    # checkpoint every layer at the start of train() (transformers' Trainer.train, args.gradient_checkpointing).
    if checkpoint_layers:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        set_checkpointed_layers(model, checkpoint_layers)
    lora = LoraConfig(
        r=cfg.lora.r, lora_alpha=cfg.lora.alpha, lora_dropout=cfg.lora.dropout,
        target_modules=list(cfg.lora.target_modules), bias="none", task_type="CAUSAL_LM",
    )
    torch.manual_seed(cfg.train.seed)  # LoRA A matrices are drawn at random: same seed, same start
    return get_peft_model(model, lora), tokenizer


def set_checkpointed_layers(model, n: int) -> int:
    """Recompute the first `n` decoder layers in backward and keep the other layers' activations.

    `gradient_checkpointing_enable` arms every decoder layer with the checkpoint function; each layer
    then checks its own `gradient_checkpointing` flag on every call (transformers'
    `GradientCheckpointingLayer.__call__`). transformers 5.17's own partial mode, `every_n_layers`,
    offers only 32, 16, 11, 8 ... of 32 layers; a count gives every step in between.
    """
    from transformers.modeling_layers import GradientCheckpointingLayer

    layers = [m for m in model.modules() if isinstance(m, GradientCheckpointingLayer)]
    for i, layer in enumerate(layers):
        layer.gradient_checkpointing = i < n
    return min(n, len(layers))


@torch.no_grad()
def answer(model, tokenizer, messages: list[dict], max_new_tokens: int) -> str:
    model.eval()
    ids = torch.tensor([hf_ids(tokenizer, messages)], device=model.device)  # contents as text (medqa.chat_template)
    out = model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_new_tokens,
                         do_sample=False, pad_token_id=tokenizer.pad_token_id)
    return tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True).strip()
