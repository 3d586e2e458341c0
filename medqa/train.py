"""recipe -> checks -> data -> backend -> TRL SFTTrainer -> adapter, metrics, sample answer, push.

`sft_config()` is the one place that names TRL's fields. What can fail is checked before the model
loads (`medqa/preflight.py`). A run that fails before its first checkpoint leaves no run directory
behind; one that fails later keeps its checkpoints for `--resume`; final files are written under a
temporary name and renamed, so they are whole or absent. Under torchrun / accelerate launch every
process trains; rank 0 alone writes, logs, pushes and prints (docs/multi-gpu.md).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from medqa import data, hardware, preflight, tracking
from medqa.backends import import_backend
from medqa.config import Config, MedqaError, dump_config
from medqa.secrets import redact


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
        # The backends switch checkpointing on for the layers `preflight.checkpoint_layers` chose
        # (medqa/backends): the Trainer would switch it on for every layer at the start of train().
        gradient_checkpointing=False,
        max_length=cfg.model.max_length,
        completion_only_loss=True,  # the dataset holds a completion_mask: loss on the doctor's turn only
        packing=False,
        padding_free=t.padding_free,
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
        # DDP: every LoRA weight gets a gradient every step. The Trainer's default for a PEFT model
        # (True) costs an extra graph traversal a step and breaks reentrant checkpointing
        # (unsloth/models/_ddp_defaults.py says why).
        ddp_find_unused_parameters=False,
        use_cpu=not torch.cuda.is_available(),
    )


def sample_messages(cfg: Config) -> list[dict]:
    system = [{"role": "system", "content": cfg.data.system_prompt}] if cfg.data.system_prompt else []
    return system + [{"role": "user", "content": cfg.sample.question}]


def run(cfg: Config, *, resume: bool = False, overwrite: bool = False, dry_run: bool = False) -> Result:
    rank, local_rank, world_size = preflight.world()
    main = rank == 0
    run_dir = cfg.run_dir

    # ---------------------------------------------------------------- cheap checks first (no torch yet)
    last, hub_token = None, None
    if dry_run:
        for check in (tracking.check, preflight.check_hub):
            try:
                check(cfg)
            except MedqaError as e:
                log(f"note: a real run would stop here: {e}")
    else:
        # Only rank 0 judges the run directory: it may create it before another rank looks.
        if main:
            last = preflight.check_run_dir(run_dir, resume, overwrite)
        elif resume:
            last = (preflight.checkpoints(run_dir / "checkpoints")[0] or [None])[-1]
        if last:
            preflight.check_not_finished(last, cfg)
        tracking.check(cfg)
        hub_token = preflight.check_hub(cfg)
    preflight.check_data_file(cfg.data)

    # ---------------------------------------------------------------- hardware: decide before loading
    device = hardware.rehearse(hardware.detect(), cfg.gpu.capability)
    hardware.check_torch_build(device)
    backend_name, notice = hardware.choose_backend(cfg.model.backend, device)
    precision = hardware.choose_precision(cfg.model.precision, device)
    if notice:
        log(notice)
    log(f"device {device.name} ({device.sm}), backend {backend_name}, precision {precision}")
    if device.is_cuda and world_size > 1:
        import torch

        # One GPU per process: the backends load the 4-bit model onto the current device.
        torch.cuda.set_device(local_rank)
    if cfg.gpu.memory_cap_gib and device.is_cuda:
        import torch

        torch.cuda.set_per_process_memory_fraction(min(1.0, cfg.gpu.memory_cap_gib / device.total_gib))
        log(f"GPU memory capped at {cfg.gpu.memory_cap_gib:g} GiB of {device.total_gib:.1f} (gpu.memory_cap_gib)")
    if backend_name == "unsloth" and not dry_run:
        import_backend(backend_name)  # before transformers, trl and peft: unsloth patches them on import

    # ---------------------------------------------------------------- data (tokenizer only, no weights)
    from transformers import AutoTokenizer

    from medqa import synthetic

    try:
        tokenizer = AutoTokenizer.from_pretrained(synthetic.resolve(cfg.model.name))
    except (OSError, ValueError) as e:  # a typo in the name, no network, a gated repo without a token
        reason = redact(str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__)
        raise RunError(f"cannot load model.name={cfg.model.name!r}: {reason}; check model.name "
                       "(a Hub model id or a local folder)") from None
    data.ensure_pad_token(tokenizer)
    train_ds, val_ds, stats = data.prepare(cfg.data, tokenizer, cfg.model.max_length)
    log(f"data: {stats.summary()}")
    t = cfg.train
    per_step, unit = global_batch(cfg, world_size)
    log(f"batch: {batch_setting(cfg, values_only=True)} per device x {t.grad_accum} accumulation x {world_size} "
        f"process{'es' if world_size > 1 else ''} = {'up to ' if t.batch_tokens else ''}{per_step} {unit} per step")

    # ---------------------------------------------------------------- disk and memory, from the model's shape
    shapes = _shapes(cfg)
    capacity = (cfg.gpu.memory_cap_gib or device.total_gib) * 2**30 if device.is_cuda else _ram_bytes()
    chunked = backend_name == "unsloth" or hardware.triton_ok(device)
    layers, why = preflight.checkpoint_layers(cfg, shapes, backend=backend_name, precision=precision,
                                              chunked_loss=chunked, on_gpu=device.is_cuda, capacity=capacity)
    log(f"gradient checkpointing: {min(layers, shapes.layers) if shapes else 'all'} layers ({why})")
    if shapes:
        estimate = preflight.estimate_memory(cfg, shapes, backend=backend_name, precision=precision,
                                             chunked_loss=chunked, on_gpu=device.is_cuda, capacity=capacity,
                                             checkpointed=layers)
        log(estimate.describe(f"{device.name}" if device.is_cuda else "cpu (RAM)"))
        if capacity and estimate.total > capacity:
            log(f"note: if it runs out of memory, try {smaller_setting(cfg)}")
        if main:
            need, per_checkpoint = preflight.disk_needed(cfg, shapes)
            try:
                preflight.check_disk(run_dir, need, per_checkpoint, cfg)
            except MedqaError as e:
                if not dry_run:
                    raise
                log(f"note: a real run would stop here: {e}")
    if dry_run:
        print(dump_config(cfg))
        print("--- first training example; [[...]] marks the tokens that carry loss ---")
        print(data.render_masked(train_ds[0], tokenizer))
        return Result({"dry_run": True, "data": stats.as_dict()})

    backend = import_backend(backend_name)

    # ---------------------------------------------------------------- run directory and tracking
    created = False
    if main:
        created = _prepare_run_dir(cfg, resume, overwrite)
        _write_atomic(run_dir / "config.yaml", dump_config(cfg))
    tracker, trainer = tracking.NullRun(), None
    try:
        tracker = tracking.start(cfg, run_dir, main, resume)
        args = sft_config(cfg, backend_name, precision, run_dir / "checkpoints", tracker.report_to)
        _one_process_one_gpu(args, world_size)

        # ------------------------------------------------------------ model and trainer
        import torch

        try:
            model, tokenizer = backend.load(cfg, precision, layers)
            data.ensure_pad_token(tokenizer)
            trainer = _trainer_class(backend_name, device, cfg.train.batch_tokens)(
                model=model, args=args, train_dataset=train_ds, eval_dataset=val_ds, processing_class=tokenizer)
            speed = _speed_features(trainer, backend_name, cfg, train_ds)
            if os.environ.get("MEDQA_TRACE_DIR"):  # tests only: per-rank weight hashes and file writes
                from medqa import trace

                trace.install(trainer, Path(os.environ["MEDQA_TRACE_DIR"]), cfg.output_dir)
            start = _state_at(last)
            if last:
                log(f"resuming from {last} (step {start['global_step']})")
            t0 = time.perf_counter()
            result = trainer.train(resume_from_checkpoint=str(last) if last else None)
            train_seconds = time.perf_counter() - t0
            # The Trainer evaluates at its last step; a second pass would cost minutes on the 8B.
            last_eval = [e for e in trainer.state.log_history
                         if "eval_loss" in e and e.get("step") == trainer.state.global_step]
            eval_metrics = last_eval[-1] if last_eval else trainer.evaluate()
        except torch.OutOfMemoryError:
            raise RunError(_oom_message(cfg, trainer, run_dir, created)) from None

        # ------------------------------------------------------------ outputs
        state = trainer.state
        steps_now = state.global_step - start["global_step"]
        tokens_now = int(state.num_input_tokens_seen) - start["num_input_tokens_seen"]
        # The Trainer averages this invocation's losses over all steps, resumed ones too: undo that.
        train_loss = result.training_loss * state.global_step / steps_now if steps_now else None
        metrics = {
            "backend": backend_name,
            "precision": precision,
            "device": device.name,
            "train_loss": None if train_loss is None else round(float(train_loss), 6),
            "eval_loss": round(float(eval_metrics["eval_loss"]), 6),
            "steps": int(state.global_step),
            "resumed_from_step": start["global_step"],
            "world_size": world_size,
            "global_batch": per_step,
            "global_batch_unit": unit,  # tokens with train.batch_tokens (an upper bound), else dialogs
            "runtime_seconds": round(train_seconds, 2),
            "trained_tokens": int(state.num_input_tokens_seen),
            "tokens_per_second": round(tokens_now / max(float(result.metrics["train_runtime"]), 1e-9), 2),
            "peak_gpu_gib": _peak_gib(),
            "data": stats.as_dict(),
            "speed": speed.info,
        }
        if not main:
            return Result(metrics, trainer.model, tokenizer)
        adapter_dir = run_dir / "adapter"
        _save_adapter(trainer.model, tokenizer, adapter_dir)
        _write_atomic(run_dir / "metrics.json", json.dumps(metrics, indent=2) + "\n")
        _write_atomic(run_dir / "log_history.json", json.dumps(state.log_history, indent=1) + "\n")
        log(f"train loss {metrics['train_loss'] or math.nan:.4f}, eval loss {metrics['eval_loss']:.4f}, "
            f"{metrics['tokens_per_second']:.0f} tokens/s; adapter saved to {adapter_dir}")

        answer = backend.answer(trainer.model, tokenizer, sample_messages(cfg), cfg.sample.max_new_tokens)
        _write_atomic(run_dir / "sample_answer.md", f"**Patient:** {cfg.sample.question}\n\n**medqa:** {answer}\n")
        print(f"\nPatient: {cfg.sample.question}\nmedqa:   {answer}\n", flush=True)

        tracker.summary({k: v for k, v in metrics.items() if not isinstance(v, dict)})
        tracker.finish()
        if cfg.hub.repo_id:
            _push(cfg, adapter_dir, metrics, hub_token)
        return Result(metrics, trainer.model, tokenizer)
    except BaseException:
        if main and created and not preflight.checkpoints(run_dir / "checkpoints")[0] \
                and not (run_dir / "adapter").is_dir():
            with contextlib.suppress(Exception):
                tracker.finish()  # W&B writes under the run directory until its run ends
            shutil.rmtree(run_dir, ignore_errors=True)  # nothing worth keeping: leave no half-run behind
        raise


# -------------------------------------------------------------------------------------------- helpers

def _prepare_run_dir(cfg: Config, resume: bool, overwrite: bool) -> bool:
    """Make the run directory; True when this invocation created it (and may remove it on failure)."""
    run_dir = cfg.run_dir
    if resume:
        for stale in preflight.checkpoints(run_dir / "checkpoints")[1]:
            log(f"removing {stale.name}: incomplete (the run stopped while saving it)")
            shutil.rmtree(stale)
        saved = run_dir / "config.yaml"
        if saved.is_file():
            _log_changes(yaml.safe_load(saved.read_text(encoding="utf-8")) or {}, cfg)
        return False
    if run_dir.exists() and overwrite:
        shutil.rmtree(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    return True


def _log_changes(old: dict, cfg: Config) -> None:
    """On --resume, name the settings that differ from the run's saved config.yaml (an OOM fix, say)."""
    def flat(d: dict, prefix: str = "") -> dict:
        out = {}
        for k, v in d.items():
            out.update(flat(v, f"{prefix}{k}.") if isinstance(v, dict) else {f"{prefix}{k}": v})
        return out

    before, now = flat(old), flat(cfg.model_dump(mode="json"))
    changed = [f"{k} {before.get(k)!r} -> {v!r}" for k, v in now.items() if before.get(k, v) != v]
    if changed:
        log(f"resuming with changed settings: {', '.join(changed)}")


