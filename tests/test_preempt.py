"""Issue 28 on the CPU with real processes: a signal saves a complete checkpoint at the step's end and
exits 75; --resume then ends bit-identical to an uninterrupted run (one process, and two under a gloo
launch with the signal sent to one); a second signal leaves no partial checkpoint; train.max_time stops
and saves; a local mirror survives the run directory; a damaged newest checkpoint is skipped in one line."""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import DEMO, ROOT, run_script
from test_ddp import free_port

from medqa import rundir

# 36 training rows in batches of up to 1024 tokens: 12 steps, about a third of a second each here.
ARGS = [str(DEMO), "train.max_steps=12", "train.save_steps=4", "train.batch_tokens=1024",
        "train.micro_batch_size=2", "train.grad_accum=1", "data.max_rows=40", "train.eval_steps=1000",
        "train.logging_steps=1", "sample.max_new_tokens=2", "train.warmup_ratio=0"]
DDP = ["train.batch_tokens=1024", "data.max_rows=120"]  # each of 2 processes: enough rows for 12 steps


def adapter(run_dir: Path) -> dict:
    from safetensors.torch import load_file

    return load_file(str(run_dir / "adapter" / "adapter_model.safetensors"))


def same_adapter(a: Path, b: Path) -> bool:
    import torch

    x, y = adapter(a), adapter(b)
    return x.keys() == y.keys() and all(torch.equal(x[k], y[k]) for k in x)


