"""recipe -> checks -> data -> backend -> TRL SFTTrainer -> adapter, metrics, sample answer, push.

What can fail is checked before the model loads (`medqa/training/estimates.py`, `medqa/rundir.py`). A run
that fails before its first checkpoint leaves no run directory behind; one that fails later keeps
its checkpoints for `--resume`; final files are written whole or not at all (`rundir.atomic_path`).
The trainer itself is `medqa/training/trainer.py`. Under torchrun / accelerate launch every process trains;
rank 0 alone writes, logs, pushes and prints (docs/multi-gpu.md).
"""

from __future__ import annotations

import contextlib
import math
import shutil
import time
from dataclasses import dataclass
from typing import Any

import yaml

from medqa import hub, rundir
from medqa.backends import import_backend, load_tokenizer
from medqa.common import MedqaError, chat_messages, is_main_process, log, reason, world
from medqa.config import Config, dump_config
from medqa.data.prepare import check_data_file, cleaning_examples, prepare, render_masked
from medqa.rundir import RunDir
from medqa.runlock import hold, release
from medqa.training import estimates, mirror, tracking
from medqa.training.plan import TrainPlan, plan_training


class RunError(MedqaError, RuntimeError):
    pass


@dataclass
class Result:
    metrics: dict
    model: Any = None  # the trained model with its adapter, for notebooks that go on using it
    tokenizer: Any = None


def sample_messages(cfg: Config) -> list[dict]:
    return chat_messages(cfg.data.system_prompt, cfg.sample.question)


def run(cfg: Config, *, resume: bool = False, overwrite: bool = False, dry_run: bool = False,
        profile_steps: tuple[int, int] | None = None) -> Result:
    """`profile_steps` (first, last): where the time of steps first+1..last goes, per rank (medqa/training/speed.py).
    The run directory is this process's from its first check until this returns or raises (medqa/runlock.py)."""
    try:
        return _run(cfg, resume, overwrite, dry_run, profile_steps)
    finally:
        release(cfg.run_dir)


def _run(cfg: Config, resume: bool, overwrite: bool, dry_run: bool, profile_steps: tuple[int, int] | None) -> Result:
    rank, _, world_size = world()
    # ---------------------------------------------------------------- cheap checks first (no torch yet)
    last, hub_token = _checks(cfg, rank, world_size, resume, overwrite, dry_run)
    # ---------------------------------------------------------------- hardware and memory: decide before loading
    plan = plan_training(cfg, dry_run)
    # ---------------------------------------------------------------- data (tokenizer only, no weights)
    try:
        tokenizer = load_tokenizer(cfg)
    except (OSError, ValueError) as e:  # a typo in the name, no network, a gated repo without a token
        raise RunError(f"cannot load model.name={cfg.model.name!r}: {reason(e)}; check model.name "
                       "(a Hub model id or a local folder)") from None
    train_ds, val_ds, stats = prepare(cfg.data, tokenizer, cfg.model.max_length)
    log(f"data: {stats.summary()}")
    per_step, unit = global_batch(cfg, world_size)
    log(f"batch: {batch_setting(cfg, values_only=True)} per device x {cfg.train.grad_accum} accumulation x "
        f"{world_size} process{'es' if world_size > 1 else ''} = {'up to ' if cfg.train.batch_tokens else ''}"
        f"{per_step} {unit} per step")
    # ---------------------------------------------------------------- disk and memory, from the model's shape
    _estimates(cfg, plan, rank == 0, dry_run)
    if dry_run:
        _show_dry_run(cfg, train_ds, tokenizer)
        return Result({"dry_run": True, "data": stats.as_dict()})
    # ---------------------------------------------------------------- train, save, push
    return _train(cfg, plan, (train_ds, val_ds, stats), last, hub_token, resume, overwrite, profile_steps)


def _show_dry_run(cfg: Config, train_ds, tokenizer) -> None:
    print(dump_config(cfg))
    if cfg.data.clean.enabled:
        print(f"--- data.clean: answers before and after (docs/data.md) ---\n{cleaning_examples(cfg.data)}")
    print("--- first training example; [[...]] marks the tokens that carry loss ---")
    print(render_masked(train_ds[0], tokenizer))


