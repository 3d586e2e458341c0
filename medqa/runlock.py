"""The run-directory lock: one training process per run directory, from its first check to its exit.

    hold(run_dir, lock_file)      # a second holder is refused in one line naming the first one's pid
    release(run_dir)              # when the run ends (also at exit): the lock file, and a folder hold made for it

A kernel `flock` on a lock file beside the run (`RunDir.lock_file`: `output_dir/.<run_name>.lock`, so
--overwrite, which replaces the folder, keeps it), released by the kernel however the process ends, and
removed at a normal exit. Standard library only.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import os
from pathlib import Path

from medqa.common import MedqaError

_HELD: dict[Path, tuple[int, Path, bool]] = {}  # run directory -> (open lock file, its path, parent made by hold)


class RunInUse(MedqaError, RuntimeError):
    pass


def hold(run_dir: Path, path: Path) -> None:
    """Hold the run directory for this process until it exits; another holder is refused in one line.

    Only rank 0 takes it under DDP (it alone judges and writes the directory). Taking it again in the
    same process (a notebook's second cell) is a no-op. The lock file is removed at exit while still
    held; a taker checks that the file it locked is still the one at the path (else it was removed
    meanwhile, and it tries again), the usual guard for lock files that are deleted.
    """
    run_dir = Path(run_dir).absolute()
    if run_dir in _HELD:
        return
    made = not run_dir.parent.exists()
    run_dir.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise RunInUse(f"run {run_dir.name} is in use by pid {holder} ({run_dir}): wait for it to finish, "
                           "stop it, or choose another run_name=...") from None
        with contextlib.suppress(FileNotFoundError):
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                break
        os.close(fd)
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    _HELD[run_dir] = (fd, path, made)


def release(run_dir: Path) -> None:
    """Let the run directory go: the lock file is removed while still held (see hold()), and the output folder
    too when hold() made it and nothing else came into it (a run refused before it started leaves nothing)."""
    fd, path, made = _HELD.pop(Path(run_dir).absolute(), (None, None, False))
    if fd is None:
        return
    with contextlib.suppress(OSError):
        os.unlink(path)
    os.close(fd)
    if made:
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # only if empty


@atexit.register
def _release_all() -> None:
    for run_dir in list(_HELD):
        release(run_dir)
