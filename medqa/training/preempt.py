"""Stop cleanly: on SIGTERM, SIGINT or SIGUSR1, or before `train.max_time` runs out, finish the step in
progress, save a complete checkpoint, and exit with EXIT_STOPPED and one line saying how to resume.

    stop = StopAtStepEnd.attach(trainer, cfg)       # a TrainerCallback: decides at every step's end
    with on_signals(stop):                          # the three signals set its flag instead of killing
        trainer.train(...)
    stop.raise_if_stopped(trainer)                  # Stopped (a SystemExit, status 75) when it stopped early

The Trainer's own flow does the stopping: the callback sets `control.should_save` and
`control.should_training_stop` at the step boundary, so the checkpoint is the Trainer's usual one, written
by `_save_checkpoint`, which --resume restores bit for bit. Under DDP the flag is all-reduced (MAX) at
every step's end, so one process's signal makes every process save the same step. A second signal exits
at once: it first removes the checkpoint being written, if any, so none is left half-written (and
--resume skips one cut off by SIGKILL anyway: `rundir.checkpoints`).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import signal
import sys
import threading
import time
from pathlib import Path

from transformers import TrainerCallback

from medqa import rundir
from medqa.common import log
from medqa.config import Config, duration_seconds

# EX_TEMPFAIL of sysexits.h ("temporary failure; the user is invited to retry"): stopped on purpose with a
# complete checkpoint. Distinct from 0 (finished), 2 (bad input), 130 (interrupted) and 128+N (killed by N).
EXIT_STOPPED = 75
SIGNALS = ("SIGTERM", "SIGINT", "SIGUSR1")


def _process_start() -> float:
    """When this process started (time.time()): train.max_time counts from there, as a platform's session
    limit counts from the session's start (in a notebook, the kernel's)."""
    import psutil  # a dependency of accelerate, and of medqa

    return psutil.Process().create_time()


STARTED = _process_start()


class Stopped(SystemExit):
    """Training stopped early with a complete checkpoint. A SystemExit, so `scripts/finetune.py` (and a
    notebook cell) ends with status EXIT_STOPPED without another handler; the line is printed before."""

    def __init__(self, why: str, checkpoint: Path | None):
        super().__init__(EXIT_STOPPED)
        self.why, self.checkpoint = why, checkpoint


class StopAtStepEnd(TrainerCallback):
    """At every optimizer step's end: stop (and save) when a signal came, or when the next step and a save
    would end past the time budget."""

    def __init__(self, max_time: str | None, checkpoints: Path):
        self.budget = duration_seconds(max_time) if max_time else None
        self.max_time, self.checkpoints = max_time, checkpoints
        self.signal: str | None = None  # the first signal's name, set by the handler
        self.why: str | None = None  # why training stopped, once it did
        self.step_s = self.save_s = 0.0  # the longest step and the last save seen, for the time budget
        self.saving: Path | None = None  # the checkpoint being written, between a step's end and on_save
        self._last = self._save_asked = None

    @classmethod
    def attach(cls, trainer, cfg: Config) -> StopAtStepEnd:
        stop = cls(cfg.train.max_time, Path(trainer.args.output_dir))
        trainer.add_callback(stop)
        return stop

    def on_step_begin(self, args, state, control, **kwargs):
        if self._last is None:
            self._last = time.monotonic()

    def on_step_end(self, args, state, control, **kwargs):
        now = time.monotonic()
        self.step_s, self._last = max(self.step_s, now - (self._last or now)), now
        signalled, out_of_time = self._agree(args, bool(self.signal), self._out_of_time())
        if (signalled or out_of_time) and state.global_step < state.max_steps:
            control.should_save = control.should_training_stop = True
            self._save_asked = now
            self.why = (f"by {self.signal}" if self.signal else "by a signal to another process") if signalled \
                else f"before train.max_time={self.max_time} runs out"
        self.saving = self.checkpoints / f"checkpoint-{state.global_step}" if control.should_save else None
        return control

    def on_save(self, args, state, control, **kwargs):
        self.saving = None
        if self._save_asked is not None:
            self.save_s = time.monotonic() - self._save_asked
        self._last = time.monotonic()  # the save is not part of the next step

    def _out_of_time(self) -> bool:
        """The next step, then a save (the last one measured, else twice the longest step), would end
        past the budget."""
        if self.budget is None:
            return False
        save = self.save_s or 2 * self.step_s
        return time.time() - STARTED + self.step_s + save >= self.budget

    @staticmethod
    def _agree(args, *flags: bool) -> list[bool]:
        """Each flag, true if it is on any process (one small all-reduce per step, only under DDP)."""
        import torch
        import torch.distributed as dist

        if not (dist.is_available() and dist.is_initialized()) or dist.get_world_size() == 1:
            return list(flags)
        t = torch.tensor([float(f) for f in flags], device=args.device)
        dist.all_reduce(t, op=dist.ReduceOp.MAX)
        return [bool(v) for v in t.tolist()]

    def handle(self, signum: int, frame) -> None:
        """The signal handler: the first signal asks for a stop at the step's end; a second exits now."""
        name = signal.Signals(signum).name
        if self.signal is None and self.why is None:
            self.signal = name
            print(f"\nmedqa: {name}: saving a checkpoint at the end of this step, then stopping "
                  f"(send it again to exit at once, without that checkpoint)", flush=True)
            return
        partial = self.saving if self.saving and self.saving.is_dir() and rundir.damage(self.saving) else None
        if partial:
            shutil.rmtree(partial, ignore_errors=True)
        print(f"\nmedqa: {name} again: exiting now" + (f"; removed {partial.name}, cut off while saving"
                                                       if partial else ""), file=sys.stderr, flush=True)
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        os._exit(128 + signum)

    def raise_if_stopped(self, trainer) -> None:
        """After train(): Stopped if training stopped early, once every process is past its save."""
        if self.why is None:
            return
        import torch.distributed as dist

        if dist.is_available() and dist.is_initialized():
            dist.barrier()  # the launcher ends every process when one exits: let rank 0 finish writing first
        step = trainer.state.global_step
        checkpoint = self.checkpoints / f"checkpoint-{step}"
        kept = checkpoint if checkpoint.is_dir() else None
        log(f"stopped {self.why} at step {step}: {kept or 'no checkpoint'} saved"
            f"{f' in {self.save_s:.1f} s' if self.save_s else ''}; continue with: {resume_command()}")
        raise Stopped(self.why, kept)


@contextlib.contextmanager
def on_signals(stop: StopAtStepEnd):
    """SIGTERM, SIGINT and SIGUSR1 call `stop.handle` for the block's duration (in the main thread only:
    Python delivers signals there)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for name in SIGNALS:
        number = getattr(signal, name, None)  # SIGUSR1 does not exist on Windows
        if number is not None:
            previous[number] = signal.signal(number, stop.handle)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def resume_command() -> str:
    """This process's command line with --resume (and without --overwrite): what continues the run."""
    argv = [a for a in sys.argv if a not in ("--overwrite", "--resume")]
    if not argv or not argv[0].endswith(".py"):
        return "the same command with --resume (in a notebook: RESUME = True, then run all cells)"
    launcher = " under the same launcher (torchrun / accelerate launch)" if os.environ.get("WORLD_SIZE") else ""
    return f"python {shlex.join(argv)} --resume{launcher}"
