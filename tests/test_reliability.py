"""Issue #7 on the CPU with the tiny model: a killed run resumes bit for bit, an OOM keeps the last
checkpoint and says what to try, bad input is one line naming the problem and the fix (no traceback,
nothing left in outputs/), the disk and memory are estimated before the model loads."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import DEMO, ROOT, run_script

from medqa import rundir
from medqa.config import load_config
from medqa.training import estimates as preflight

# Small, quick steps: 36 training rows, batches of up to 1024 tokens, no evaluation until the end.
SHORT = ["train.batch_tokens=1024", "train.micro_batch_size=2", "train.grad_accum=1", "data.max_rows=40",
         "train.eval_steps=1000", "train.logging_steps=1", "sample.max_new_tokens=2"]


def one_error_line(r: subprocess.CompletedProcess, *needles: str, early: bool = False) -> str:
    """Exit 2, exactly one `medqa: error:` line and it is the last line, no traceback; `early`: nothing else."""
    assert r.returncode == 2, r.stderr[-3000:]
    lines = r.stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("medqa: error:")]
    assert len(errors) == 1 and lines[-1] == errors[0], r.stderr[-3000:]
    assert "Traceback" not in r.stderr
    if early:  # failed before torch and the libraries that print warnings were imported
        assert len(lines) == 1, r.stderr
    for needle in needles:
        assert needle in errors[0], errors[0]
    return errors[0]


def nothing_in(outputs: Path) -> bool:
    return not outputs.exists() or not any(outputs.iterdir())


# ---------------------------------------------------------------------------------------------- resume

def read_trace(path: Path) -> dict[int, str]:
    return {e["step"]: e["sha256"] for e in map(json.loads, path.read_text().splitlines())}


def test_killed_run_resumes_bit_for_bit(tmp_path, tiny_model_dir):
    out = tmp_path / "outputs"
    args = ["tests/traced_finetune.py", str(DEMO), f"output_dir={out}", "train.max_steps=10", "train.save_steps=4",
            *SHORT]
    first = tmp_path / "first" / "rank0.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MEDQA_TRACE_DIR": str(first.parent)}
    p = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while not (first.is_file() and len(first.read_text().splitlines()) >= 5):  # a step past checkpoint-4
        assert p.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    p.send_signal(signal.SIGKILL)
    p.wait()
    run_dir = out / "demo"
    assert (run_dir / "checkpoints" / "checkpoint-4").is_dir() and not (run_dir / "adapter").exists()

    r = run_script(*args, "--resume", env={"MEDQA_TRACE_DIR": str(tmp_path / "second")})
    assert r.returncode == 0, r.stderr[-3000:]
    metrics = json.loads((run_dir / "metrics.json").read_text())
    killed, resumed = read_trace(first), read_trace(tmp_path / "second" / "rank0.jsonl")
    start = metrics["resumed_from_step"]
    assert start in (4, 8) and metrics["steps"] == 10 and sorted(resumed) == list(range(start + 1, 11))
    # Same weights, optimizer, scheduler, RNG and data order: the steps the killed run had done after
    # its last checkpoint come out identical when the resumed run does them again.
    redone = set(killed) & set(resumed)
    assert redone and all(killed[s] == resumed[s] for s in redone), (killed, resumed)
    # The loss curve continues: one loss per step, 1..10, none restarted from step 1.
    history = json.loads((run_dir / "log_history.json").read_text())
    assert [e["step"] for e in history if "loss" in e] == list(range(1, 11))

    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir), run_dir / "adapter")
    assert torch.isfinite(model(input_ids=torch.tensor([[5, 6, 7]])).logits).all()


def checkpoint_files() -> dict[str, bytes]:
    """A checkpoint's files (but trainer_state.json) in their real formats, tiny: rundir.damage reads their headers."""
    import io

    import torch
    from safetensors.torch import save

    def pt(obj) -> bytes:
        buffer = io.BytesIO()
        torch.save(obj, buffer)
        return buffer.getvalue()

    return {"adapter_model.safetensors": save({"w": torch.zeros(2)}), "optimizer.pt": pt({}), "scheduler.pt": pt({}),
            "rng_state.pth": pt({})}


def fake_checkpoint(folder: Path, step: int, complete: bool = True) -> Path:
    ck = folder / f"checkpoint-{step}"
    ck.mkdir(parents=True)
    for name, content in checkpoint_files().items():
        (ck / name).write_bytes(content)
    if complete:
        (ck / "trainer_state.json").write_text(json.dumps({"global_step": step}))
    return ck


