"""Micro-batches filled to a token budget instead of a fixed number of dialogs.

Dialogs run from ~50 to 2,000+ tokens. A fixed number of rows per batch either pads short rows to
the longest (random order: about half of every batch is padding) or, once length-grouped, leaves
most steps small: eight 150-token dialogs are 1,200 tokens, too few to keep a GPU busy, and a step
has a fixed cost (LoRA kernels, optimizer, checkpoint offload) whatever its size. Here each batch
holds as many similar-length dialogs as fit `max_tokens` padded tokens (rows x longest row), so
every step carries about the same work and the peak memory is that of `max_tokens` tokens.

Batches are built once from a seeded shuffle (megabatches sorted by length, then cut), so their
number is fixed for `len()` and resume; their order is reshuffled every epoch with the batch of
most padded tokens first, so an out-of-memory error shows at step 1 rather than hours in.
The loss is a mean over tokens (TRL passes the step's token count), so a batch of many short
dialogs weighs its tokens like a batch of a few long ones.

Several GPUs (`per_step` = processes x accumulation micro-batches per optimizer step): DDP makes every
rank wait at each step's gradient all-reduce for the slowest one, so the micro-batches of one step should
cost the same. Batches are ranked by padded tokens (their compute) and cut into consecutive groups of
`per_step`, and the groups are what gets shuffled. accelerate hands batch k of the sequence to rank
k mod processes (`BatchSamplerShard`, https://github.com/huggingface/accelerate/blob/v1.15.0/src/accelerate/data_loader.py),
so each step's micro-batches, on every rank, come from one group of near-equal batches. One GPU with
accumulation A and A GPUs without it then see the same steps.

Padded lengths (`multiple`, train.pad_to_multiple_of): the collator pads each batch to a multiple of 8,
so that every batch meets the same side of torch.compile's length guards (issue 27: Inductor
specialised Unsloth's compiled regions on `seq_len % 8 != 0`, and each first batch on the other side
of that guard recompiled for 9-12 s). Batches are cut on the padded length, so a batch never holds more
than `max_tokens` tokens once padded; the rows and their order are those of `multiple=None`, only a
batch whose padded rows overflow the budget ends one row earlier.
"""

from __future__ import annotations

import torch
from torch.utils.data import Sampler

from medqa.config import padded_length


class TokenBudgetBatchSampler(Sampler[list[int]]):
    def __init__(self, lengths: list[int], max_tokens: int, seed: int = 0, megabatch: int = 512, per_step: int = 1,
                 multiple: int | None = None):
        cost = [padded_length(n, multiple) for n in lengths]  # a row's tokens once its batch is padded
        if max(cost, default=0) > max_tokens:
            padded = f" (padded to a multiple of {multiple})" if multiple else ""
            raise ValueError(f"a row of {max(cost)} tokens{padded} does not fit train.batch_tokens={max_tokens}: "
                             f"raise train.batch_tokens to at least model.max_length{padded}")
        self.max_tokens, self.seed, self.epoch, self.per_step = max_tokens, seed, 0, per_step
        g = torch.Generator().manual_seed(seed)
        order = torch.randperm(len(lengths), generator=g).tolist()
        self.batches: list[list[int]] = []
        for start in range(0, len(order), megabatch):
            # sorted on the true lengths (the rows' order whatever the multiple), cut on the padded ones
            mega = sorted(order[start:start + megabatch], key=lambda i: lengths[i], reverse=True)
            batch: list[int] = []
            for i in mega:  # descending lengths: the batch's first row is its longest
                if batch and cost[batch[0]] * (len(batch) + 1) > max_tokens:
                    self.batches.append(batch)
                    batch = []
                batch.append(i)
            if batch:
                self.batches.append(batch)
        self.padded = [cost[b[0]] * len(b) for b in self.batches]
        by_cost = sorted(range(len(self.batches)), key=self.padded.__getitem__, reverse=True)
        self.groups = [by_cost[i:i + per_step] for i in range(0, len(by_cost), per_step)]

    def set_epoch(self, epoch: int) -> None:
        self.epoch = epoch

    def __iter__(self):
        g = torch.Generator().manual_seed(self.seed + 1 + self.epoch)
        order = torch.randperm(len(self.groups), generator=g).tolist()
        order.remove(0)  # groups[0] holds the batch of most padded tokens
        for group in [0, *order]:
            for k in self.groups[group]:
                yield self.batches[k]

    def __len__(self) -> int:
        return len(self.batches)


def right_padded(rows: list[list[int]], pad_id: int, multiple: int | None = None) -> dict:
    """Rows right-padded to the longest (rounded up to `multiple`), with their attention mask, as the training
    collator pads them (for the forward passes outside the trainer: the speed line's, evaluation's)."""
    width = padded_length(max(map(len, rows)), multiple)
    ids = torch.tensor([r + [pad_id] * (width - len(r)) for r in rows])
    mask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rows])
    return {"input_ids": ids, "attention_mask": mask}
