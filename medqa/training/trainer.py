"""The TRL adapter: the recipe as an SFTConfig, medqa's SFTTrainer, and `build_trainer` for train and bench.

    trainer = build_trainer(cfg, plan, model, tokenizer, train_ds, val_ds, output_dir, report_to)

`sft_config()` is the one place that names TRL's fields. Every workaround that reaches into TRL's or
transformers' private attributes lives here, each with its evidence.

Import this module only after `medqa.backends.import_backend(...)`: it imports trl, and Unsloth must
patch trl and transformers before they are imported (https://github.com/unslothai/unsloth/blob/main/unsloth/__init__.py),
so the SFTTrainer subclassed below is the patched one when the backend is unsloth.
"""

from __future__ import annotations

import logging
from pathlib import Path

import torch
from torch.utils.data import DataLoader
from transformers import Trainer, TrainerCallback
from trl import SFTConfig, SFTTrainer

from medqa import hardware, llama3
from medqa.common import log
from medqa.config import Config
from medqa.data.batching import TokenBudgetBatchSampler
from medqa.training.plan import TrainPlan


class _TokensAlignedOnPurpose(logging.Filter):
    """Trainer.train() warns that "the tokenizer has new PAD/BOS/EOS tokens" whenever they differ from the
    model config's (align_special_tokens, transformers/trainer_utils.py). medqa sets them on purpose: the
    pad token is llama3.PAD (llama3.ensure_pad_token), and the base's stop tokens are put back after
    training (MedqaSFTTrainer.train). Only that one message is dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("The tokenizer has new PAD/BOS/EOS tokens")


logging.getLogger("transformers.trainer_utils").addFilter(_TokensAlignedOnPurpose())


def _cpu_with_index(storage, location: str):
    """--resume under DDP on CPU (gloo): the Trainer loads optimizer.pt with map_location=args.device
    (transformers/trainer.py, _load_optimizer_and_scheduler), which on CPU is torch.device("cpu", 0), and
    torch.load knows "cpu" but not "cpu:0": "don't know how to restore data location of
    torch.storage.UntypedStorage (tagged with cpu:0)" (torch/serialization.py, default_restore_location).
    On GPUs the device is cuda:N, which it knows; this only teaches torch.load that cpu:N is the CPU."""
    return storage if location.startswith("cpu:") else None


torch.serialization.register_package(99, lambda obj: None, _cpu_with_index)


def sft_config(cfg: Config, precision: str, output_dir: Path, report_to: str) -> SFTConfig:
    t = cfg.train
    return SFTConfig(
        output_dir=str(output_dir),
        run_name=cfg.run_name,
        per_device_train_batch_size=t.micro_batch_size,
        per_device_eval_batch_size=t.micro_batch_size,
        gradient_accumulation_steps=t.grad_accum,
        learning_rate=t.learning_rate,
        num_train_epochs=t.epochs,
        max_steps=t.max_steps,
        warmup_steps=t.warmup_ratio,  # a float < 1 is a fraction of all steps (transformers 5)
        lr_scheduler_type=t.lr_scheduler,
        weight_decay=t.weight_decay,
        optim=t.optim,
        seed=t.seed,
        data_seed=t.seed,
        bf16=precision == "bf16",
        fp16=precision == "fp16",
        # The backends switch checkpointing on for the layers `preflight.checkpoint_layers` chose
        # (medqa/backends): the Trainer would switch it on for every layer at the start of train().
        gradient_checkpointing=False,
        max_length=cfg.model.max_length,
        completion_only_loss=True,  # the dataset holds a completion_mask: loss on the doctor's turn only
        packing=False,
        padding_free=t.padding_free,
        # Every batch, training's and evaluation's, padded to a multiple of 8 (TRL's collator; the token-budget
        # sampler cuts batches on the padded length): one side of torch.compile's `seq_len % 8` guards (issue 27).
        pad_to_multiple_of=t.pad_to_multiple_of,
        # Dialogs of similar length share a batch (shuffled megabatches, sorted within): random-order
        # batches of dialogs are about half padding. transformers' own LengthGroupedSampler.
        train_sampling_strategy="group_by_length" if t.group_by_length else "random",
        logging_steps=t.logging_steps,
        eval_strategy="steps",
        eval_steps=t.eval_steps,
        save_strategy="steps",
        save_steps=t.save_steps,
        save_total_limit=t.save_total_limit,
        # Counted on the GPU without a sync and gathered across ranks only when logged or saved
        # (MedqaSFTTrainer._track_num_input_tokens): the Trainer gathers and syncs once per micro-batch.
        include_num_input_tokens_seen="non_padding",
        report_to=report_to,
        dataloader_num_workers=0,
        # DDP: every LoRA weight gets a gradient every step. The Trainer's default for a PEFT model
        # (True) costs an extra graph traversal a step and breaks reentrant checkpointing
        # (unsloth/models/_ddp_defaults.py says why).
        ddp_find_unused_parameters=False,
        # The rotary tables are the model's only buffers, equal on every rank: DDP's default would
        # broadcast them from rank 0 at every forward, one more collective per micro-batch.
        ddp_broadcast_buffers=False,
        use_cpu=not torch.cuda.is_available(),
    )


class MedqaSFTTrainer(SFTTrainer):
    """TRL's SFTTrainer, with token-budget batches when the recipe sets train.batch_tokens, and on the
    plain PEFT path two fixes for the cards and CPUs it serves:

    1. TRL 1.15 computes the SFT loss with a fused LM head written in Triton (trl/kernels/chunked_logprob.py),
       and Triton has no CPU backend and no Pascal (sm_60) support: there, use the model's own loss.
    2. TRL casts QLoRA adapter weights to bf16 ("converted to bf16", trl/trainer/sft_trainer.py); fp16 loss
       scaling (P100, T4) then fails: "_amp_foreach_non_finite_check_and_unscale_cuda not implemented for
       'BFloat16'" (seen on the H100 with the p100 recipe). Keep trainable weights in fp32 under fp16.
    Unsloth's trainer (the patched SFTTrainer) brings its own loss and dtype handling.

    On every path, two changes for steady steps (issue 27): the tokens-seen count leaves the step
    (`_track_num_input_tokens`), and evaluation's graphs are built when training begins (`warm_up_evaluation`).
    """

    def __init__(self, *args, plain_peft: bool, fused_loss: bool, batch_tokens: int | None = None, **kwargs):
        self.plain_peft, self.fused_loss, self.batch_tokens = plain_peft, fused_loss, batch_tokens
        self._tokens_pending = None  # non-padding tokens of this rank since the last gather, on the device
        super().__init__(*args, **kwargs)
        if plain_peft and self.args.fp16:
            for p in self.model.parameters():
                if p.requires_grad:
                    p.data = p.data.float()
        self.add_callback(_WarmUpEvaluation(self))

    def train(self, *args, **kwargs):
        # Trainer.train() aligns the model's special tokens with the tokenizer's, which has one eos,
        # <|eot_id|> (align_special_tokens, https://github.com/huggingface/transformers/blob/v5.17.0/
        # src/transformers/trainer_utils.py): config.eos_token_id narrows to that id and the generation
        # config's list is rewritten. Put back the base model's stop tokens (Llama 3.1: <|end_of_text|>,
        # <|eom_id|>, <|eot_id|>) so the sample answer, evaluation and chat stop where the base would.
        config, generation = self.model.config, self.model.generation_config
        stops = config.eos_token_id, generation.eos_token_id
        try:
            return super().train(*args, **kwargs)
        finally:
            config.eos_token_id, generation.eos_token_id = stops

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        if not self.plain_peft or self.fused_loss:
            return super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
        return Trainer.compute_loss(self, model, inputs, return_outputs=return_outputs,
                                    num_items_in_batch=num_items_in_batch)

    def _track_num_input_tokens(self, inputs):
        # transformers' version (https://github.com/huggingface/transformers/blob/v5.17.0/src/transformers/trainer.py,
        # _track_num_input_tokens) gathers each micro-batch's count from every rank and reads it on the host:
        # a collective and a host sync per micro-batch, which stall the launch queue of every step. Here the
        # count is added up on the device, and `_gather_tokens` brings it into the state when the Trainer
        # logs or saves, which every rank does at the same steps.
        mask = inputs.get("attention_mask")
        if self.args.include_num_input_tokens_seen != "non_padding" or mask is None:
            return super()._track_num_input_tokens(inputs)  # padding-free batches carry no mask
        count = mask.sum()
        self._tokens_pending = count if self._tokens_pending is None else self._tokens_pending + count

    def _gather_tokens(self) -> None:
        """Add every rank's pending token count to `state.num_input_tokens_seen` (collective under DDP)."""
        pending = self._tokens_pending
        if pending is None and self.accelerator.num_processes == 1:
            return
        if pending is None:
            pending = torch.zeros((), dtype=torch.int64, device=self.args.device)
        self.state.num_input_tokens_seen += int(self.accelerator.gather(pending.reshape(1)).sum().item())
        self._tokens_pending = None

    def log(self, logs: dict, start_time: float | None = None) -> None:
        self._gather_tokens()  # the logged num_input_tokens_seen and tokens/s are exact
        super().log(logs, start_time)

    def _save_checkpoint(self, model, trial):
        self._gather_tokens()  # the checkpoint's trainer_state.json holds the exact count for --resume
        super()._save_checkpoint(model, trial)

    def warm_up_evaluation(self) -> None:
        """One evaluation forward on a few evaluation batches, as evaluation runs them (eval mode, no_grad,
        the Trainer's autocast), before step 1: torch.compile builds evaluation's graphs now, not in the first
        evaluation mid-run (a 9-12 s recompile there on the GPU, issue 27). Batches: the first, the second
        and the last (a shorter one), so that both a first shape and a changed one have been seen. Weights,
        random state and logs are left as they were."""
        dataset = self._remove_unused_columns(self.eval_dataset, description="Evaluation")
        rows, n = self.args.per_device_eval_batch_size, len(dataset)
        if n == 0:
            return
        starts = sorted({0, rows if n > 2 * rows else 0, (n - 1) // rows * rows})
        training = self.model.training
        self.model.eval()
        try:
            for start in starts:
                batch = self.data_collator([dataset[i] for i in range(start, min(start + rows, n))])
                self.prediction_step(self.model, batch, prediction_loss_only=True)
        finally:
            self.model.train(training)
            # TRL keeps each eval forward's entropy and accuracy for the next evaluation's log (private
            # SFTTrainer._metrics, trl/trainer/sft_trainer.py): these forwards are not an evaluation.
            metrics = getattr(self, "_metrics", None)
            if isinstance(metrics, dict) and "eval" in metrics:
                metrics["eval"].clear()

    def get_train_dataloader(self):
        if not self.batch_tokens:
            return super().get_train_dataloader()
        # transformers' private column filter, as its own get_train_dataloader uses it (trainer.py,
        # _get_dataloader): the collator must not see the dataset's extra columns.
        dataset = self._remove_unused_columns(self.train_dataset, description="Training")
        lengths = [len(ids) for ids in dataset["input_ids"]]
        # One optimizer step's micro-batches, over every rank, come from one group of near-equal batches.
        per_step = self.accelerator.num_processes * self.args.gradient_accumulation_steps
        sampler = TokenBudgetBatchSampler(lengths, self.batch_tokens, self.args.seed, per_step=per_step,
                                          multiple=self.args.pad_to_multiple_of)
        return self.accelerator.prepare(DataLoader(
            dataset, batch_sampler=sampler, collate_fn=self.data_collator,
            num_workers=self.args.dataloader_num_workers, pin_memory=self.args.dataloader_pin_memory))


class _WarmUpEvaluation(TrainerCallback):
    """When training begins (the model prepared as evaluation will see it): the trainer's evaluation warm-up,
    if the run evaluates."""

    def __init__(self, trainer: MedqaSFTTrainer):
        self.trainer = trainer

    def on_train_begin(self, args, state, control, **kwargs):
        if args.eval_strategy != "no" and self.trainer.eval_dataset is not None:
            self.trainer.warm_up_evaluation()


def one_process_one_gpu(args: SFTConfig, world_size: int) -> None:
    """A single process on a machine with several GPUs trains on GPU 0 alone, and says how to use them all."""
    n = torch.cuda.device_count() if torch.cuda.is_available() else 0
    if world_size == 1 and n > 1:
        args.device  # noqa: B018 (sets up the devices now, so the count below is not reset)
        # One process would otherwise feed the HF Trainer n x micro_batch_size per step for
        # nn.DataParallel, which it never applies to a 4-bit model: all of it lands on GPU 0.
        # transformers keeps that count in the private TrainingArguments._n_gpu (training_args.py).
        args._n_gpu = 1
        log(f"{n} GPUs but one process: training uses GPU 0 only; to use all of them, launch with "
            f"accelerate launch --num_processes {n} (docs/multi-gpu.md)")


def build_trainer(cfg: Config, plan: TrainPlan, model, tokenizer, train_ds, val_ds, output_dir: Path,
                  report_to: str) -> MedqaSFTTrainer:
    """Wrap a model the plan's backend loaded (with its LoRA adapter, recomputing `plan.layers` decoder
    layers in backward) in medqa's SFTTrainer."""
    args = sft_config(cfg, plan.precision, output_dir, report_to)
    one_process_one_gpu(args, plan.world_size)
    # On sm80+ torch 2.11's SDPA picks cuDNN attention first. Its host-side cost is 1-3 ms a call
    # (a plan per new sequence length, and a lookup per call); token-budget batches bring new lengths
    # every step, and the GPU waited on it for ~40% of each step (H100, --profile-steps,
    # docs/multi-gpu.md). Unsloth avoids it for the same reason elsewhere ("_no_cudnn_attention",
    # unsloth/models/decision.py). Flash attention (or memory-efficient) has no such cost.
    torch.backends.cuda.enable_cudnn_sdp(False)
    llama3.ensure_pad_token(tokenizer)
    return MedqaSFTTrainer(model=model, args=args, train_dataset=train_ds, eval_dataset=val_ds,
                           processing_class=tokenizer, plain_peft=plan.backend != "unsloth",
                           fused_loss=hardware.triton_ok(plan.device), batch_tokens=cfg.train.batch_tokens)
