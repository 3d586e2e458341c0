"""Run scripts/finetune.py with a training step that runs out of memory at step $OOM_AT_STEP (counted
from 1), as torch raises it on a GPU: the CPU stand-in for a card that is too small."""

import os
import runpy
import sys

import torch
import transformers

AT = int(os.environ["OOM_AT_STEP"])
original = transformers.Trainer.training_step


def training_step(self, *args, **kwargs):
    if self.state.global_step + 1 >= AT:
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
    return original(self, *args, **kwargs)


transformers.Trainer.training_step = training_step
sys.argv = ["scripts/finetune.py", *sys.argv[1:]]
runpy.run_path("scripts/finetune.py", run_name="__main__")