def test_resume_skips_a_checkpoint_cut_off_while_saving(tmp_path):
    run_dir = tmp_path / "demo"
    (run_dir / "checkpoints").mkdir(parents=True)
    good = fake_checkpoint(run_dir / "checkpoints", 4)
    cut = fake_checkpoint(run_dir / "checkpoints", 6, complete=False)  # killed before trainer_state.json
    assert rundir.checkpoints(run_dir / "checkpoints") == ([good], [cut])
    assert rundir.check(run_dir, resume=True, overwrite=False) == good

    cfg = load_config(DEMO, [f"output_dir={tmp_path}"])
    assert rundir.prepare(cfg, resume=True, overwrite=False) is False
    assert good.is_dir() and not cut.exists()


# ---------------------------------------------------------------------------------------------- out of memory

def test_oom_before_the_first_checkpoint_leaves_nothing(tmp_path, tiny_model_dir):
    out = tmp_path / "outputs"
    r = run_script("tests/oom_step.py", str(DEMO), f"output_dir={out}", "train.max_steps=4", *SHORT,
                   env={"OOM_AT_STEP": "1"})
    one_error_line(r, "out of memory at step 1 with train.batch_tokens=1024 and model.max_length=512",
                   "try train.batch_tokens=512 train.grad_accum=2 (still 1024 tokens per step", "start again")
    assert nothing_in(out)


def test_oom_keeps_the_checkpoint_and_its_advice_resumes(tmp_path, tiny_model_dir):
    out = tmp_path / "outputs"
    common = [str(DEMO), f"output_dir={out}", "train.max_steps=4", "train.save_steps=2", *SHORT]
    r = run_script("tests/oom_step.py", *common, env={"OOM_AT_STEP": "3"})
    line = one_error_line(r, "out of memory at step 3", "checkpoint-2 is kept", "--resume")
    run_dir = out / "demo"
    assert (run_dir / "checkpoints" / "checkpoint-2" / "trainer_state.json").is_file()
    assert not (run_dir / "adapter").exists()

    fix = re.search(r"try (train\.batch_tokens=\d+ train\.grad_accum=\d+)", line).group(1).split()
    r = run_script("scripts/finetune.py", *common, *fix, "--resume")
    assert r.returncode == 0, r.stderr[-3000:]
    assert "train.grad_accum 1 -> 2" in r.stdout and "train.batch_tokens 1024 -> 512" in r.stdout
    metrics = json.loads((run_dir / "metrics.json").read_text())
    assert metrics["resumed_from_step"] == 2 and metrics["steps"] == 4
    assert (metrics["global_batch"], metrics["global_batch_unit"]) == (1024, "tokens")


def test_smaller_setting_keeps_the_dialogs_per_step():
    from medqa.training.run import smaller_setting

    def fix(*overrides: str) -> str:
        return smaller_setting(load_config(DEMO, ["train.batch_tokens=null", *overrides]))

    assert fix("train.micro_batch_size=8", "train.grad_accum=2").startswith(
        "train.micro_batch_size=4 train.grad_accum=4 (still 16")
    assert fix("train.micro_batch_size=3", "train.grad_accum=2").startswith(
        "train.micro_batch_size=1 train.grad_accum=6")
    assert fix("train.micro_batch_size=1", "model.max_length=2048").startswith("model.max_length=1024")
    # token budgets: halve the budget, double the accumulation; a batch must still hold a whole dialog
    assert fix("train.batch_tokens=4096", "train.grad_accum=2", "model.max_length=2048").startswith(
        "train.batch_tokens=2048 train.grad_accum=4 (still 8192 tokens")
    assert fix("train.batch_tokens=2048", "train.grad_accum=4", "model.max_length=2048").startswith(
        "model.max_length=1024 train.batch_tokens=1024 train.grad_accum=8 (still 8192 tokens")


# ---------------------------------------------------------------------------------------------- bad input

def _rows(n: int, patient: str, doctor: str) -> str:
    return "".join(json.dumps({"Patient": patient, "Doctor": doctor}) + "\n" for _ in range(n))


LONG = " ".join(["headache"] * 80)  # ~80 tokens of prompt
SHORT_LEN = ["model.max_length=96", "data.system_prompt=null"]

