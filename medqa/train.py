"""recipe -> checks -> data -> backend -> TRL SFTTrainer -> adapter, metrics, sample answer, push.

What can fail is checked before the model loads (`medqa/preflight.py`, `medqa/rundir.py`). A run
that fails before its first checkpoint leaves no run directory behind; one that fails later keeps
its checkpoints for `--resume`; final files are written whole or not at all (`rundir.atomic_path`).
The trainer itself is `medqa/trainer.py`. Under torchrun / accelerate launch every process trains;
rank 0 alone writes, logs, pushes and prints (docs/multi-gpu.md).
"""

from __future__ import annotations

import contextlib
import math
import shutil
import time
from dataclasses import dataclass
from typing import Any

from medqa import data, hardware, preflight, rundir, tracking
from medqa.backends import import_backend, load_tokenizer
from medqa.common import MedqaError, chat_messages, is_main_process, log, reason, world
from medqa.config import Config, dump_config
from medqa.rundir import RunDir


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
    """`profile_steps` (first, last): where the time of steps first+1..last goes, per rank (medqa/steptime.py)."""
    rank, local_rank, world_size = world()
    # ---------------------------------------------------------------- cheap checks first (no torch yet)
    last, hub_token = _checks(cfg, rank, world_size, resume, overwrite, dry_run)
    # ---------------------------------------------------------------- hardware: decide before loading
    device, backend_name, precision = _hardware(cfg, local_rank, world_size, dry_run)
    # ---------------------------------------------------------------- data (tokenizer only, no weights)
    try:
        tokenizer = load_tokenizer(cfg)
    except (OSError, ValueError) as e:  # a typo in the name, no network, a gated repo without a token
        raise RunError(f"cannot load model.name={cfg.model.name!r}: {reason(e)}; check model.name "
                       "(a Hub model id or a local folder)") from None
    train_ds, val_ds, stats = data.prepare(cfg.data, tokenizer, cfg.model.max_length)
    log(f"data: {stats.summary()}")
    per_step, unit = global_batch(cfg, world_size)
    log(f"batch: {batch_setting(cfg, values_only=True)} per device x {cfg.train.grad_accum} accumulation x "
        f"{world_size} process{'es' if world_size > 1 else ''} = {'up to ' if cfg.train.batch_tokens else ''}"
        f"{per_step} {unit} per step")
    # ---------------------------------------------------------------- disk and memory, from the model's shape
    layers = _estimates(cfg, device, backend_name, precision, rank == 0, dry_run)
    if dry_run:
        print(dump_config(cfg))
        if cfg.data.clean.enabled:
            print(f"--- data.clean: answers before and after (docs/data.md) ---\n{data.cleaning_examples(cfg.data)}")
        print("--- first training example; [[...]] marks the tokens that carry loss ---")
        print(data.render_masked(train_ds[0], tokenizer))
        return Result({"dry_run": True, "data": stats.as_dict()})
    # ---------------------------------------------------------------- train, save, push
    context = {"device": device, "backend": backend_name, "precision": precision, "world_size": world_size,
               "global_batch": per_step, "global_batch_unit": unit, "data": stats.as_dict(), "layers": layers,
               "profile_steps": profile_steps}
    return _train(cfg, context, train_ds, val_ds, last, hub_token, resume, overwrite)


def _checks(cfg: Config, rank: int, world_size: int, resume: bool, overwrite: bool, dry_run: bool):
    """(checkpoint to resume from, Hub token): what can be judged without torch. A dry run only notes."""
    last, hub_token, main = None, None, rank == 0
    if dry_run:
        for check in (tracking.check, preflight.check_hub):
            try:
                check(cfg)
            except MedqaError as e:
                log(f"note: a real run would stop here: {e}")
    else:
        # Only rank 0 judges the run directory: it may create it before another rank looks.
        if main:
            last = rundir.check(cfg.run_dir, resume, overwrite)
        elif resume:
            last = rundir.last_checkpoint(cfg.run_dir)
        if last:
            rundir.check_not_finished(last, cfg)
            rundir.check_rng_state(last, rank, world_size)
        tracking.check(cfg)
        hub_token = preflight.check_hub(cfg)
    preflight.check_data_file(cfg.data)
    return last, hub_token


def _hardware(cfg: Config, local_rank: int, world_size: int, dry_run: bool) -> tuple[hardware.Device, str, str]:
    """(device, backend, precision), said in one line; the GPU pinned and capped; unsloth imported first."""
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
    if hardware.cap_memory(device, cfg.gpu.memory_cap_gib):
        log(f"GPU memory capped at {cfg.gpu.memory_cap_gib:g} GiB of {device.total_gib:.1f} (gpu.memory_cap_gib)")
    if backend_name == "unsloth" and not dry_run:
        import_backend(backend_name)  # before transformers, trl and peft: unsloth patches them on import
    return device, backend_name, precision


def _estimates(cfg: Config, device: hardware.Device, backend_name: str, precision: str, main: bool,
               dry_run: bool) -> int:
    """The decoder layers to checkpoint (said with why), memory (logged, with a smaller setting when it
    may not fit) and disk (checked), from the model's shape."""
    shapes = _shapes(cfg)
    capacity = hardware.gpu_bytes(device, cfg.gpu.memory_cap_gib) or _ram_bytes()
    chunked = hardware.chunked_loss(backend_name, device)
    layers, why = preflight.checkpoint_layers(cfg, shapes, backend=backend_name, precision=precision,
                                              chunked_loss=chunked, on_gpu=device.is_cuda, capacity=capacity)
    log(f"gradient checkpointing: {f'{layers} of {shapes.layers}' if shapes else 'all'} layers ({why})")
    if not shapes:
        return layers
    estimate = preflight.estimate_memory(cfg, shapes, backend=backend_name, precision=precision,
                                         chunked_loss=chunked, on_gpu=device.is_cuda, capacity=capacity,
                                         checkpointed=layers)
    log(estimate.describe(f"{device.name}" if device.is_cuda else "cpu (RAM)"))
    if capacity and estimate.total > capacity:
        log(f"note: if it runs out of memory, try {smaller_setting(cfg)}")
    if main:
        need, per_checkpoint = preflight.disk_needed(cfg, shapes)
        try:
            preflight.check_disk(cfg.run_dir, need, per_checkpoint, cfg)
        except MedqaError as e:
            if not dry_run:
                raise
            log(f"note: a real run would stop here: {e}")
    return layers


