"""Models built locally: the tests' tiny random Llama 3.1, the demo's toy, and the 8B shape for GPU runs.

`model.name: synthetic:tiny-llama-3.1` (random weights: the tests), `synthetic:tiny-llama-3.1-english`
(the same shape pretrained for about a minute on the project's own English text, medqa/synthetic/toy.py:
the demo) or `synthetic:llama-3.1-8b` (exact Llama-3.1-8B shape, random; speed and memory do not
depend on weight values) resolve to a checkpoint directory that is written on first use and cached
under $MEDQA_CACHE (default ~/.cache/medqa).

The tokenizer is a small byte-level BPE trained on the bundled sample dialogs, with Llama 3's
pre-tokenizer regex, its 256 special tokens in Llama 3's order and the Llama 3.1 chat template, so
chat rendering, loss masks and llama.cpp's `llama-bpe` tokenizer all behave as with the real model.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
from importlib import resources
from pathlib import Path

from medqa import llama3

PREFIX = "synthetic:"
SAMPLE_DATA = resources.files("medqa") / "assets" / "sample_dialogs.jsonl"

SHAPES = {
    # hidden and intermediate sizes are multiples of 256, so GGUF K-quants apply to every tensor.
    "tiny-llama-3.1": dict(vocab_size=1024, hidden_size=256, intermediate_size=512, num_hidden_layers=2,
                           num_attention_heads=4, num_key_value_heads=2),
    "llama-3.1-8b": dict(vocab_size=128256, hidden_size=4096, intermediate_size=14336, num_hidden_layers=32,
                         num_attention_heads=32, num_key_value_heads=8),
}
# Pretrained toys: name -> the shape they start from (random), then medqa/synthetic/toy.py.
PRETRAINED = {"tiny-llama-3.1-english": "tiny-llama-3.1"}


def cache_dir() -> Path:
    return Path(os.environ.get("MEDQA_CACHE", Path.home() / ".cache" / "medqa"))


def build_tokenizer(bpe_vocab: int = 768, extra_texts: tuple[str, ...] = ()):
    """A Llama-3-style fast tokenizer: byte-level BPE + 256 specials + the 3.1 chat template.

    The BPE is trained on the sample dialogs, plus `extra_texts` (the toy's English text)."""
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE(ignore_merges=True))  # Llama 3 looks words up whole before merging
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(llama3.SPLIT), behavior="isolated", invert=False),
        pre_tokenizers.ByteLevel(add_prefix_space=False, trim_offsets=True, use_regex=False),
    ])
    tok.decoder = decoders.ByteLevel(add_prefix_space=True, trim_offsets=True, use_regex=True)
    rows = [json.loads(line) for line in SAMPLE_DATA.read_text(encoding="utf-8").splitlines()]
    texts = [v for r in rows for v in r.values()] + list(extra_texts)
    trainer = trainers.BpeTrainer(vocab_size=bpe_vocab, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                                  show_progress=False)
    tok.train_from_iterator(texts, trainer=trainer)
    specials = llama3.special_tokens()
    tok.add_special_tokens(specials)
    bos = specials[0]
    from tokenizers import processors

    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos}:0 $A:0", pair=f"{bos}:0 $A:0 {bos}:1 $B:1",
        special_tokens=[(bos, tok.token_to_id(bos))],
    )
    template = (resources.files("medqa") / "assets" / "llama31_chat_template.jinja").read_text(encoding="utf-8")
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token=bos, eos_token=llama3.EOT, pad_token=llama3.PAD,
        chat_template=template, model_max_length=131072, clean_up_tokenization_spaces=False,
    )