# id: (files to write, arguments, environment, early, what the line must say). {name} is that file in tmp.
BATTERY = {
    "malformed-yaml": ({"r.yaml": "run_name: [demo\n"}, ["{r.yaml}"], {}, True, ["is not valid YAML at line"]),
    "unknown-key": ({}, ["train.learning_rat=1e-4"], {}, True, ["unknown key 'train.learning_rat'",
                                                                 "did you mean 'learning_rate'?"]),
    "wrong-type": ({}, ["train.micro_batch_size=many"], {}, True, ["'train.micro_batch_size'", "'many'"]),
    "zero-size": ({}, ["train.grad_accum=0"], {}, True, ["'train.grad_accum'", "greater than 0"]),
    "negative-size": ({}, ["model.max_length=-512"], {}, True, ["'model.max_length'", "greater than 0"]),
    "missing-recipe": ({}, ["{nope.yaml}"], {}, True, ["not found", "recipes/t4.yaml"]),
    "missing-data": ({}, ["data.source={missing.jsonl}"], {}, True, ["not found", "data.source"]),
    "non-utf8": ({"bad.jsonl": _rows(4, "hello", "rest").encode() + b'{"Patient": "caf\xe9", "Doctor": "ok"}\n'},
                 ["data.source={bad.jsonl}"], {}, True, ["not valid UTF-8", "line 5", "re-save it as UTF-8"]),
    "bad-repo-id": ({}, ["hub.repo_id=not a repo"], {}, True, ["'hub.repo_id'", "owner/name"]),
    "no-hf-token": ({}, ["hub.repo_id=alice/medqa"], {"HF_TOKEN": ""}, True, ["no HF_TOKEN", "drop hub.repo_id"]),
    "wandb-online-no-key": ({"home/.keep": ""}, ["tracking.wandb=online"], {"WANDB_API_KEY": "", "HOME": "{home}"},
                            True, ["no W&B key", "WANDB_API_KEY", "tracking.wandb=offline"]),
    "resume-no-run": ({}, ["--resume"], {}, True, ["no run directory", "start without --resume"]),
    "resume-no-checkpoint": ({"outputs/demo/config.yaml": "run_name: demo\n"}, ["--resume"], {}, True,
                             ["no complete checkpoint", "--overwrite"]),
    "resume-finished": ({**{f"outputs/demo/checkpoints/checkpoint-4/{f}": b for f, b in checkpoint_files().items()},
                         "outputs/demo/checkpoints/checkpoint-4/trainer_state.json": '{"global_step": 4}'},
                        ["train.max_steps=4", "--resume"], {}, True,
                        ["already trained to step 4 of 4", "raise train.max_steps"]),  # would train a 5th step
    "missing-column": ({"q.jsonl": "".join(json.dumps({"Question": "q", "Doctor": "d"}) + "\n" for _ in range(5))},
                       ["data.source={q.jsonl}"], {}, False, ["no column 'Patient'", "data.columns.patient"]),
    "all-rows-empty": ({"e.jsonl": _rows(5, "  ", "")}, ["data.source={e.jsonl}"], {}, False,
                       ["no usable rows", "5 empty"]),
    "all-prompts-too-long": ({"l.jsonl": _rows(6, LONG, "Rest.")},  # one-word answers: data.clean would drop them
                             ["data.source={l.jsonl}", "data.clean.enabled=false", *SHORT_LEN], {}, False,
                             ["no usable rows", "6 overlong", "raise model.max_length"]),
    "unknown-model": ({}, ["model.name={no-model}"], {}, False, ["cannot load model.name", "check model.name"]),
}


def _fill(text: str, folder: Path) -> str:
    return re.sub(r"\{([\w.-]+)\}", lambda m: str(folder / m.group(1)), text)


@pytest.fixture(scope="module")
def battery(tmp_path_factory, tiny_model_dir) -> dict:
    """Every case as its own `scripts/finetune.py` process, three at a time: (result, tree before, tree after)."""
    from concurrent.futures import ThreadPoolExecutor

    def tree(folder: Path) -> list:
        return sorted(p.relative_to(folder) for p in folder.rglob("*")) if folder.exists() else []

    def one(case: str):
        files, args, env, _, _ = BATTERY[case]
        folder = tmp_path_factory.mktemp(case)
        for name, content in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode())
        args = [_fill(a, folder) for a in args]
        recipe = [] if args[0].endswith(".yaml") else [str(DEMO)]
        before = tree(folder / "outputs")
        r = run_script("scripts/finetune.py", *recipe, *args, f"output_dir={folder / 'outputs'}",
                       env={k: _fill(v, folder) for k, v in env.items()})
        return r, before, tree(folder / "outputs")

    with ThreadPoolExecutor(3) as pool:
        return dict(zip(BATTERY, pool.map(one, BATTERY)))