def _state_at(checkpoint: Path | None) -> dict:
    """Step and token count a resumed run starts from (0 for a new run)."""
    state = {"global_step": 0, "num_input_tokens_seen": 0}
    if checkpoint:
        saved = json.loads((checkpoint / "trainer_state.json").read_text(encoding="utf-8"))
        state = {k: int(saved.get(k) or 0) for k in state}
    return state


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _save_adapter(model, tokenizer, adapter_dir: Path) -> None:
    """Write the adapter beside its final place, then rename: a crash leaves the old one or none."""
    tmp, old = adapter_dir.with_name(".adapter.tmp"), adapter_dir.with_name(".adapter.old")
    for p in (tmp, old):
        shutil.rmtree(p, ignore_errors=True)
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    if adapter_dir.exists():
        os.replace(adapter_dir, old)
    os.replace(tmp, adapter_dir)
    shutil.rmtree(old, ignore_errors=True)


def global_batch(cfg: Config, world_size: int) -> tuple[int, str]:
    """What one optimizer step trains on: (number, "tokens" or "dialogs")."""
    t = cfg.train
    per_device, unit = (t.batch_tokens, "tokens") if t.batch_tokens else (t.micro_batch_size, "dialogs")
    return per_device * t.grad_accum * world_size, unit


def batch_setting(cfg: Config, values_only: bool = False) -> str:
    t = cfg.train
    if values_only:
        return f"up to {t.batch_tokens} tokens" if t.batch_tokens else f"{t.micro_batch_size} dialogs"
    return f"train.batch_tokens={t.batch_tokens}" if t.batch_tokens else f"train.micro_batch_size={t.micro_batch_size}"