def _checks(cfg: Config, rank: int, world_size: int, resume: bool, overwrite: bool, dry_run: bool):
    """(checkpoint to resume from, Hub token): what can be judged without torch. A dry run only notes."""
    last, hub_token, main = None, None, rank == 0
    if dry_run:
        for check in (tracking.check, hub.check_hub):
            try:
                check(cfg)
            except MedqaError as e:
                log(f"note: a real run would stop here: {e}")
    else:
        if main:  # the run directory is this process's before the mirror may write into it
            hold(cfg.run_dir, RunDir(cfg.run_dir).lock_file)
        mirror.prepare(cfg, resume, overwrite, rank)  # with --resume, a newer checkpoint of the mirror is fetched first
        # Only rank 0 judges the run directory: it may create it before another rank looks.
        if main:
            last = rundir.check(cfg.run_dir, resume, overwrite)
        elif resume:
            last = rundir.last_checkpoint(cfg.run_dir)
        if last:
            rundir.check_not_finished(last, cfg)
            rundir.check_rng_state(last, rank, world_size)
        tracking.check(cfg)
        hub_token = hub.check_hub(cfg)
    check_data_file(cfg.data)
    return last, hub_token


CERTAIN_OOM = 2  # an estimate this many times the memory there is: refused, not attempted


def _estimates(cfg: Config, plan: TrainPlan, main: bool, dry_run: bool) -> None:
    """The checkpointed layers (said with why), memory (logged, with a smaller setting when it may not
    fit) and disk (checked), from the model's shape."""
    shapes = plan.shapes
    layers = f"{plan.layers} of {shapes.layers}" if shapes else "all"
    log(f"gradient checkpointing: {layers} layers ({plan.layers_why})")
    if not shapes:
        return
    estimate = plan.estimate(cfg)
    log(estimate.describe(f"{plan.device.name}" if plan.device.is_cuda else "cpu (RAM)"))
    if plan.capacity and estimate.total > CERTAIN_OOM * plan.capacity and not dry_run:
        # The estimate is within 10% of measured peaks (docs/gpu.md): twice the memory there is cannot fit,
        # so refuse before the model loads rather than after (an absurd train.batch_tokens, say).
        raise RunError(f"this setting needs ~{estimate.total / 2**30:.0f} GiB, over {CERTAIN_OOM}x the "
                       f"{plan.capacity / 2**30:.1f} GiB here, so it cannot fit: try {smaller_setting(cfg)}")
    if plan.capacity and estimate.total > plan.capacity:
        log(f"note: if it runs out of memory, try {smaller_setting(cfg)}")
    if main:
        need, per_checkpoint = estimates.disk_needed(cfg, shapes)
        try:
            estimates.check_disk(cfg.run_dir, need, per_checkpoint, cfg)
        except MedqaError as e:
            if not dry_run:
                raise
            log(f"note: a real run would stop here: {e}")


def _train(cfg: Config, plan: TrainPlan, data: tuple, last, hub_token, resume: bool, overwrite: bool,
           profile_steps: tuple[int, int] | None) -> Result:
    """Run directory and tracking, trainer, training, outputs; on failure, no half-run is left behind.
    `data`: (train set, validation set, DataStats)."""
    backend = import_backend(plan.backend)
    run, main = RunDir(cfg.run_dir), is_main_process()
    created = False
    if main:
        created = rundir.prepare(cfg, resume, overwrite)
        rundir.write_text(run.config, dump_config(cfg))
    tracker = tracking.NullRun()
    try:
        tracker = tracking.start(cfg, run.root, main, resume)
        trainer, speed, profile, outcome = _fit(cfg, plan, data, last, run, tracker.report_to, created, profile_steps)
        metrics = {**_metrics(cfg, plan, data[2], trainer.state, *outcome), **_commits(cfg, trainer.model),
                   "speed": speed.info}
        _add_profile(metrics, profile, trainer.state.global_step)
        if main:
            _save(cfg, trainer, metrics, backend)
            tracker.summary({k: v for k, v in metrics.items() if not isinstance(v, dict)})
            tracker.finish()
            if cfg.hub.repo_id:
                _push(cfg, metrics, hub_token)
        return Result(metrics, trainer.model, trainer.processing_class)
    except BaseException:
        if main and created and not rundir.worth_keeping(run.root):
            with contextlib.suppress(Exception):
                tracker.finish()  # W&B writes under the run directory until its run ends
            shutil.rmtree(run.root, ignore_errors=True)  # nothing worth keeping: leave no half-run behind
        raise