@pytest.mark.parametrize("case", BATTERY, ids=list(BATTERY))
def test_bad_input_is_one_line_and_leaves_nothing(case, battery):
    r, before, after = battery[case]
    _, _, _, early, needles = BATTERY[case]
    one_error_line(r, *needles, early=early)
    assert after == before  # nothing written, nothing removed


def test_some_overlong_prompts_are_dropped_and_counted(tmp_path, tiny_model_dir):
    data = tmp_path / "some.jsonl"
    data.write_text(_rows(3, LONG, "Rest.") + _rows(10, "I have a cough.", "Drink water and rest."))
    # data.clean off: it would drop the one-word answers and the ten identical rows (tests/test_clean.py)
    r = run_script("scripts/finetune.py", str(DEMO), f"data.source={data}", "data.clean.enabled=false", *SHORT_LEN,
                   "--dry-run", f"output_dir={tmp_path / 'outputs'}")
    assert r.returncode == 0, r.stderr[-3000:]
    assert "13 rows selected, 0 empty dropped, 0 overlong truncated, 3 overlong dropped -> 9 train" in r.stdout
    assert "memory estimate on cpu" in r.stdout
    assert nothing_in(tmp_path / "outputs")


# ---------------------------------------------------------------------------------------------- disk and memory

def test_full_disk_stops_before_the_model_loads(tmp_path, monkeypatch, tiny_model_dir):
    from medqa.training import run as train

    def tiny_disk(path):
        return SimpleNamespace(total=100 * 2**30, used=100 * 2**30 - 2**20, free=2**20)

    monkeypatch.setattr("shutil.disk_usage", tiny_disk)
    cfg = load_config(DEMO, [f"output_dir={tmp_path / 'outputs'}", "data.max_rows=20"])
    with pytest.raises(preflight.PreflightError, match=r"not enough free disk .* 1 MiB free on .*save_total_limit"):
        train.run(cfg)
    assert nothing_in(tmp_path / "outputs")


@pytest.fixture(scope="module")
def shapes_8b():
    from transformers import LlamaConfig

    from medqa.synthetic import models as synthetic

    return preflight.shapes(load_config(ROOT / "recipes" / "t4.yaml"), LlamaConfig(**synthetic.SHAPES["llama-3.1-8b"]))


def test_8b_shapes_and_disk_need(shapes_8b):
    assert round(shapes_8b.params / 1e9, 2) == 8.03
    assert shapes_8b.lora == 41_943_040  # r=16 on all seven projections: the "42M" of the recipes
    need, per_checkpoint = preflight.disk_needed(load_config(ROOT / "recipes" / "t4.yaml"), shapes_8b)
    assert 0.2 * 2**30 < per_checkpoint < 0.4 * 2**30 and need < 1.5 * 2**30


def test_memory_estimate_matches_the_measured_peaks(shapes_8b):
    """Peaks measured on an H100 with the 8B shape (shared/device/README.md): Unsloth 2 x 2048 7.03 GiB,
    peft + TRL 8 x 1024 9.64 GiB (real dialog lengths, so below the full-length estimate)."""
    t4 = load_config(ROOT / "recipes" / "t4.yaml")
    unsloth = preflight.estimate_memory(t4, shapes_8b, backend="unsloth", precision="fp16", chunked_loss=True,
                                        on_gpu=True, capacity=15.6 * 2**30)
    assert 6.0 < unsloth.total / 2**30 < 8.5 and "(fits)" in unsloth.describe("Tesla T4")
    peft = preflight.estimate_memory(load_config(ROOT / "recipes" / "t4.yaml", ["train.batch_tokens=null",
                                                                               "train.micro_batch_size=8",
                                                                               "model.max_length=1024"]),
                                     shapes_8b, backend="peft", precision="bf16", chunked_loss=True, on_gpu=True)
    assert 9.0 < peft.total / 2**30 < 12.5
    p100 = preflight.estimate_memory(load_config(ROOT / "recipes" / "p100.yaml"), shapes_8b, backend="peft",
                                     precision="fp16", chunked_loss=False, on_gpu=True, capacity=16 * 2**30)
    assert p100.parts["logits"] > 2 * 2**30 and p100.total < 16 * 2**30  # the P100 recipe fits its card
    big = preflight.estimate_memory(load_config(ROOT / "recipes" / "p100.yaml", ["train.batch_tokens=16384",
                                                                                 "model.max_length=2048"]),
                                    shapes_8b, backend="peft", precision="fp16", chunked_loss=False, on_gpu=True,
                                    capacity=16 * 2**30)
    assert "likely out of memory" in big.describe("Tesla P100")
