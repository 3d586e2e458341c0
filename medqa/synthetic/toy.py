"""A toy pretraining: the tiny Llama learns plain English before the demo fine-tunes it.

`synthetic:tiny-llama-3.1-english` (recipes/demo.yaml) is the tiny random Llama 3.1 of
medqa/synthetic/models.py trained for about half a minute on `assets/toy_english.txt`: some 400 everyday
sentences the project wrote itself (no medical advice, no copied text). It is a toy: it knows about a
thousand words and strings them together. The fine-tune trains LoRA only, so the words of its answers
must already be in the toy's vocabulary and tokenizer: the text's last 28 paragraphs use the plain words
the sample doctors use ("if", "please", "suggest", "notice", "fever", "legs"; 77 % of the doctors' words
are in the text, 59 % before them, when the demo answered in fragments like "sching or a kn"). Then
`make demo` ends in words, and the fine-tune shows visibly in them (the doctors' "I suggest", "in person
promptly if you notice"). It knows nothing about medicine. Built once, cached beside the random model.

A plain next-token loop rather than transformers' Trainer: fixed-length windows of one token stream,
no data set, no checkpoints, nothing to configure; the Trainer would add seconds of set-up to a run
that should take about a minute on 2 CPU cores.
"""

from __future__ import annotations

import math
import time
from importlib import resources

ENGLISH_TEXT = resources.files("medqa") / "assets" / "toy_english.txt"
STEPS = 300  # loss 6.97 -> 2.04 in 32 s: words come back; after 450 (1.15) the demo answer breaks into fragments
BATCH, WINDOW = 16, 64  # 1,024 tokens a step; the text is about 8,600 tokens
PEAK_LR, WARMUP = 3e-3, 30


def paragraphs() -> list[str]:
    return [p for p in ENGLISH_TEXT.read_text(encoding="utf-8").splitlines() if p.strip()]


def token_stream(tokenizer) -> list[int]:
    """The text as one stream: each paragraph between <|begin_of_text|> and <|end_of_text|>."""
    end = tokenizer.convert_tokens_to_ids("<|end_of_text|>")
    ids: list[int] = []
    for p in paragraphs():
        ids += [tokenizer.bos_token_id, *tokenizer(p, add_special_tokens=False)["input_ids"], end]
    return ids


def train(model, tokenizer, steps: int | None = None, seed: int = 0) -> dict:
    """Train `model` (fp32, in place) on random windows of the text; returns first/last loss and seconds."""
    import torch

    steps = steps or STEPS
    data = torch.tensor(token_stream(tokenizer))
    gen = torch.Generator().manual_seed(seed)
    opt = torch.optim.AdamW(model.parameters(), lr=PEAK_LR, weight_decay=0.0)
    # linear warm-up, then cosine to zero: the usual schedule, short
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / WARMUP) * 0.5 * (1 + math.cos(math.pi * s / steps)))
    print(f"medqa: pretraining the toy model once on {len(paragraphs())} paragraphs of medqa's own English "
          f"({len(data)} tokens, {steps} steps)", flush=True)
    model.train()
    threads = torch.get_num_threads()
    # One thread: on a shared or busy 2-core machine two threads waiting on each other measured 4.0 s a
    # step against 0.22 s for one (1.7M parameters are too few to split); idle, one is within ~2x of two.
    torch.set_num_threads(1)
    t0, first, loss = time.perf_counter(), None, None
    for _ in range(steps):
        starts = torch.randint(0, len(data) - WINDOW, (BATCH,), generator=gen)
        x = torch.stack([data[i:i + WINDOW] for i in starts.tolist()])
        loss = model(input_ids=x, labels=x).loss
        loss.backward()
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        first = loss.item() if first is None else first
    torch.set_num_threads(threads)
    model.eval()
    out = {"first_loss": round(first, 4), "last_loss": round(loss.item(), 4),
           "seconds": round(time.perf_counter() - t0, 1)}
    print(f"medqa: pretrained: loss {out['first_loss']} -> {out['last_loss']} in {out['seconds']} s", flush=True)
    return out
