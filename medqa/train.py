"""recipe -> checks -> data -> backend -> TRL SFTTrainer -> adapter, metrics, sample answer, push.

`sft_config()` is the one place that names TRL's fields.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medqa import data, hardware, tracking
from medqa.backends import import_backend
from medqa.config import Config, MedqaError, dump_config


class RunError(MedqaError, RuntimeError):
    pass


@dataclass
class Result:
    metrics: dict
    model: Any = None  # the trained model with its adapter, for notebooks that go on using it
    tokenizer: Any = None


def log(msg: str) -> None:
    if is_main_process():
        print(f"medqa: {msg}", flush=True)


def is_main_process() -> bool:
    """Rank 0 under torchrun/accelerate, or the only process: the one that writes and talks."""
    return int(os.environ.get("RANK", "0")) == 0


def sft_config(cfg: Config, backend: str, precision: str, output_dir: Path, report_to: str):
    import torch
    from trl import SFTConfig

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
        # Unsloth installs its own (offloading) checkpointing in get_peft_model; asking transformers
        # for it too would replace Unsloth's with the slower, hungrier one.
        gradient_checkpointing=cfg.model.gradient_checkpointing and backend == "peft",
        gradient_checkpointing_kwargs={"use_reentrant": False},
        max_length=cfg.model.max_length,
        completion_only_loss=True,  # the dataset holds a completion_mask: loss on the doctor's turn only
        packing=False,
        # Dialogs of similar length share a batch (shuffled megabatches, sorted within): random-order
        # batches of dialogs are about half padding. transformers' own LengthGroupedSampler.
        train_sampling_strategy="group_by_length" if t.group_by_length else "random",
        logging_steps=t.logging_steps,
        eval_strategy="steps",
        eval_steps=t.eval_steps,
        save_strategy="steps",
        save_steps=t.save_steps,
        save_total_limit=t.save_total_limit,
        include_num_input_tokens_seen="non_padding",
        report_to=report_to,
        dataloader_num_workers=0,
        use_cpu=not torch.cuda.is_available(),
    )


def prepare_run_dir(run_dir: Path, resume: bool, overwrite: bool) -> None:
    if run_dir.exists() and any(run_dir.iterdir()):
        if resume:
            return
        if not overwrite:
            raise RunError(f"run directory {run_dir} already exists: pass --resume to continue it, --overwrite to "
                              f"replace it, or choose another run_name=...")
        shutil.rmtree(run_dir)
    if resume:
        raise RunError(f"--resume: no run directory {run_dir} to resume; start without --resume")
    run_dir.mkdir(parents=True, exist_ok=True)


def sample_messages(cfg: Config) -> list[dict]:
    system = [{"role": "system", "content": cfg.data.system_prompt}] if cfg.data.system_prompt else []
    return system + [{"role": "user", "content": cfg.sample.question}]


def run(cfg: Config, *, resume: bool = False, overwrite: bool = False, dry_run: bool = False) -> Result:
    # ---------------------------------------------------------------- hardware: decide before loading
    device = hardware.detect()
    hardware.check_torch_build(device)
    backend_name, notice = hardware.choose_backend(cfg.model.backend, device)
    precision = hardware.choose_precision(cfg.model.precision, device)
    if notice:
        log(notice)
    log(f"device {device.name} ({device.sm}), backend {backend_name}, precision {precision}")
    if cfg.gpu.memory_cap_gib and device.is_cuda:
        import torch

        torch.cuda.set_per_process_memory_fraction(min(1.0, cfg.gpu.memory_cap_gib / device.total_gib))
        log(f"GPU memory capped at {cfg.gpu.memory_cap_gib:g} GiB of {device.total_gib:.1f} (gpu.memory_cap_gib)")

    # ---------------------------------------------------------------- cheap checks first
    if not dry_run:
        tracking.check(cfg)
        hub_token = None
        if cfg.hub.repo_id:
            from medqa.secrets import get_secret

            hub_token = get_secret("HF_TOKEN")
            if not hub_token:
                raise RunError(
                    f"hub.repo_id={cfg.hub.repo_id} but no HF_TOKEN: set the HF_TOKEN environment variable or "
                    "Kaggle/Colab secret (a write token), or drop hub.repo_id")
        backend = import_backend(backend_name)  # unsloth, when chosen, is imported before transformers/trl

    # ---------------------------------------------------------------- data (tokenizer only, no weights)
    from transformers import AutoTokenizer

    from medqa import synthetic

    tokenizer = AutoTokenizer.from_pretrained(synthetic.resolve(cfg.model.name))
    data.ensure_pad_token(tokenizer)
    train_ds, val_ds, stats = data.prepare(cfg.data, tokenizer, cfg.model.max_length)
    log(f"data: {stats.summary()}")
    if dry_run:
        print(dump_config(cfg))
        print("--- first training example; [[...]] marks the tokens that carry loss ---")
        print(data.render_masked(train_ds[0], tokenizer))
        return Result({"dry_run": True, "data": stats.as_dict()})

    # ---------------------------------------------------------------- run directory and tracking
    run_dir = cfg.run_dir
    if is_main_process():
        prepare_run_dir(run_dir, resume, overwrite)
        (run_dir / "config.yaml").write_text(dump_config(cfg), encoding="utf-8")
    tracker = tracking.start(cfg, run_dir, is_main_process())

    # ---------------------------------------------------------------- model and trainer
    model, tokenizer = backend.load(cfg, precision)
    data.ensure_pad_token(tokenizer)
    trainer = _trainer_class(backend_name, device)(
        model=model,
        args=sft_config(cfg, backend_name, precision, run_dir / "checkpoints", tracker.report_to),
        train_dataset=train_ds,
        eval_dataset=val_ds,
        processing_class=tokenizer,
    )
    last = _last_checkpoint(run_dir / "checkpoints") if resume else None
    if resume:
        log(f"resuming from {last}" if last else "no checkpoint yet: starting from step 0")
    t0 = time.perf_counter()
    result = trainer.train(resume_from_checkpoint=last)
    train_seconds = time.perf_counter() - t0
    eval_metrics = trainer.evaluate()

    # ---------------------------------------------------------------- outputs
    tokens = int(trainer.state.num_input_tokens_seen)
    metrics = {
        "backend": backend_name,
        "precision": precision,
        "device": device.name,
        "train_loss": round(float(result.training_loss), 6),
        "eval_loss": round(float(eval_metrics["eval_loss"]), 6),
        "steps": int(trainer.state.global_step),
        "runtime_seconds": round(train_seconds, 2),
        "trained_tokens": tokens,
        "tokens_per_second": round(tokens / max(float(result.metrics["train_runtime"]), 1e-9), 2),
        "peak_gpu_gib": _peak_gib(),
        "data": stats.as_dict(),
    }
    if not is_main_process():
        return Result(metrics, trainer.model, tokenizer)
    adapter_dir = run_dir / "adapter"
    trainer.model.save_pretrained(adapter_dir)
    tokenizer.save_pretrained(adapter_dir)
    (run_dir / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    (run_dir / "log_history.json").write_text(json.dumps(trainer.state.log_history, indent=1) + "\n",
                                              encoding="utf-8")
    log(f"train loss {metrics['train_loss']:.4f}, eval loss {metrics['eval_loss']:.4f}, "
        f"{metrics['tokens_per_second']:.0f} tokens/s; adapter saved to {adapter_dir}")

    answer = backend.answer(trainer.model, tokenizer, sample_messages(cfg), cfg.sample.max_new_tokens)
    (run_dir / "sample_answer.md").write_text(
        f"**Patient:** {cfg.sample.question}\n\n**medqa:** {answer}\n", encoding="utf-8")
    print(f"\nPatient: {cfg.sample.question}\nmedqa:   {answer}\n", flush=True)

    tracker.summary({k: v for k, v in metrics.items() if not isinstance(v, dict)})
    tracker.finish()
    if cfg.hub.repo_id:
        _push(cfg, adapter_dir, metrics, hub_token)
    return Result(metrics, trainer.model, tokenizer)


def _push(cfg: Config, adapter_dir: Path, metrics: dict, token: str) -> None:
    from medqa import hub

    card = hub.model_card(cfg.model.base_16bit or cfg.model.name, cfg.data.source,
                          {k: v for k, v in metrics.items() if not isinstance(v, dict)}, dump_config(cfg))
    (adapter_dir / "README.md").write_text(card, encoding="utf-8")
    try:
        url = hub.push_folder(adapter_dir, cfg.hub.repo_id, token, cfg.hub.private, f"medqa: {cfg.run_name}")
    except hub.HubError as e:
        raise hub.HubError(f"{e}. The adapter is safe in {adapter_dir}; push it later with: "
                           f"huggingface-cli upload {cfg.hub.repo_id} {adapter_dir}") from None
    log(f"adapter pushed to {url}")


def _trainer_class(backend: str, device: hardware.Device):
    """TRL's SFTTrainer, or where its Triton loss kernel cannot run, the same trainer with the model's own loss.

    TRL 1.15 computes the SFT loss with a fused LM head written in Triton (trl/kernels/chunked_logprob.py),
    and Triton has no CPU backend and no Pascal (sm_60) support. Unsloth's trainer brings its own loss.
    """
    from trl import SFTTrainer

    if backend == "unsloth" or hardware.triton_ok(device):
        return SFTTrainer
    from transformers import Trainer

    class SFTTrainerPlainLoss(SFTTrainer):
        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            return Trainer.compute_loss(self, model, inputs, return_outputs=return_outputs,
                                        num_items_in_batch=num_items_in_batch)

    return SFTTrainerPlainLoss


def _last_checkpoint(folder: Path) -> str | None:
    from transformers.trainer_utils import get_last_checkpoint

    return get_last_checkpoint(str(folder)) if folder.is_dir() else None


def _peak_gib() -> float | None:
    import torch

    return round(torch.cuda.max_memory_allocated() / 2**30, 2) if torch.cuda.is_available() else None
