"""A toy pretraining: the tiny Llama learns plain English before the demo fine-tunes it.

`synthetic:tiny-llama-3.1-english` (recipes/demo.yaml) is the tiny random Llama 3.1 of
medqa/synthetic.py trained for about a minute on `assets/toy_english.txt`: some 300 everyday
sentences the project wrote itself (no medical content, no copied text). It is a toy: it knows a few
hundred words and strings them together, which is enough for `make demo` to end in words, and for
the fine-tune on the sample dialogs to show visibly in them (the doctors' "is most often due to",
"promptly"). It knows nothing about medicine. Built once, cached beside the random model.

A plain next-token loop rather than transformers' Trainer: fixed-length windows of one token stream,
no data set, no checkpoints, nothing to configure; the Trainer would add seconds of set-up to a run
that should take about a minute on 2 CPU cores.
"""

from __future__ import annotations

import math
import time
from importlib import resources

ENGLISH_TEXT = resources.files("medqa") / "assets" / "toy_english.txt"
STEPS = 300  # enough for words and phrases of the text to come back (600 reach loss 0.24: it recites)
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