def write_model(out: Path, shape: str, dtype: str = "bfloat16", seed: int = 0, device: str = "cpu",
                pretrained: bool = False) -> Path:
    """Write a Llama 3.1 checkpoint of `shape` (and its tokenizer) to `out`: random weights, or with
    `pretrained` the toy pretraining of medqa/synthetic/toy.py on top of them."""
    import torch
    from transformers import GenerationConfig, LlamaConfig, LlamaForCausalLM

    if pretrained:
        from medqa.synthetic import toy as pretrain

        tokenizer = build_tokenizer(extra_texts=tuple(pretrain.paragraphs()))
    else:
        tokenizer = build_tokenizer()
    special = {t: tokenizer.convert_tokens_to_ids(t) for t in ("<|begin_of_text|>", "<|end_of_text|>",
                                                                "<|eom_id|>", "<|eot_id|>")}
    config = LlamaConfig(
        **SHAPES[shape],
        max_position_embeddings=131072,
        rms_norm_eps=1e-5,
        rope_parameters={"rope_type": "llama3", "rope_theta": 500000.0, "factor": 8.0, "low_freq_factor": 1.0,
                         "high_freq_factor": 4.0, "original_max_position_embeddings": 8192},
        tie_word_embeddings=False,
        bos_token_id=special["<|begin_of_text|>"],
        eos_token_id=[special["<|end_of_text|>"], special["<|eom_id|>"], special["<|eot_id|>"]],
        torch_dtype=dtype,
    )
    torch.manual_seed(seed)
    with torch.device(device):
        model = LlamaForCausalLM(config)
    if pretrained:
        pretrain.train(model, tokenizer, seed=seed)
    model = model.to(getattr(torch, dtype))
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}."))
    try:
        model.save_pretrained(tmp, max_shard_size="5GB")
        tokenizer.save_pretrained(tmp)
        GenerationConfig(bos_token_id=config.bos_token_id, eos_token_id=config.eos_token_id,
                         do_sample=True, temperature=0.6, top_p=0.9).save_pretrained(tmp)
        tmp.rename(out)  # whole checkpoint or nothing: a half-written cache would be reused
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if (out / "config.json").is_file():  # another process (a DDP rank) wrote it first: use theirs
            return out
        raise
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


def write_dialogs(path: Path, rows: int, median_tokens: float = 260, sigma: float = 0.6, lo: int = 40,
                  hi: int = 1024, seed: int = 0) -> Path:
    """Write `rows` made-up dialogs whose lengths in tokens follow a log-normal law clipped to [lo, hi],
    like the dataset's (median ~260 tokens): the words are shuffled from the bundled sample dialogs."""
    import random

    rng = random.Random(seed)
    tokenizer = build_tokenizer()
    samples = [json.loads(line) for line in SAMPLE_DATA.read_text(encoding="utf-8").splitlines()]
    words = " ".join(r["Doctor"] for r in samples).split()
    per_word = len(tokenizer(" ".join(words[:2000]), add_special_tokens=False)["input_ids"]) / 2000
    out = []
    for _ in range(rows):
        target = min(hi, max(lo, round(rng.lognormvariate(math.log(median_tokens), sigma))))
        patient = rng.choice(samples)["Patient"]  # ~40 tokens; with the template and system prompt ~190
        n_words = max(1, round((target - 190) / per_word))
        out.append({"Description": "synthetic", "Patient": patient,
                    "Doctor": " ".join(rng.choice(words) for _ in range(n_words))})
    path.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    return path


def resolve(name: str) -> str:
    """Map `synthetic:<shape>` to a local checkpoint (built once, then cached); other names pass through."""
    if not name.startswith(PREFIX):
        return name
    key = name[len(PREFIX):]
    if key not in SHAPES and key not in PRETRAINED:
        raise ValueError(f"unknown synthetic model {name!r}; choose one of: "
                         + ", ".join(PREFIX + s for s in [*SHAPES, *PRETRAINED]))
    out = cache_dir() / key
    if not (out / "config.json").is_file():
        import torch

        out.parent.mkdir(parents=True, exist_ok=True)
        if key in PRETRAINED:  # the toy trains on the CPU: its ~1 minute is measured there
            write_model(out, PRETRAINED[key], pretrained=True)
        else:  # 8B of random weights: seconds on a GPU, many minutes on a CPU
            write_model(out, key, device="cuda" if torch.cuda.is_available() else "cpu")
    return str(out)
