"""`train.checkpoint_mirror`: each complete checkpoint copied off the machine, and --resume from there.

    prepare(cfg, resume, rank)      before the run directory is judged: check the mirror can be written;
                                    with --resume, fetch its newest complete checkpoint if it is newer
    copies = attach(trainer, cfg)   on every save (rank 0): hard-link the checkpoint aside, copy it in a
                                    background thread, keep the newest train.save_total_limit there
    copies.wait()                   after train(): the copies still in flight are finished

A mirror is a folder (a mounted Google Drive, a disk that outlives the machine) or a Hub repo
(`hf://owner/name`, private, created on first use). Both hold `<run_name>/config.yaml` and
`<run_name>/checkpoints/checkpoint-N/`, and share everything here but the transfer calls: `FolderStore`
(shutil) and `HubStore` (huggingface_hub's upload_folder, snapshot_download and delete_folder, through
medqa/hub.py). A checkpoint appears in a folder whole (copied under a temporary name, then renamed) and
on the Hub whole (one commit); what is fetched is checked again (`rundir.damage`) before it is used.
The Trainer's own Hub push (`hub_strategy="checkpoint"`) was not used: it pushes into the model's repo,
keeps only the last checkpoint, and has no folder counterpart.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from medqa import hub, rundir
from medqa.common import MedqaError, log, reason
from medqa.config import Config
from medqa.rundir import RunDir

NAME = re.compile(r"checkpoint-(\d+)")
WAIT_FOR_RANK0_S = 3600  # other processes wait this long for rank 0's fetch (an 8B checkpoint is ~0.3 GB)


class MirrorError(MedqaError, RuntimeError):
    pass


class FolderStore:
    """A folder, as shutil reaches it."""

    def __init__(self, root: Path, what: str = "the mirror"):
        self.root, self.what = root, what  # what: how the log names it

    def __str__(self) -> str:
        return str(self.root)

    def check(self) -> None:
        try:
            (self.root / "checkpoints").mkdir(parents=True, exist_ok=True)
            probe = self.root / f".write-test.partial-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as e:
            raise MirrorError(f"train.checkpoint_mirror: cannot write to {self.root} ({reason(e)}): mount it "
                              "first (Colab: drive.mount), or choose a folder you can write") from None

    def names(self) -> list[str]:
        folder = self.root / "checkpoints"
        return [p.name for p in folder.iterdir() if p.is_dir()] if folder.is_dir() else []

    def put(self, local: Path, rel: str) -> None:
        with rundir.atomic_path(self.root / rel) as tmp:
            (shutil.copytree if local.is_dir() else shutil.copyfile)(local, tmp)

    def get(self, rel: str, dest: Path) -> None:
        source = self.root / rel
        (shutil.copytree if source.is_dir() else shutil.copyfile)(source, dest)

    def delete(self, rel: str) -> None:
        shutil.rmtree(self.root / rel, ignore_errors=True)


class HubStore:
    """A Hub model repo, as huggingface_hub reaches it (medqa/hub.py)."""

    def __init__(self, repo_id: str, prefix: str, token: str):
        self.repo_id, self.prefix, self.token, self.what = repo_id, prefix, token, "the mirror"

    def __str__(self) -> str:
        return f"hf://{self.repo_id}/{self.prefix}"

    def check(self) -> None:
        pass  # the token was checked when the store was opened; the repo is created on the first upload

    def names(self) -> list[str]:
        return hub.list_folders(self.repo_id, f"{self.prefix}/checkpoints", self.token)

    def put(self, local: Path, rel: str) -> None:
        hub.push_folder(local, self.repo_id, self.token, private=True, commit_message=f"medqa: {rel}",
                        path_in_repo=f"{self.prefix}/{rel}")  # one commit: the checkpoint appears whole

    def get(self, rel: str, dest: Path) -> None:
        hub.download_path(self.repo_id, f"{self.prefix}/{rel}", dest, self.token)

    def delete(self, rel: str) -> None:
        hub.delete_path(self.repo_id, f"{self.prefix}/{rel}", self.token)


def open_store(cfg: Config):
    target = cfg.train.checkpoint_mirror
    if target.startswith("hf://"):
        token = hub.write_token(f"train.checkpoint_mirror={target}", "set train.checkpoint_mirror to a folder")
        return HubStore(target.removeprefix("hf://"), cfg.run_name, token)
    return FolderStore(Path(target).expanduser() / cfg.run_name)


def step_of(name: str) -> int:
    m = NAME.fullmatch(name)
    return int(m.group(1)) if m else -1


# -------------------------------------------------------------------------------------------- --resume

def prepare(cfg: Config, resume: bool, overwrite: bool, rank: int) -> None:
    """Check the mirror can be written, and holds no other run of this name; with --resume, bring its newest
    complete checkpoint here when it is newer than any here (rank 0; this machine's other processes wait)."""
    if not cfg.train.checkpoint_mirror:
        return
    store = open_store(cfg)
    if rank == 0:
        store.check()
        if resume:
            fetch_newest(store, RunDir(cfg.run_dir))
            _done_marker(cfg).write_text("done")
        else:
            _no_other_run(store, cfg.run_name, overwrite)
    elif resume:
        _wait_for_rank0(cfg)


def _no_other_run(store, run_name: str, overwrite: bool) -> None:
    """A new run would mix its checkpoints with an earlier run's of the same name (and --resume could take
    the earlier one's): refuse, or with --overwrite remove them."""
    earlier = sorted((n for n in store.names() if step_of(n) >= 0), key=step_of)
    if earlier and not overwrite:
        raise MirrorError(f"train.checkpoint_mirror: {store} already holds checkpoints of a run named {run_name} "
                          f"({', '.join(earlier)}): pass --resume to continue it, --overwrite to replace it, or "
                          "choose another run_name=...")
    for name in earlier:
        store.delete(f"checkpoints/{name}")


def fetch_newest(store, run: RunDir) -> Path | None:
    """The newest complete checkpoint across the run directory and the mirror, fetched if it is the
    mirror's; says which it took, and names each damaged one it passed over."""
    local = rundir.checkpoints(run.checkpoints)[0]
    here = step_of(local[-1].name) if local else -1
    names = sorted((n for n in store.names() if step_of(n) >= 0), key=step_of, reverse=True)
    for name in (n for n in names if step_of(n) > here):
        dest = run.checkpoints / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists():
            shutil.rmtree(dest)  # a damaged copy here (rundir.checkpoints counted it incomplete)
        with rundir.atomic_path(dest) as tmp:
            store.get(f"checkpoints/{name}", tmp)
        why = rundir.damage(dest)
        if why:
            log(f"skipping {name} of {store.what} {store}: {why}")
            shutil.rmtree(dest)
            continue
        if not run.config.is_file():  # for the settings a resumed run compares; not needed to resume
            with contextlib.suppress(OSError, MedqaError):
                store.get("config.yaml", run.config)
        log(f"resume: took {name} from {store.what} {store} (the newest complete checkpoint; here: "
            f"{local[-1].name if local else 'none'})")
        return dest
    if local:
        log(f"resume: {local[-1].name} here is the newest complete checkpoint ({store.what} {store} has "
            f"{names[0] if names else 'none'})")
    return local[-1] if local else None


def _done_marker(cfg: Config) -> Path:
    """One file per launch on this machine: the processes of one torchrun share its parent process."""
    tag = f"{cfg.run_name}-{os.getppid()}-{os.environ.get('MASTER_PORT', '0')}"
    return Path(tempfile.gettempdir()) / f"medqa-mirror-{tag}.done"


def _wait_for_rank0(cfg: Config) -> None:
    marker, deadline = _done_marker(cfg), time.monotonic() + WAIT_FOR_RANK0_S
    while not marker.is_file():
        if time.monotonic() > deadline:
            raise MirrorError(f"train.checkpoint_mirror: rank 0 did not finish fetching within "
                              f"{WAIT_FOR_RANK0_S} s; on several machines give every node the same output_dir")
        time.sleep(0.5)


# -------------------------------------------------------------------------------------------- during training

class Copies:
    """A TrainerCallback's on_save (`attach` adds the base class: transformers is imported after the backend),
    on rank 0: the new checkpoint hard-linked aside at once (the Trainer may rotate it away
    later), then copied to the mirror in one background thread, oldest extra ones deleted there."""

    def __init__(self, store, keep: int, run: RunDir):
        self.store, self.keep, self.run = store, keep, run
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="medqa-mirror")
        self.pending: list[Future] = []
        self.config_sent = False

    def on_save(self, args, state, control, **kwargs):
        if not state.is_world_process_zero:
            return
        name = f"checkpoint-{state.global_step}"
        staged = self.run.root / f".{name}.mirror.partial-{os.getpid()}"
        shutil.copytree(self.run.checkpoints / name, staged, copy_function=_link_or_copy)
        self.pending.append(self.pool.submit(self._copy, staged, name))

    def _copy(self, staged: Path, name: str) -> None:
        t0 = time.perf_counter()
        try:
            if not self.config_sent:
                self.store.put(self.run.config, "config.yaml")
                self.config_sent = True
            self.store.put(staged, f"checkpoints/{name}")
            for old in sorted(self.store.names(), key=step_of)[:-self.keep]:
                self.store.delete(f"checkpoints/{old}")
            log(f"{name} copied to the mirror {self.store} in {time.perf_counter() - t0:.1f} s")
        except Exception as e:  # a full Drive, the network: training goes on, the checkpoint stays here
            log(f"note: {name} was not copied to the mirror {self.store}: {reason(e)}; it stays in {self.run.root}")
        finally:
            shutil.rmtree(staged, ignore_errors=True)

    def wait(self) -> None:
        if any(not f.done() for f in self.pending):
            log(f"waiting for the copies to the mirror {self.store}")
        for f in self.pending:
            f.result()
        self.pending.clear()


class NoCopies:
    def wait(self) -> None:
        pass


def attach(trainer, cfg: Config) -> Copies | NoCopies:
    if not cfg.train.checkpoint_mirror:
        return NoCopies()
    from transformers import TrainerCallback  # after the backend (unsloth patches transformers on import)

    callback = type("MirrorCopies", (Copies, TrainerCallback), {})
    copies = callback(open_store(cfg), cfg.train.save_total_limit, RunDir(cfg.run_dir))
    trainer.add_callback(copies)
    return copies


def _link_or_copy(src: str, dst: str) -> None:
    """A hard link costs no time and no space; a copy where the filesystem has none."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
