"""The one owner of a run directory, `outputs/<run_name>/`: its paths, its lifecycle, its writes.

    run = RunDir(cfg.run_dir)     # run.config, run.adapter, run.checkpoints, run.metrics, run.eval, run.gguf ...
    last = check(run_dir, resume, overwrite)       # before anything loads: may it be used? from which checkpoint?
    created = prepare(cfg, resume, overwrite)      # make it (or tidy it for --resume)
    write_text(run.metrics, text)                  # whole or absent, never half-written
    cfg = load_run(run_dir)                        # a finished run's recipe, for evaluate, chat and export

Every final file and folder is written under a temporary sibling name and renamed when complete
(`atomic_path`), so a crash, Ctrl-C or SIGTERM leaves the old version or none; leftovers of a
process killed outright (SIGKILL, the OOM killer) are removed by the next writer (`remove_leftovers`).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from medqa.common import MedqaError, log
from medqa.config import Config, load_config

# What the HF Trainer writes into every checkpoint-N; trainer_state.json comes last.
CHECKPOINT_FILES = ("trainer_state.json", "adapter_model.safetensors", "optimizer.pt", "scheduler.pt")


class RunDirError(MedqaError, RuntimeError):
    pass


@dataclass(frozen=True)
class RunDir:
    """The paths of one run directory (or of an export's --out folder: merged/ and gguf/)."""

    root: Path

    def __post_init__(self):
        object.__setattr__(self, "root", Path(self.root))

    config = property(lambda self: self.root / "config.yaml")  # the resolved recipe, no secrets
    adapter = property(lambda self: self.root / "adapter")
    checkpoints = property(lambda self: self.root / "checkpoints")
    metrics = property(lambda self: self.root / "metrics.json")
    log_history = property(lambda self: self.root / "log_history.json")
    sample_answer = property(lambda self: self.root / "sample_answer.md")
    loss_curves = property(lambda self: self.root / "loss_curves.png")
    eval = property(lambda self: self.root / "eval")
    report = property(lambda self: self.root / "eval" / "report.md")
    results = property(lambda self: self.root / "eval" / "results.json")
    merged = property(lambda self: self.root / "merged")
    gguf = property(lambda self: self.root / "gguf")
    wandb_id = property(lambda self: self.root / "wandb_run_id")
    step_trace = property(lambda self: self.root / "step-trace.json.gz")  # --profile-steps, rank 0's trace

    def gguf_file(self, run_name: str, fmt: str) -> Path:
        """gguf/<run>-Q8_0.gguf for format gguf-q8_0."""
        return self.gguf / f"{run_name}-{fmt.removeprefix('gguf-').upper()}.gguf"

    def lora_gguf_file(self, run_name: str) -> Path:
        """gguf/<run>-LoRA-F16.gguf: the adapter alone, for llama.cpp's --lora and Ollama's ADAPTER."""
        return self.gguf / f"{run_name}-LoRA-F16.gguf"


# ---------------------------------------------------------------------------------------------- checkpoints

def _numbered(folder: Path) -> list[Path]:
    """checkpoint-N folders, oldest first."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob("checkpoint-*") if p.is_dir() and p.name[11:].isdigit()),
                  key=lambda p: int(p.name[11:]))


def checkpoints(folder: Path) -> tuple[list[Path], list[Path]]:
    """(complete, incomplete) checkpoint-N folders, oldest first. A run killed while saving leaves a
    folder without trainer_state.json, which the HF Trainer writes last; resuming from it would fail."""
    complete, incomplete = [], []
    for p in _numbered(folder):
        try:
            ok = all((p / f).is_file() for f in CHECKPOINT_FILES) and \
                "global_step" in json.loads((p / "trainer_state.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            ok = False
        (complete if ok else incomplete).append(p)
    return complete, incomplete


def last_checkpoint(run_dir: Path) -> Path | None:
    return (checkpoints(RunDir(run_dir).checkpoints)[0] or [None])[-1]


def state_at(checkpoint: Path | None) -> dict:
    """Step and token count a resumed run starts from (0 for a new run)."""
    state = {"global_step": 0, "num_input_tokens_seen": 0}
    if checkpoint:
        saved = json.loads((checkpoint / "trainer_state.json").read_text(encoding="utf-8"))
        state = {k: int(saved.get(k) or 0) for k in state}
    return state


def log_history(run_dir: Path) -> list[dict]:
    """The trainer's log history: log_history.json, else the last checkpoint's trainer_state.json."""
    run = RunDir(run_dir)
    if run.log_history.is_file():
        return json.loads(run.log_history.read_text(encoding="utf-8"))
    states = [p / "trainer_state.json" for p in _numbered(run.checkpoints) if (p / "trainer_state.json").is_file()]
    return json.loads(states[-1].read_text(encoding="utf-8"))["log_history"] if states else []


# ---------------------------------------------------------------------------------------------- the policy

def in_use(run_dir: Path) -> bool:
    """Something is there already: a new run must not start in it silently."""
    return run_dir.is_dir() and any(run_dir.iterdir())


def check(run_dir: Path, resume: bool, overwrite: bool) -> Path | None:
    """Refuse to touch an existing run silently; with --resume, return the checkpoint to continue."""
    exists = in_use(run_dir)
    if resume:
        if not exists:
            raise RunDirError(f"--resume: there is no run directory {run_dir} to resume; start without --resume")
        complete, _ = checkpoints(RunDir(run_dir).checkpoints)
        if not complete:
            raise RunDirError(
                f"--resume: {run_dir} holds no complete checkpoint (the run stopped before its first save; "
                f"train.save_steps sets how often): start it again with --overwrite")
        return complete[-1]
    if exists and not overwrite:
        raise RunDirError(f"run directory {run_dir} already exists: pass --resume to continue it, --overwrite to "
                          f"replace it, or choose another run_name=...")
    return None


def check_not_finished(checkpoint: Path, cfg: Config) -> None:
    """--resume of a run whose training is over would train one step past the end (the HF Trainer
    takes a step before it checks): say so instead."""
    run_dir = checkpoint.parent.parent
    state = json.loads((checkpoint / "trainer_state.json").read_text(encoding="utf-8"))
    step, t = int(state.get("global_step") or 0), cfg.train
    try:
        saved = yaml.safe_load(RunDir(run_dir).config.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        saved = {}
    same_length = saved.get("train", {}).get("max_steps") == -1 and saved["train"].get("epochs") == t.epochs \
        and saved.get("data") == cfg.data.model_dump(mode="json")
    if t.max_steps > 0:
        target = t.max_steps
    elif same_length:
        target = int(state.get("max_steps") or 0)  # the same epochs over the same rows: the same step count
    else:
        return
    if target and step >= target:
        raise RunDirError(
            f"--resume: {run_dir} already trained to step {step} of {target}: nothing to resume "
            "(raise train.max_steps or train.epochs to train further)")


def check_rng_state(checkpoint: Path, rank: int, world_size: int) -> None:
    """Every process resumes its own random state: the HF Trainer saves rng_state_<rank>.pth per process
    (rng_state.pth alone), and on resume only warns when it finds none. Missing means this node does not
    see the directory the others wrote, or the run was saved by another number of processes."""
    name = f"rng_state_{rank}.pth" if world_size > 1 else "rng_state.pth"
    if not (checkpoint / name).is_file():
        saved = len(list(checkpoint.glob("rng_state_*.pth"))) or 1
        raise RunDirError(
            f"--resume: {checkpoint} has no {name} for process {rank} of {world_size} (it was saved by {saved}): "
            "resume with the same number of processes, and on several machines give every node the same "
            "output_dir on a shared filesystem (docs/multi-gpu.md)")


def prepare(cfg: Config, resume: bool, overwrite: bool) -> bool:
    """Make the run directory; True when this invocation created it (and may remove it on failure)."""
    run = RunDir(cfg.run_dir)
    if resume:
        for stale in checkpoints(run.checkpoints)[1]:
            log(f"removing {stale.name}: incomplete (the run stopped while saving it)")
            shutil.rmtree(stale)
        if run.config.is_file():
            _log_changes(yaml.safe_load(run.config.read_text(encoding="utf-8")) or {}, cfg)
        return False
    if run.root.exists() and overwrite:
        shutil.rmtree(run.root)
    run.root.mkdir(parents=True, exist_ok=True)
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


def worth_keeping(run_dir: Path) -> bool:
    """A failed run's directory holds something to resume from or use: a checkpoint or the adapter."""
    run = RunDir(run_dir)
    return bool(checkpoints(run.checkpoints)[0]) or run.adapter.is_dir()


def load_run(run_dir: str | Path, overrides: list[str] | tuple[str, ...] = ()) -> Config:
    """The run's resolved recipe (with `key.path=value` overrides), after checking it has an adapter."""
    run = RunDir(run_dir)
    if not run.config.is_file():
        raise RunDirError(f"{run.root} is not a run directory (no config.yaml): pass outputs/<run_name>")
    if not (run.adapter / "adapter_config.json").is_file():
        raise RunDirError(f"{run.root} has no adapter/ yet: train it first with python scripts/finetune.py <recipe>")
    return load_config(run.config, overrides)


def config_near(path: Path) -> Config | None:
    """The recipe of the run a file was exported from (outputs/<run>/gguf/x.gguf -> outputs/<run>/config.yaml)."""
    for folder in list(path.resolve().parents)[:2]:
        if RunDir(folder).config.is_file():
            return load_config(RunDir(folder).config)
    return None


# ---------------------------------------------------------------------------------------------- writes

@contextlib.contextmanager
def atomic_path(final: Path):
    """Yield a temporary sibling of `final` (a file or a folder); rename it to `final` only if the block completes."""
    tmp = final.with_name(f".{final.name}.tmp.partial-{os.getpid()}")
    try:
        yield tmp
        if final.exists() and final.is_dir():  # a finished folder replaces the old one in two renames
            old = final.with_name(f".{final.name}.old-{os.getpid()}")
            final.rename(old)
            tmp.rename(final)
            shutil.rmtree(old)
        else:
            tmp.replace(final)
    except BaseException:  # KeyboardInterrupt and SystemExit (SIGTERM in the script) included
        _remove(tmp)
        raise


def write_text(path: Path, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def save_pretrained(folder: Path, *objects) -> None:
    """`save_pretrained` of a model and its tokenizer into a folder that appears whole or not at all."""
    remove_leftovers(folder.parent)
    with atomic_path(folder) as tmp:
        for obj in objects:
            obj.save_pretrained(tmp)


def remove_leftovers(*dirs: Path) -> None:
    """Temporary files of a writer that was killed outright (SIGKILL, OOM killer) before it could clean up."""
    for d in dirs:
        if d.is_dir():
            for p in [*d.glob(".*.partial-*"), *d.glob(".*.old-*")]:
                _remove(p)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