def _fit(cfg: Config, plan: TrainPlan, data: tuple, last, run: RunDir, report_to: str, created: bool,
         profile_steps: tuple[int, int] | None):
    """The trainer, trained: (trainer, speed features, step profile, (start, result, eval metrics, seconds))."""
    import torch

    from medqa.training import preempt  # imports transformers: after the backend, as trainer does
    from medqa.training.trainer import build_trainer  # after the backend: unsloth patches trl on import

    train_ds, val_ds, _ = data
    trainer = None
    try:
        model, tokenizer = import_backend(plan.backend).load(cfg, plan.precision, plan.layers)
        trainer = build_trainer(cfg, plan, model, tokenizer, train_ds, val_ds, run.checkpoints, report_to)
        stop, copies = preempt.StopAtStepEnd.attach(trainer, cfg), mirror.attach(trainer, cfg)
        speed = _speed_features(trainer, plan.backend, cfg, train_ds)
        profile = _step_profile(trainer, profile_steps, run)
        start = rundir.state_at(last)
        if last:
            log(f"resuming from {last} (step {start['global_step']})")
        t0 = time.perf_counter()
        with preempt.on_signals(stop):  # SIGTERM, SIGINT, SIGUSR1: save at the step's end and stop
            result = trainer.train(resume_from_checkpoint=str(last) if last else None)
        copies.wait()
        stop.raise_if_stopped(trainer)  # preempt.Stopped (exit 75) when stopped before the end
        train_seconds = time.perf_counter() - t0
        # The Trainer evaluates at its last step; a second pass would cost minutes on the 8B.
        last_eval = [e for e in trainer.state.log_history
                     if "eval_loss" in e and e.get("step") == trainer.state.global_step]
        eval_metrics = last_eval[-1] if last_eval else trainer.evaluate()
        speed.finish()  # recompiles after step 1, that evaluation included
    except torch.OutOfMemoryError:
        raise RunError(_oom_message(cfg, trainer, created)) from None
    return trainer, speed, profile, (start, result, eval_metrics, train_seconds)


def _add_profile(metrics: dict, profile, global_step: int) -> None:
    if profile is None:
        return
    metrics["step_profile"] = profile.rows
    if not profile.rows:
        log(f"note: --profile-steps: training ended at step {global_step}, before step "
            f"{profile.last}: nothing was profiled")


def _metrics(cfg: Config, plan: TrainPlan, stats, state, start: dict, result, eval_metrics: dict,
             train_seconds: float) -> dict:
    steps_now = state.global_step - start["global_step"]
    tokens_now = int(state.num_input_tokens_seen) - start["num_input_tokens_seen"]
    # The Trainer averages this invocation's losses over all steps, resumed ones too: undo that.
    train_loss = result.training_loss * state.global_step / steps_now if steps_now else None
    per_step, unit = global_batch(cfg, plan.world_size)
    return {
        "backend": plan.backend,
        "precision": plan.precision,
        "device": plan.device.name,
        "train_loss": None if train_loss is None else round(float(train_loss), 6),
        "eval_loss": round(float(eval_metrics["eval_loss"]), 6),
        "steps": int(state.global_step),
        "resumed_from_step": start["global_step"],
        "world_size": plan.world_size,
        "global_batch": per_step,
        "global_batch_unit": unit,  # tokens with train.batch_tokens (an upper bound)
        "runtime_seconds": round(train_seconds, 2),
        "trained_tokens": int(state.num_input_tokens_seen),
        "tokens_per_second": round(tokens_now / max(float(result.metrics["train_runtime"]), 1e-9), 2),
        "peak_gpu_gib": _peak_gib(),
        "data": stats.as_dict(),
    }