def _train(cfg: Config, context: dict, train_ds, val_ds, last, hub_token, resume: bool, overwrite: bool) -> Result:
    """Run directory and tracking, trainer, training, outputs; on failure, no half-run is left behind."""
    backend = import_backend(context["backend"])
    from medqa import trainer as trl_adapter  # after the backend: unsloth patches trl on import

    run, main = RunDir(cfg.run_dir), is_main_process()
    created = False
    if main:
        created = rundir.prepare(cfg, resume, overwrite)
        rundir.write_text(run.config, dump_config(cfg))
    tracker, trainer = tracking.NullRun(), None
    try:
        tracker = tracking.start(cfg, run.root, main, resume)
        import torch

        try:
            trainer = trl_adapter.build_trainer(cfg, context["backend"], context["device"], context["precision"],
                                                train_ds, val_ds, run.checkpoints, tracker.report_to,
                                                context["layers"], context["world_size"])
            speed = _speed_features(trainer, context["backend"], cfg, train_ds)
            profile = _step_profile(trainer, context["profile_steps"], run)
            start = rundir.state_at(last)
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
            raise RunError(_oom_message(cfg, trainer, created)) from None

        metrics = {**_metrics(context, trainer.state, start, result, eval_metrics, train_seconds), "speed": speed.info}
        if profile is not None:
            metrics["step_profile"] = profile.rows
            if not profile.rows:
                log(f"note: --profile-steps: training ended at step {trainer.state.global_step}, before step "
                    f"{profile.last}: nothing was profiled")
        tokenizer = trainer.processing_class
        if main:
            _save(cfg, trainer, metrics, backend)
            tracker.summary({k: v for k, v in metrics.items() if not isinstance(v, dict)})
            tracker.finish()
            if cfg.hub.repo_id:
                _push(cfg, metrics, hub_token)
        return Result(metrics, trainer.model, tokenizer)
    except BaseException:
        if main and created and not rundir.worth_keeping(run.root):
            with contextlib.suppress(Exception):
                tracker.finish()  # W&B writes under the run directory until its run ends
            shutil.rmtree(run.root, ignore_errors=True)  # nothing worth keeping: leave no half-run behind
        raise


def _metrics(context: dict, state, start: dict, result, eval_metrics: dict, train_seconds: float) -> dict:
    steps_now = state.global_step - start["global_step"]
    tokens_now = int(state.num_input_tokens_seen) - start["num_input_tokens_seen"]
    # The Trainer averages this invocation's losses over all steps, resumed ones too: undo that.
    train_loss = result.training_loss * state.global_step / steps_now if steps_now else None
    return {
        "backend": context["backend"],
        "precision": context["precision"],
        "device": context["device"].name,
        "train_loss": None if train_loss is None else round(float(train_loss), 6),
        "eval_loss": round(float(eval_metrics["eval_loss"]), 6),
        "steps": int(state.global_step),
        "resumed_from_step": start["global_step"],
        "world_size": context["world_size"],
        "global_batch": context["global_batch"],
        "global_batch_unit": context["global_batch_unit"],  # tokens with train.batch_tokens (an upper bound)
        "runtime_seconds": round(train_seconds, 2),
        "trained_tokens": int(state.num_input_tokens_seen),
        "tokens_per_second": round(tokens_now / max(float(result.metrics["train_runtime"]), 1e-9), 2),
        "peak_gpu_gib": _peak_gib(),
        "data": context["data"],
    }


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
    """Say which speed features are on (medqa/features.py): the attention kernel of one real forward
    pass over two training rows, and the checkpointed layers once training begins."""
    from medqa import features

    speed = features.SpeedFeatures(backend_name, features.training_attention(trainer, train_ds),
                                   f"batches of {batch_setting(cfg, values_only=True)}", log)
    trainer.add_callback(speed)
    return speed


def _step_profile(trainer, steps: tuple[int, int] | None, run: RunDir):
    if steps is None:
        return None
    from medqa.steptime import StepProfile

    profile = StepProfile(*steps, run.step_trace)
    trainer.add_callback(profile)
    return profile


def _shapes(cfg: Config) -> preflight.Shapes | None:
    try:
        return preflight.shapes(cfg)
    except MedqaError:  # the Hub offline and the config not cached: one line, as for the tokenizer
        raise
    except Exception as e:  # noqa: BLE001  (no config.json reachable: the model load will say why; skip the estimates)
        log(f"note: no memory or disk estimate ({type(e).__name__}: {reason(e)[:120]})")
        return None


def _ram_bytes() -> float | None:
    try:
        import psutil

        return float(psutil.virtual_memory().total)
    except ImportError:
        return None


def _push(cfg: Config, metrics: dict, token: str) -> None:
    from medqa import hub

    adapter_dir = RunDir(cfg.run_dir).adapter
    card = hub.model_card(cfg.model.base_16bit or cfg.model.name, cfg.data.source,
                          {k: v for k, v in metrics.items() if not isinstance(v, dict)}, dump_config(cfg))
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