def launch(out: Path, trace: Path, *extra: str, ddp: bool = False, env: dict | None = None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MEDQA_TRACE_DIR": str(trace), "OMP_NUM_THREADS": "1",
           **(env or {})}
    head = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_addr", "127.0.0.1",
            "--master_port", str(free_port())] if ddp else [sys.executable]
    return subprocess.Popen([*head, "tests/traced_finetune.py", *ARGS, *(DDP if ddp else ()), f"output_dir={out}",
                             *extra], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def steps(trace: Path, rank: int = 0) -> list[int]:
    path = trace / f"rank{rank}.jsonl"
    return [json.loads(line)["step"] for line in path.read_text().splitlines()] if path.is_file() else []


def wait_for_step(p: subprocess.Popen, trace: Path, step: int) -> None:
    deadline = time.monotonic() + 300
    while len(steps(trace)) < step:
        assert p.poll() is None, p.communicate()[1][-3000:]
        assert time.monotonic() < deadline
        time.sleep(0.02)


def stop_with(p: subprocess.Popen, pid: int, sig=signal.SIGTERM) -> tuple[float, str, str]:
    """Signal `pid` and wait for the launch to end: (seconds to exit, stdout, stderr)."""
    t0 = time.monotonic()
    os.kill(pid, sig)
    out, err = p.communicate(timeout=120)
    return time.monotonic() - t0, out, err


@pytest.fixture(scope="module")
def reference(tmp_path_factory, tiny_model_dir) -> Path:
    """The uninterrupted run, 12 steps."""
    out = tmp_path_factory.mktemp("reference")
    r = run_script("scripts/finetune.py", *ARGS, f"output_dir={out}")
    assert r.returncode == 0, r.stderr[-3000:]
    return out / "demo"


@pytest.fixture(scope="module")
def stopped(tmp_path_factory, tiny_model_dir) -> tuple[Path, int, str, Path]:
    """A run stopped by SIGTERM at a random step past checkpoint-4, mirrored into a local folder:
    (run dir, step it stopped at, its stdout, the mirror)."""
    out, trace, mirror = (tmp_path_factory.mktemp(n) for n in ("stopped", "trace", "mirror"))
    p = launch(out, trace, f"train.checkpoint_mirror={mirror}")
    wait_for_step(p, trace, random.randint(5, 7))  # stops at 5 to 8: checkpoint-4 is the one before
    seconds, stdout, stderr = stop_with(p, p.pid)
    assert p.returncode == 75, stderr[-3000:]
    assert seconds < 10, seconds
    step = steps(trace)[-1]  # the step the process was in when the signal came, finished: no step after it
    assert f"medqa: stopped by SIGTERM at step {step}: " in stdout and stdout.rstrip().endswith("--resume")
    return out / "demo", step, stdout, mirror


def test_sigterm_saves_the_step_then_resume_is_bit_identical(stopped, reference, tmp_path):
    run_dir, step, _, _ = stopped
    complete, incomplete = rundir.checkpoints(run_dir / "checkpoints")
    assert complete[-1].name == f"checkpoint-{step}" and not incomplete and not (run_dir / "adapter").exists()

    work = tmp_path / "demo"
    shutil.copytree(run_dir, work)
    r = run_script("scripts/finetune.py", *ARGS, f"output_dir={tmp_path}", "--resume")
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads((work / "metrics.json").read_text())["resumed_from_step"] == step
    assert same_adapter(work, reference)


def test_local_mirror_round_trip(stopped, reference, tmp_path):
    """The run directory is gone (a new machine): --resume takes the newest checkpoint from the mirror."""
    _, step, stdout, mirror = stopped
    assert {p.name for p in (mirror / "demo" / "checkpoints").iterdir()} == {"checkpoint-4", f"checkpoint-{step}"}
    assert "checkpoint-4 copied to the mirror" in stdout and f"checkpoint-{step} copied to the mirror" in stdout

    r = run_script("scripts/finetune.py", *ARGS, f"output_dir={tmp_path}", f"train.checkpoint_mirror={mirror}",
                   "--resume")
    assert r.returncode == 0, r.stderr[-3000:]
    assert f"medqa: resume: took checkpoint-{step} from the mirror {mirror / 'demo'}" in r.stdout
    assert same_adapter(tmp_path / "demo", reference)
    # Only the newest train.save_total_limit (2) are kept in the mirror.
    assert sorted(p.name for p in (mirror / "demo" / "checkpoints").iterdir()) == ["checkpoint-12", "checkpoint-8"]


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


DAMAGE = {
    "truncated-safetensors": (lambda ck: truncate(ck / "adapter_model.safetensors"),
                              "adapter_model.safetensors is truncated"),
    "missing-optimizer": (lambda ck: (ck / "optimizer.pt").unlink(), "optimizer.pt is missing"),
    "missing-rng": (lambda ck: (ck / "rng_state.pth").unlink(), "its RNG state (rng_state.pth) is missing"),
    "bad-json": (lambda ck: (ck / "trainer_state.json").write_text('{"global_step": 8, "log_hi'),
                 "trainer_state.json is not valid JSON"),
    "truncated-optimizer": (lambda ck: truncate(ck / "optimizer.pt"), "optimizer.pt is truncated or damaged"),
}


@pytest.mark.parametrize("kind", DAMAGE)
def test_damaged_newest_checkpoint_is_skipped_in_one_line(kind, stopped, reference, tmp_path):
    run_dir, step, _, _ = stopped
    work = tmp_path / "demo"
    shutil.copytree(run_dir, work)
    newest = work / "checkpoints" / f"checkpoint-{step}"
    damage, says = DAMAGE[kind]
    damage(newest)
    assert rundir.checkpoints(work / "checkpoints") == ([work / "checkpoints" / "checkpoint-4"], [newest])
    if kind in ("missing-optimizer", "bad-json"):  # the others are judged here; two also end to end
        r = run_script("scripts/finetune.py", *ARGS, f"output_dir={tmp_path}", "--resume")
        assert r.returncode == 0, r.stderr[-3000:]
        lines = [line for line in r.stdout.splitlines() if f"checkpoint-{step}" in line]
        assert len(lines) == 1 and lines[0].startswith(f"medqa: skipping checkpoint-{step}: {says}"), lines
        assert json.loads((work / "metrics.json").read_text())["resumed_from_step"] == 4
        assert same_adapter(work, reference)
    else:
        assert rundir.damage(newest).startswith(says)


def test_second_signal_during_the_save_leaves_no_partial_checkpoint(tmp_path, tiny_model_dir):
    out, trace = tmp_path / "out", tmp_path / "trace"
    p = launch(out, trace, env={"MEDQA_SLOW_SAVE_S": "3"})  # every save takes 3 s more, before its RNG state
    wait_for_step(p, trace, 5)
    os.kill(p.pid, signal.SIGTERM)
    step = None
    deadline = time.monotonic() + 60
    while step is None:  # the stop's save has begun: its folder is there, without trainer_state.json
        partial = [c for c in (out / "demo" / "checkpoints").glob("checkpoint-*") if c.name != "checkpoint-4"]
        step = partial[0].name if partial and not (partial[0] / "trainer_state.json").exists() else None
        assert p.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    seconds, _, stderr = stop_with(p, p.pid)
    assert p.returncode == 128 + signal.SIGTERM and seconds < 2, (p.returncode, seconds, stderr[-2000:])
    assert f"medqa: SIGTERM again: exiting now; removed {step}, cut off while saving" in stderr
    complete, incomplete = rundir.checkpoints(out / "demo" / "checkpoints")
    assert [c.name for c in complete] == ["checkpoint-4"] and not incomplete


def test_max_time_stops_and_saves_before_the_limit(tmp_path, tiny_model_dir):
    out, trace = tmp_path / "out", tmp_path / "trace"
    t0 = time.monotonic()
    p = launch(out, trace, "train.max_steps=400", "train.max_time=30s")
    stdout, stderr = p.communicate(timeout=300)
    elapsed = time.monotonic() - t0
    assert p.returncode == 75, stderr[-3000:]
    step = steps(trace)[-1]
    assert 0 < step < 400 and f"medqa: stopped before train.max_time=30s runs out at step {step}" in stdout
    assert rundir.checkpoints(out / "demo" / "checkpoints")[0][-1].name == f"checkpoint-{step}"
    assert elapsed < 30 + 3, elapsed  # the process, from its start to its exit (interpreter teardown included)


def test_ddp_signal_to_one_rank_saves_the_same_step_on_both(tmp_path, tiny_model_dir):
    ref_out, out, trace = tmp_path / "ref", tmp_path / "out", tmp_path / "trace"
    reference = launch(ref_out, tmp_path / "ref-trace", ddp=True)
    assert reference.wait(timeout=300) == 0, reference.communicate()[1][-3000:]

    p = launch(out, trace, ddp=True)
    wait_for_step(p, trace, random.randint(5, 9))
    seconds, stdout, stderr = stop_with(p, int((trace / "pid-rank1.txt").read_text()))
    assert p.returncode != 0 and seconds < 10, (seconds, stderr[-3000:])
    step = steps(trace, 0)[-1]
    assert steps(trace, 1)[-1] == step  # both stopped after the same step ...
    ck = out / "demo" / "checkpoints" / f"checkpoint-{step}"
    assert rundir.damage(ck) is None and {"rng_state_0.pth", "rng_state_1.pth"} <= {f.name for f in ck.iterdir()}
    assert f"medqa: stopped by a signal to another process at step {step}" in stdout  # ... rank 0 says so

    r = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_addr",
                        "127.0.0.1", "--master_port", str(free_port()), "scripts/finetune.py", *ARGS, *DDP,
                        f"output_dir={out}", "--resume"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                       env={**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"})
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads((out / "demo" / "metrics.json").read_text())["resumed_from_step"] == step
    assert same_adapter(out / "demo", ref_out / "demo")


class RepoFolder:  # what list_repo_tree yields for a folder (huggingface_hub.hf_api.RepoFolder), by name
    def __init__(self, path: str):
        self.path = path


class FolderHub:
    """A stand-in for huggingface_hub's HfApi and snapshot_download over a local folder: the Hub cannot be
    reached from the test machines. It answers the calls medqa/hub.py makes, so the HubStore runs the same
    mirror code as the folder (the copies, the pruning, the fetch on --resume), only the transfer differs."""

    root: Path

    def __init__(self, token=None):
        assert token == "hf_test_token"

    def create_repo(self, repo_id, **kw):
        (self.root / repo_id).mkdir(parents=True, exist_ok=True)

    def upload_folder(self, folder_path, repo_id, path_in_repo=None, **kw):
        shutil.copytree(folder_path, self.root / repo_id / (path_in_repo or ""), dirs_exist_ok=True)

    def upload_file(self, path_or_fileobj, path_in_repo, repo_id, **kw):
        (self.root / repo_id / path_in_repo).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path_or_fileobj, self.root / repo_id / path_in_repo)

    def list_repo_tree(self, repo_id, path_in_repo, **kw):
        from huggingface_hub.errors import EntryNotFoundError

        folder = self.root / repo_id / path_in_repo
        if not folder.is_dir():
            raise EntryNotFoundError(path_in_repo)
        return [RepoFolder(f"{path_in_repo}/{p.name}") for p in folder.iterdir() if p.is_dir()]

    def delete_folder(self, path_in_repo, repo_id, **kw):
        shutil.rmtree(self.root / repo_id / path_in_repo)

    @classmethod
    def snapshot_download(cls, repo_id, allow_patterns, local_dir, **kw):
        import fnmatch

        for f in (cls.root / repo_id).rglob("*"):
            rel = f.relative_to(cls.root / repo_id).as_posix()
            if f.is_file() and any(fnmatch.fnmatch(rel, pattern) for pattern in allow_patterns):
                (Path(local_dir) / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(f, Path(local_dir) / rel)


def test_hub_mirror_runs_the_same_code_as_the_folder(stopped, tmp_path, monkeypatch):
    from types import SimpleNamespace

    import huggingface_hub

    from medqa.rundir import RunDir
    from medqa.training import mirror

    FolderHub.root = tmp_path / "hub"
    monkeypatch.setattr(huggingface_hub, "HfApi", FolderHub)
    monkeypatch.setattr(huggingface_hub, "snapshot_download", FolderHub.snapshot_download)
    run_dir, step, _, _ = stopped
    work = RunDir(tmp_path / "demo")
    shutil.copytree(run_dir, work.root)

    store = mirror.HubStore("alice/medqa-checkpoints", "demo", "hf_test_token")
    copies = mirror.Copies(store, keep=1, run=work)
    for ck in ("checkpoint-4", f"checkpoint-{step}"):  # the Trainer's on_save, on rank 0
        copies.on_save(None, SimpleNamespace(is_world_process_zero=True, global_step=int(ck[11:])), None)
    copies.wait()
    assert store.names() == [f"checkpoint-{step}"]  # save_total_limit=1: the older one was deleted there

    shutil.rmtree(work.root)
    fetched = mirror.fetch_newest(store, work)
    assert fetched == work.checkpoints / f"checkpoint-{step}" and rundir.damage(fetched) is None
    assert work.config.is_file()
    for f in (run_dir / "checkpoints" / f"checkpoint-{step}").iterdir():
        assert (fetched / f.name).read_bytes() == f.read_bytes()


def test_kaggle_next_session_continues_from_the_attached_earlier_output(stopped, reference, tmp_path, capsys):
    """Session 2 on Kaggle: the previous version's output attached under /kaggle/input, RESUME = True."""
    from medqa import notebook as nb
    from medqa.config import load_config
    from medqa.notebook import sessions

    run_dir, step, _, _ = stopped
    root = tmp_path / "kaggle"
    shutil.copytree(run_dir, root / "input" / "medqa-notebook" / "outputs" / "demo")
    where = nb.layout("kaggle", kaggle_root=root)
    assert sessions.session_overrides(where) == ["train.max_time=11h30m"]

    cfg = load_config(DEMO, [*ARGS[1:], f"output_dir={where.output_dir}", "train.max_time=11h30m"])
    metrics = nb.train(cfg, resume=True, where=where)
    said = capsys.readouterr().out
    earlier = root / "input" / "medqa-notebook" / "outputs" / "demo"
    assert f"medqa: resume: took checkpoint-{step} from the earlier output {earlier}" in said
    assert metrics["resumed_from_step"] == step and metrics["steps"] == 12
    assert same_adapter(where.output_dir / "demo", reference)


def test_a_new_run_does_not_mix_with_an_earlier_one_in_the_mirror(tmp_path):
    mirror = tmp_path / "mirror"
    (mirror / "demo" / "checkpoints" / "checkpoint-50").mkdir(parents=True)
    r = run_script("scripts/finetune.py", *ARGS, f"output_dir={tmp_path / 'out'}", f"train.checkpoint_mirror={mirror}")
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr[-3000:]
    assert r.stderr.strip().splitlines()[-1] == (
        f"medqa: error: train.checkpoint_mirror: {mirror / 'demo'} already holds checkpoints of a run named demo "
        "(checkpoint-50): pass --resume to continue it, --overwrite to replace it, or choose another run_name=...")
    assert not (tmp_path / "out").exists() and (mirror / "demo" / "checkpoints" / "checkpoint-50").is_dir()