def smaller_setting(cfg: Config) -> str:
    """One concrete change that needs less memory, keeping the tokens or dialogs per optimizer step."""
    t, m = cfg.train, cfg.model
    if t.batch_tokens and t.batch_tokens >= 512:
        bt = t.batch_tokens // 2
        shorter = f"model.max_length={bt} " if bt < m.max_length else ""  # a batch must hold a whole dialog
        return (f"{shorter}train.batch_tokens={bt} train.grad_accum={t.grad_accum * 2} "
                f"(still {t.batch_tokens * t.grad_accum} tokens per step per process"
                f"{'; longer dialogs are truncated and counted' if shorter else ''})")
    if not t.batch_tokens and t.micro_batch_size > 1:
        mb = t.micro_batch_size // 2 if t.micro_batch_size % 2 == 0 else 1
        ga = t.grad_accum * t.micro_batch_size // mb
        return (f"train.micro_batch_size={mb} train.grad_accum={ga} "
                f"(still {mb * ga} dialogs per step per process)")
    if m.gradient_checkpointing is not True:
        return "model.gradient_checkpointing=true"
    if m.max_length > 256:
        return f"model.max_length={m.max_length // 2} (longer dialogs are truncated and counted)"
    return "model.load_in_4bit=true" if not m.load_in_4bit else "a GPU with more memory"


