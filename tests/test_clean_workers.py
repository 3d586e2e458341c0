"""data.clean.workers (medqa/data/workers.py): the cleaning pass in real spawned worker processes gives exactly
what one process gives; a killed worker is one clear line; the recipe key and the "auto" rule."""

import os
import signal

import pytest
from conftest import DEMO

from medqa.common import MedqaError
from medqa.config import CleanCfg, ConfigError, load_config
from medqa.data import boilerplate, clean, workers
from medqa.synthetic import planted


@pytest.fixture(scope="module")
def rows():
    rows, _ = planted.make(3000, seed=5)
    return [r["Patient"] for r in rows], [r["Doctor"] for r in rows]


def _pid(_: int) -> int:
    return os.getpid()


def test_workers_give_exactly_one_process_result(rows, monkeypatch):
    monkeypatch.setattr(workers, "CHUNK_ROWS", 256)  # 12 chunks: results come back from both workers, in order
    monkeypatch.setattr(boilerplate, "MINE_CHUNK_ROWS", 500)
    cfg = CleanCfg(enabled=True, mine_min_rows=1000)  # mining acts on this few thousand rows
    one = clean.clean_columns(*rows, cfg.model_copy(update={"workers": 1}))
    two = clean.clean_columns(*rows, cfg.model_copy(update={"workers": 2}))
    assert one == two  # rows, counts, the mined list with its examples and kept edges
    assert one[2]["boilerplate"]["acted"] == "mining" and one[2]["mined"] > 0 and one[2]["near_dup_dropped"] > 0
    with workers.Pool(2) as pool:  # the workers are real processes
        pids = set(pool.map(_pid, range(8)))
    assert os.getpid() not in pids and 1 <= len(pids) <= 2


def test_mining_counts_in_chunks_as_in_one_pass(rows, monkeypatch):
    doctors = rows[1] * 2  # every unit recurs: examples come from the second occurrence, across chunks
    cfg = CleanCfg(enabled=True, mine_min_rows=1000)
    whole = boilerplate.mine(doctors, cfg).as_dict()
    monkeypatch.setattr(boilerplate, "MINE_CHUNK_ROWS", 97)
    assert boilerplate.mine(doctors, cfg).as_dict() == whole
    assert whole["phrases"]


def _die():
    os.kill(os.getpid(), signal.SIGKILL)


class _Bomb(str):
    """A cell that kills the worker process that unpickles it (a worker killed mid-pass)."""

    def __reduce__(self):
        return _die, ()


def test_a_killed_worker_is_one_clear_line(rows):
    patients, doctors = rows
    doctors = [*doctors[:-1], _Bomb("Rest the ankle and keep it raised for two days.")]
    with pytest.raises(workers.CleanWorkerError) as e:
        clean.clean_columns(patients, doctors, CleanCfg(enabled=True, workers=2))
    assert isinstance(e.value, MedqaError) and "\n" not in str(e.value)
    assert "data.clean.workers: 1" in str(e.value)


@pytest.mark.parametrize("value", ["atuo", "0", "-2", "1.5", "true"])
def test_workers_key_typo_is_one_line(value):
    with pytest.raises(ConfigError, match=r"'data\.clean\.workers': must be auto or a whole number") as e:
        load_config(DEMO, [f"data.clean.workers={value}"])
    assert "\n" not in str(e.value)
    assert load_config(DEMO, ["data.clean.workers=3"]).data.clean.workers == 3
    assert load_config(DEMO).data.clean.workers == "auto"


def test_auto_is_one_process_for_a_small_source():
    assert workers.count("auto", 240) == 1  # the demo's sample
    assert workers.count("auto", workers.MIN_PARALLEL_ROWS - 1) == 1
    assert workers.count("auto", 257_000) == min(4, len(os.sched_getaffinity(0)))
    assert workers.count(3, 10) == 3  # a number is taken as given


def test_auto_shares_the_cores_among_the_ranks_of_one_machine(monkeypatch):
    cores = len(os.sched_getaffinity(0))
    monkeypatch.setenv("LOCAL_WORLD_SIZE", str(cores))  # as many ranks as cores: one process each
    assert workers.count("auto", 257_000) == 1
    monkeypatch.setenv("LOCAL_WORLD_SIZE", "1")
    assert workers.count("auto", 257_000) == min(4, cores)
