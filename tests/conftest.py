"""Offline fixtures: the tiny random Llama 3.1 is built once per session into a temporary cache."""

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "tests" / "demo_random.yaml"  # recipes/demo.yaml on the random tiny Llama (see that file)


@pytest.fixture(scope="session", autouse=True)
def medqa_cache(tmp_path_factory):
    """A fresh cache for the synthetic model, shared by the tests and the subprocesses they start."""
    cache = tmp_path_factory.mktemp("medqa-cache")
    old = os.environ.get("MEDQA_CACHE")
    os.environ["MEDQA_CACHE"] = str(cache)
    os.environ.setdefault("WANDB_MODE", "disabled")  # no test talks to W&B
    yield cache
    if old is None:
        os.environ.pop("MEDQA_CACHE", None)
    else:
        os.environ["MEDQA_CACHE"] = old


@pytest.fixture(scope="session")
def tiny_model_dir(medqa_cache) -> str:
    from medqa.synthetic import models as synthetic

    return synthetic.resolve("synthetic:tiny-llama-3.1")


@pytest.fixture(scope="session")
def tokenizer(tiny_model_dir):
    from transformers import AutoTokenizer

    from medqa.llama3 import ensure_pad_token

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    ensure_pad_token(tok)
    return tok


@pytest.fixture(scope="session")
def trained_run(tmp_path_factory, medqa_cache):
    """A 4-step demo run on the sample dialogs, trained once per session (evaluation and chat tests)."""
    run_dir = tmp_path_factory.getbasetemp() / "eval-runs" / "tiny"
    if not (run_dir / "adapter" / "adapter_config.json").is_file():
        from medqa.config import load_config
        from medqa.training import run as train

        sample = ROOT / "medqa" / "assets" / "sample_dialogs.jsonl"
        cfg = load_config(DEMO, [f"output_dir={run_dir.parent}", "run_name=tiny", f"data.source={sample}",
                                 "train.max_steps=4", "train.logging_steps=1", "train.eval_steps=2",
                                 "train.save_steps=2", "sample.max_new_tokens=8"])
        train.run(cfg, overwrite=True)
    return run_dir


def run_script(*args: str, env: dict | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run a project script as a user would, capturing its output."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    full_env = {**os.environ, "PYTHONPATH": path, **(env or {})}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def gguf_file(trained_run):
    """The run exported as an f16 GGUF under <run>/gguf/, as scripts/export.py writes it."""
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (the optional GGUF extra)")
    from medqa.common import MedqaError

    export = pytest.importorskip("medqa.export.run", reason="medqa.export.run (issue: export) is not there yet")
    if not hasattr(export, "export_run"):
        pytest.skip("medqa.export.run has no export_run() yet")
    try:
        result = export.export_run(trained_run, ["gguf-f16"], say=lambda msg: None)
    except MedqaError as e:  # e.g. llama.cpp's converter not installed
        pytest.skip(f"GGUF export unavailable here: {e}")
    return result["gguf"]["gguf-f16"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """A server process started by start_server: its URL and the log file its stdout and stderr go to."""

    proc: subprocess.Popen
    url: str
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60) -> tuple[int, str]:
        """Send `sig`, wait for the exit (a kill after `timeout` s fails the test): (exit code, the whole log)."""
        self.proc.send_signal(sig)
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            pytest.fail(f"{self.proc.args[:3]} did not stop within {timeout} s of {signal.Signals(sig).name}: "
                        f"{self.log_text()[-3000:]}")
        return self.proc.returncode, self.log_text()


def start_server(argv: list[str], port: int, log: Path, env: dict | None = None, wait_s: float = 180) -> Server:
    """Start a server process on 127.0.0.1:`port` from the project root and wait until it listens.

    Its output goes to the file `log`, never to a pipe nobody reads: a server whose pipe fills (64 KiB of
    request logs) blocks in its next write and stops answering, with every client waiting on it. `env` is laid
    over os.environ (with the project on PYTHONPATH); a None value removes that variable."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    full_env = {k: v for k, v in {**os.environ, "PYTHONPATH": path, **(env or {})}.items() if v is not None}
    with log.open("w") as out:
        proc = subprocess.Popen(argv, cwd=ROOT, env=full_env, stdout=out, stderr=subprocess.STDOUT)
    server = Server(proc, f"http://127.0.0.1:{port}", log)
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{argv[:3]} exited with {proc.returncode}: {server.log_text()[-3000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.5)
    proc.kill()
    proc.wait()
    pytest.fail(f"{argv[:3]} did not listen within {wait_s:.0f} s: {server.log_text()[-3000:]}")
