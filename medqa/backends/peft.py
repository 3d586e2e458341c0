"""transformers + peft (+ bitsandbytes nf4 on CUDA): runs on any card, the P100 included, and on CPU."""

from __future__ import annotations

from pathlib import Path

import torch
from peft import LoraConfig, PeftModel, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig

from medqa import hardware, hub
from medqa.backends import DTYPES, decoder_layers, greedy_answer
from medqa.config import Config
from medqa.hardware import HardwareError
from medqa.llama3 import ensure_pad_token


def bnb_config(dtype) -> BitsAndBytesConfig:
    """nf4 with double quantization: how training loads the model in 4-bit, and so how evaluation and
    chat must load it, for the adapter to meet the weights it was trained against."""
    return BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
                              bnb_4bit_compute_dtype=dtype)


def load(cfg: Config, precision: str, checkpoint_layers: int):
    dtype = getattr(torch, DTYPES[precision])
    kwargs = {"dtype": dtype, "attn_implementation": "sdpa"}
    if cfg.model.load_in_4bit:
        if not torch.cuda.is_available():
            raise HardwareError("model.load_in_4bit needs a CUDA GPU (bitsandbytes nf4); "
                                "on CPU set model.load_in_4bit=false")
        kwargs["quantization_config"] = bnb_config(dtype)
        kwargs["device_map"] = {"": torch.cuda.current_device()}
    elif torch.cuda.is_available():
        kwargs["device_map"] = {"": torch.cuda.current_device()}
    model = hub.load(AutoModelForCausalLM.from_pretrained, cfg.model.name, "model.name", revision=cfg.model.revision,
                     **kwargs)
    tokenizer = hub.load(AutoTokenizer.from_pretrained, cfg.model.name, "model.name", revision=cfg.model.revision)
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
    layers = decoder_layers(model)
    for i, layer in enumerate(layers):
        layer.gradient_checkpointing = i < n
    return min(n, len(layers))


def answer(model, tokenizer, messages: list[dict], max_new_tokens: int) -> str:
    model.eval()
    return greedy_answer(model, tokenizer, messages, max_new_tokens)


def load_for_inference(cfg: Config, adapter_dir: str | Path):
    """Base model + the saved LoRA adapter, for inference. Returns (peft_model, tokenizer, precision).

    CPU: fp32, no quantization. CUDA: the recipe's precision, and nf4 4-bit (`bnb_config`, as in
    training) when it trained in 4-bit, so the adapter is judged on the weights it was trained against.
    """
    device = hardware.detect()
    precision = hardware.choose_precision(cfg.model.precision, device)
    dtype = getattr(torch, DTYPES[precision])
    kwargs = {"dtype": dtype}
    if device.is_cuda:
        kwargs["device_map"] = {"": torch.cuda.current_device()}
        if cfg.model.load_in_4bit:
            kwargs["quantization_config"] = bnb_config(dtype)
    model = hub.load(AutoModelForCausalLM.from_pretrained, cfg.model.name, "model.name", revision=cfg.model.revision,
                     **kwargs)
    model = PeftModel.from_pretrained(model, str(adapter_dir))
    model.eval()
    tokenizer = AutoTokenizer.from_pretrained(str(adapter_dir))
    ensure_pad_token(tokenizer)
    return model, tokenizer, precision
