"""A Weights & Biases run, or a no-op run with the same methods, so call sites have no `if`.

`tracking.wandb: online` needs WANDB_API_KEY (or `wandb login`): without one the run stops at
start, before the model loads, rather than hours later or with a silent fallback. `offline` writes
the run under the run directory (sync it later with `wandb sync`); `off` logs nothing. A run
continued with `--resume` continues its W&B run (its id is kept in the run directory).
Only the recipe goes into the W&B config; the key stays in the environment.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from medqa.common import MedqaError
from medqa.config import Config
from medqa.rundir import RunDir


class TrackingError(MedqaError, RuntimeError):
    pass


class NullRun:
    url: str | None = None
    report_to = "none"  # what the HF Trainer should log to

    def summary(self, data: dict) -> None:
        pass

    def finish(self) -> None:
        pass


class WandbRun(NullRun):
    report_to = "wandb"

    def __init__(self, cfg: Config, run_dir: Path, resume: bool = False):
        import wandb

        os.environ.setdefault("WANDB_SILENT", "true")
        id_file = RunDir(run_dir).wandb_id
        run_id = id_file.read_text().strip() if resume and id_file.is_file() else uuid.uuid4().hex[:12]
        self._run = wandb.init(
            project=cfg.tracking.project, entity=cfg.tracking.entity, name=cfg.run_name,
            mode=cfg.tracking.wandb, dir=str(run_dir), id=run_id, resume="allow",
            config=cfg.model_dump(mode="json"),  # the recipe holds no secrets: tokens live in the environment
        )
        id_file.write_text(run_id + "\n")
        self.url = self._run.get_url() if cfg.tracking.wandb == "online" else None

    def summary(self, data: dict) -> None:
        self._run.summary.update(data)

    def finish(self) -> None:
        self._run.finish()


def wandb_logged_in() -> bool:
    """`wandb login` was run on this machine: its key is in ~/.netrc."""
    netrc = Path.home() / ".netrc"
    return netrc.is_file() and "api.wandb.ai" in netrc.read_text(errors="ignore")


def check(cfg: Config) -> None:
    """Fail early on what would fail at the end: online tracking without a key."""
    if cfg.tracking.wandb != "online":
        return
    from medqa.secrets import get_secret

    key = get_secret("WANDB_API_KEY")
    if not key and not wandb_logged_in():
        raise TrackingError("tracking.wandb=online but no W&B key: set WANDB_API_KEY (or run `wandb login`), "
                            "or use tracking.wandb=offline / off")
    if key:
        os.environ["WANDB_API_KEY"] = key  # a Kaggle/Colab secret, handed to wandb's own login


def start(cfg: Config, run_dir: Path, is_main: bool = True, resume: bool = False) -> NullRun:
    """W&B on rank 0 when asked; a NullRun everywhere else."""
    if cfg.tracking.wandb == "off" or not is_main:
        return NullRun()
    check(cfg)
    return WandbRun(cfg, run_dir, resume)