def _oom_message(cfg: Config, trainer, run_dir: Path, created: bool) -> str:
    where = f"at step {trainer.state.global_step + 1}" if trainer is not None and trainer.state else \
        "while loading the model"
    fix = smaller_setting(cfg)
    kept = preflight.checkpoints(run_dir / "checkpoints")[0]
    then = (f"{kept[-1].name} is kept: rerun with those overrides and --resume to continue from it" if kept else
            "no checkpoint had been saved yet, so start again with those overrides"
            + (" and --overwrite" if not created else ""))
    return (f"out of memory {where} with {batch_setting(cfg)} and model.max_length={cfg.model.max_length}: "
            f"try {fix}; {then}")


def _one_process_one_gpu(args, world_size: int) -> None:
    """A single process on a machine with several GPUs trains on GPU 0 alone, and says how to use them all."""
    import torch

    n = torch.cuda.device_count() if torch.cuda.is_available() else 0
    if world_size == 1 and n > 1:
        args.device  # noqa: B018 (sets up the devices now, so the count below is not reset)
        # One process would otherwise feed the HF Trainer n x micro_batch_size per step for
        # nn.DataParallel, which it never applies to a 4-bit model: all of it lands on GPU 0.
        args._n_gpu = 1
        log(f"{n} GPUs but one process: training uses GPU 0 only; to use all of them, launch with "
            f"accelerate launch --num_processes {n} (docs/multi-gpu.md)")