def _commits(cfg: Config, model) -> dict:
    """The Hub commits this run read (null for local sources), so that it can be reproduced and audited."""
    loaded = getattr(getattr(model, "config", None), "_commit_hash", None)  # set by transformers' from_pretrained
    return {"model_commit": hub.commit(cfg.model.name, "model", cfg.model.revision, loaded),
            "data_commit": hub.commit(cfg.data.source, "dataset", cfg.data.revision)}


def _save(cfg: Config, trainer, metrics: dict, backend) -> None:
    """Rank 0: the adapter, metrics, loss history, and the sample question's answer (also printed)."""
    import json

    run, tokenizer = RunDir(cfg.run_dir), trainer.processing_class
    rundir.save_pretrained(run.adapter, trainer.model, tokenizer)
    rundir.write_text(run.metrics, json.dumps(metrics, indent=2) + "\n")
    rundir.write_text(run.log_history, json.dumps(trainer.state.log_history, indent=1) + "\n")
    log(f"train loss {metrics['train_loss'] or math.nan:.4f}, eval loss {metrics['eval_loss']:.4f}, "
        f"{metrics['tokens_per_second']:.0f} tokens/s; adapter saved to {run.adapter}")
    answer = backend.answer(trainer.model, tokenizer, sample_messages(cfg), cfg.sample.max_new_tokens)
    rundir.write_text(run.sample_answer, f"**Patient:** {cfg.sample.question}\n\n**medqa:** {answer}\n")
    print(f"\nPatient: {cfg.sample.question}\nmedqa:   {answer}\n", flush=True)


# -------------------------------------------------------------------------------------------- helpers

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


def _oom_message(cfg: Config, trainer, created: bool) -> str:
    where = f"at step {trainer.state.global_step + 1}" if trainer is not None and trainer.state else \
        "while loading the model"
    fix = smaller_setting(cfg)
    kept = rundir.checkpoints(RunDir(cfg.run_dir).checkpoints)[0]
    then = (f"{kept[-1].name} is kept: rerun with those overrides and --resume to continue from it" if kept else
            "no checkpoint had been saved yet, so start again with those overrides"
            + (" and --overwrite" if not created else ""))
    return (f"out of memory {where} with {batch_setting(cfg)} and model.max_length={cfg.model.max_length}: "
            f"try {fix}; {then}")


def _speed_features(trainer, backend_name: str, cfg: Config, train_ds):
    """Say which speed features are on (medqa/training/speed.py): the attention kernel of one real forward
    pass over two training rows, and the checkpointed layers once training begins."""
    from medqa.training.speed import SpeedFeatures, training_attention  # imports transformers: after the backend

    features = SpeedFeatures(backend_name, training_attention(trainer, train_ds),
                             f"batches of {batch_setting(cfg, values_only=True)}", log)
    trainer.add_callback(features)
    return features


def _step_profile(trainer, steps: tuple[int, int] | None, run: RunDir):
    if steps is None:
        return None
    from medqa.training.speed import StepProfile

    profile = StepProfile(*steps, run.step_trace)
    trainer.add_callback(profile)
    return profile


def _push(cfg: Config, metrics: dict, token: str) -> None:
    adapter_dir = RunDir(cfg.run_dir).adapter
    card = hub.model_card(cfg.model.base_16bit or cfg.model.name, cfg.data.source,
                          {k: v for k, v in metrics.items() if not isinstance(v, dict)},
                          yaml.safe_dump(hub.public_recipe(cfg.model_dump(mode="json")), sort_keys=False))
    rundir.write_text(adapter_dir / "README.md", card)
    try:
        url = hub.push_folder(adapter_dir, cfg.hub.repo_id, token, cfg.hub.private, f"medqa: {cfg.run_name}")
    except hub.HubError as e:
        private = " --private" if cfg.hub.private else ""
        raise hub.HubError(f"{str(e).rstrip('.')}. The adapter is safe in {adapter_dir}; push it later with "
                           f"`hf upload {cfg.hub.repo_id} {adapter_dir}{private}` (it reads HF_TOKEN)") from None
    log(f"adapter pushed to {url}")


def _peak_gib() -> float | None:
    import torch

    return round(torch.cuda.max_memory_allocated() / 2**30, 2) if torch.cuda.is_available() else None
