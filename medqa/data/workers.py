"""Worker processes for the cleaning pass: how many, and an ordered map over chunks of rows.

    n = count(cfg.workers, len(doctors))          # "auto": min(4, cores this process may use); 1 when small
    with Pool(n) as pool:
        for result in pool.map(fn, chunks): ...   # in order; in this process when n == 1

Built on concurrent.futures.ProcessPoolExecutor with a *spawn* context: cleaning can run inside finetune,
a process that may already have started CUDA or threads, where fork is unsafe
(https://docs.python.org/3/library/multiprocessing.html#contexts-and-start-methods). Spawned workers import
medqa afresh (about a second of CPU each), which is why a small source stays in this process. A worker that
dies (killed, out of memory) ends the pass with one CleanWorkerError line naming the fix, never a hang:
the executor marks the pool broken and every pending result raises.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import repeat
from typing import Any

from medqa.common import MedqaError

MAX_AUTO = 4  # "auto" never takes more: the pass is short, and each worker holds its own copy of the code
# Below this many rows "auto" stays in this process: starting spawned workers (each imports medqa, pydantic
# and numpy) costs about as much as they save there (docs/data.md gives the measurement).
MIN_PARALLEL_ROWS = 10_000
CHUNK_ROWS = 4096  # rows per task: small enough to balance the workers, large enough that sending is cheap


class CleanWorkerError(MedqaError, RuntimeError):
    """A cleaning worker process died; the fix is to clean in one process."""


def count(setting: int | str, rows: int) -> int:
    """Worker processes for `rows` rows: the recipe's number, or for "auto" min(MAX_AUTO, usable cores shared
    by the ranks on this machine), and 1 below MIN_PARALLEL_ROWS rows."""
    if setting != "auto":
        return int(setting)
    if rows < MIN_PARALLEL_ROWS:
        return 1
    # Under DDP every rank prepares its data (training/run.py), so each gets its share of the cores: torchrun,
    # which accelerate launch uses, sets LOCAL_WORLD_SIZE (https://pytorch.org/docs/stable/elastic/run.html).
    ranks = max(1, int(os.environ.get("LOCAL_WORLD_SIZE", "1")))
    return max(1, min(MAX_AUTO, len(os.sched_getaffinity(0)) // ranks))


def chunks(n: int, size: int | None = None) -> list[slice]:
    """Consecutive slices covering range(n), of CHUNK_ROWS rows unless told."""
    size = size or CHUNK_ROWS
    return [slice(start, min(start + size, n)) for start in range(0, n, size)]


class Pool:
    """An ordered map in `workers` spawned processes, or in this one when workers == 1."""

    def __init__(self, workers: int):
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> Pool:
        if self.workers > 1:
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        return self

    def __exit__(self, *exc) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def map(self, fn: Callable, *iterables: Iterable) -> Iterator:
        """fn over the zipped arguments, results in order. fn must be a module-level function."""
        if self._executor is None:
            yield from map(fn, *iterables)
            return
        try:
            yield from self._executor.map(fn, *iterables)
        except BrokenProcessPool:
            raise CleanWorkerError(
                f"a data.clean worker process died (killed, out of memory, or it could not start) while cleaning with "
                f"{self.workers} workers; set data.clean.workers: 1 to clean in this process") from None


def map_rows(pool: Pool | None, fn: Callable, columns: tuple[list, ...], *args: Any) -> Iterator[tuple[list[int],
                                                                                                      tuple, Any]]:
    """fn(*column chunks, *args) over chunks of CHUNK_ROWS rows, in order (in this process without a pool). fn
    returns (kept indices in its chunk, kept cells per column as `unchanged_as_none` sent them, anything else);
    yields (kept indices among all rows, kept cells with the None ones back from `columns`, anything else)."""
    parts = chunks(len(columns[0]))
    results = (pool or Pool(1)).map(fn, *([c[s] for s in parts] for c in columns), *map(repeat, args))
    for part, (kept, cells, rest) in zip(parts, results):
        kept = [part.start + i for i in kept]
        yield kept, tuple([c[i] if x is None else x for i, x in zip(kept, xs)] for c, xs in zip(columns, cells)), rest


def unchanged_as_none(kept: list[int], cells: tuple[list, ...], columns: tuple[list, ...]) -> tuple[list, ...]:
    """A worker's kept cells, None where equal to the cell it was given: the parent keeps its own string rather
    than a copy (memory, and time to send)."""
    return tuple([None if x == c[i] else x for i, x in zip(kept, xs)] for c, xs in zip(columns, cells))