def _shapes(cfg: Config) -> preflight.Shapes | None:
    try:
        return preflight.shapes(cfg)
    except Exception as e:  # noqa: BLE001  (no config.json reachable: the model load will say why; skip the estimates)
        log(f"note: no memory or disk estimate ({type(e).__name__}: {str(e).strip().splitlines()[0][:120]})")
        return None


def _ram_bytes() -> float | None:
    try:
        import psutil

        return float(psutil.virtual_memory().total)
    except ImportError:
        return None


def _push(cfg: Config, adapter_dir: Path, metrics: dict, token: str) -> None:
    from medqa import hub

    card = hub.model_card(cfg.model.base_16bit or cfg.model.name, cfg.data.source,
                          {k: v for k, v in metrics.items() if not isinstance(v, dict)}, dump_config(cfg))
    _write_atomic(adapter_dir / "README.md", card)
    try:
        url = hub.push_folder(adapter_dir, cfg.hub.repo_id, token, cfg.hub.private, f"medqa: {cfg.run_name}")
    except hub.HubError as e:
        private = " --private" if cfg.hub.private else ""
        raise hub.HubError(f"{str(e).rstrip('.')}. The adapter is safe in {adapter_dir}; push it later with "
                           f"`hf upload {cfg.hub.repo_id} {adapter_dir}{private}` (it reads HF_TOKEN)") from None
    log(f"adapter pushed to {url}")


def _trainer_class(backend: str, device: hardware.Device, batch_tokens: int | None = None):
    """TRL's SFTTrainer, with token-budget batches when the recipe sets train.batch_tokens, and on the
    plain PEFT path two fixes for the cards and CPUs it serves:

    1. TRL 1.15 computes the SFT loss with a fused LM head written in Triton (trl/kernels/chunked_logprob.py),
       and Triton has no CPU backend and no Pascal (sm_60) support: there, use the model's own loss.
    2. TRL casts QLoRA adapter weights to bf16 ("converted to bf16", trl/trainer/sft_trainer.py); fp16 loss
       scaling (P100, T4) then fails: "_amp_foreach_non_finite_check_and_unscale_cuda not implemented for
       'BFloat16'" (seen on the H100 with the p100 recipe). Keep trainable weights in fp32 under fp16.
    Unsloth's trainer (the patched SFTTrainer) brings its own loss and dtype handling.
    """
    from transformers import Trainer
    from trl import SFTTrainer

    plain_peft = backend != "unsloth"
    fused_loss = hardware.triton_ok(device)

    class MedqaSFTTrainer(SFTTrainer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            if plain_peft and self.args.fp16:
                for p in self.model.parameters():
                    if p.requires_grad:
                        p.data = p.data.float()

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
            if not plain_peft or fused_loss:
                return super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
            return Trainer.compute_loss(self, model, inputs, return_outputs=return_outputs,
                                        num_items_in_batch=num_items_in_batch)

        def get_train_dataloader(self):
            if not batch_tokens:
                return super().get_train_dataloader()
            from torch.utils.data import DataLoader

            from medqa.batching import TokenBudgetBatchSampler

            dataset = self._remove_unused_columns(self.train_dataset, description="Training")
            sampler = TokenBudgetBatchSampler([len(ids) for ids in dataset["input_ids"]], batch_tokens, self.args.seed)
            return self.accelerator.prepare(DataLoader(
                dataset, batch_sampler=sampler, collate_fn=self.data_collator,
                num_workers=self.args.dataloader_num_workers, pin_memory=self.args.dataloader_pin_memory))

    return MedqaSFTTrainer


def _speed_features(trainer, backend_name: str, cfg: Config, train_ds):
    """Say which speed features are on (medqa/features.py): the attention kernel of one real forward
    pass over two training rows, and the checkpointed layers once training begins."""
    from medqa import features

    trainer.model.train()  # the kernel a training forward picks (Unsloth drops the padding mask there)
    batch = trainer.data_collator([train_ds[i] for i in range(min(2, len(train_ds)))])
    speed = features.SpeedFeatures(backend_name, features.attention_kernel(trainer.model, batch),
                                   f"batches of {batch_setting(cfg, values_only=True)}", log)
    trainer.add_callback(speed)
    return speed


def _peak_gib() -> float | None:
    import torch

    return round(torch.cuda.max_memory_allocated() / 2**30, 2) if torch.cuda.is_available() else None
